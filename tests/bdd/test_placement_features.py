"""Business stories of the Vermittlung module (features/placement/)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select
from starlette.testclient import TestClient

from core.forms import parse_date
from core.settings import settings_of
from plugins.placement import requests
from plugins.placement.models import CareRequest, Offer
from tests.bdd.conftest import page_text, split_name, visible
from tests.bdd.lebenslagen_steps import *  # noqa: F403 – features/*/lebenslagen.feature
from tests.conftest import login

scenarios("placement")

DAYS = {"montags": "mo", "dienstags": "tu", "mittwochs": "we", "donnerstags": "th"}
NEEDED = date.today() + timedelta(days=150)


@given("das Modul Vermittlung ist eingeschaltet")
def module_on(installation):
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.min_fill_seconds", 0)


def request_id(installation, child: str) -> int:
    first, last = child.split(" ", 1)
    with installation.db.read() as s:
        return s.scalar(
            select(CareRequest.id)
            .where(CareRequest.child_first_name == first, CareRequest.child_last_name == last)
            .order_by(CareRequest.id)
        )


@given(parsers.parse('die Anfrage für "{child}", geboren am {born}'))
def a_request(installation, child, born):
    a_request_from(installation, child, born, f"Jana {split_name(child)['last_name']}", "")


@given(parsers.parse('die Anfrage für "{child}", geboren am {born}, von {guardian} <{email}>'))
def a_request_from(installation, child, born, guardian, email):
    names, sender = split_name(child), split_name(guardian)
    data = {
        "child_first_name": names["first_name"],
        "child_last_name": names["last_name"],
        "child_birth_date": born,
        "guardian_first_name": sender["first_name"],
        "guardian_last_name": sender["last_name"],
        "email": email,
        "postal_code": "59269",
        "needed_from": NEEDED.isoformat(),
        "mo_start": "08:00",
        "mo_end": "13:00",
    }
    with installation.db.transaction("test") as s:
        requests.save_request(s, data)


@given(parsers.parse('die Tagespflegeperson "{name}" mit {n:d} Plätzen, davon {taken:d} belegt'))
@given(parsers.parse('die Tagespflegeperson "{name}" mit {n:d} Platz, davon {taken:d} belegt'))
def childminder_with_places(world, make, name, n, taken):
    person = make.childminder(max_children=n, postal_code="59269", **split_name(name))
    for _ in range(taken):
        make.contract(make.child(), person, start=date.today() - timedelta(days=30))
    world["people"][name] = person


@given(parsers.parse('die Tagespflegeperson "{name}", die Kinder ab {months:d} Monaten nimmt'))
def childminder_with_ages(world, make, installation, name, months):
    from plugins.placement.declaration import save_declaration

    person = make.childminder(postal_code="59269", **split_name(name))
    with installation.db.transaction("test") as s:
        save_declaration(
            s,
            person.id,
            {
                "min_age_months": str(months),
                "max_age_months": "72",
                "mo_start": "07:00",
                "mo_end": "16:00",
            },
            "test",
        )
    world["people"][name] = person


@given(parsers.parse('"{name}" hält ihren freien Platz für dringende Fälle frei'))
def holds_back(world, client, name):
    person = world["people"][name]
    data = {"held_places": "1", "max_age_months": "72", "mo_start": "07:00", "mo_end": "16:00"}
    assert client.post(f"/placement/person/{person.id}", data=data).status_code == 200


# --- When ----------------------------------------------------------------------


@when(
    parsers.parse(
        'Jana Brockmann für "{child}", geboren am {born}, ab {start} {first} und {second} '
        "von {begin} bis {end} einen Platz anfragt"
    )
)
def family_sends(world, client, child, born, start, first, second, begin, end):
    family = TestClient(client.app)
    page = family.get("/placement/anfrage").text
    field = lambda name: re.search(rf'name="{name}" value="([^"]+)"', page).group(1)  # noqa: E731
    names = split_name(child)
    data = {
        "csrf_token": field("csrf_token"),
        "shown_at": field("shown_at"),
        "child_first_name": names["first_name"],
        "child_last_name": names["last_name"],
        "child_birth_date": parse_date(born).isoformat(),
        "guardian_first_name": "Jana",
        "guardian_last_name": "Brockmann",
        "email": "jana.brockmann@example.org",
        "postal_code": "59269",
        "needed_from": parse_date(start).isoformat(),
        "consent": "on",
    }
    for day in (first, second):
        data[f"{DAYS[day]}_start"], data[f"{DAYS[day]}_end"] = begin, end
    world["family"] = family
    world["response"] = family.post("/placement/anfrage", data=data)


@when("die Fachberatung die erste Anfrage öffnet")
def open_first(world, client, installation):
    with installation.db.read() as s:
        world["ids"] = list(s.scalars(select(CareRequest.id).order_by(CareRequest.id)))
    world["response"] = client.get(f"/placement/requests/{world['ids'][0]}")


@when("sie die zweite Anfrage in die erste zusammenführt")
def merge(world, client):
    first, second = world["ids"]
    world["response"] = client.post(f"/placement/requests/{first}/merge/{second}")


@when("sie die zweite Anfrage in die erste zusammenführen will")
def ask_merge(world, client):
    first, second = world["ids"]
    world["response"] = client.get(f"/placement/requests/{first}/merge/{second}")


@then(parsers.parse('steht in der ersten Anfrage auch "{contact}"'))
def contact_kept(world, client, contact):
    assert contact in visible(client.get(f"/placement/requests/{world['ids'][0]}"))


@when(parsers.parse('die Fachberatung die Vorschläge für "{child}" öffnet'))
def open_proposals(world, client, installation, child):
    rid = request_id(installation, child)
    world["response"] = client.get(f"/placement/requests/{rid}/proposals")


@when(parsers.parse('die Anfrage für "{child}" dringend ist'))
def make_urgent(installation, child):
    with installation.db.transaction("test") as s:
        request = s.get(CareRequest, request_id(installation, child))
        request.urgent, request.urgency_reason = True, "Mutter kurzfristig im Krankenhaus"


@when(parsers.parse('die Fachberatung "{child}" einen Platz bei "{name}" anbietet'))
def make_offer(world, client, installation, child, name):
    rid = request_id(installation, child)
    person = world["people"][name]
    world["response"] = client.post(
        f"/placement/requests/{rid}/offers", data={"childminder_id": str(person.id)}
    )
    world["request"] = rid
    with installation.db.read() as s:
        world["offer"] = s.scalar(select(Offer.id).where(Offer.request_id == rid))


@when("die Familie das Angebot annimmt")
def family_accepts(world, client):
    world["response"] = client.post(f"/placement/offers/{world['offer']}/accept")


@when("die Familie das Angebot ablehnt")
def family_declines(world, client):
    world["response"] = client.post(
        f"/placement/offers/{world['offer']}/decline", data={"reason": "zu weit"}
    )


# --- Then ----------------------------------------------------------------------


@then("bekommt sie einen Status-Code")
def gets_code(world):
    found = re.search(r"<strong>([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})</strong>", world["response"].text)
    assert found, page_text(world["response"])[:800]
    world["code"] = found.group(1)


@then(parsers.parse('steht "{child}" auf der Warteliste mit "{claim}"'))
def on_waiting_list(client, installation, child, claim):
    office = login(TestClient(client.app), installation, "staff")
    page = visible(office.get("/placement/requests"))
    first, last = child.split(" ", 1)
    assert f"{last}, {first}" in page and claim in page


@then(parsers.parse('mit dem Status-Code sieht sie "{state}"'))
def sees_state(world, state):
    family = world["family"]
    page = family.get("/placement/anfrage/status").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    shown = family.post(
        "/placement/anfrage/status", data={"csrf_token": token, "code": world["code"]}
    )
    assert f": {state}" in visible(shown)


@then(parsers.parse('sieht sie "{title}" mit "{reasons}"'))
def sees_doubles(world, title, reasons):
    page = visible(world["response"])
    assert title in page and reasons in page


@then("steht nur noch eine Anfrage auf der Warteliste")
def one_left(client):
    assert "1 Anfrage" in visible(client.get("/placement/requests"))


@then(parsers.parse('wird "{name}" vorgeschlagen'))
def proposed(world, name):
    proposals = page_text(world["response"]).split("<details")[0]
    assert f">{name}</a>" in proposals


@then(parsers.parse('wird "{name}" vorgeschlagen mit "{reason}"'))
def proposed_with(world, name, reason):
    proposals = page_text(world["response"]).split("<details")[0]
    entry = proposals.split(f">{name}</a>")[1].split("</li>")[0]
    assert reason in entry


@then(parsers.parse('passt "{name}" nicht: "{reason}"'))
def not_fitting(world, name, reason):
    excluded = page_text(world["response"]).split("<details")[1]
    assert f">{name}</a>: {reason}" in excluded


@then(parsers.parse('steht bei "{name}" ein Vertragsentwurf für "{child}"'))
def draft_on_page(world, client, name, child):
    person = world["people"][name]
    page = visible(client.get(f"/persons/{person.id}/contracts"))
    assert f"{child} Entwurf, noch nicht unterschrieben" in page


@then(parsers.parse('die Anfrage ist "{state}"'))
def request_state(world, client, state):
    page = visible(client.get(f"/placement/requests/{world['request']}"))
    assert state in page.split("eingegangen am")[0]  # the state heads the request


@then(parsers.parse('"{name}" hat wieder einen freien Platz am Montag'))
def free_again(world, client, name):
    person = world["people"][name]
    page = page_text(client.get(f"/placement/person/{person.id}"))
    row = page.split('<th scope="row">frei</th>')[1].split("</tr>")[0]
    assert row.startswith('<td class="number">1</td>')


@pytest.fixture(autouse=True)
def _world_people(world):
    world.setdefault("people", {})
