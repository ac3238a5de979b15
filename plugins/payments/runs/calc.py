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

from decimal import Decimal
from fractions import Fraction
from operator import attrgetter

from plugins.payments.arithmetic import TOTAL_ROUNDINGS, cents, whole_euros
from plugins.payments.rates.tables import RatePeriod, RateTable
from plugins.payments.runs import allowance, care, reimbursement, working
from plugins.payments.runs.records import CareContract, Case, Line, Statement

ONE = Fraction(1)
BY_CHILD = attrgetter("child_name", "valid_from")  # the order of a statement's children


def calculate(rates: RateTable, case: Case) -> Statement:
    st = Statement(case.childminder_id, case.childminder_name, case.month)
    first, last = case.month, case.last_day
    unpaid, limit, used = allowance.absence_year(rates, case)
    found = care.Found(st.problems)
    month, q = (first, last), case.qualification
    licensed_to = last if case.permit_until is None else min(last, case.permit_until)
    unlicensed_to = None  # the last care day of the month after the licence ended
    for contract in sorted(case.contracts, key=BY_CHILD):
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
        st.lines.extend(care.contract_lines(rates, month, q, contract, span, unpaid, found))
        if contract.new_child and first <= contract.valid_from <= licensed_to:
            period = rates.period_on(contract.valid_from)
            if period and period.eingewoehnung.due(contract.valid_from, contract.previous_end):
                st.lines.extend(_settling_in(period, case, contract))
    st.lines.extend(allowance.notes(unpaid, case, limit, used))
    st.lines.extend(reimbursement.lines(rates, case, found.hours, st.problems))
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
    for day in sorted(found.missing):
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
    booked = period.hour_band_for(contract.weekly_hours, care.banded_days(period, contract))
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
    applied, the absence allowance. Most childminders of a month share a few answers."""
    first, last = case.month, case.last_day
    q = case.qualification
    key = ("basis", first, q.ue, q.fachkraft, limit, used)
    found = rates.memo.get(key)
    if found is None:
        periods = [p for p in rates.periods if p.overlaps(first, last)]
        found = [
            working.table(
                p.table_name or rates.name, p.source or rates.source, p.valid_from, p.valid_to
            )
            for p in periods
        ]
        if periods:
            found.append(f"Qualifizierungsstufe: {periods[0].level_for(q).label}")
            found.append(working.allowance(limit, used))
        found = rates.memo[key] = tuple(found)
    return list(found)
