"""The care lines of one contract in a month, exact (see `calc` for the rules): the
contract's span is cut into segments where a rate period, the child's age band or the
absence state changes, and each segment is priced by the period's components.

A national month prices 150,000 contracts, nearly all of one of a few thousand shapes: a
whole month (or the same span) in one period and one age band, with one weekly pattern,
qualification level and need. Such a contract's lines are worked out once per shape and
kept on the period (`_shape`); only the child's name and id differ between them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from core.format import format_number
from plugins.payments.arithmetic import cents, places, priced_hours
from plugins.payments.rates.tables import RatePeriod, RateTable, age_on
from plugins.payments.runs import working
from plugins.payments.runs.records import CareContract, Line

ONE = Fraction(1)
ONE_DAY = timedelta(days=1)


def contract_lines(rates: RateTable, month, qualification, contract, span, unpaid, found):
    """The care lines of `contract` over `span` (inside the month `month`: (first, last)),
    with the exact hours of each segment appended to `found.hours`; days without a rate
    period go to `found.missing`, other gaps to `found.problems`."""
    start, end = span
    period = rates.period_on(start)
    age = age_on(contract.birth_date, start)
    if period is not None and _one_segment(rates, contract.birth_date, age, span, unpaid):
        band = period.band_of(age).key
        key = ("shape", *span, *month, band, qualification.ue, qualification.fachkraft)
        key += (contract.hours, contract.special_needs)
        shape = period.memo.get(key)
        if shape is None:
            shape = _shape(rates, month, qualification, contract, span, period, key)
        if shape:
            hours, heads = shape
            found.hours.append(hours)
            child, name = contract.child_id, contract.child_name
            return [Line(*head, child, name, start, end, why) for head, why in heads]
    return _segment_lines(rates, month, qualification, contract, span, unpaid, found)


def _one_segment(rates: RateTable, birth: date, age: int, span, unpaid) -> bool:
    """Whether the span is one segment: one rate period, one age (`age` on its first day),
    every day paid."""
    start, end = span
    if rates.boundaries(start, end):
        return False
    if unpaid and any(start <= day <= end for day in unpaid):
        return False
    return age_on(birth, end) == age


def _shape(rates, month, qualification, contract, span, period: RatePeriod, key):
    """(hours, lines without child and span) of a one-segment contract of this shape, kept
    on the period; an empty tuple where it has gaps (no rate, no hour band): those are
    named per child, so each such contract takes the long way."""
    found = Found()
    lines = _segment_lines(rates, month, qualification, contract, span, set(), found)
    if found.problems or found.missing:
        period.memo[key] = ()
        return ()
    heads = tuple(
        ((ln.component, ln.label, ln.quantity, ln.unit, ln.rate, ln.amount_cents), ln.working)
        for ln in lines
    )
    period.memo[key] = (found.hours[0], heads)
    return period.memo[key]


class Found:
    """What pricing a case's contracts found besides lines: each segment's exact hours,
    days without a rate period, problems to name."""

    __slots__ = ("hours", "missing", "problems")

    def __init__(self, problems: list[str] | None = None):
        self.hours: list[Fraction] = []
        self.missing: set[date] = set()
        self.problems = [] if problems is None else problems


def _segment_lines(rates, month, qualification, contract, span, unpaid, found) -> list[Line]:
    first, last = month
    lines = []
    for seg_from, seg_to, paid in _segments(rates, contract, span, unpaid):
        period = rates.period_on(seg_from)
        if period is None:
            found.missing.add(seg_from)
            continue
        weight, share = _weight(period, contract, seg_from, seg_to, first, last)
        hours = _exact_hours(period, contract.weekly_hours, weight, share)
        found.hours.append(hours)
        level = period.level_for(qualification)
        seg = (seg_from, seg_to, weight, share, paid)
        lines.extend(_care_lines(period, level, contract, seg, hours, found.problems))
    return lines


def _segments(rates: RateTable, contract: CareContract, span, unpaid: set[date]):
    """Day ranges within `span` over which rate period, age band and absence state are fixed."""
    start, end = span
    cuts = set(rates.boundaries(start, end))
    for years in rates.age_limits:
        birthday = _birthday(contract.birth_date, years)
        if start < birthday <= end:
            cuts.add(birthday)
    if not cuts and not unpaid:  # the usual case: one segment
        return ((start, end, True),)
    for day in unpaid:  # absence state flips
        if start < day <= end and (day - ONE_DAY) not in unpaid:
            cuts.add(day)
        if start < day + ONE_DAY <= end and (day + ONE_DAY) not in unpaid:
            cuts.add(day + ONE_DAY)
    bounds = [start, *sorted(cuts), end + ONE_DAY]
    return [(a, b - ONE_DAY, a not in unpaid) for a, b in zip(bounds, bounds[1:], strict=False)]


def _share_key(share: working.Share | None) -> tuple:
    """The segment's share as plain values: keys of the memos below (a Fraction's hash is
    slow, and a national month asks 100,000s of times)."""
    return () if share is None else (share.days, share.of, share.unit)


def _exact_hours(period: RatePeriod, weekly: Decimal, weight: Fraction, share) -> Fraction:
    """Monthly hours of a segment, exact; kept on the period, as the weight follows from
    the share and most segments of a month share a few answers."""
    key = ("hours", weekly, *_share_key(share))
    found = period.memo.get(key)
    if found is None:
        found = period.memo[key] = Fraction(weekly) * period.monthly_factor * weight
    return found


def _birthday(birth: date, years: int) -> date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # born on 29 February
        return date(birth.year + years, 3, 1)


def _weight(period: RatePeriod, contract, seg_from, seg_to, first, last):
    """The segment's share of the month, exact, and as counted (None: the whole month)."""
    if seg_from == first and seg_to == last:
        return ONE, None
    if period.proration == "care_days":  # a contract with hours has every weekday in a month
        month_days = _care_days(contract.hours, first, last)
        days = _care_days(contract.hours, seg_from, seg_to)
        return Fraction(days, month_days), working.Share(days, month_days, "Betreuungstage")
    days, month_days = (seg_to - seg_from).days + 1, (last - first).days + 1
    return Fraction(days, month_days), working.Share(days, month_days, "Tage")


