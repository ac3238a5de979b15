"""Qualifizierung: childminders whose licence renewal is coming up."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Childminder, Person


def renewals_due(
    session: Session, today: date, days: int = 180
) -> list[tuple[Person, Childminder]]:
    """Licences ending within `days`: their holders must show continuing education."""
    rows = session.execute(
        select(Person, Childminder)
        .join(Childminder, Childminder.person_id == Person.id)
        .where(Childminder.permit_valid_until <= today + timedelta(days=days))
        .order_by(Childminder.permit_valid_until, Person.last_name)
    )
    return [tuple(r) for r in rows]
