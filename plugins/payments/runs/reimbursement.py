"""Reimbursing proven insurance contributions (§ 23 Abs. 2 Nr. 3 and 4 SGB VIII), exactly:
the period's share of the contribution (capped), by the days of the month the proof is
valid and by this office's part of the childminder's booked hours when other offices book
hours with her too; rounded to the cent once. Pure, like `calc`, which asks it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter

from core.format import format_number
from plugins.payments.arithmetic import cents, half_up_ratio, places
from plugins.payments.rates.tables import INSURANCE_KINDS, RateTable
from plugins.payments.runs import working
from plugins.payments.runs.records import Case, Line

ONE = Fraction(1)
ONE_DAY = timedelta(days=1)
BY_KIND = attrgetter("kind", "valid_from")


def lines(rates: RateTable, case: Case, own_hours: list[Fraction], problems: list[str]):
    """One line per proven contribution valid in the month; a wrong one is a problem."""
    first, last = case.month, case.last_day
    month_days = (last - first).days + 1
    period = rates.period_on(first) or rates.period_on(last)
    lines = []
    ordered = sorted(case.contributions, key=BY_KIND)
    for c, newer in zip(ordered, [*ordered[1:], None], strict=False):  # each with the next
        label = INSURANCE_KINDS.get(c.kind)
        if label is None:
            problems.append(f"Unbekannte Beitragsart '{c.kind}'.")
            continue
        if c.monthly < 0:
            problems.append(
                f"Nachgewiesener Beitrag {label} ist negativ ({format_number(c.monthly, 'de')} €)."
            )
            continue
        end = c.valid_to
        if newer is not None and newer.kind == c.kind and (end is None or end >= newer.valid_from):
            # two proofs of one kind for the same days: only the newer is refunded, and the
            # review asks for the older one to be ended where that touches this month
            both_to = min(d for d in (end, newer.valid_to, last) if d is not None)
            if max(first, newer.valid_from) <= both_to:
                problems.append(
                    f"Zwei Nachweise {label} gelten zugleich ab {newer.valid_from:%d.%m.%Y}; "
                    "erstattet wird nur der neuere. Bitte den älteren beenden."
                )
            end = newer.valid_from - ONE_DAY
        a, b = max(first, c.valid_from), last if end is None else min(last, end)
        if a > b or period is None or period.insurance.share[c.kind] == 0:
            continue
        share = period.insurance.share[c.kind]
        base = min(c.monthly, period.insurance.max_contribution.get(c.kind, c.monthly))
        days = (b - a).days + 1
        hours, part = None, ONE  # part: this office's share of her booked hours
        if case.external_weekly_hours > 0:
            own = sum(own_hours, Fraction(0))
            total = own + Fraction(case.external_weekly_hours) * period.monthly_factor
            hours, part = (places(own), places(total)), own / total
        percent, amount = _reimbursed(share, days, month_days, base, part)
        why = working.insurance(
            share,
            working.Share(days, month_days, "Tage") if days != month_days else None,
            hours,
            base,
            base != c.monthly,
        )
        lines.append(
            Line(
                c.kind,
                f"Erstattung {label}",
                percent,
                "%",
                base,
                amount,
                period_from=a,
                period_to=b,
                working=why,
            )
        )
    return lines


def _reimbursed(share: Decimal, days: int, month_days: int, base: Decimal, part: Fraction):
    """(percent shown, cents) of share × base × days/month_days × part, rounded once."""
    if part is ONE:  # most months: booked by this office alone
        return _by_one_office(share, days, month_days, base)
    fraction = Fraction(share) * Fraction(days, month_days) * part
    return places(fraction * 100), cents(fraction, base)


def _by_one_office(share: Decimal, days: int, month_days: int, base: Decimal):
    """The same numbers on integers (share = a/b, base = c/d euros): a national month has
    as many distinct contributions as childminders, so the amount is worked out for each,
    the percentage once per share and days."""
    a, b = _ratio(share)
    c, d = base.as_integer_ratio()
    amount = half_up_ratio(a * days * c * 100, b * month_days * d)
    return _percent(share, days, month_days), amount


@lru_cache(maxsize=64)
def _ratio(share: Decimal) -> tuple[int, int]:
    return share.as_integer_ratio()


@lru_cache(maxsize=1 << 10)
def _percent(share: Decimal, days: int, month_days: int) -> Decimal:
    a, b = _ratio(share)
    return Decimal(half_up_ratio(a * days * 100 * 100, b * month_days)).scaleb(-2)
