"""A hub's staff plan with absences, not with their reasons: in the calendar, on the
dashboard and in the Vertretung screens they see that the childminder of one of their
children is away – never the kind (an illness is health data) and never a childminder
whose children are not theirs. The office still reads the kind; a parents' council login
sees no absence at all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from core.models import User
from plugins.substitute_hub import reach
from plugins.substitute_hub.models import Need, Provider
from tests.bdd.conftest import visible
from tests.conftest import login
from tests.web.substitute_helpers import absent, hub_with

TODAY = date.today()


@pytest.fixture
def world(app, staff, installation, make):
    """Jana's Mia is enrolled with hub Nord, Petra's Lena with no hub; both are ill today."""
    installation.enable("substitute_hub")
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    petra = make.childminder(first_name="Petra", last_name="Fremd")
    mia = make.child(first_name="Mia", last_name="Nordkind", birth_date=date(2025, 1, 5))
    lena = make.child(first_name="Lena", last_name="Anderskind", birth_date=date(2025, 2, 5))
    make.contract(mia, jana, substitute_wanted="on")
    make.contract(lena, petra, substitute_wanted="on")
    nord = hub_with(installation, mia)
    for person in (jana, petra):
        absent(staff, person, "illness", f"{TODAY:%d.%m.%Y}", f"{TODAY:%d.%m.%Y}", planned=False)
    hub = login(TestClient(app), installation, "hub")
    with installation.db.transaction("test") as s:
        user = s.scalars(select(User).where(User.username == "hub-user")).one()
        reach.set_staff(s, s.get(Provider, nord), [user.id])
    yield hub, staff, mia, jana
    hub.close()


def pages(client, child) -> dict[str, str]:
    return {
        url: visible(client.get(url))
        for url in (
            "/",
            f"/calendar?month={TODAY:%Y-%m}",
            "/substitute_hub/",
            f"/substitute_hub/person/{child.id}",
        )
    }


def test_a_hub_sees_its_childminders_away_without_the_kind(world):
    hub, _staff, mia, _jana = world
    for url, text in pages(hub, mia).items():
        assert "Krankheit" not in text, url
        assert "Petra" not in text and "Fremd" not in text, url
        assert "kurzfristig" not in text, url  # short notice mostly means ill
    seen = pages(hub, mia)
    assert "Jana Wolf: abwesend" in seen[f"/calendar?month={TODAY:%Y-%m}"]
    assert "abwesend" in seen["/substitute_hub/"]
    assert "abwesend:" in seen[f"/substitute_hub/person/{mia.id}"]
    assert "1 Tagespflegeperson heute abwesend, 1 Kind betroffen" in seen["/"]
    assert "Pflegeerlaubnis" not in seen["/"] and "Kinder in Betreuung" not in seen["/"]


def test_the_office_still_reads_the_kind_of_every_absence(world):
    _hub, staff, mia, _jana = world
    seen = pages(staff, mia)
    assert "Jana Wolf: Krankheit (kurzfristig)" in seen[f"/calendar?month={TODAY:%Y-%m}"]
    assert "Petra Fremd: Krankheit" in seen[f"/calendar?month={TODAY:%Y-%m}"]
    assert "Krankheit" in seen["/"] and "Petra Fremd" in seen["/"]
    assert "2 Tagespflegepersonen heute abwesend, 2 Kinder betroffen" in seen["/"]
    assert "Krankheit (kurzfristig)" in seen["/substitute_hub/"]


def test_a_council_login_sees_no_absence(world, app, installation):
    council = login(TestClient(app), installation, "council")
    text = visible(council.get("/"))
    assert "Krankheit" not in text and "Jana" not in text and "Heute abwesend" not in text
    assert council.get(f"/calendar?month={TODAY:%Y-%m}").status_code == 403


def test_the_week_board_does_not_tell_a_hub_why_it_cannot_take_a_need(world, installation):
    """A hub that takes no illness was told "übernimmt keine Vertretung bei Krankheit"."""
    hub, staff, _mia, jana = world
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    absent(staff, jana, "illness", f"{monday:%d.%m.%Y}", f"{monday:%d.%m.%Y}")
    with installation.db.transaction("test") as s:
        nord = s.scalars(select(Provider)).one()
        nord.accepts, nord.planned_only, provider = "vacation,training,other", True, nord.id
    url = f"/substitute_hub/week?provider={provider}&start={monday.isoformat()}"
    office = visible(staff.get(url))
    assert "übernimmt keine Vertretung bei Krankheit" in office
    shown = visible(hub.get(url))
    assert "Stützpunkt Nord kann diesen Bedarf nicht übernehmen; das Büro plant ihn." in shown
    assert "Krankheit" not in shown and "geplante" not in shown
    with installation.db.read() as s:
        need = s.scalars(select(Need).where(Need.day == monday)).one().id
    tried = hub.post(
        f"/substitute_hub/needs/{need}/place",
        data={"provider_id": str(provider)},
        follow_redirects=True,
    )
    assert "nicht übernehmen" in visible(tried) and "Krankheit" not in visible(tried)
