"""The monthly payment of one childminder, as pure arithmetic over plain data.

No database and no web here: a `Case` (see `records`: contracts, absences, contributions, extras
and lines from other modules) and a `RateTable` go in, a `Statement` comes out. Rules:

- Monthly hours = booked weekly hours × the period's monthly factor, pro-rated by calendar
  days (or care days) where a contract, a rate period or the child's age band changes
  inside the month. Each line is hours × rate (or a band's monthly amount × the month's
  share), kept exact and rounded to the cent once, half up; the period's rounding rule may
  round the hours first (see `arithmetic`). The total is the sum of the rounded lines.
- Childminder absences count against a yearly allowance of care days; past it the
  components that do not continue in absence stop until the absence ends (`allowance`).
- Care is paid while her Pflegeerlaubnis lasts: days after it ended are not paid, and
  the statement has a blocking problem until the licence is renewed or the contracts end.
- Proven insurance contributions are reimbursed by share (100 % / 50 %), capped, pro-rated
  by days and by this agency's share of the childminder's booked hours, all exactly
  (`reimbursement`).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from core.format import format_number
from plugins.payments.arithmetic import TOTAL_ROUNDINGS, cents, places, priced_hours, whole_euros
from plugins.payments.rates.tables import RatePeriod, RateTable
from plugins.payments.runs import allowance, reimbursement, working
from plugins.payments.runs.records import CareContract, Case, Line, Statement

ONE = Fraction(1)
ONE_DAY = timedelta(days=1)


def calculate(rates: RateTable, case: Case) -> Statement:
    st = Statement(case.childminder_id, case.childminder_name, case.month)
    first, last = case.month, case.last_day
    unpaid, limit, used = allowance.absence_year(rates, case)
    own_hours: list[Fraction] = []  # summed only when other offices' hours share the costs
    missing_rates: set[date] = set()
    level_of = level = None  # the qualification level, asked once per rate period
    licensed_to = last if case.permit_until is None else min(last, case.permit_until)
    unlicensed_to = None  # the last care day of the month after the licence ended
    for contract in sorted(case.contracts, key=lambda c: (c.child_name, c.valid_from)):
        span = contract.overlap(first, last)
        if span is None:
            continue
        if span[1] > licensed_to:
            unlicensed_to = max(span[1], unlicensed_to or span[1])
            if span[0] > licensed_to:
                continue
            span = (span[0], licensed_to)
        if contract.weekly_hours <= 0:
            st.problems.append(f"Vertrag für {contract.child_name} hat keine gebuchten Stunden.")
            continue
        if contract.birth_date is None:
            st.problems.append(f"Für {contract.child_name} fehlt das Geburtsdatum.")
            continue
        for seg_from, seg_to, paid in _segments(rates, contract, span, unpaid):
            period = rates.period_on(seg_from)
            if period is None:
                missing_rates.add(seg_from)
                continue
            weight, share = _weight(period, contract, seg_from, seg_to, first, last)
            hours = _exact_hours(period, contract.weekly_hours, weight, share)
            own_hours.append(hours)
            if period is not level_of:
                level_of, level = period, period.level_for(case.qualification)
            seg = (seg_from, seg_to, weight, share, paid)
            st.lines.extend(_care_lines(period, level, contract, seg, hours, st.problems))
        if contract.new_child and first <= contract.valid_from <= licensed_to:
            period = rates.period_on(contract.valid_from)
            if period and period.eingewoehnung.due(contract.valid_from, contract.previous_end):
                st.lines.extend(_settling_in(period, case, contract))
    st.lines.extend(allowance.notes(unpaid, case, limit, used))
    st.lines.extend(reimbursement.lines(rates, case, own_hours, st.problems))
    st.basis = _basis(rates, case, limit, used)
    for extra in case.extras:
        st.lines.append(
            Line(
                "extra",
                extra.label,
                Decimal("1"),
                "pauschal",
                extra.amount,
                cents(ONE, extra.amount),
            )
        )
    for ext in case.lines:
        quantity = ext.quantity
        after = [day for day, _ in ext.per_day if day > licensed_to]
        if after:  # work on days after her licence ended (substitute care) is not paid
            quantity = sum((q for day, q in ext.per_day if day <= licensed_to), Decimal("0"))
            unlicensed_to = max(max(after), unlicensed_to or max(after))
        st.lines.append(
            Line(
                ext.component,
                ext.label,
                quantity,
                ext.unit,
                ext.rate,
                cents(quantity, ext.rate),
                child_name=ext.child_name,
            )
        )
    if unlicensed_to is not None:
        st.problems.append(
            f"Pflegeerlaubnis endete am {case.permit_until:%d.%m.%Y}: die Betreuung bis "
            f"{unlicensed_to:%d.%m.%Y} wird nicht bezahlt. Erlaubnis verlängern oder "
            "Verträge beenden."
        )
    for day in sorted(missing_rates):
        st.problems.append(f"Keine Sätze für den {day:%d.%m.%Y} hinterlegt.")
    st.lines.extend(_rounded_total(rates.period_on(first) or rates.period_on(last), st))
    return st


def _rounded_total(period: RatePeriod | None, st: Statement) -> list[Line]:
    """The difference to the total in whole euros where the table pays so, as a line of
    its own: each line keeps its exact cents, and the statement shows the rounding."""
    if period is None or period.total_rounding == "cent":
        return []
    total = st.total_cents
    difference = whole_euros(total, period.total_rounding) - total
    if not difference:
        return []
    why = f"{TOTAL_ROUNDINGS[period.total_rounding]}: {working.euros(Decimal(total).scaleb(-2))}"
    rate = Decimal(difference).scaleb(-2)
    return [Line("rundung", "Rundung", Decimal("1"), "pauschal", rate, difference, working=why)]


# --- care hours ----------------------------------------------------------------


def _segments(rates: RateTable, contract: CareContract, span, unpaid: set[date]):
    """Day ranges within `span` over which rate period, age band and absence state are fixed."""
    start, end = span
    cuts = rates.boundaries(start, end)
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
    weekly, days = contract.weekly_hours, _banded_days(period, contract)
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


def _banded_days(period: RatePeriod, contract: CareContract) -> int:
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


def _settling_in(period: RatePeriod, case: Case, contract: CareContract) -> list[Line]:
    eg = period.eingewoehnung
    day = contract.valid_from
    if eg.mode == "lump_sum":
        return [
            Line(
                "eingewoehnung",
                "Eingewöhnung (Pauschale)",
                Decimal("1"),
                "pauschal",
                eg.amount,
                cents(ONE, eg.amount),
                contract.child_id,
                contract.child_name,
                day,
                day,
                working.settling_in(day, None),
            )
        ]
    if eg.mode != "hours":
        return []
    level = period.level_for(case.qualification)
    band = period.band_on(contract.birth_date, day)
    booked = period.hour_band_for(contract.weekly_hours, _banded_days(period, contract))
    lines = []
    for comp in period.components:
        price = booked and period.rate(comp.key, level.key, band.key, booked.key)
        if not price or price.per != "hour":  # settling-in hours are paid at hourly rates
            continue
        rate = price.amount
        if contract.special_needs:
            rate = rate * comp.special_needs_factor
        lines.append(
            Line(
                "eingewoehnung",
                f"Eingewöhnung: {comp.label}",
                eg.hours,
                "Std.",
                rate,
                cents(eg.hours, rate),
                contract.child_id,
                contract.child_name,
                day,
                day,
                working.settling_in(day, eg.hours),
            )
        )
    return lines


def _basis(rates: RateTable, case: Case, limit: int | None, used: int) -> list[str]:
    """What the month rests on: each rate period it touches, the qualification level
    applied, the absence allowance."""
    first, last = case.month, case.last_day
    periods = [p for p in rates.periods if p.overlaps(first, last)]
    out = [
        working.table(
            p.table_name or rates.name, p.source or rates.source, p.valid_from, p.valid_to
        )
        for p in periods
    ]
    if periods:
        out.append(f"Qualifizierungsstufe: {periods[0].level_for(case.qualification).label}")
        out.append(working.allowance(limit, used))
    return out
