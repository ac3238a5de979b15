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


def absent_on(session: Session, on: date) -> list[AbsentChildminder]:
    """Childminders absent on a day with the number of their children affected."""
    contracts = active_contracts(on).subquery()
    rows = session.execute(
        select(
            Person,
            Absence,
            func.count(contracts.c.id),
            func.count(contracts.c.id).filter(contracts.c.substitute_wanted.is_(True)),
        )
        .join(Absence, Absence.childminder_id == Person.id)
        .outerjoin(contracts, contracts.c.childminder_id == Person.id)
        .where(Absence.start <= on, Absence.end >= on)
        .group_by(Person.id, Absence.id)
        .order_by(Person.last_name, Person.first_name)
    ).all()
    return [AbsentChildminder(p, a, n, w) for p, a, n, w in rows]


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


def open_needs(session: Session, start: date, end: date) -> int:
    """Days children still need a substitute place between two dates (declined ones aside)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Need)
            .where(Need.day.between(start, end), ~Need.declined, ~Need.placement.has())
        )
        or 0
    )


def calendar_events(
    session: Session, start: date, end: date, childminder_id: int | None
) -> list[CalendarEvent]:
    """Booked substitute places per provider and day for the office calendar: counts and the
    way to the week board, no child's name (hub logins see the calendar too)."""
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
    one, many = "Vertretung: {n} Kind bei {name}", "Vertretung: {n} Kinder bei {name}"
    return [
        CalendarEvent(
            day,
            ngettext_(one, many, n).format(n=n, name=name),
            "substitute",
            url=f"/substitute_hub/week?provider={provider_id}&start={day}",
            uid=f"substitute_hub.day.{provider_id}.{day.isoformat()}",
        )
        for day, provider_id, name, n in session.execute(query)
    ]
