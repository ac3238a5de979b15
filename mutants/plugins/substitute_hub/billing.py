"""What substitute care adds to a childminder's monthly payment (asked by Geldleistung)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.i18n import gettext_
from core.models import Contract, Person
from core.models.contracts import WEEKDAYS
from core.month import Month
from core.payment_line import PaymentLine
from plugins.substitute_hub.models import Need, Placement, Provider


def payees(session: Session, month: Month) -> set[int]:
    """Payees of providers with a flat fee, or with placements in the month."""
    with_fee = select(Provider.payee_id).where(
        Provider.payee_id.is_not(None), Provider.monthly_fee_cents > 0
    )
    with_work = (
        select(Provider.payee_id)
        .join(Placement, Placement.provider_id == Provider.id)
        .where(
            Provider.payee_id.is_not(None),
            Provider.hourly_rate > 0,
            Placement.day.between(month.first, month.last),
        )
    )
    return set(session.scalars(with_fee.union(with_work)))


def payment_lines(session: Session, childminder: Person, month: Month) -> list[PaymentLine]:
    """A monthly flat fee per cooperation and the booked hours of the children she covered
    (the absent childminder's contract hours of that weekday)."""
    first, last = month.first, month.last
    lines = []
    for provider in session.scalars(
        select(Provider).where(Provider.payee_id == childminder.id).order_by(Provider.name)
    ):
        if provider.monthly_fee_cents:
            lines.append(
                PaymentLine(
                    "vertretung",
                    f"Vertretungspauschale {provider.name}",
                    Decimal("1"),
                    gettext_("Monat"),
                    Decimal(provider.monthly_fee_cents) / 100,
                )
            )
        if provider.hourly_rate:
            hours: dict[str, Decimal] = defaultdict(Decimal)
            rows = session.execute(
                select(Placement.day, Person, Contract)
                .join(Need, Need.id == Placement.need_id)
                .join(Person, Person.id == Need.child_id)
                .join(
                    Contract,
                    (Contract.child_id == Need.child_id)
                    & (Contract.childminder_id == Need.childminder_id),
                )
                .where(
                    Placement.provider_id == provider.id,
                    Placement.day.between(first, last),
                    Contract.valid_from <= Placement.day,
                    or_(Contract.valid_to.is_(None), Contract.valid_to >= Placement.day),
                )
                .order_by(Person.last_name, Person.first_name, Placement.day)
            )
            for day, child, contract in rows:
                hours[child.name] += contract.hours(WEEKDAYS[day.weekday()])
            lines += [
                PaymentLine(
                    "vertretung",
                    f"Vertretung ({provider.name})",
                    h,
                    "Std.",
                    provider.hourly_rate,
                    name,
                )
                for name, h in hours.items()
                if h
            ]
    return lines
