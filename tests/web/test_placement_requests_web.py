"""Care requests in the office: entering one for a family without internet, the waiting
list, states, doubles and merging."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from plugins.placement.models import CareRequest

HX = {"HX-Request": "true"}
IN_A_YEAR = date.today() + timedelta(days=365)


def request_data(**changes) -> dict:
    data = {
        "child_first_name": "Mia",
        "child_last_name": "Brockmann",
        "child_birth_date": (date.today() - timedelta(days=200)).isoformat(),
        "guardian_first_name": "Jana",
        "guardian_last_name": "Brockmann",
        "email": "jana.brockmann@example.org",
        "postal_code": "59269",
        "street": "Spiekersstraße 4",
        "needed_from": IN_A_YEAR.isoformat(),
        "mo_start": "08:00",
        "mo_end": "13:00",
        "we_start": "08:00",
        "we_end": "13:00",
    }
    return {**data, **changes}


@pytest.fixture
def placement(installation):
    installation.enable("placement")


def count(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(CareRequest))


def new(client, **changes):
    return client.post("/placement/requests/new", data=request_data(**changes))


def test_staff_enter_a_request_with_district_and_claim(placement, admin, installation):
    admin.post("/admin/districts/new", data={"name": "Neubeckum", "areas": "59269 Spiekersstr."})
    r = new(admin)
    assert "Anfrage für Mia Brockmann aufgenommen." in r.text
    assert "eingegangen" in r.text and "Neubeckum" in r.text
    assert "§ 24 Abs. 2 SGB VIII: Rechtsanspruch" in r.text
    assert "Montag</dt><dd>08:00–13:00" in r.text
    listed = admin.get("/placement/requests").text
    assert "Brockmann, Mia" in listed and "1 Anfrage" in listed


def test_every_bad_field_is_named_and_nothing_is_saved(placement, staff, installation):
    r = new(
        staff,
        child_first_name="",
        child_birth_date=(date.today() + timedelta(days=3)).isoformat(),
        email="keine-adresse",
        postal_code="123",
        needed_from=(date.today() + timedelta(days=4000)).isoformat(),
        mo_end="",
        we_start="14:00",
        urgent="on",
    )
    assert r.status_code == 422
    for message in (
        "Vorname des Kindes: Bitte ausfüllen.",
        "Geburtsdatum des Kindes: liegt in der Zukunft",
        "E-Mail:",
        "PLZ: fünf Ziffern",
        "Betreuung ab: höchstens drei Jahre im Voraus.",
        "Montag: Bitte Beginn und Ende angeben.",
        "Mittwoch: Der Beginn muss vor dem Ende liegen.",
        "Warum dringend: Bitte kurz begründen.",
    ):
        assert message in r.text, message
    assert count(installation) == 0


def test_a_child_before_birth_needs_the_expected_day(placement, staff, installation):
    r = new(staff, child_birth_date="")
    assert "Bitte angeben – vor der Geburt den erwarteten Termin." in r.text
    expected = (date.today() + timedelta(days=60)).isoformat()
    r = new(staff, child_birth_date="", expected_birth=expected)
    assert "aufgenommen" in r.text and "erwartet" in r.text
    assert "§ 24 Abs. 1 SGB VIII" in r.text
    # care cannot begin before the child is born: the field says so, nothing is saved
    before = count(installation)
    due = date.today() + timedelta(days=90)
    r = new(
        staff,
        child_birth_date="",
        expected_birth=due.isoformat(),
        needed_from=(due - timedelta(days=31)).isoformat(),
    )
    assert f"Betreuung ab: liegt vor der Geburt ({due:%d.%m.%Y})." in r.text
    assert count(installation) == before


def test_urgent_requests_lead_the_waiting_list(placement, staff):
    new(staff, child_first_name="Later", needed_from=(IN_A_YEAR + timedelta(days=30)).isoformat())
    new(staff, child_first_name="Sooner")
    new(
        staff,
        child_first_name="Urgent",
        needed_from=(IN_A_YEAR + timedelta(days=60)).isoformat(),
        urgent="on",
        urgency_reason="Mutter beginnt eine Ausbildung",
    )
    text = staff.get("/placement/requests").text
    assert text.index("Urgent") < text.index("Sooner") < text.index("Later")
    only = staff.get("/placement/requests?urgent=1", headers=HX).text
    assert "Urgent" in only and "Sooner" not in only


def test_states_move_by_hand_and_refuse_impossible_moves(placement, staff, installation):
    new(staff)
    with installation.db.read() as s:
        rid = s.scalar(select(CareRequest.id))
    r = staff.post(f"/placement/requests/{rid}/state", data={"to": "in_progress"})
    assert "Die Anfrage ist jetzt „in Vermittlung“." in r.text
    r = staff.post(f"/placement/requests/{rid}/state", data={"to": "accepted"})
    assert "kann nicht „angenommen“ werden" in r.text
    r = staff.post(f"/placement/requests/{rid}/state", data={"to": "elsewhere"})
    assert "„anderweitig versorgt“" in r.text and "abgeschlossen am" in r.text
    assert "Brockmann" not in staff.get("/placement/requests").text  # no longer waiting
    r = staff.post(f"/placement/requests/{rid}/state", data={"to": "in_progress"})
    assert "„in Vermittlung“" in r.text and "abgeschlossen am" not in r.text
    assert staff.post(f"/placement/requests/{rid}/state", data={"to": "x"}).status_code == 200


def test_a_double_registration_is_shown_and_merged(placement, staff, installation):
    new(staff, wishes="Nähe zur Arbeit")
    new(staff, child_last_name="Brokmann", email="", wishes="Garten")
    with installation.db.read() as s:
        first, second = s.scalars(select(CareRequest.id).order_by(CareRequest.id)).all()
    page = staff.get(f"/placement/requests/{first}").text
    assert "Vielleicht doppelt angemeldet" in page
    assert "ähnlicher Name (Mia Brockmann / Mia Brokmann), gleiches Geburtsdatum" in page
    asked = staff.get(f"/placement/requests/{first}/merge/{second}")
    assert f"Anfrage Nr. {second} in Nr. {first} zusammenführen?" in asked.text
    r = staff.post(f"/placement/requests/{first}/merge/{second}")
    assert f"Nr. {second} ist in diese Anfrage eingegangen." in r.text
    assert "Nähe zur Arbeit\nGarten" in r.text and "Vielleicht doppelt" not in r.text
    listed = staff.get("/placement/requests").text
    assert "1 Anfrage" in listed


def test_unknown_requests_are_404_and_viewers_are_kept_out(placement, staff, client, installation):
    assert staff.get("/placement/requests/999").status_code == 404
    assert staff.post("/placement/requests/999/state", data={"to": "withdrawn"}).status_code == 404
    assert staff.get("/placement/requests/1/merge/999").status_code == 404


def test_wishes_are_kept_changed_and_dropped_on_edit(placement, staff, installation, make):
    jana, tom = make.childminder(), make.childminder()
    new(staff, wished=[str(jana.id), str(tom.id)])
    with installation.db.read() as s:
        rid = s.scalar(select(CareRequest.id))
    r = staff.post(
        f"/placement/requests/{rid}/edit",
        data=request_data(wished=[str(jana.id)], sibling_at=[str(jana.id)]),
    )
    assert "Änderungen gespeichert." in r.text
    with installation.db.read() as s:
        named = [(w.childminder_id, w.sibling) for w in s.get(CareRequest, rid).named]
    assert named == [(jana.id, True)]


def test_the_request_names_the_childminders_the_family_names(placement, staff, installation, make):
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    new(staff, sibling_at=[str(jana.id)])
    with installation.db.read() as s:
        rid = s.scalar(select(CareRequest.id))
    page = staff.get(f"/placement/requests/{rid}").text
    assert (
        f'<dt>Geschwisterkind bei</dt><dd><a href="/placement/person/{jana.id}">Jana Wolf</a>'
        in page
    )
