"""Geldleistung: which childminders are due a payment in a month, and who lacks bank data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.models import Childminder, Contract, Person


@dataclass(frozen=True)
class Payee:
    person: Person
    childminder: Childminder
    contracts: int


def payees(session: Session, first: date, last: date) -> list[Payee]:
    """Childminders with at least one contract running in [first, last]."""
    rows = session.execute(
        select(Person, Childminder, func.count(Contract.id))
        .join(Childminder, Childminder.person_id == Person.id)
        .join(Contract, Contract.childminder_id == Person.id)
        .where(
            Contract.valid_from <= last,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= first),
        )
        .group_by(Person.id, Childminder.person_id)
        .order_by(Person.last_name, Person.first_name)
    )
    return [Payee(p, c, n) for p, c, n in rows]
