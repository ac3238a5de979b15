"""Matching a family's request with childminders, pure: who is excluded and why, how the
others rank and why, and the batch assignment of many requests at once.

Excluded: a full or not offered weekday, hours outside hers, an age she does not take,
no new children yet. Ranked (weights): a sibling already with her 40, named by the family
30, same district 20, distance up to −20 (postal codes as a stand-in), a shared language
other than German 10, inclusive care qualification where the child has special needs 15
(−15 without). The batch is a small integer program (HiGHS via SciPy): as many children
placed as possible first (1000 each), then the preferences – it beats taking the
waiting list one by one where an early request takes the only place a later one fits."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from core.districts import postal_gap
from core.format import format_date
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from plugins.placement.places import age_fits, times_fit

SIBLING, WISHED, DISTRICT, LANGUAGE, INCLUSION = 40.0, 30.0, 20.0, 10.0, 15.0
DISTANCE_MAX = 20.0
PLACED = 1000.0


@dataclass(frozen=True)
class Need:
    """A request as matching sees it."""

    id: int
    days: dict[str, tuple[time, time]]
    starts: date
    age_months: int | None = None
    district_id: int | None = None
    postal_code: str = ""
    languages: frozenset[str] = frozenset()
    special_needs: bool = False
    wished: frozenset[int] = frozenset()
    siblings_at: frozenset[int] = frozenset()
    urgent: bool = False


@dataclass(frozen=True)
class Offerer:
    """A childminder as matching sees her, with her free places from the need's start."""

    id: int
    name: str
    free: dict[str, int]  # places an ordinary request may get, per weekday
    held: dict[str, int] = field(default_factory=dict)  # Freihalteplätze, urgent only
    frees_up: dict[str, date] = field(default_factory=dict)
    times: dict[str, tuple[time, time]] | None = None  # None: she has not declared any
    ages: tuple[int, int] | None = None
    district_id: int | None = None
    postal_code: str = ""
    languages: frozenset[str] = frozenset()
    inclusion: bool = False
    new_from: date | None = None

    def places(self, day: str, urgent: bool) -> int:
        return self.free.get(day, 0) + (self.held.get(day, 0) if urgent else 0)


@dataclass(frozen=True)
class Proposal:
    offerer: Offerer
    score: float
    reasons: tuple[str, ...]


def languages_of(text: str) -> frozenset[str]:
    """'Deutsch, Türkisch' -> {'türkisch'}: German goes without saying."""
    words = (w.strip().casefold() for w in text.replace(";", ",").replace("/", ",").split(","))
    return frozenset(w for w in words if w and w not in {"deutsch", "german"})


def distance(a: str, b: str) -> float:
    """The postal codes' gap (core.districts.postal_gap) as a penalty, capped."""
    gap = postal_gap(a, b)
    if gap is None:
        return DISTANCE_MAX / 2  # unknown: neither near nor far
    return min(gap / 10.0, DISTANCE_MAX)


def _day(day: str) -> str:
    return gettext_(WEEKDAY_LABELS[day])


def exclusions(need: Need, c: Offerer) -> list[str]:
    """Why this childminder cannot take the child; empty when she can."""
    found = []
    if c.new_from is not None and c.new_from > need.starts:
        found.append(gettext_("neue Kinder erst ab {day}").format(day=format_date(c.new_from)))
    if need.age_months is not None and c.ages is not None:
        youngest, oldest = c.ages
        if need.age_months < youngest:
            found.append(gettext_("nimmt Kinder ab {n} Monaten").format(n=youngest))
        elif not age_fits(need.age_months, youngest, oldest):
            found.append(gettext_("nimmt Kinder bis {n} Monate").format(n=oldest))
    for day in WEEKDAYS:
        if day not in need.days:
            continue
        offered = c.times.get(day) if c.times is not None else None
        if c.times is not None and offered is None:
            found.append(gettext_("{day} nicht angeboten").format(day=_day(day)))
        elif c.times is not None and not times_fit(offered, need.days[day]):
            found.append(
                gettext_("{day} nur {start}–{end}").format(
                    day=_day(day), start=f"{offered[0]:%H:%M}", end=f"{offered[1]:%H:%M}"
                )
            )
        elif c.places(day, need.urgent) <= 0:
            later = c.frees_up.get(day)
            found.append(
                gettext_("{day} voll, frei ab {when}").format(
                    day=_day(day), when=format_date(later)
                )
                if later
                else gettext_("{day} voll").format(day=_day(day))
            )
    return found


