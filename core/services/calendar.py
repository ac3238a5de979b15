"""Public holidays, closing days, absences, the month view and iCalendar export."""

from __future__ import annotations

import calendar as pycal
import hashlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import ical
from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form
from core.i18n import gettext_
from core.ical import Entry
from core.kernel.contributions import CalendarEvent
from core.kernel.lifecycle import ensure_deletable
from core.models import Absence, ClosingDay, ConsultationSlot, Person
from core.models.calendar import ABSENCE_LABELS, AbsenceKind
from core.models.consultations import MODES


@lru_cache(maxsize=64)
def _holidays(state: str, year: int) -> dict[date, str]:
    return dict(holidays.Germany(subdiv=state, years=year, language="de"))


def public_holidays(state: str, start: date, end: date) -> dict[date, str]:
    if state not in holidays.Germany.subdivisions:
        raise ValidationError(
            {
                "core.state": gettext_("Bundesland: '{state}' ist kein gültiges Kürzel.").format(
                    state=state
                )
            }
        )
    days: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        days.update({d: n for d, n in _holidays(state, year).items() if start <= d <= end})
    return days


# --- Absences ---------------------------------------------------------------


def get_absence(session: Session, absence_id: int) -> Absence:
    absence = session.get(Absence, absence_id)
    if absence is None:
        raise NotFound(
            gettext_("Abwesenheit {absence_id} gibt es nicht.").format(absence_id=absence_id)
        )
    return absence


def save_absence(
    session: Session, data: Mapping, absence: Absence | None = None, *, hooks
) -> Absence:
    """The office's absence form: read here, checked and written like a typed one."""
    form = Form(data)
    childminder_id = form.integer("childminder_id", "Tagespflegeperson", required=True)
    kind = form.choice("kind", "Art", ABSENCE_LABELS)
    start = form.date("start", "Von", required=True)
    end = form.date("end", "Bis", required=True)
    planned = form.raw("planned") != "short_notice"
    note = form.text("note", "Notiz", max_length=2000)
    return _store(session, form, absence, childminder_id, kind, start, end, planned, note, hooks)


def record_absence(
    session: Session,
    childminder_id: int,
    kind: AbsenceKind | None,
    start: date | None,
    end: date | None,
    *,
    planned: bool,
    note: str = "",
    hooks,
    form: Form | None = None,
) -> Absence:
    """A new absence from typed values (her own report in the portal): the same checks as
    the office's form, the same hook afterwards. A caller that read the values from a form
    of its own passes it: a value it could not read is None, and its errors and these are
    reported together."""
    form = form or Form({})
    return _store(session, form, None, childminder_id, kind, start, end, planned, note, hooks)


def _store(
    session: Session,
    form: Form,
    absence: Absence | None,
    childminder_id: int | None,
    kind: str | None,
    start: date | None,
    end: date | None,
    planned: bool,
    note: str,
    hooks,
) -> Absence:
    if start and end and end < start:
        form.error("end", gettext_("Bis: Das Ende liegt vor dem Beginn."))
    if start and end and (end - start).days > 366:
        form.error("end", gettext_("Bis: Eine Abwesenheit kann höchstens ein Jahr dauern."))
    if childminder_id:
        person = session.get(Person, childminder_id)
        if person is None or person.childminder is None:
            form.error(
                "childminder_id",
                gettext_("Tagespflegeperson: Diese Person ist keine Tagespflegeperson."),
            )
        elif start and end and "end" not in form.errors:
            clash = session.scalars(
                select(Absence).where(
                    Absence.childminder_id == childminder_id,
                    Absence.id != (absence.id if absence else 0),
                    Absence.start <= end,
                    Absence.end >= start,
                )
            ).first()
            if clash:
                form.error(
                    "start",
                    gettext_("Von: überschneidet sich mit {value} vom {start} bis {end}.").format(
                        value=gettext_(ABSENCE_LABELS[clash.kind]),
                        start=format_date(clash.start),
                        end=format_date(clash.end),
                    ),
                )
    form.done()
    action = "update" if absence else "create"
    if absence is None:
        absence = Absence()
        session.add(absence)
    absence.childminder_id = childminder_id
    absence.kind = kind
    absence.start, absence.end = start, end
    absence.planned = planned
    absence.note = note
    session.flush()
    hooks.absence_changed(session=session, absence=absence, action=action)
    return absence


def delete_absence(session: Session, absence: Absence, *, hooks) -> None:
    ensure_deletable(hooks, session, absence)
    hooks.absence_changed(session=session, absence=absence, action="delete")
    session.delete(absence)
    session.flush()


def absences_of(session: Session, person_id: int) -> list[Absence]:
    return list(
        session.scalars(
            select(Absence)
            .where(Absence.childminder_id == person_id)
            .order_by(Absence.start.desc())
        )
    )


# --- Closing days -------------------------------------------------------------


