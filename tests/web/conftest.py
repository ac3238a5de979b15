"""Fixtures of the web tests beyond the shared ones in tests/conftest.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.portal_helpers import two  # noqa: F401 – two childminders in their portal


@pytest.fixture
def coordinator(staff, installation, make):
    installation.enable("substitute_hub")
    staff.jana = make.childminder(first_name="Jana", last_name="Wolf")
    staff.mia = make.child(first_name="Mia", last_name="Brockmann", birth_date=date(2025, 1, 5))
    make.contract(staff.mia, staff.jana, substitute_wanted="on")
    return staff
