"""Free places, pure: how many children a childminder can still take on a weekday, for care
that starts on a given day and runs on (a placement is meant to last). It is the count
core's capacity rules (core/capacity.py) would still allow: places by her licence, places
of her Großtagespflege, contracts at once. Places held by open offers, the ones she keeps
for urgent cases (Freihalteplätze), and whether ages and times fit are decided here too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from core.capacity import Booking, Group, peak
from core.models.contracts import WEEKDAYS


@dataclass(frozen=True)
class Capacity:
    max_children: int
    max_contracts: int
    bookings: tuple[Booking, ...]
    group: Group | None = None


def _running(bookings, weekday: str | None, day: date) -> int:
    """Most contracts at once from `day` on (the caller passes those not ended before)."""
    chosen = [b for b in bookings if weekday is None or weekday in b.weekdays]
    # the sweep is needed only where a contract ends and another begins after `day`
    if _simple(chosen, day):
        return sum(1 for b in chosen if b.end is None or b.end >= day)
    return peak(((b.start, b.end) for b in chosen), day, None)


def _free_that_day(cap: Capacity, day: date, weekday: str) -> int:
    free = cap.max_children - _running(cap.bookings, weekday, day)
    if cap.group is not None:
        free = min(free, cap.group.max_children - _running(cap.group.bookings, weekday, day))
    return max(free, 0)


def free_on(cap: Capacity, day: date, weekday: str) -> int:
    """Places free on `weekday` for a child starting on `day` and staying."""
    if _running(cap.bookings, None, day) >= cap.max_contracts:
        return 0
    return _free_that_day(cap, day, weekday)


def _simple(bookings, day: date) -> bool:
    """No contract ends or none starts after `day`: then they all run at one moment."""
    return not any(b.end is not None for b in bookings) or all(b.start <= day for b in bookings)


def _per_weekday(bookings, day: date) -> dict[str, int]:
    """`_running` for every weekday in one pass where the contracts are `_simple`."""
    counts = dict.fromkeys(WEEKDAYS, 0)
    for b in bookings:
        if b.end is None or b.end >= day:
            for weekday in b.weekdays:
                counts[weekday] += 1
    return counts


def free_week(cap: Capacity, day: date) -> dict[str, int]:
    """`free_on` for every weekday, the contracts at once counted once."""
    if _running(cap.bookings, None, day) >= cap.max_contracts:
        return dict.fromkeys(WEEKDAYS, 0)
    group = cap.group.bookings if cap.group is not None else ()
    if not (_simple(cap.bookings, day) and _simple(group, day)):
        return {weekday: _free_that_day(cap, day, weekday) for weekday in WEEKDAYS}
    own, shared = _per_weekday(cap.bookings, day), _per_weekday(group, day)
    return {
        weekday: max(
            min(
                cap.max_children - own[weekday],
                cap.group.max_children - shared[weekday] if cap.group is not None else 10**6,
            ),
            0,
        )
        for weekday in WEEKDAYS
    }


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
