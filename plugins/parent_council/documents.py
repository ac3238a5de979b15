"""Letters and records as PDFs: invitations with codes, the results protocol, meeting
invitations and minutes, the survey report and the annual report."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import charts
from core.format import format_date
from core.i18n import gettext_
from core.letters.letterhead import Letterhead
from core.letters.pdf import render_pdf
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
            "paragraphs": paragraphs(kind, subject, getattr(record, "label", ""), url),
        }
        for record, code in issued
    ]
    return render_pdf(
        "parent_council/pdf/letters.html",
        {
            "title": title(kind, subject),
            "after_code": AFTER_CODE,
            "subject": subject,
            "letters": letters,
            "sender": sender,
            "url": url,
            "today": date.today(),
        },
    )


def title(kind: str, subject) -> str:
    if kind == "election":
        return f"{subject.title}: Ihre Stimme für die Elternvertretung"
    return f"{subject.title}: Ihre Meinung ist gefragt"


def paragraphs(kind: str, subject, label: str, url: str) -> tuple[str, ...]:
    """The letter's words before the code, the same on paper and in the e-mail."""
    if kind == "election":
        return (
            "die Eltern der Kinder in Kindertagespflege wählen ihre Vertretung. Mit diesem "
            f"Schreiben können Sie wählen – {label}. Gewählt werden {subject.seats} "
            f"Elternvertretungen und {subject.deputies} Stellvertretungen; Sie haben bis zu "
            f"{subject.votes_per_ballot} Stimmen.",
            "Kandidieren können alle Eltern; bitte melden Sie sich bis zum "
            f"{format_date(subject.candidacy_until)} bei uns.",
            f"Wählen Sie vom {format_date(subject.voting_from)} bis "
            f"{format_date(subject.voting_until)} online unter {url} mit diesem Code:",
        )
    return (
        "wir möchten wissen, wie zufrieden Sie sind. Die Befragung ist anonym: Der Code "
        "zeigt nur, dass geantwortet wurde, nicht wer.",
        f"Sie können vom {format_date(subject.opens_on)} bis {format_date(subject.closes_on)} "
        f"unter {url} antworten. Ihr Code:",
    )


AFTER_CODE = "Der Code gilt einmal. Ihre Antwort wird ohne Bezug zu Ihrem Namen gespeichert."


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
