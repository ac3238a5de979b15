"""The board of free places: every childminder with room, by district, start day, weekday
and the child's age; the Freihalteplätze kept for urgent cases shown apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from sqlalchemy.orm import Session

from core.db import bulk_work
from core.models import PersonDistrict
from core.models.contracts import WEEKDAYS
from core.services.districts import DistrictFilter
from plugins.placement import places as rules
from plugins.placement.register import Place, places

WORKDAYS = WEEKDAYS[:5]


@dataclass(frozen=True)
class Row:
    place: Place
    starts: date  # the day asked for, or later when she takes new children only then
    free: dict[str, int]  # weekday -> places an ordinary request may get
    held: dict[str, int]  # weekday -> Freihalteplätze still free
    full: tuple[str, ...]  # workdays she offers without any place left

    @property
    def weekly(self) -> int:
        return sum(self.free.values())

    @cached_property
    def frees_up(self) -> dict[str, date]:
        """Full workday -> the day a place becomes free; worked out only for the rows
        shown (a district's board has a thousand, a page fifty)."""
        found = {}
        for day in self.full:
            if (when := rules.frees_up(self.place.capacity, self.starts, day)) is not None:
                found[day] = when
        return found


def row(place: Place, on: date) -> Row | None:
    """The childminder's free places from `on`; None when she cannot take children then."""
    decl = place.declaration
    if place.permit_until is not None and place.permit_until < on:
        return None
    starts = max(on, decl.free_from) if decl and decl.free_from else on
    held_back = decl.held_places if decl else 0
    days = offered(place)
    free, held, full = {}, {}, []
    week = rules.free_week(place.capacity, starts)
    for day in WEEKDAYS:
        total = week[day] if day in days else 0
        taken = place.holds.get(day, 0)
        free[day] = rules.offerable(total, held_back, taken, urgent=False)
        held[day] = rules.offerable(total, 0, taken, urgent=True) - free[day]
        if total == 0 and day in WORKDAYS and day in days:
            full.append(day)
    return Row(place, starts, free, held, tuple(full))


def offered(place: Place) -> tuple[str, ...]:
    """The days she cares on: those she declared, else Monday to Friday."""
    return place.declaration.days if place.declaration is not None else WORKDAYS


def accepts(place: Place, age_months: int | None) -> bool:
    decl = place.declaration
    if age_months is None or decl is None:
        return True  # without a declaration the age is asked on the phone
    return rules.age_fits(age_months, decl.min_age_months, decl.max_age_months)


def board(
    session: Session,
    on: date,
    district: DistrictFilter,
    weekday: str | None = None,
    age_months: int | None = None,
) -> tuple[list[Row], list[Row]]:
    """(rows with free places, rows with Freihalteplätze), most free places first."""
    chosen = district.on(PersonDistrict.district_id)
    free, held = [], []
    with bulk_work():  # a city district is a thousand childminders with their contracts
        rows = [
            row(p, on) if accepts(p, age_months) else None
            for p in places(session, on, chosen, times=False)
        ]
    for found in rows:
        if found is None:
            continue
        days = (weekday,) if weekday else WEEKDAYS
        if any(found.free[d] for d in days):
            free.append(found)
        if any(found.held[d] for d in days):
            held.append(found)
    key = (lambda r: -r.free[weekday]) if weekday else (lambda r: -r.weekly)
    free.sort(key=key)  # stable: by name within the same count
    return free, held