def preference(need: Need, c: Offerer) -> tuple[float, list[str]]:
    value, notes = 0.0, []
    if c.id in need.siblings_at:
        value += SIBLING
        notes.append(gettext_("Geschwisterkind dort"))
    if c.id in need.wished:
        value += WISHED
        notes.append(gettext_("von der Familie gewünscht"))
    if need.district_id is not None and c.district_id == need.district_id:
        value += DISTRICT
        notes.append(gettext_("im selben Bezirk"))
    far = distance(need.postal_code, c.postal_code)
    value -= far
    if need.postal_code and c.postal_code:
        notes.append(gettext_("in der Nähe") if far < 5 else gettext_("weiter entfernt"))
    shared = sorted(need.languages & c.languages)
    if shared:
        value += LANGUAGE
        notes.append(gettext_("spricht {languages}").format(languages=", ".join(shared)))
    if need.special_needs:
        value += INCLUSION if c.inclusion else -INCLUSION
        notes.append(
            gettext_("Qualifikation für Inklusion")
            if c.inclusion
            else gettext_("ohne Qualifikation für Inklusion")
        )
    if any(c.held.get(d, 0) and not c.free.get(d, 0) for d in need.days) and need.urgent:
        notes.append(gettext_("Freihalteplatz"))
    return value, notes


def rank(
    need: Need, offerers: list[Offerer]
) -> tuple[list[Proposal], list[tuple[Offerer, list[str]]]]:
    """(proposals best first, excluded childminders with their reasons)."""
    proposals, excluded = [], []
    for c in offerers:
        if why := exclusions(need, c):
            excluded.append((c, why))
            continue
        value, notes = preference(need, c)
        proposals.append(Proposal(c, value, tuple(notes)))
    proposals.sort(key=lambda p: -p.score)  # stable: the caller's order among equals
    return proposals, excluded


def one_by_one(needs: list[Need], offerers: list[Offerer]) -> dict[int, int]:
    """The waiting list taken in order, each request given its best free place."""
    left = {c.id: {d: (c.free.get(d, 0), c.held.get(d, 0)) for d in WEEKDAYS} for c in offerers}
    placed = {}
    for need in needs:
        for proposal in rank(need, offerers)[0]:
            room = left[proposal.offerer.id]
            if all(room[d][0] + (room[d][1] if need.urgent else 0) > 0 for d in need.days):
                for d in need.days:
                    ordinary, held = room[d]
                    room[d] = (ordinary - 1, held) if ordinary > 0 else (ordinary, held - 1)
                placed[need.id] = proposal.offerer.id
                break
    return placed


def assign(needs: list[Need], offerers: list[Offerer]) -> dict[int, int]:
    """The best assignment of all needs at once: need id -> childminder id."""
    pairs, values = [], []
    for i, need in enumerate(needs):
        for j, c in enumerate(offerers):
            if not exclusions(need, c):
                pairs.append((i, j))
                values.append(PLACED + preference(need, c)[0])
    if not pairs:
        return {}
    rows, cols, lower, upper = [], [], [], []

    def constrain(ks: list[int], hi: float) -> None:
        for k in ks:
            rows.append(len(lower))
            cols.append(k)
        lower.append(0)
        upper.append(hi)

    by_need, ordinary, everyone = defaultdict(list), defaultdict(list), defaultdict(list)
    for k, (i, j) in enumerate(pairs):
        by_need[i].append(k)
        for day in needs[i].days:
            everyone[(j, day)].append(k)
            if not needs[i].urgent:
                ordinary[(j, day)].append(k)
    for ks in by_need.values():
        constrain(ks, 1)
    for (j, day), ks in ordinary.items():  # Freihalteplätze are not for ordinary requests
        constrain(ks, offerers[j].free.get(day, 0))
    for (j, day), ks in everyone.items():
        constrain(ks, offerers[j].places(day, urgent=True))
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(lower), len(pairs)))
    result = milp(
        -np.array(values),
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=np.ones(len(pairs)),
        bounds=Bounds(0, 1),
    )
    if result.x is None:
        raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
    return {needs[i].id: offerers[j].id for k, (i, j) in enumerate(pairs) if result.x[k] > 0.5}
