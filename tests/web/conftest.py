"""Fixtures of the web tests beyond the shared ones in tests/conftest.py."""

from __future__ import annotations

from datetime import date

import pytest

from core.settings import settings_of
from tests.portal_helpers import two  # noqa: F401 – two childminders in their portal


@pytest.fixture
def public(installation, client):
    """A visitor of the public request form, which asks for no minimum time to fill in."""
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.min_fill_seconds", 0)
    return client


@pytest.fixture
def coordinator(staff, installation, make):
    installation.enable("substitute_hub")
    staff.jana = make.childminder(first_name="Jana", last_name="Wolf")
    staff.mia = make.child(first_name="Mia", last_name="Brockmann", birth_date=date(2025, 1, 5))
    make.contract(staff.mia, staff.jana, substitute_wanted="on")
    return staff
