"""Figures about the agency as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.models import Absence, Childminder, Contract, Person, PersonRole
from core.models.persons import Role
from core.services import permits
from core.services.districts import DistrictFilter


@dataclass(frozen=True)
class AgencyFigures:
    childminders: int
    children_in_care: int
    active_contracts: int
    large_groups: int
    absent_today: list[tuple[Person, Absence]]
    permits_expiring: list[tuple[Person, Childminder]]


def _in(district: DistrictFilter | None, person_id) -> list:
    """The district condition on a person id column, as a list to spread into where()."""
    condition = district.of(person_id) if district is not None else None
    return [] if condition is None else [condition]


def agency_figures(
    session: Session, today: date, district: DistrictFilter | None = None
) -> AgencyFigures:
    """Today's figures; with a district, those of the childminders living there (children
    and contracts counted where they are cared for)."""
    active = (
        select(Contract)
        .where(
            Contract.valid_from <= today,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= today),
            *_in(district, Contract.childminder_id),
        )
        .subquery()
    )
    absent = session.execute(
        select(Person, Absence)
        .join(Absence, Absence.childminder_id == Person.id)
        .where(Absence.start <= today, Absence.end >= today, *_in(district, Person.id))
        .order_by(Person.last_name)
    ).all()
    expiring = session.execute(
        select(Person, Childminder)
        .join(Childminder, Childminder.person_id == Person.id)
        .where(
            Childminder.permit_valid_until <= permits.notice_from(session, today),
            *_in(district, Person.id),
        )
        .order_by(Childminder.permit_valid_until)
        .limit(20)
    ).all()
    return AgencyFigures(
        childminders=session.scalar(
            select(func.count())
            .select_from(PersonRole)
            .where(PersonRole.role == Role.CHILDMINDER, *_in(district, PersonRole.person_id))
        )
        or 0,
        children_in_care=session.scalar(select(func.count(func.distinct(active.c.child_id)))) or 0,
        active_contracts=session.scalar(select(func.count()).select_from(active)) or 0,
        large_groups=session.scalar(
            select(func.count(func.distinct(Childminder.large_group_id))).where(
                *_in(district, Childminder.person_id)
            )
        )
        or 0,
        absent_today=[tuple(r) for r in absent],
        permits_expiring=[tuple(r) for r in expiring],
    )


def children_by_month(
    session: Session, today: date, months: int = 12, district: DistrictFilter | None = None
) -> list[tuple[date, int]]:
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
                session.scalar(
                    select(func.count(func.distinct(Contract.child_id))).where(
                        running, *_in(district, Contract.childminder_id)
                    )
                ),
            )
        )
    return counts
