"""Credentials that expire and the duties that come due: first aid, licence, Fortbildung.

`dues` answers "who must do what by when" for every childminder in a handful of grouped
queries: Erste Hilfe am Kind (renewed every two years; lapsed longer means the full course),
the Pflegeerlaubnis (renewal needs proof of Fortbildung over its term), the yearly
Fortbildung minimum, and Part 2 of the QHB within its deadline after the first licence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.format import format_date, format_number
from core.forms import Form
from core.i18n import N_, gettext_
from core.models import Childminder, Person
from core.settings import settings_of
from plugins.qhb_training.models import (
    CREDENTIAL_KINDS,
    EXTERNAL,
    FIRST_AID,
    Attendance,
    Completion,
    Course,
    Credential,
    Curriculum,
    Evidence,
    Lesson,
    Profile,
)


@dataclass(frozen=True)
class Rules:
    """The installation's rules (settings qhb_training.*), with NRW/Bonn defaults."""

    first_aid_months: int = 24
    full_course_after_months: int = 24
    licence_years: int = 5
    renewal_ue: int = 75
    yearly_ue: int = 15
    part2_months: int = 24
    due_days: int = 90

    @classmethod
    def from_settings(cls, get: Callable[[str], object]) -> Rules:
        return cls(**{name: int(get(f"qhb_training.{name}")) for name in cls.__dataclass_fields__})

    @classmethod
    def of(cls, session) -> Rules:
        """This installation's rules, all seven in one query."""
        return cls.from_settings(settings_of(session).all(session).get)


RULE_LABELS = {  # as the settings page shows them
    "first_aid_months": N_("Erste Hilfe am Kind: gültig für … Monate"),
    "full_course_after_months": (
        N_("Erste Hilfe: länger als … Monate abgelaufen heißt vollständiger Kurs")
    ),
    "licence_years": N_("Pflegeerlaubnis: gültig für … Jahre"),
    "renewal_ue": N_("Fortbildung in UE zur Verlängerung der Pflegeerlaubnis"),
    "yearly_ue": N_("Fortbildung: Mindestumfang je Kalenderjahr in UE"),
    "part2_months": N_("QHB Teil 2: abzuschließen binnen … Monaten nach der Erlaubnis"),
    "due_days": N_("Fristenliste: Vorlauf in Tagen"),
}


@dataclass(frozen=True)
class Due:
    person_id: int
    name: str
    what: str
    due_on: date | None  # None: the proof is missing altogether
    overdue: bool
    detail: str = ""


def add_credential(session: Session, person: Person, data: Mapping, rules: Rules) -> Credential:
    form = Form(data)
    kind = form.choice("kind", "Art", CREDENTIAL_KINDS)
    title = form.text("title", "Bezeichnung")
    taken_on = form.date("taken_on", gettext_("Absolviert am"), required=True)
    valid_until = form.date("valid_until", gettext_("Gültig bis"))
    ue = form.integer("ue", "UE", minimum=0, maximum=500)
    proof = form.text("proof", "Nachweis", required=True)
    if taken_on and taken_on > date.today():
        form.error("taken_on", gettext_("Absolviert am: liegt in der Zukunft."))
    if taken_on and valid_until and valid_until <= taken_on:
        form.error("valid_until", gettext_("Gültig bis: muss nach dem Kurstag liegen."))
    form.done()
    if kind == FIRST_AID and valid_until is None:
        valid_until = taken_on + relativedelta(months=rules.first_aid_months)
    credential = Credential(
        person_id=person.id,
        kind=kind,
        title=title or CREDENTIAL_KINDS[kind],
        taken_on=taken_on,
        valid_until=valid_until,
        ue=ue or 0,
        proof=proof,
    )
    session.add(credential)
    session.flush()
    return credential


def credentials_of(session: Session, person_id: int) -> list[Credential]:
    return list(
        session.scalars(
            select(Credential)
            .where(Credential.person_id == person_id)
            .order_by(Credential.taken_on.desc())
        )
    )


