"""Her qualification in the portal: how far she is, what comes due, courses she signs up
for or leaves herself, her certificates to download, and certificates she hands in that
the coordinator accepts (a credential or external evidence) or rejects with a reason."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader
from sqlalchemy import select

from plugins.qhb_training import curricula
from plugins.qhb_training.models import (
    WAITING,
    Completion,
    Course,
    Credential,
    Enrolment,
    Evidence,
    Recognition,
)
from tests.files import image_bytes, pdf_bytes

TODAY = date.today()
FIRST_AID = {"kind": "first_aid", "taken_on": (TODAY - timedelta(days=3)).isoformat()}


@pytest.fixture
def qhb(installation, two):
    """QHB curricula, a Part 1 course in a month with one seat, a Part 2 course."""
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        soon = TODAY + timedelta(days=30)
        for code, title in (("qhb1", "Grundkurs Frühjahr"), ("qhb2", "Aufbaukurs")):
            s.add(
                Course(
                    curriculum_id=curricula.by_code(s, code).id,
                    title=title,
                    starts_on=soon,
                    ends_on=soon + timedelta(days=90),
                    min_participants=1,
                    max_participants=1,
                )
            )
        s.flush()
        ids = {c.title: c.id for c in s.scalars(select(Course))}
    return ids


def _hand_in(client, content=None, **fields):
    return client.post(
        "/qhb_training/portal/certificates",
        data={**FIRST_AID, **fields},
        files={"file": ("erste-hilfe.pdf", content or pdf_bytes(), "application/pdf")},
    )


def test_she_sees_her_progress_and_what_comes_due(two, qhb, installation):
    clients, jana, _petra = two
    page = clients["jana"].get("/qhb_training/portal/").text
    assert "0 von 300 UE" in page
    assert "Erste Hilfe am Kind" in page and "kein Nachweis" in page
    home = clients["jana"].get("/portal/").text
    assert "Erste Hilfe am Kind: kein Nachweis" in home
    assert 'href="/qhb_training/portal/"' in home  # her section in the navigation


def test_she_signs_up_and_leaves_and_the_waiting_list_moves_up(two, qhb, installation):
    clients, jana, petra = two
    course = qhb["Grundkurs Frühjahr"]
    offers = clients["jana"].get("/qhb_training/portal/courses").text
    assert "Grundkurs Frühjahr" in offers and "1 Platz frei" in offers
    enrol = f"/qhb_training/portal/courses/{course}/enrol"
    done = clients["jana"].post(enrol, follow_redirects=True)
    assert "Sie sind angemeldet." in done.text
    again = clients["jana"].post(enrol)
    assert again.status_code == 422 and "ist schon angemeldet" in again.text
    full = clients["petra"].post(enrol, follow_redirects=True)
    assert "Sie stehen auf der Warteliste" in full.text
    ask = clients["jana"].get(f"/qhb_training/portal/courses/{course}/withdraw")
    assert "Vom Kurs abmelden?" in ask.text
    assert (
        clients["jana"].post(f"/qhb_training/portal/courses/{course}/withdraw").status_code == 303
    )
    with installation.db.read() as s:
        states = dict(s.execute(select(Enrolment.person_id, Enrolment.status)).all())
    assert states == {jana.id: "withdrawn", petra.id: "enrolled"}
    assert "angemeldet" in clients["petra"].get("/qhb_training/portal/").text


def test_an_exception_or_a_course_begun_is_the_offices_decision(two, qhb, installation):
    clients, _jana, _petra = two
    part2 = clients["jana"].post(f"/qhb_training/portal/courses/{qhb['Aufbaukurs']}/enrol")
    assert part2.status_code == 422
    assert "setzt einen abgeschlossenen ersten Teil voraus" in part2.text
    with installation.db.transaction("test") as s:
        s.get(Course, qhb["Grundkurs Frühjahr"]).starts_on = TODAY
    begun = clients["jana"].post(f"/qhb_training/portal/courses/{qhb['Grundkurs Frühjahr']}/enrol")
    assert begun.status_code == 422 and "hat schon begonnen" in begun.text
    with installation.db.read() as s:
        assert s.scalars(select(Enrolment)).all() == []
        assert s.scalar(select(Course.seats_taken).where(Course.title == "Aufbaukurs")) == 0


def test_a_first_aid_certificate_accepted_by_the_coordinator_ends_the_due(
    staff, two, qhb, installation
):
    clients, jana, _petra = two
    assert _hand_in(clients["jana"], image_bytes()).status_code == 303
    listed = clients["jana"].get("/qhb_training/portal/certificates").text
    assert "eingereicht, wird geprüft" in listed
    assert "1 Bescheinigung aus dem Portal wartet" in staff.get("/qhb_training/").text
    assert "Bescheinigungen aus dem Portal" in staff.get(f"/qhb_training/person/{jana.id}").text
    with installation.db.read() as s:
        row = s.scalars(select(Recognition)).one()
    assert staff.get(f"/qhb_training/person/{jana.id}/recognitions/{row.id}/file").content == (
        image_bytes()
    )
    accept = f"/qhb_training/person/{jana.id}/recognitions/{row.id}/accept"
    assert staff.post(accept, follow_redirects=False).status_code == 303
    assert "schon entschieden" in staff.post(accept, follow_redirects=True).text
    with installation.db.read() as s:
        credential = s.scalars(select(Credential)).one()
        assert s.get(Recognition, row.id).credential_id == credential.id
    taken = TODAY - timedelta(days=3)
    assert (credential.person_id, credential.kind) == (jana.id, "first_aid")
    assert credential.valid_until == taken + relativedelta(months=24)
    assert "Erste Hilfe am Kind: kein Nachweis" not in clients["jana"].get("/portal/").text


def test_training_elsewhere_needs_its_units_and_counts_as_evidence(staff, two, qhb, installation):
    clients, jana, _petra = two
    refused = _hand_in(clients["jana"], kind="external")
    assert refused.status_code == 422
    assert "Bezeichnung: Welche Fortbildung oder welcher Nachweis?" in refused.text
    assert "UE: Wie viele Unterrichtseinheiten nennt die Bescheinigung?" in refused.text
    future = _hand_in(clients["jana"], taken_on=(TODAY + timedelta(days=1)).isoformat())
    assert "Absolviert am: liegt in der Zukunft." in future.text
    sent = _hand_in(clients["jana"], kind="external", title="Sprachförderung", ue="8")
    assert sent.status_code == 303
    with installation.db.read() as s:
        row = s.scalars(select(Recognition)).one()
    staff.post(f"/qhb_training/person/{jana.id}/recognitions/{row.id}/accept")
    with installation.db.read() as s:
        evidence = s.scalars(select(Evidence)).one()
    assert (evidence.kind, evidence.amount, evidence.title) == ("external", 8, "Sprachförderung")


def test_a_rejected_certificate_tells_her_why(staff, two, qhb, installation):
    clients, jana, _petra = two
    _hand_in(clients["jana"])
    with installation.db.read() as s:
        row_id = s.scalar(select(Recognition.id))
    reject = f"/qhb_training/person/{jana.id}/recognitions/{row_id}/reject"
    assert staff.post(reject, data={"reason": ""}, follow_redirects=False).status_code == 422
    staff.post(reject, data={"reason": "Das ist ein Kurs für Erwachsene, nicht am Kind."})
    home = clients["jana"].get("/portal/").text
    assert "Bescheinigung abgelehnt: Das ist ein Kurs für Erwachsene, nicht am Kind." in home


def test_she_downloads_her_own_certificate_only(two, qhb, installation):
    clients, jana, petra = two
    with installation.db.transaction("test") as s:
        part1 = curricula.by_code(s, "qhb1").id
        for number, person in enumerate((jana, petra), start=1):
            s.add(
                Completion(
                    person_id=person.id,
                    curriculum_id=part1,
                    completed_on=date(2026, 6, 27),
                    certificate_no=f"QHB1-2026-{number:03d}",
                )
            )
        s.flush()
        ids = dict(s.execute(select(Completion.person_id, Completion.id)).all())
    page = clients["jana"].get("/qhb_training/portal/").text
    assert f"/qhb_training/portal/completions/{ids[jana.id]}.pdf" in page
    pdf = clients["jana"].get(f"/qhb_training/portal/completions/{ids[jana.id]}.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Jana Wolf" in text and "QHB1-2026-001" in text
    assert (
        clients["jana"].get(f"/qhb_training/portal/completions/{ids[petra.id]}.pdf").status_code
        == 404
    )


def test_waiting_is_shown_when_the_course_is_full(two, qhb, installation):
    clients, _jana, _petra = two
    course = qhb["Grundkurs Frühjahr"]
    clients["petra"].post(f"/qhb_training/portal/courses/{course}/enrol")
    offers = clients["jana"].get("/qhb_training/portal/courses").text
    assert "ausgebucht, Warteliste: 0" in offers and "Auf die Warteliste" in offers
    clients["jana"].post(f"/qhb_training/portal/courses/{course}/enrol")
    with installation.db.read() as s:
        assert s.scalar(select(Enrolment.status).where(Enrolment.status == WAITING)) == WAITING
