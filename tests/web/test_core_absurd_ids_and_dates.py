"""Ids beyond any integer column and dates at the ends of the calendar are 404 or 422,
never a server error, on every route of core and all modules."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from tests.conftest import login
from tests.demo_screens import MODULES
from tests.web.test_core_authorisation import app_routes

HUGE_IDS = [str(2**31), str(2**63 - 1), "9" * 30]
ABSURD_DATES = ["9999-12-31", "0001-01-01", "31.12.9999", "99999-01-01"]
DATE_FIELDS = ["start", "end", "day", "from", "to", "month", "on", "valid_from", "valid_to"]


@pytest.fixture
def admin_everywhere(app, installation):
    for name in MODULES:
        installation.enable(name)
    with TestClient(app) as client:
        yield login(client, installation, "admin")


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_huge_ids_are_not_found(app, installation, admin_everywhere, huge):
    failures = []
    for method, path, _permission in app_routes(app, installation):
        if ":int}" not in path:
            continue
        url = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: huge if m.group(2) == ":int" else "x", path)
        response = admin_everywhere.request(method, url, follow_redirects=False)
        if response.status_code >= 500:
            failures.append(f"{method} {url}: {response.status_code}")
    assert failures == []


def test_dates_at_the_ends_of_the_calendar_are_refused_plainly(app, installation, admin_everywhere):
    failures = []
    for method, path, _permission in app_routes(app, installation):
        url = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: "1" if m.group(2) == ":int" else "x", path)
        for absurd in ABSURD_DATES:
            values = {field: absurd for field in DATE_FIELDS}
            if method == "GET":
                response = admin_everywhere.get(url, params=values, follow_redirects=False)
            else:
                response = admin_everywhere.request(
                    method, url, data=values, follow_redirects=False
                )
            if response.status_code >= 500:
                failures.append(f"{method} {url} {absurd}: {response.status_code}")
    assert failures == []