def _care_days(hours, start: date, end: date) -> int:
    days, day = 0, start
    while day <= end:
        days += hours[day.weekday()] > 0
        day += ONE_DAY
    return days


def _care_lines(period, level, contract, seg, hours: Fraction, problems) -> list[Line]:
    seg_from, seg_to, weight, share, paid = seg
    band = period.band_on(contract.birth_date, seg_from)
    weekly, days = contract.weekly_hours, banded_days(period, contract)
    booked = period.hour_band_for(weekly, days)
    child, name = contract.child_id, contract.child_name
    if booked is None:
        hours = f"{format_number(weekly, 'de')} Std./Woche"
        if days:  # bands per care day: the day's hours it was looked up with
            hours = working.per_day(weekly, days, period.booked_hours(weekly, days))
        problems.append(f"Keine Stundenstufe für {hours} ab {seg_from:%d.%m.%Y} ({name}).")
        return []
    answers = (level.key, band.key, booked.key, contract.special_needs, paid)
    priced, unpriced = _priced_care(period, level, band, booked, answers)
    for comp in unpriced:
        problems.append(
            f"Kein Satz für {comp.label} ({band.label}, {level.label}) "
            f"ab {seg_from:%d.%m.%Y} ({name})."
        )
    lines = []
    for key, label, quantity, unit, rate, amount, why in _priced_lines(
        period, (answers, priced), (weekly, days), hours, weight, share, booked
    ):
        lines.append(
            Line(key, label, quantity, unit, rate, amount, child, name, seg_from, seg_to, why)
        )
    return lines


def banded_days(period: RatePeriod, contract: CareContract) -> int:
    """The contract's booked weekdays where the bands count hours per care day, else 0:
    only then do the days change the band or the working."""
    return len(contract.weekdays) if period.hours_per == "day" else 0


def _priced_lines(period, answered, booked_week, hours: Fraction, weight, share, booked):
    """(component, label, quantity, unit, rate, cents, working) of each line; kept on the
    period, as most segments of a month share their hours (a whole month at 40 h). The
    hours follow from the weekly hours and the share, the prices from the answers' key;
    `booked_week`: (weekly hours, booked weekdays where the bands count days, else 0)."""
    answers, priced = answered
    weekly, days = booked_week
    key = ("lines", answers, weekly, days, *_share_key(share))
    if key not in period.memo:
        billed = priced_hours(hours, period.rounding)
        daily = (days, period.booked_hours(weekly, days)) if days else None
        out = []
        for comp, label, price in priced:
            if price.per == "percent":
                continue  # after the amounts it is a percentage of
            if price.per == "month":  # a band's monthly amount, by the segment's share
                part = weight * _of_full_time(weekly, price.full_time)
                quantity, unit = places(part).normalize(), "Monat"
                amount = cents(part, price.amount)
                why = working.band(weekly, booked.label, share, price.full_time, daily)
            else:
                quantity, unit, amount = places(billed), "Std.", cents(billed, price.amount)
                note = working.UNROUNDED if cents(quantity, price.amount) != amount else ""
                why = working.care(weekly, period.monthly_factor_text, share, quantity, note)
            out.append((comp, label, quantity, unit, price.amount, amount, why))
        out += _percentages(priced, out)
        period.memo[key] = tuple(out)
    return period.memo[key]


def _of_full_time(weekly: Decimal, full_time: Decimal | None) -> Fraction:
    """The share of a monthly amount stated for `full_time` weekly hours: in full from
    there on, in proportion to the booked hours below."""
    if full_time is None or weekly >= full_time:
        return ONE
    return Fraction(weekly) / Fraction(full_time)


def _percentages(priced, lines: list) -> list:
    """A component that is a percentage of another one in the same segment (a surcharge
    of 20 % of the Förderleistung): that line's amount as paid × the percentage, rounded
    once; none where the other component has no line or the percentage is 0."""
    paid = {line[0]: line[5] for line in lines}
    out = []
    for comp, label, price in priced:
        if price.per != "percent" or not price.amount or price.of not in paid:
            continue
        base = Decimal(paid[price.of]).scaleb(-2)
        amount = cents(Fraction(price.amount) / 100, base)
        why = working.percent_of(price.amount, base)
        out.append((comp, label, price.amount.normalize(), "%", base, amount, why))
    return out


def _priced_care(period: RatePeriod, level, band, booked, key: tuple):
    """((component, label, Price) of each care line, components without a rate); kept on
    the period, as most children of a month share a few answers. `key`: (level, band,
    booked band, special needs, paid)."""
    special_needs, paid = key[3], key[4]
    if key not in period.memo:
        priced, unpriced = [], []
        for comp in period.components:
            if not paid and not comp.continues_in_absence:
                continue
            answer = period.priced(comp, level, band, booked, special_needs)
            if answer is None:
                unpriced.append(comp)
            else:
                priced.append((comp.key, *answer))
        period.memo[key] = (tuple(priced), tuple(unpriced))
    return period.memo[key]
