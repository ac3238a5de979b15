"""Object-level access: a hub's own staff reach their provider and its children only.

Two hubs, one child enrolled at each, both children placed on the same day. The login of
hub Nord tries every route it holds a permission for with hub Süd's ids (provider, child,
need, placement, enrolment, absence): each answers 404 and changes nothing, while office
staff open the same ids. The routes come from the app, so a new route with an id has to
be listed here before this test passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from core.letters import delivery
from core.models import Absence, Job, User
from plugins.substitute_hub import booking, reach
from plugins.substitute_hub.models import Enrolment, Need, Placement, Provider
from tests.conftest import login
from tests.tables import all_rows
from tests.web.substitute_helpers import absent
from tests.web.test_core_authorisation import POLICY, app_routes

DAY = date(2026, 12, 7)


@dataclass
class Side:
    """The ids of one hub's world."""

    provider: int
    child: int
    need: int
    placement: int
    enrolment: int
    absence: int
    letters: int = 0  # a finished letters job with its printout, started by this side


@pytest.fixture
def hubs(app, staff, installation, make):
    installation.enable("substitute_hub")
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    mia = make.child(first_name="Mia", last_name="Nordkind", birth_date=date(2025, 1, 5))
    ben = make.child(first_name="Ben", last_name="Suedkind", birth_date=date(2025, 2, 5))
    for child in (mia, ben):
        make.contract(child, jana, substitute_wanted="on")
    absent(staff, jana, "vacation", "07.12.2026", "08.12.2026")
    sides = {}
    with installation.db.transaction("test") as s:
        absence = s.scalars(select(Absence)).one()
        for name, child in (("Nord", mia), ("Süd", ben)):
            provider = Provider(name=f"Stützpunkt {name}", kind="hub", places=2)
            s.add(provider)
            s.flush()
            enrolment = Enrolment(child_id=child.id, provider_id=provider.id)
            s.add(enrolment)
            need = s.scalars(select(Need).where(Need.child_id == child.id, Need.day == DAY)).one()
            booking.book(s, need, provider, manual=True, reason="Test", actor="test")
            s.flush()
            placement = s.scalars(select(Placement).where(Placement.need_id == need.id)).one()
            sides[name] = Side(
                provider.id, child.id, need.id, placement.id, enrolment.id, absence.id
            )
    hub = login(TestClient(app), installation, "hub")
    with installation.db.transaction("test") as s:
        user = s.scalars(select(User).where(User.username == "hub-user")).one()
        reach.set_staff(s, s.get(Provider, sides["Nord"].provider), [user.id])
    for name, actor in (("Nord", "hub-user"), ("Süd", "staff-user")):
        sides[name].letters = _letters_job(installation, actor)
    yield hub, staff, sides["Nord"], sides["Süd"]
    hub.close()


