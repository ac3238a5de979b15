"""What substitute care adds to a childminder's monthly payment (asked by Geldleistung)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.i18n import N_, gettext_
from core.kernel.contributions import PaymentLine
from core.models import Absence, Contract, Person
from core.models.contracts import WEEKDAYS
from core.month import Month
from core.settings import setting
from plugins.substitute_hub.models import Need, Placement, Provider
from plugins.substitute_hub.payable import PayRule, unpaid


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


def pay_rule(session: Session) -> PayRule:
    return PayRule(
        from_day=max(1, int(setting(session, "substitute_hub.paid_from_absence_day"))),
        weeks_per_year=max(0, int(setting(session, "substitute_hub.paid_weeks_per_care_year"))),
    )


def payment_lines(session: Session, childminder: Person, month: Month) -> list[PaymentLine]:
    """A monthly flat fee per cooperation and the booked hours of the children she covered
    (the absent childminder's contract hours of that weekday), on the days the Jugendamt
    pays substitute care (`payable`); days it does not pay are noted at 0 €."""
    first, last = month.first, month.last
    rule = pay_rule(session)
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
            lines += _hourly_lines(session, provider, first, last, rule)
    return lines


REASONS = {
    "early": N_("vor dem {n}. Tag der Abwesenheit"),
    "limit": N_("über {n} Wochen im Betreuungsjahr"),
}


def _hourly_lines(session, provider, first, last, rule: PayRule) -> list[PaymentLine]:
    rows = session.execute(
        select(Placement.day, Person, Contract)
        .join(Need, Need.id == Placement.need_id)
        .join(Person, Person.id == Need.child_id)
        .join(
            Contract,
            (Contract.child_id == Need.child_id) & (Contract.childminder_id == Need.childminder_id),
        )
        .where(
            Placement.provider_id == provider.id,
            Placement.day.between(first, last),
            Contract.valid_from <= Placement.day,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= Placement.day),
        )
        .order_by(Person.last_name, Person.first_name, Placement.day)
    ).all()
    spans = _absences_of(session, {child.id for _, child, _ in rows}, rule, first, last)
    by_child: dict[int, list] = defaultdict(list)
    for day, child, contract in rows:
        by_child[child.id].append((day, child, contract))
    lines = []
    for placements in by_child.values():
        child = placements[0][1]
        held = unpaid([day for day, *_ in placements], spans.get(child.id, []), rule)
        per_day = tuple(
            (day, c.hours(WEEKDAYS[day.weekday()])) for day, _, c in placements if day not in held
        )
        hours = sum((h for _, h in per_day), Decimal("0"))
        if hours:
            lines.append(
                PaymentLine(
                    "vertretung",
                    f"Vertretung ({provider.name})",
                    hours,
                    "Std.",
                    provider.hourly_rate,
                    child.name,
                    per_day,  # days after her licence ended are not paid (payments' rule)
                )
            )
        for reason in ("early", "limit"):
            days = sum(1 for why in held.values() if why == reason)
            if days:
                n = rule.from_day if reason == "early" else rule.weeks_per_year
                lines.append(
                    PaymentLine(
                        "vertretung",
                        gettext_("Vertretung ({provider}) nicht erstattet: {why}").format(
                            provider=provider.name, why=gettext_(REASONS[reason]).format(n=n)
                        ),
                        Decimal(days),
                        gettext_("Tage"),
                        Decimal("0"),
                        child.name,
                    )
                )
    return lines


def _absences_of(session, children: set[int], rule: PayRule, first, last) -> dict:
    """Child -> spans of the absences it needed care in, this care year up to `last`."""
    if not children or rule.weeks_per_year == 0 and rule.from_day == 1:
        return {}
    spans: dict[int, set] = defaultdict(set)
    for child, start, end in session.execute(
        select(Need.child_id, Absence.start, Absence.end)
        .join(Absence, Absence.id == Need.absence_id)
        .where(Need.child_id.in_(children), Need.day.between(rule.year_of(first), last))
        .distinct()
    ):
        spans[child].add((start, end))
    return {child: sorted(found) for child, found in spans.items()}