def save_closing_day(session: Session, data: Mapping) -> ClosingDay:
    form = Form(data)
    day = form.date("day", "Datum", required=True)
    label = form.text("label", "Bezeichnung", required=True)
    if day and session.scalar(select(ClosingDay).where(ClosingDay.day == day)):
        form.error(
            "day",
            gettext_("Datum: Der {day} ist bereits ein Schließtag.").format(day=format_date(day)),
        )
    form.done()
    closing = ClosingDay(day=day, label=label)
    session.add(closing)
    session.flush()
    return closing


def closing_days_since(session: Session, start: date) -> list[ClosingDay]:
    return list(
        session.scalars(select(ClosingDay).where(ClosingDay.day >= start).order_by(ClosingDay.day))
    )


def delete_closing_day(session: Session, closing_id: int) -> None:
    closing = session.get(ClosingDay, closing_id)
    if closing is None:
        raise NotFound(gettext_("Diesen Schließtag gibt es nicht mehr."))
    session.delete(closing)
    session.flush()


# --- Events and the month view -----------------------------------------------


def core_events(
    session: Session,
    state: str,
    start: date,
    end: date,
    childminder_id: int | None = None,
    *,
    people: bool = True,
) -> list[CalendarEvent]:
    """Holidays and closing days; with `people`, the childminders' absences (with their
    kind, which may be an illness) and booked consultations too."""
    events = [
        CalendarEvent(d, name, "holiday", uid=f"core.holiday.{d.isoformat()}")
        for d, name in public_holidays(state, start, end).items()
    ]
    events += [
        CalendarEvent(c.day, c.label, "closing", uid=f"core.closing.{c.id}")
        for c in session.scalars(select(ClosingDay).where(ClosingDay.day.between(start, end)))
    ]
    if not people:
        return events
    stmt = (
        select(Absence, Person)
        .join(Person, Person.id == Absence.childminder_id)
        .where(Absence.start <= end, Absence.end >= start)
    )
    if childminder_id is not None:
        stmt = stmt.where(Absence.childminder_id == childminder_id)
    for absence, person in session.execute(stmt):
        day = max(absence.start, start)
        while day <= min(absence.end, end):
            events.append(
                CalendarEvent(
                    day,
                    f"{person.name}: {gettext_(ABSENCE_LABELS[absence.kind])}"
                    + ("" if absence.planned else " " + gettext_("(kurzfristig)")),
                    f"absence absence-{absence.kind.value}",
                    person.id,
                    f"/persons/{person.id}",
                    uid=f"core.absence.{absence.id}.{day.isoformat()}",
                )
            )
            day += timedelta(days=1)
    return events + consultation_events(session, start, end, childminder_id)


def consultation_events(session: Session, start: date, end: date, childminder_id: int | None):
    """Booked consultations: the Fachberatung sees them in the calendar."""
    stmt = select(ConsultationSlot).where(
        ConsultationSlot.person_id.is_not(None),
        ConsultationSlot.starts_at >= datetime.combine(start, time.min),
        ConsultationSlot.starts_at <= datetime.combine(end, time.max),
    )
    if childminder_id is not None:
        stmt = stmt.where(ConsultationSlot.person_id == childminder_id)
    return [
        CalendarEvent(
            slot.starts_at.date(),
            gettext_("{time} Beratung {name} ({mode}, {staff})").format(
                time=f"{slot.starts_at:%H:%M}",
                name=slot.person.name,
                mode=gettext_(MODES[slot.mode]),
                staff=slot.staff.display_name or slot.staff.username,
            ),
            "consultation",
            slot.person_id,
            "/consultations",
            uid=f"core.consultation.{slot.id}",
        )
        for slot in session.scalars(stmt.order_by(ConsultationSlot.starts_at))
    ]


@dataclass
class Day:
    day: date
    in_month: bool
    events: list[CalendarEvent] = field(default_factory=list)

    @property
    def is_weekend(self) -> bool:
        return self.day.weekday() >= 5

    @property
    def is_holiday(self) -> bool:
        return any(e.kind in ("holiday", "closing") for e in self.events)


def month_grid(year: int, month: int, events: list[CalendarEvent]) -> list[list[Day]]:
    by_day: dict[date, list[CalendarEvent]] = defaultdict(list)
    for event in events:
        by_day[event.day].append(event)
    weeks = pycal.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return [[Day(d, d.month == month, by_day.get(d, [])) for d in week] for week in weeks]


def to_ical(events: list[CalendarEvent], name: str, key: str) -> bytes:
    """The month view's events as a calendar file: all-day entries with stable UIDs."""
    entries = [
        Entry(
            uid=event.uid or _derived_uid(event),
            day=event.day,
            summary=event.title,
            category=event.kind.split()[0],
        )
        for event in events
    ]
    return ical.calendar(entries, name, key)


def _derived_uid(event: CalendarEvent) -> str:
    """For an event without a record key: from what it is, so it stays the same."""
    digest = hashlib.sha1(event.title.encode()).hexdigest()[:10]
    return f"{event.kind.split()[0]}.{event.person_id or 0}.{event.day.isoformat()}.{digest}"