def _letters_job(installation, actor: str) -> int:
    with installation.db.transaction("test") as s:
        job = Job(kind="substitute_hub.letters", status="done", actor=actor)
        job.payload = {"letters": True, "title": "Briefe", "back": "/"}
        job.result = {"emails": 0, "posted": 1, "problems": [], "printout": True}
        s.add(job)
        s.flush()
        job_id = job.id
    path = delivery.printout_path(installation.settings.data_dir, job_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7")
    return job_id


# Every route with an id that a hub login may call, built for one side's ids.
def _urls(o: Side) -> dict[tuple[str, str], tuple[str, dict]]:
    person = f"/substitute_hub/person/{o.child}"
    return {
        ("GET", "/substitute_hub/providers/{id:int}/edit"): (
            f"/substitute_hub/providers/{o.provider}/edit",
            {},
        ),
        ("POST", "/substitute_hub/providers/{id:int}/edit"): (
            f"/substitute_hub/providers/{o.provider}/edit",
            {"name": "übernommen", "kind": "hub", "places": "0"},
        ),
        ("POST", "/substitute_hub/needs/{id:int}/place"): (
            f"/substitute_hub/needs/{o.need}/place",
            {"provider_id": str(o.provider)},
        ),
        ("POST", "/substitute_hub/needs/{id:int}/decline"): (
            f"/substitute_hub/needs/{o.need}/decline",
            {},
        ),
        ("POST", "/substitute_hub/placements/{id:int}/cancel"): (
            f"/substitute_hub/placements/{o.placement}/cancel",
            {},
        ),
        ("POST", "/substitute_hub/placements/{id:int}/move"): (
            f"/substitute_hub/placements/{o.placement}/move",
            {"provider_id": str(o.provider)},
        ),
        ("GET", "/substitute_hub/person/{id:int}"): (person, {}),
        ("POST", "/substitute_hub/person/{id:int}/enrol"): (
            f"{person}/enrol",
            {"provider_id": str(o.provider)},
        ),
        ("POST", "/substitute_hub/person/{id:int}/enrolments/{eid:int}/visits"): (
            f"{person}/enrolments/{o.enrolment}/visits",
            {"day": "2026-11-03", "done": "on"},
        ),
        ("GET", "/substitute_hub/person/{id:int}/absences/{aid:int}/confirmation.pdf"): (
            f"{person}/absences/{o.absence}/confirmation.pdf",
            {},
        ),
        ("GET", "/substitute_hub/person/{id:int}/absences/{aid:int}/placements.ics"): (
            f"{person}/absences/{o.absence}/placements.ics",
            {},
        ),
        ("GET", "/letters/{id:int}"): (f"/letters/{o.letters}", {}),
        ("GET", "/letters/{id:int}/print.pdf"): (f"/letters/{o.letters}/print.pdf", {}),
        ("GET", "/substitute_hub/day-sheet.pdf"): (
            f"/substitute_hub/day-sheet.pdf?provider={o.provider}&day={DAY}",
            {},
        ),
    }


def test_every_route_with_an_id_is_checked(app, installation, hubs):
    with_ids = {
        (method, path)
        for method, path, permission in app_routes(app, installation)
        if permission in POLICY
        and "hub" in POLICY[permission]
        and ("{" in path or path.endswith(".pdf"))
    }
    assert with_ids == set(_urls(hubs[3]))


def test_a_hub_reaches_nothing_of_another_hub_and_changes_nothing(installation, hubs):
    hub, staff, _, theirs = hubs
    before = {k: v for k, v in all_rows(installation.db).items() if k.startswith("sh_")}
    wrong = []
    for (method, _path), (url, data) in _urls(theirs).items():
        response = hub.request(method, url, data=data or None, follow_redirects=False)
        if response.status_code != 404:
            wrong.append(f"{method} {url}: {response.status_code}")
    assert wrong == []
    after = {k: v for k, v in all_rows(installation.db).items() if k.startswith("sh_")}
    assert after == before
    # the ids are real: office staff open them
    for (method, _path), (url, _data) in _urls(theirs).items():
        if method == "GET":
            assert staff.get(url).status_code == 200, url


def test_a_hub_works_with_its_own_ids(hubs):
    hub, _, ours, _ = hubs
    for (method, _path), (url, _data) in _urls(ours).items():
        if method == "GET":
            response = hub.get(url)
            assert response.status_code == 200, (url, response.status_code)
    tab = hub.get(f"/substitute_hub/person/{ours.child}").text
    assert "Stützpunkt Nord" in tab and "Stützpunkt Süd" not in tab
    released = hub.post(
        f"/substitute_hub/placements/{ours.placement}/cancel", follow_redirects=False
    )
    assert released.status_code == 303


def test_a_hub_places_its_own_child_only_at_its_own_provider(hubs):
    hub, _, ours, theirs = hubs
    refused = hub.post(
        f"/substitute_hub/needs/{ours.need}/place", data={"provider_id": str(theirs.provider)}
    )
    assert refused.status_code == 404
    enrol = hub.post(
        f"/substitute_hub/person/{ours.child}/enrol", data={"provider_id": str(theirs.provider)}
    )
    assert enrol.status_code == 422 and "nur der eigene Stützpunkt" in enrol.text


def test_lists_show_a_hub_its_own_children_and_provider_only(hubs):
    hub, staff, ours, theirs = hubs
    pages = [
        "/substitute_hub/",
        "/substitute_hub/providers",
        "/substitute_hub/needs?start=2026-12-07&end=2026-12-11",
        f"/substitute_hub/week?provider={theirs.provider}&start=2026-12-07",
        "/",
    ]
    for url in pages:
        text = hub.get(url).text
        assert "Suedkind" not in text and "Stützpunkt Süd" not in text, url
    assert "Nordkind" in hub.get("/substitute_hub/needs?start=2026-12-07&end=2026-12-11").text
    assert "Suedkind" in staff.get("/substitute_hub/needs?start=2026-12-07&end=2026-12-11").text
    assert hub.get("/substitute_hub/providers/new").status_code == 403
    form = staff.get(f"/substitute_hub/providers/{ours.provider}/edit").text
    assert re.search(r'<option value="\d+" selected>[^<]*\(hub-user\)', form)
