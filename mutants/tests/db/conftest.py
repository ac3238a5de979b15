"""Fixtures of the service tests beyond the shared ones in tests/conftest.py."""

from __future__ import annotations

import pytest

from plugins.qhb_training import curricula


@pytest.fixture
def qhb(installation):
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
    return installation
