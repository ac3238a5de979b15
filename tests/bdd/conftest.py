"""Steps shared by every module's business stories."""

from __future__ import annotations

import html
import re

import pytest
from pytest_bdd import given, parsers, then

from tests.conftest import login


@pytest.fixture(autouse=True)
def _every_backend(installation, client):
    """Known at collection time, so each story runs on SQLite and on PostgreSQL."""


@pytest.fixture
def world() -> dict:
    """What a scenario has seen so far: people by name, the last response."""
    return {"people": {}, "response": None}


@given("die Fachberatung ist angemeldet")
def staff_logged_in(client, installation):
    login(client, installation, "staff")


@given("die Administration ist angemeldet")
def admin_logged_in(client, installation):
    login(client, installation, "admin")


def page_text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.text))


@then(parsers.parse('meldet Tagwerk "{message}"'))
def tagwerk_says(world, message):
    assert world["response"].status_code == 200, page_text(world["response"])[:500]
    assert message in page_text(world["response"])


@then(parsers.parse('lautet die Fehlermeldung "{message}"'))
def error_message(world, message):
    response = world["response"]
    assert response.status_code == 422
    assert message in page_text(response)
