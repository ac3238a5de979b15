"""Elternbeirat: the families entitled to vote, from children in care."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.models import Contract, PersonLink
from core.models.persons import LinkKind


def electorate(session: Session, on: date) -> tuple[int, int]:
    """(children in care, their guardians) on a day: who may vote and stand."""
    in_care = (
        select(Contract.child_id)
        .where(Contract.valid_from <= on, or_(Contract.valid_to.is_(None), Contract.valid_to >= on))
        .distinct()
        .subquery()
    )
    children = session.scalar(select(func.count()).select_from(in_care)) or 0
    guardians = (
        session.scalar(
            select(func.count(func.distinct(PersonLink.related_id))).where(
                PersonLink.kind == LinkKind.GUARDIAN, PersonLink.person_id.in_(select(in_care))
            )
        )
        or 0
    )
    return children, guardians
