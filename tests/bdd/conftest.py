"""Steps shared by every module's business stories."""

from __future__ import annotations

import html
import re

import pytest
from pytest_bdd import given, parsers, then, when

from core.forms import parse_date
from plugins.payments.rates import periods
from tests.conftest import login
from tests.factories import paying_office


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


def split_name(name: str) -> dict:
    first, last = name.split(" ", 1)
    return {"first_name": first, "last_name": last}


def page_text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.text))


def visible(response) -> str:
    """The page as a reader sees it: text without tags, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page_text(response)))


@then(parsers.parse('meldet Tagwerk "{message}"'))
def tagwerk_says(world, message):
    assert world["response"].status_code == 200, page_text(world["response"])[:500]
    assert message in page_text(world["response"])


@then(parsers.parse('lautet die Fehlermeldung "{message}"'))
def error_message(world, message):
    response = world["response"]
    assert response.status_code == 422
    assert message in page_text(response)


# --- shared by the payments stories and the modules that feed them ---------------


@given(parsers.parse('das Modul Geldleistung ist aktiv mit der Satztabelle "{preset}"'))
def payments_on(installation, preset):
    installation.enable("payments")
    with installation.db.transaction("test") as s:
        periods.import_preset(s, preset)
    paying_office(installation)


@given(
    parsers.parse(
        '"{name}" betreut "{child}" (geboren am {birth}) seit {start} an 5 Tagen je {hours} Stunden'
    )
)
def childminder_with_child(world, make, name, child, birth, start, hours):
    if name not in world["people"]:
        world["people"][name] = make.childminder(**split_name(name))
    kid = make.child(first_name=child, last_name="Kind", birth_date=parse_date(birth))
    make.contract(kid, world["people"][name], start=parse_date(start), hours=(hours,) * 5)


@given("die Finanzabteilung ist angemeldet")
def finance_logged_in(client, installation):
    login(client, installation, "finance")


@when(parsers.parse("die Finanzabteilung den Zahllauf für {month} berechnet"))
def compute_run(world, client, month):
    world["response"] = client.post("/payments/runs", data={"month": month}, follow_redirects=True)
    assert world["response"].status_code == 200, page_text(world["response"])[:400]
    world["run_url"] = str(world["response"].url)
