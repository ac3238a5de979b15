"""How many children and contracts a childminder may have: the capacity rules of a care
contract, pure. A new contract is checked against the childminder's other contracts that
run at the same time, per weekday it books: no more contracts at once than the agency
allows, no more children on one weekday than her permit allows, no more children in her
Großtagespflege on one weekday than the group may take, and no start after her permit
has run out. The caller (core/services/contracts.py) reads the contracts; this module
counts and words the breaches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.format import format_date
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS


@dataclass(frozen=True)
class Booking:
    """A contract's period and the weekdays it books (keys of WEEKDAYS)."""

    start: date
    end: date | None
    weekdays: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Group:
    name: str
    max_children: int
    bookings: list[Booking]  # the contracts of every member of the group


def peak(periods: Iterable[tuple[date, date | None]], start: date, end: date | None) -> int:
    """Most periods running on one day inside [start, end] (a sweep over start/end events)."""
    events: list[tuple[date, int]] = []
    for p_start, p_end in periods:
        lo = max(p_start, start)
        hi = p_end if end is None else (end if p_end is None else min(p_end, end))
        if hi is not None and hi < lo:
            continue
        events.append((lo, 1))
        if hi is not None:
            events.append((hi + timedelta(days=1), -1))
    running = best = 0
    for _day, delta in sorted(events, key=lambda e: (e[0], e[1])):
        running += delta
        best = max(best, running)
    return best


def _with_new(bookings: list[Booking], new: Booking, day: str | None = None) -> int:
    periods = ((b.start, b.end) for b in bookings if day is None or day in b.weekdays)
    return peak(periods, new.start, new.end) + 1


def permit_breach(new: Booking, name: str, permit_until: date | None) -> str | None:
    """A contract may not start after the childminder's permit has run out."""
    if permit_until is None or permit_until >= new.start:
        return None
    return gettext_(
        "Beginn: Die Pflegeerlaubnis von {name} ist nur bis {permit_end} gültig."
    ).format(name=name, permit_end=format_date(permit_until))


def breaches(
    new: Booking,
    *,
    name: str,
    max_children: int,
    max_contracts: int,
    own: list[Booking],
    group: Group | None = None,
) -> list[tuple[str, str]]:
    """(form field, German sentence) for every count the new contract would exceed."""
    found = []
    running = _with_new(own, new)
    if running > max_contracts:
        found.append(
            (
                "childminder_id",
                gettext_(
                    "Tagespflegeperson: {name} hätte {running} laufende Verträge; "
                    "erlaubt sind höchstens {value}."
                ).format(name=name, running=running, value=max_contracts),
            )
        )
    for day in (d for d in WEEKDAYS if d in new.weekdays):
        label = gettext_(WEEKDAY_LABELS[day])
        count = _with_new(own, new, day)
        if count > max_children:
            found.append(
                (
                    f"hours_{day}",
                    gettext_(
                        "{value}: {name} hätte {count} Kinder gleichzeitig; die "
                        "Pflegeerlaubnis erlaubt höchstens {max_children}."
                    ).format(value=label, name=name, count=count, max_children=max_children),
                )
            )
        if group is None:
            continue
        count = _with_new(group.bookings, new, day)
        if count > group.max_children:
            found.append(
                (
                    f"hours_{day}",
                    gettext_(
                        "{value}: Die Großtagespflege {name} hätte {count} "
                        "Kinder; erlaubt sind höchstens {max_children}."
                    ).format(
                        value=label, name=group.name, count=count, max_children=group.max_children
                    ),
                )
            )
    return found
