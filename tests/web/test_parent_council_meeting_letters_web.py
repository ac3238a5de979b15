"""Council meetings both ways: the invitation with agenda and calendar entry to a member
who chose e-mail, the letter to print for the other; the minutes without a calendar."""

from __future__ import annotations

from datetime import date, time

import pytest
from starlette.testclient import TestClient

from plugins.parent_council.models import Council, Meeting, Member
from tests.conftest import login
from tests.db.qhb_helpers import pdf_text
from tests.icalcheck import strictly_parsed
from tests.workers import work_off


@pytest.fixture
def meeting(staff, installation, make):
    installation.enable("parent_council")
    aylin = make.person(
        "guardian",
        first_name="Aylin",
        last_name="Kaya",
        email="aylin@example.org",
        channel="email",
        email_consent="on",
        form_of_address="frau",
    )
    nina = make.person(
        "guardian",
        first_name="Nina",
        last_name="Roth",
        street="Hellweg 9",
        postal_code="59269",
        city="Beckum",
    )
    with installation.db.transaction("test") as s:
        council = Council(
            name="Elternbeirat 2026/27", starts_on=date(2026, 10, 1), ends_on=date(2027, 9, 30)
        )
        council.members = [
            Member(person_id=aylin.id, name="Aylin Kaya", role="representative"),
            Member(person_id=nina.id, name="Nina Roth", role="deputy"),
        ]
        found = Meeting(
            day=date(2026, 12, 14),
            starts_at=time(19, 30),
            place="Familienzentrum Beckum",
            agenda="Begrüßung\nSommerfest",
        )
        council.meetings = [found]
        s.add(council)
        s.flush()
        return found.id


def test_the_invitation_goes_by_mail_with_the_date_and_by_post(
    staff, installation, meeting, mailbox
):
    url = f"/parent_council/meetings/{meeting}/letters/einladung"
    plan = staff.get(url).text
    assert "Per E-Mail (1)" in plan and "Aylin Kaya &lt;aylin@example.org&gt;" in plan
    assert "Per Post (1)" in plan and "Nina Roth: Nina Roth" in plan
    job_url = staff.post(url, follow_redirects=False).headers["location"]
    work_off(installation)
    (mail,) = mailbox.received
    assert mail["Subject"] == "Einladung: Sitzung des Elternbeirat 2026/27 am 14.12.2026, 19:30 Uhr"
    assert (
        mail.get_body(preferencelist=("plain",)).get_content().startswith("Sehr geehrte Frau Kaya,")
    )
    pdf, ics = mail.iter_attachments()
    assert "Sommerfest" in pdf_text(pdf.get_content())
    (event,) = strictly_parsed(ics.get_content().encode()).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == "2026-12-14T19:30:00+01:00"
    assert str(event["LOCATION"]) == "Familienzentrum Beckum"
    assert "Sommerfest" in pdf_text(staff.get(f"{job_url}/print.pdf").content)


def test_the_minutes_go_without_a_calendar_file(staff, installation, meeting, mailbox):
    staff.post(f"/parent_council/meetings/{meeting}/letters/protokoll")
    work_off(installation)
    (mail,) = mailbox.received
    assert [a.get_filename() for a in mail.iter_attachments()] == [
        f"protokoll-sitzung-{meeting}.pdf"
    ]


def test_an_unknown_letter_and_a_user_without_the_right_are_refused(
    staff, installation, meeting, app
):
    assert staff.get(f"/parent_council/meetings/{meeting}/letters/rundbrief").status_code == 404
    with TestClient(app) as other:
        login(other, installation, "finance")
        url = f"/parent_council/meetings/{meeting}/letters/einladung"
        assert other.get(url).status_code == 403 and other.post(url).status_code == 403
