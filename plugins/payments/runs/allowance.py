"""The yearly allowance of a childminder's absences, pure: care days of counted absences
add up from the year's start; past the allowance, the components that do not continue in
absence stop until that absence ends, and the statement says so in one note. Asked by
`calc` for every childminder of a month, so care days are counted by weekdays, in pieces
where contracts start or end inside an absence, never day by day."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from plugins.payments.rates.tables import RateTable
from plugins.payments.runs import working
from plugins.payments.runs.records import Case, Line

ONE_DAY = timedelta(days=1)
BY_START = attrgetter("start")


def absence_year(rates: RateTable, case: Case) -> tuple[set[date], int | None, int]:
    """(days of this month past the yearly allowance – from the first care day over the
    limit to the end of that absence –, the allowance, care days of it used by the month's
    end, counted up to one past the limit)."""
    first, last = case.month, case.last_day
    period = rates.period_on(first) or rates.period_on(last)
    if period is None or period.absence.paid_days_per_year is None:
        return set(), None, 0
    limit, used, unpaid = period.absence.paid_days_per_year, 0, set()
    if not case.absences:
        return unpaid, limit, used
    year_start = first.replace(month=1, day=1)
    kinds = period.absence.kinds
    counted = sorted((a for a in case.absences if a.kind in kinds), key=BY_START)
    for absence in counted:
        day, end = max(absence.start, year_start), min(absence.end, last)
        if day > end:
            continue
        counted_days = care_days_within(case, day, end)
        if used + counted_days <= limit:  # the usual absence: within the allowance
            used += counted_days
            continue
        over = False
        while day <= end:
            if not over and _is_care_day(case, day):
                used += 1
                over = used > limit
            if over and day >= first:
                unpaid.add(day)
            day += ONE_DAY
    return unpaid, limit, used


def care_days_within(case: Case, start: date, end: date) -> int:
    """Care days from `start` to `end`, counted by weekdays: the days are cut where a
    contract starts or ends inside them, so within each piece every contract either
    lasts through it or does not touch it, and a day counts once however many contracts
    book it."""
    touching, whole = [], True  # whole: every touching contract lasts from start to end
    for c in case.contracts:
        if c.valid_from <= end and (c.valid_to is None or start <= c.valid_to):
            touching.append(c)
            whole = whole and c.valid_from <= start and (c.valid_to is None or end <= c.valid_to)
    if whole:  # the usual absence: no piece to cut
        return _weekdays_between(_booked(touching), start, end)
    cuts = {start, end + ONE_DAY}
    for c in touching:
        if c.valid_from > start:
            cuts.add(c.valid_from)
        if c.valid_to is not None and c.valid_to < end:
            cuts.add(c.valid_to + ONE_DAY)
    edges = sorted(cuts)
    days = 0
    for piece_start, next_start in zip(edges, edges[1:], strict=False):
        piece_end = next_start - ONE_DAY
        lasting = [
            c
            for c in touching
            if c.valid_from <= piece_start and (c.valid_to is None or piece_end <= c.valid_to)
        ]
        days += _weekdays_between(_booked(lasting), piece_start, piece_end)
    return days


def _booked(contracts) -> frozenset[int]:
    """The weekdays any of the contracts books."""
    if len(contracts) == 1:
        return contracts[0].weekdays
    return frozenset().union(*(c.weekdays for c in contracts))


def _weekdays_between(weekdays: frozenset[int], start: date, end: date) -> int:
    """How many days from `start` to `end` fall on one of `weekdays` (0 = Monday)."""
    weeks, rest = divmod((end - start).days + 1, 7)
    return weeks * len(weekdays) + _in_rest(weekdays, start.weekday(), rest)


@lru_cache(maxsize=1 << 12)
def _in_rest(weekdays: frozenset[int], first: int, rest: int) -> int:
    """Of `rest` days (< 7) from weekday `first` on, those on one of `weekdays`."""
    return sum((first + n) % 7 in weekdays for n in range(rest))


def _is_care_day(case: Case, day: date) -> bool:
    weekday = day.weekday()  # asked for every day of every absence: no tuples built
    return any(
        c.hours[weekday] > 0 and c.valid_from <= day and (c.valid_to is None or day <= c.valid_to)
        for c in case.contracts
    )


def notes(unpaid: set[date], case: Case, limit, used) -> list[Line]:
    """One note over the days withheld; it counts the care days that were not paid, not
    the calendar days between (a weekend in an absence withholds nothing)."""
    if not unpaid:
        return []
    days = sorted(unpaid)
    withheld = sum(_is_care_day(case, day) for day in days)
    return [
        Line(
            "abwesenheit",
            "Abwesenheit über die Jahresgrenze: Förderleistung ruht",
            Decimal(withheld),
            "Betreuungstage",
            Decimal("0"),
            0,
            period_from=days[0],
            period_to=days[-1],
            working=working.absence(limit, min(used, limit), withheld),
        )
    ]
