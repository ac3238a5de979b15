"""Proposing substitute places for open needs: a small integer program, solved by HiGHS.

Pure data in, pure data out. Each (need, provider) pair that passes the hard limits
(`limits.broken`, the one statement of them) is a
0/1 variable; each need takes at most one place; each provider takes at most its free
places per day. The objective places as many children as possible first (a weight far
above all preferences), then prefers a provider the child is settled with, the provider of
its last placement, siblings at the same provider on the same day, and short distance
(weights: placed 1000, settled 50, siblings together 30, last provider 20, distance up to
−25 — so a child stays where it is settled rather than join its sibling elsewhere).
Siblings are a soft bonus (variable z ≤ x for every sibling), so one sibling still gets a
place when only one is left. Every decision comes with its reasons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from core.districts import postal_gap
from plugins.substitute_hub.limits import NeedInfo, ProviderInfo, broken

PLACED, SETTLED, LAST, SIBLINGS = 1000.0, 50.0, 20.0, 30.0
DISTANCE_MAX = 25.0  # the largest penalty distance can add


@dataclass
class Proposal:
    placed: dict[int, int] = field(default_factory=dict)  # need id -> provider id
    why: dict[int, str] = field(default_factory=dict)  # need id -> explanation
    score: float = 0.0


def preference(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def _distance(a: str, b: str) -> float:
    """The postal codes' gap (core.districts.postal_gap) as a penalty, capped."""
    gap = postal_gap(a, b)
    return 0.0 if gap is None else min(gap / 10.0, DISTANCE_MAX)


def score(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def solve(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def _unplaced_reason(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def first_come_first_served(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed
