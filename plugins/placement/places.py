"""Free places, pure: how many children a childminder can still take on a weekday, for care
that starts on a given day and runs on (a placement is meant to last). It is the count
core's capacity rules (core/capacity.py) would still allow: places by her licence, places
of her Großtagespflege, contracts at once. Places held by open offers, the ones she keeps
for urgent cases (Freihalteplätze), and whether ages and times fit are decided here too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from core.capacity import Booking, Group
from core.models.contracts import WEEKDAYS


@dataclass(frozen=True)
class Capacity:
    max_children: int
    max_contracts: int
    bookings: tuple[Booking, ...]
    group: Group | None = None


def _peaks(bookings, day: date) -> tuple[int, dict[str, int]]:
    """Most contracts at once from `day` on, in all and per weekday."""
    live = [b for b in bookings if b.end is None or b.end >= day]
    count = dict.fromkeys(WEEKDAYS, 0)
    if all(b.start <= day for b in live) or all(b.end is None for b in live):
        # they all run at one moment (today, or after the last start): count them
        for b in live:
            for weekday in b.weekdays:
                count[weekday] += 1
        return len(live), count
    return _sweep(live, day, count)


def _sweep(live, day: date, now: dict[str, int]) -> tuple[int, dict[str, int]]:
    """`_peaks` where a contract ends and another begins later: a sweep over the days
    contracts begin and end."""
    events = []
    for b in live:
        events.append((max(b.start, day), 1, b.weekdays))
        if b.end is not None:
            events.append((b.end + timedelta(days=1), -1, b.weekdays))
    events.sort(key=lambda e: (e[0], e[1]))  # a contract ending frees its place that day
    running = most = 0
    peak = dict(now)
    for _day, delta, weekdays in events:
        running += delta
        most = max(most, running)
        for weekday in weekdays:
            now[weekday] += delta
            if now[weekday] > peak[weekday]:
                peak[weekday] = now[weekday]
    return most, peak


def free_week(cap: Capacity, day: date) -> dict[str, int]:
    """Places free per weekday for a child starting on `day` and staying."""
    contracts, own = _peaks(cap.bookings, day)
    if contracts >= cap.max_contracts:
        return dict.fromkeys(WEEKDAYS, 0)
    shared = _peaks(cap.group.bookings, day)[1] if cap.group is not None else None
    free = {}
    for weekday in WEEKDAYS:
        places = cap.max_children - own[weekday]
        if shared is not None:
            places = min(places, cap.group.max_children - shared[weekday])
        free[weekday] = max(places, 0)
    return free


def free_on(cap: Capacity, day: date, weekday: str) -> int:
    """Places free on `weekday` for a child starting on `day` and staying."""
    return free_week(cap, day)[weekday]


def frees_up(cap: Capacity, day: date, weekday: str) -> date | None:
    """The first day after `day` on which a place on `weekday` becomes free because
    contracts end (the move to Kita in August), or None."""
    group = cap.group.bookings if cap.group is not None else []
    ends = sorted({b.end + timedelta(days=1) for b in (*cap.bookings, *group) if b.end})
    for candidate in ends:
        if candidate > day and free_on(cap, candidate, weekday) > 0:
            return candidate
    return None


def offerable(free: int, held_back: int, holds: int, urgent: bool) -> int:
    """Places an offer may still take: the free ones less those promised by open offers,
    and less the Freihalteplätze unless the request is urgent."""
    kept = 0 if urgent else held_back
    return max(free - holds - kept, 0)


def age_in_months(born: date, on: date) -> int:
    months = (on.year - born.year) * 12 + on.month - born.month
    return months - 1 if on.day < born.day else months


def age_fits(months: int, youngest: int, oldest: int) -> bool:
    return youngest <= months <= oldest


def times_fit(offered: tuple[time, time] | None, needed: tuple[time, time]) -> bool:
    """Whether the childminder's hours on a day cover the hours the family needs."""
    return offered is not None and offered[0] <= needed[0] and needed[1] <= offered[1]
