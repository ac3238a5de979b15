"""Course letters both ways: the invitation with the dates as PDF and calendar file to a
participant who chose e-mail, the letter to print for the other; the participation
certificate only to those who attended."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from core.models import Person
from plugins.qhb_training.models import Lesson
from tests.db.qhb_helpers import pdf_text
from tests.icalcheck import strictly_parsed
from tests.web.test_qhb_web import coordinator, course_id, new_course  # noqa: F401
from tests.workers import work_off


def course_with_two(coordinator, installation):  # noqa: F811
    new_course(coordinator, coordinator.part1, room="Familienzentrum, Raum 2")
    cid = course_id(installation)
    for day in ("2026-01-10", "2026-01-17"):
        coordinator.post(
            f"/qhb_training/courses/{cid}/lessons/new",
            data={"day": day, "starts_at": "09:00", "ends_at": "15:30", "ue": "8"},
        )
    for first in ("Aylin", "Julia"):
        coordinator.post(
            f"/qhb_training/courses/{cid}/applicant",
            data={"first_name": first, "last_name": "Demir"},
        )
    with installation.db.transaction("test") as s:
        aylin, julia = s.scalars(
            select(Person).where(Person.last_name == "Demir").order_by(Person.first_name)
        ).all()
        aylin.email, aylin.channel, aylin.email_consent_on = (
            "aylin@example.org",
            "email",
            date.today(),
        )
        julia.street, julia.postal_code, julia.city = "Am Tie 4", "59269", "Beckum"
        ids = aylin.id, julia.id
    return cid, ids


def test_invitations_mail_the_dates_and_print_the_rest(coordinator, installation, mailbox):  # noqa: F811
    cid, _ = course_with_two(coordinator, installation)
    url = f"/qhb_training/courses/{cid}/letters/invitation"
    plan = coordinator.get(url).text
    assert "Per E-Mail (1)" in plan and "Aylin Demir &lt;aylin@example.org&gt;" in plan
    assert "Per Post (1)" in plan and "Julia Demir: Julia Demir" in plan
    job_url = coordinator.post(url, follow_redirects=False).headers["location"]
    work_off(installation)
    (mail,) = mailbox.received
    assert mail["Subject"] == "Einladung: Grundkurs 2026 vom 10.01.2026 bis 27.06.2026"
    pdf, ics = mail.iter_attachments()
    assert "10.01.2026 09:00–15:30" in pdf_text(pdf.get_content())
    events = strictly_parsed(ics.get_content().encode()).walk("VEVENT")
    assert [str(e["LOCATION"]) for e in events] == ["Familienzentrum, Raum 2"] * 2
    assert [e.decoded("DTSTART").isoformat() for e in events] == [
        "2026-01-10T09:00:00+01:00",
        "2026-01-17T09:00:00+01:00",
    ]
    printed = pdf_text(coordinator.get(f"{job_url}/print.pdf").content)
    assert "Julia Demir Am Tie 4 59269 Beckum" in printed and "Aylin" not in printed


def test_certificates_go_only_to_those_who_attended(coordinator, installation, mailbox):  # noqa: F811
    cid, (aylin, julia) = course_with_two(coordinator, installation)
    with installation.db.read() as s:
        lesson = s.scalars(select(Lesson).order_by(Lesson.day)).first()
    coordinator.post(f"/qhb_training/courses/{cid}/attendance/{lesson.id}/{aylin}")
    url = f"/qhb_training/courses/{cid}/letters/certificate"
    plan = coordinator.get(url).text
    assert "Per E-Mail (1)" in plan and "Per Post (0)" in plan
    coordinator.post(url)
    work_off(installation)
    (mail,) = mailbox.received
    (pdf,) = mail.iter_attachments()
    assert "8 von 16 Unterrichtseinheiten" in pdf_text(pdf.get_content())


def test_an_unknown_kind_of_letter_is_not_found(coordinator, installation):  # noqa: F811
    new_course(coordinator, coordinator.part1)
    cid = course_id(installation)
    assert coordinator.get(f"/qhb_training/courses/{cid}/letters/zeugnis").status_code == 404
    assert coordinator.post(f"/qhb_training/courses/{cid}/letters/zeugnis").status_code == 404
