"""Figures about the agency as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.models import Absence, Childminder, Contract, LargeGroup, Person, PersonRole
from core.models.persons import Role

PERMIT_WARNING = timedelta(days=90)  # time enough to apply for a renewal


@dataclass(frozen=True)
class AgencyFigures:
    childminders: int
    children_in_care: int
    active_contracts: int
    large_groups: int
    absent_today: list[tuple[Person, Absence]]
    permits_expiring: list[tuple[Person, Childminder]]


def agency_figures(session: Session, today: date) -> AgencyFigures:
    active = (
        select(Contract)
        .where(
            Contract.valid_from <= today,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= today),
        )
        .subquery()
    )
    absent = session.execute(
        select(Person, Absence)
        .join(Absence, Absence.childminder_id == Person.id)
        .where(Absence.start <= today, Absence.end >= today)
        .order_by(Person.last_name)
    ).all()
    expiring = session.execute(
        select(Person, Childminder)
        .join(Childminder, Childminder.person_id == Person.id)
        .where(Childminder.permit_valid_until <= today + PERMIT_WARNING)
        .order_by(Childminder.permit_valid_until)
        .limit(20)
    ).all()
    return AgencyFigures(
        childminders=session.scalar(
            select(func.count()).select_from(PersonRole).where(PersonRole.role == Role.CHILDMINDER)
        )
        or 0,
        children_in_care=session.scalar(select(func.count(func.distinct(active.c.child_id)))) or 0,
        active_contracts=session.scalar(select(func.count()).select_from(active)) or 0,
        large_groups=session.scalar(select(func.count()).select_from(LargeGroup)) or 0,
        absent_today=[tuple(r) for r in absent],
        permits_expiring=[tuple(r) for r in expiring],
    )


def children_by_month(session: Session, today: date, months: int = 12) -> list[tuple[date, int]]:
    """Children in care on the first of each of the last `months` months, oldest first."""
    firsts, day = [], today.replace(day=1)
    for _ in range(months):
        firsts.append(day)
        day = (day - timedelta(days=1)).replace(day=1)
    counts = []
    for first in reversed(firsts):
        running = (Contract.valid_from <= first) & or_(
            Contract.valid_to.is_(None), Contract.valid_to >= first
        )
        counts.append(
            (
                first,
                session.scalar(select(func.count(func.distinct(Contract.child_id))).where(running)),
            )
        )
    return counts
