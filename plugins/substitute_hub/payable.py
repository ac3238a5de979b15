"""Which days of substitute care the Jugendamt pays, stated once; billing asks `unpaid()`.

Some Jugendämter pay a substitute only when the childminder is away longer than a few days,
and only for so many weeks per care year. The Rems-Murr-Kreis, for instance, pays extra
care relationships when a childminder is absent "länger als drei Tage am Stück", for at
most twelve weeks per Betreuungsjahr (Zeitungsverlag Waiblingen, 2022): paid from the 4th
day of an absence, 12 weeks. The defaults pay every day without a limit.

Weeks are counted in calendar days (7 each) of the child's absences from the first paid
day of each absence on, within the care year (1 August to 31 July by default). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class PayRule:
    from_day: int = 1  # paid from this day of an absence on (1: from its first day)
    weeks_per_year: int = 0  # at most this many weeks per child and care year; 0: no limit
    year_starts: tuple[int, int] = (8, 1)  # (month, day) the care year begins

    def year_of(self, day: date) -> date:
        start = date(day.year, *self.year_starts)
        return start if day >= start else date(day.year - 1, *self.year_starts)


def unpaid(placed: list[date], absences: list[tuple[date, date]], rule: PayRule) -> dict[date, str]:
    """The days of `placed` (one child's substitute days) that are not paid, each with the
    reason: "early" (before the rule's day of the absence) or "limit" (weeks used up).
    `absences`: the spans of the childminder's absences in which the child needed care."""
    out: dict[date, str] = {}
    for day in placed:
        span = next(((a, b) for a, b in absences if a <= day <= b), None)
        if span is None:
            continue  # no absence known for the day: nothing to hold back
        first_paid = span[0] + (rule.from_day - 1) * ONE_DAY
        if day < first_paid:
            out[day] = "early"
        elif rule.weeks_per_year and _used(absences, rule, day) >= 7 * rule.weeks_per_year:
            out[day] = "limit"
    return out


def _used(absences: list[tuple[date, date]], rule: PayRule, day: date) -> int:
    """Paid-for calendar days of absence in `day`'s care year before `day`."""
    year_start = rule.year_of(day)
    used = 0
    for start, end in absences:
        a = max(start + (rule.from_day - 1) * ONE_DAY, year_start)
        b = min(end, day - ONE_DAY)
        used += max((b - a).days + 1, 0)
    return used
