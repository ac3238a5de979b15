"""Letters and records as PDFs: invitations with codes, the results protocol, meeting
invitations and minutes, the survey report and the annual report."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import charts
from core.documents import render_pdf
from core.i18n import gettext_
from core.letterhead import Letterhead
from core.models import Person
from plugins.parent_council.council import AnnualReport
from plugins.parent_council.models import (
    CHANNELS,
    MEMBER_ROLES,
    VOTE_BASES,
    Council,
    Election,
    Meeting,
)
from plugins.parent_council.surveys import Results


def _people(session: Session, ids) -> dict[int, Person]:
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(set(ids))))}


def code_letters(
    session: Session, kind: str, subject, issued, sender: Letterhead, url: str
) -> bytes:
    """Mail merge: one letter per code (`kind` is "election" or "survey")."""
    people = _people(session, [record.addressee_id for record, _ in issued])
    letters = [
        {
            "addressee": people[record.addressee_id],
            "code": code,
            "label": getattr(record, "label", ""),
        }
        for record, code in issued
    ]
    return render_pdf(
        "parent_council/pdf/letters.html",
        {
            "kind": kind,
            "subject": subject,
            "letters": letters,
            "sender": sender,
            "url": url,
            "today": date.today(),
        },
    )


def protocol(election: Election, sender: Letterhead) -> bytes:
    return render_pdf(
        "parent_council/pdf/protocol.html",
        {
            "election": election,
            "result": election.result,
            "bases": VOTE_BASES,
            "channels": CHANNELS,
            "sender": sender,
        },
    )


def meeting(meeting: Meeting, sender: Letterhead, *, minutes: bool) -> bytes:
    """The invitation with the agenda, or (`minutes`) the record with attendance and decisions."""
    return render_pdf(
        "parent_council/pdf/meeting.html",
        {
            "meeting": meeting,
            "council": meeting.council,
            "minutes": minutes,
            "roles": MEMBER_ROLES,
            "sender": sender,
        },
    )


def survey_report(found: Results, sender: Letterhead) -> bytes:
    return render_pdf(
        "parent_council/pdf/survey.html",
        {"results": found, "survey": found.survey, "chart": survey_chart(found), "sender": sender},
    )


def survey_chart(found: Results):
    if found.suppressed:
        return None
    rows = [(d.name, d.mean) for d in found.dimensions]
    title = gettext_("Durchschnittsnote je Bereich – {title}").format(title=found.survey.title)
    return charts.means_chart(rows, title)


def annual(report: AnnualReport, councils: list[Council], sender: Letterhead) -> bytes:
    return render_pdf(
        "parent_council/pdf/annual.html",
        {"report": report, "councils": councils, "roles": MEMBER_ROLES, "sender": sender},
    )
