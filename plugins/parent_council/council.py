"""The council's work: members and roles, meetings with agenda, attendance, minutes,
decisions, and the annual report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form, whole_number
from core.i18n import gettext_
from plugins.parent_council.models import (
    CHAIR,
    CLOSED,
    DEPUTY,
    MEMBER_ROLES,
    REPRESENTATIVE,
    VICE_CHAIR,
    Council,
    Decision,
    Election,
    Meeting,
    Member,
    Survey,
)


def get_council(session: Session, council_id: int) -> Council:
    council = session.get(Council, council_id)
    if council is None:
        raise NotFound(gettext_("Diesen Elternbeirat gibt es nicht."))
    return council


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(gettext_("Diese Sitzung gibt es nicht."))
    return meeting


def latest(session: Session) -> Council | None:
    """The council whose term ends last: in office, or the one whose term ended."""
    return session.scalars(select(Council).order_by(Council.ends_on.desc()).limit(1)).first()


def all_councils(session: Session) -> list[Council]:
    return list(session.scalars(select(Council).order_by(Council.starts_on.desc())))


def form_council(session: Session, election: Election) -> Council:
    """The elected representatives and deputies become the council for the term."""
    if election.status != CLOSED or not election.result:
        raise ValidationError(gettext_("Erst auszählen, dann den Elternbeirat bilden."))
    if not election.result["quorum_met"]:
        raise ValidationError(gettext_("Das Quorum wurde nicht erreicht; es ist niemand gewählt."))
    if session.scalar(select(Council.id).where(Council.election_id == election.id)):
        raise ValidationError(gettext_("Aus dieser Wahl wurde der Elternbeirat schon gebildet."))
    from plugins.parent_council.models import Candidate

    start = election.closed_at.date() if election.closed_at else date.today()
    council = Council(
        name=f"Elternbeirat {election.title}",
        election_id=election.id,
        starts_on=start,
        ends_on=start + relativedelta(months=election.term_months, days=-1),
    )
    session.add(council)
    for role, rows in ((REPRESENTATIVE, "representatives"), (DEPUTY, "deputies")):
        for row in election.result[rows]:
            candidate = session.get(Candidate, row["id"])
            council.members.append(
                Member(person_id=candidate.person_id, name=candidate.name, role=role)
            )
    session.flush()
    return council


def set_role(session: Session, council: Council, member_id: int, role: str) -> Member:
    """One chair and one vice chair: giving the role to someone takes it from the other."""
    if role not in MEMBER_ROLES:
        raise ValidationError({"role": gettext_("Rolle: Bitte eine der vorgegebenen wählen.")})
    member = next((m for m in council.members if m.id == member_id), None)
    if member is None:
        raise NotFound(gettext_("Dieses Mitglied gibt es nicht."))
    if role in (CHAIR, VICE_CHAIR):
        for other in council.members:
            if other.role == role and other is not member:
                other.role = REPRESENTATIVE
    member.role = role
    session.flush()
    return member


def save_meeting(session: Session, council: Council, data: Mapping, meeting=None) -> Meeting:
    form = Form(data)
    day = form.date("day", "Datum", required=True)
    raw_time = form.raw("starts_at")
    try:
        starts_at = datetime.strptime(raw_time, "%H:%M").time()
    except ValueError:
        form.error("starts_at", gettext_("Beginn: Bitte eine Uhrzeit angeben (HH:MM)."))
        starts_at = None
    place = form.text("place", "Ort")
    agenda = form.text("agenda", "Tagesordnung", max_length=5000)
    if day and not council.starts_on <= day <= council.ends_on:
        form.error(
            "day",
            gettext_("Datum: liegt außerhalb der Amtszeit ({starts_on} bis {ends_on}).").format(
                starts_on=format_date(council.starts_on), ends_on=format_date(council.ends_on)
            ),
        )
    form.done()
    if meeting is None:
        meeting = Meeting(council=council)
        session.add(meeting)
    meeting.day, meeting.starts_at, meeting.place, meeting.agenda = day, starts_at, place, agenda
    session.flush()
    return meeting


def record_minutes(session: Session, meeting: Meeting, data) -> Meeting:
    """Who came and what was said; members only."""
    getlist = getattr(data, "getlist", None)
    present = getlist("present") if getlist else data.get("present", [])
    ids = {m.id for m in meeting.council.members}
    chosen = {n for v in present if (n := whole_number(v)) is not None}
    if chosen - ids:
        raise ValidationError({"present": gettext_("Anwesend: nur Mitglieder des Elternbeirats.")})
    form = Form(data)
    minutes = form.text("minutes", "Protokoll", max_length=20000)
    form.done()
    meeting.present = ",".join(str(i) for i in sorted(chosen))
    meeting.minutes = minutes
    session.flush()
    return meeting


def add_decision(session: Session, meeting: Meeting, data: Mapping) -> Decision:
    form = Form(data)
    text = form.text("text", gettext_("Beschluss"), required=True, max_length=2000)
    counts = [
        form.integer(key, label, minimum=0, maximum=99) or 0
        for key, label in (("yes", "Ja"), ("no", "Nein"), ("abstain", "Enthaltung"))
    ]
    if sum(counts) > len(meeting.council.members):
        form.error("yes", gettext_("Ja/Nein/Enthaltung: mehr Stimmen als Mitglieder."))
    form.done()
    decision = Decision(text=text, yes=counts[0], no=counts[1], abstain=counts[2])
    meeting.decisions.append(decision)
    session.flush()
    return decision


@dataclass
class AnnualReport:
    year: int
    elections: list[Election]
    meetings: list[Meeting]
    surveys: list[Survey]


def annual_report(session: Session, year: int) -> AnnualReport:
    start, end = date(year, 1, 1), date(year, 12, 31)
    return AnnualReport(
        year,
        list(
            session.scalars(
                select(Election)
                .where(Election.status == CLOSED, Election.voting_until.between(start, end))
                .order_by(Election.voting_until)
            )
        ),
        list(
            session.scalars(
                select(Meeting).where(Meeting.day.between(start, end)).order_by(Meeting.day)
            )
        ),
        list(
            session.scalars(
                select(Survey)
                .where(Survey.closes_on.between(start, end))
                .order_by(Survey.closes_on)
            )
        ),
    )
