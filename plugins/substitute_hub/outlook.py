"""The outlook of substitute care: who is absent on a day with the children affected, a
child's contracts and coming absences, how many needs are still open, and the booked
places in the office calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.i18n import ngettext_
from core.kernel.contributions import CalendarEvent
from core.models import Absence, Contract, Person
from plugins.substitute_hub.models import Need, Placement, Provider
from plugins.substitute_hub.reach import EVERYTHING, Reach


@dataclass(frozen=True)
class AbsentChildminder:
    person: Person
    absence: Absence
    children: int
    wanting_substitute: int


def active_contracts(on: date):
    return select(Contract).where(
        Contract.valid_from <= on, or_(Contract.valid_to.is_(None), Contract.valid_to >= on)
    )


def absent_on(session: Session, on: date, within: Reach = EVERYTHING) -> list[AbsentChildminder]:
    """Childminders absent on a day with the number of their children affected; for a
    hub's staff only those caring for its children, and only its children counted."""
    contracts = active_contracts(on)
    if not within.everything:
        contracts = contracts.where(Contract.child_id.in_(within.children))
    contracts = contracts.subquery()
    query = (
        select(
            Person,
            Absence,
            func.count(contracts.c.id),
            func.count(contracts.c.id).filter(contracts.c.substitute_wanted.is_(True)),
        )
        .join(Absence, Absence.childminder_id == Person.id)
        .join(contracts, contracts.c.childminder_id == Person.id, isouter=within.everything)
        .where(Absence.start <= on, Absence.end >= on)
        .group_by(Person.id, Absence.id)
        .order_by(Person.last_name, Person.first_name)
    )
    return [AbsentChildminder(p, a, n, w) for p, a, n, w in session.execute(query)]


def child_outlook(session: Session, child: Person, today: date, days: int = 60):
    """The child's contracts and their childminders' absences in the coming weeks."""
    horizon = today + timedelta(days=days)
    contracts = session.scalars(active_contracts(today).where(Contract.child_id == child.id)).all()
    absences = session.scalars(
        select(Absence)
        .where(
            Absence.childminder_id.in_([c.childminder_id for c in contracts]),
            Absence.end >= today,
            Absence.start <= horizon,
        )
        .order_by(Absence.start)
    ).all()
    return contracts, absences


def open_needs(session: Session, start: date, end: date, within: Reach = EVERYTHING) -> int:
    """Days children still need a substitute place between two dates (declined ones aside);
    for a hub's staff, its children's."""
    query = (
        select(func.count())
        .select_from(Need)
        .where(Need.day.between(start, end), ~Need.declined, ~Need.placement.has())
    )
    if not within.everything:
        query = query.where(Need.child_id.in_(within.children))
    return session.scalar(query) or 0


def calendar_events(
    session: Session, start: date, end: date, childminder_id: int | None, within: Reach
) -> list[CalendarEvent]:
    """Booked substitute places per provider and day: counts and the way to the week board,
    no child's name. A hub's staff see their own providers' and, since core shows them no
    absences, when the childminders of their children are away – without the kind."""
    query = (
        select(Placement.day, Provider.id, Provider.name, func.count())
        .join(Provider, Provider.id == Placement.provider_id)
        .join(Need, Need.id == Placement.need_id)
        .where(Placement.day.between(start, end))
        .group_by(Placement.day, Provider.id, Provider.name)
        .order_by(Placement.day, Provider.name)
    )
    if childminder_id is not None:
        query = query.where(Need.childminder_id == childminder_id)
    if not within.everything:
        query = query.where(Provider.id.in_(within.providers))
    one, many = "Vertretung: {n} Kind bei {name}", "Vertretung: {n} Kinder bei {name}"
    events = [
        CalendarEvent(
            day,
            ngettext_(one, many, n).format(n=n, name=name),
            "substitute",
            url=f"/substitute_hub/week?provider={provider_id}&start={day}",
            uid=f"substitute_hub.day.{provider_id}.{day.isoformat()}",
        )
        for day, provider_id, name, n in session.execute(query)
    ]
    return events if within.everything else events + _absences(session, start, end, within)


def _absences(session: Session, start: date, end: date, within: Reach) -> list[CalendarEvent]:
    """The days the childminders of a hub's children are away, as far as it may read why."""
    theirs = select(Contract.childminder_id).where(
        Contract.child_id.in_(within.children),
        Contract.valid_from <= end,
        or_(Contract.valid_to.is_(None), Contract.valid_to >= start),
    )
    rows = session.execute(
        select(Absence, Person)
        .join(Person, Person.id == Absence.childminder_id)
        .where(Absence.start <= end, Absence.end >= start, Absence.childminder_id.in_(theirs))
    )
    events = []
    for absence, person in rows:
        label = f"{person.name}: {within.absence_label(absence)}"
        day = max(absence.start, start)
        while day <= min(absence.end, end):
            uid = f"substitute_hub.absence.{absence.id}.{day.isoformat()}"
            events.append(CalendarEvent(day, label, "absence", url="/substitute_hub/", uid=uid))
            day += timedelta(days=1)
    return events
