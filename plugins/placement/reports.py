"""Figures for the office and the Jugendhilfeplanung: open requests by district and age
group, the waiting time from the day care was needed to the placement, placements per
month, and the demand a district cannot meet with its free places."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import bulk_work
from core.i18n import N_, gettext_
from core.models import District, PersonDistrict
from core.services.districts import DistrictFilter
from plugins.placement import board
from plugins.placement.models import OPEN_STATES, CareRequest, RequestState
from plugins.placement.places import age_in_months
from plugins.placement.register import places

AGE_GROUPS = (
    (12, N_("unter 1 Jahr")),
    (24, N_("1 Jahr")),
    (36, N_("2 Jahre")),
    (10**6, N_("3 Jahre und älter")),
)
NO_DISTRICT = N_("ohne Bezirk")


def age_group(request: CareRequest) -> str:
    birth = request.child_birth_date or request.expected_birth
    months = age_in_months(birth, request.needed_from) if birth else 0
    return next(label for below, label in AGE_GROUPS if months < below)


@dataclass(frozen=True)
class Report:
    districts: list[str]
    open_by_age: dict[str, Counter]  # district -> age group -> open requests
    waiting_days: dict[str, float | None]  # district -> median days
    placements: list[tuple[date, int]]  # month -> accepted requests
    demand: list[tuple[str, int, int, int]]  # district, open, overdue, childminders with room


def _names(session: Session) -> dict[int | None, str]:
    found = {d.id: d.name for d in session.scalars(select(District).order_by(District.name))}
    return {**found, None: gettext_(NO_DISTRICT)}


def report(session: Session, today: date, district: DistrictFilter, months: int = 12) -> Report:
    names = _names(session)
    stmt = select(CareRequest).where(CareRequest.state != RequestState.MERGED.value)
    if (condition := district.on(CareRequest.district_id)) is not None:
        stmt = stmt.where(condition)
    rows = list(session.scalars(stmt))
    shown = sorted({names.get(r.district_id, names[None]) for r in rows})
    open_by_age: dict[str, Counter] = defaultdict(Counter)
    overdue: Counter = Counter()
    waits: dict[str, list[int]] = defaultdict(list)
    first = today.replace(day=1) - relativedelta(months=months - 1)
    placed: Counter = Counter()
    for r in rows:
        where = names.get(r.district_id, names[None])
        if RequestState(r.state) in OPEN_STATES:
            open_by_age[where][gettext_(age_group(r))] += 1
            overdue[where] += r.needed_from <= today
        elif r.state == RequestState.ACCEPTED.value and r.closed_on is not None:
            waits[where].append(max((r.closed_on - r.needed_from).days, 0))
            if r.closed_on >= first:
                placed[r.closed_on.replace(day=1)] += 1
    room = _room(session, today, district, names)
    return Report(
        districts=shown,
        open_by_age=dict(open_by_age),
        waiting_days={d: statistics.median(w) if w else None for d, w in waits.items()},
        placements=[
            (m, placed[m]) for m in (first + relativedelta(months=i) for i in range(months))
        ],
        demand=[
            (d, sum(open_by_age.get(d, Counter()).values()), overdue[d], room.get(d, 0))
            for d in sorted(set(shown) | set(room))
        ],
    )


def _room(session, today, district: DistrictFilter, names) -> Counter:
    """Childminders per district with a free place on at least one weekday from today."""
    found: Counter = Counter()
    with bulk_work():  # every childminder of the agency with her contracts, as objects
        for place in places(session, today, district.on(PersonDistrict.district_id), times=False):
            row = board.row(place, today)
            if row is not None and row.weekly:
                found[names.get(place.district_id, names[None])] += 1
    return found


def table(found: Report) -> tuple[list[str], list[list]]:
    """One row per district, for CSV and XLSX."""
    groups = [gettext_(label) for _, label in AGE_GROUPS]
    columns = [
        gettext_("Bezirk"),
        *groups,
        gettext_("offen"),
        gettext_("davon Bedarf schon begonnen"),
        gettext_("Tagespflegepersonen mit freiem Platz"),
        gettext_("Wartezeit (Median, Tage)"),
    ]
    rows = []
    for name, open_count, overdue, room in found.demand:
        ages = found.open_by_age.get(name, Counter())
        wait = found.waiting_days.get(name)
        rows.append([name, *(ages[g] for g in groups), open_count, overdue, room, wait])
    return columns, rows