def continuing_rows(
    session: Session, start: date, end: date, person_ids: list[int] | None = None
) -> list[tuple[int, date, Decimal]]:
    """UE of Fortbildung per person and day between two dates: courses here and elsewhere."""
    here = (
        select(Attendance.person_id, Lesson.day, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .join(Curriculum, Curriculum.id == Course.curriculum_id)
        .where(Curriculum.continuing, Lesson.day.between(start, end))
        .group_by(Attendance.person_id, Lesson.day)
    )
    elsewhere = (
        select(Evidence.person_id, Evidence.day, func.sum(Evidence.amount))
        .where(Evidence.kind == EXTERNAL, Evidence.day.between(start, end))
        .group_by(Evidence.person_id, Evidence.day)
    )
    if person_ids is not None:
        here = here.where(Attendance.person_id.in_(person_ids))
        elsewhere = elsewhere.where(Evidence.person_id.in_(person_ids))
    return [
        (pid, day, Decimal(ue or 0))
        for query in (here, elsewhere)
        for pid, day, ue in session.execute(query)
    ]


def continuing_ue(
    session: Session, start: date, end: date, person_ids: list[int] | None = None
) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for pid, _, ue in continuing_rows(session, start, end, person_ids):
        totals[pid] += ue
    return totals


def dues(session: Session, rules: Rules, today: date, person_id: int | None = None) -> list[Due]:
    """What comes due within `rules.due_days` or is overdue, for every childminder."""
    horizon = today + timedelta(days=rules.due_days)
    query = select(Person.id, Person.first_name, Person.last_name, Childminder.permit_valid_until)
    query = query.join(Childminder, Childminder.person_id == Person.id)
    if person_id is not None:
        query = query.where(Person.id == person_id)
    minders = {
        pid: (f"{first} {last}", until) for pid, first, last, until in session.execute(query)
    }
    ids = list(minders) if person_id is not None else None
    out: list[Due] = []

    first_aid = {}
    latest = select(Credential.person_id, func.max(Credential.valid_until)).where(
        Credential.kind == FIRST_AID
    )
    if ids is not None:
        latest = latest.where(Credential.person_id.in_(ids))
    for pid, until in session.execute(latest.group_by(Credential.person_id)):
        first_aid[pid] = until
    for pid, (name, _) in minders.items():
        until = first_aid.get(pid)
        if pid not in first_aid:
            out.append(
                Due(
                    pid,
                    name,
                    gettext_("Erste Hilfe am Kind"),
                    None,
                    True,
                    gettext_("kein Nachweis"),
                )
            )
        elif until is not None and until <= horizon:
            if until < today - relativedelta(months=rules.full_course_after_months):
                months = rules.full_course_after_months
                detail = gettext_(
                    "seit mehr als {months} Monaten abgelaufen: vollständiger Kurs nötig"
                ).format(months=months)
            elif until < today:
                detail = gettext_("abgelaufen: Auffrischung nötig")
            else:
                detail = gettext_("läuft ab: Auffrischung buchen")
            out.append(
                Due(pid, name, gettext_("Erste Hilfe am Kind"), until, until < today, detail)
            )

    renewals = {pid: until for pid, (_, until) in minders.items() if until and until <= horizon}
    if renewals:  # Fortbildung over each licence's own term
        since = {
            pid: until - relativedelta(years=rules.licence_years) for pid, until in renewals.items()
        }
        have: dict[int, Decimal] = defaultdict(Decimal)
        for pid, day, ue in continuing_rows(session, min(since.values()), today, list(renewals)):
            if day >= since[pid]:
                have[pid] += ue
        for pid, until in renewals.items():
            detail = gettext_("Fortbildung seit {value}: {value2} von {renewal_ue} UE").format(
                value=format_date(since[pid]),
                value2=format_number(have[pid]),
                renewal_ue=rules.renewal_ue,
            )
            out.append(
                Due(
                    pid,
                    minders[pid][0],
                    gettext_("Pflegeerlaubnis verlängern"),
                    until,
                    until < today,
                    detail,
                )
            )

    year_end = date(today.year, 12, 31)
    if year_end <= horizon and rules.yearly_ue:
        licensed = [pid for pid, (_, until) in minders.items() if until and until >= today]
        this_year = continuing_ue(session, date(today.year, 1, 1), year_end, ids)
        for pid in licensed:
            have = this_year.get(pid, Decimal(0))
            if have < rules.yearly_ue:
                detail = gettext_("{have} von {yearly_ue} UE").format(
                    have=format_number(have), yearly_ue=rules.yearly_ue
                )
                out.append(
                    Due(
                        pid,
                        minders[pid][0],
                        gettext_("Fortbildung {year}").format(year=today.year),
                        year_end,
                        False,
                        detail,
                    )
                )

    out.extend(_part2_dues(session, rules, today, horizon, person_id))
    return sorted(out, key=lambda d: (d.due_on or date.min, d.name, d.what))


def _part2_dues(session, rules, today, horizon, person_id) -> list[Due]:
    """Licensed persons without a completed second part whose deadline is near or past."""
    second = (
        select(Completion.person_id)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Curriculum.needs_licence)
    )
    query = (
        select(Profile.person_id, Profile.first_licence_on, Person.first_name, Person.last_name)
        .join(Person, Person.id == Profile.person_id)
        .where(Profile.first_licence_on.is_not(None), Profile.person_id.not_in(second))
    )
    if person_id is not None:
        query = query.where(Profile.person_id == person_id)
    out = []
    for pid, first_licence, first, last in session.execute(query):
        deadline = first_licence + relativedelta(months=rules.part2_months)
        if deadline <= horizon:
            detail = gettext_("Pflegeerlaubnis seit {since}").format(
                since=format_date(first_licence)
            )
            out.append(
                Due(
                    pid,
                    f"{first} {last}",
                    gettext_("QHB Teil 2 abschließen"),
                    deadline,
                    deadline < today,
                    detail,
                )
            )
    return out
