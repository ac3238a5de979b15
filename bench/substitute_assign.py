"""Substitute assignment for a city-wide day: 100 providers, 1,000 needs.

Reports the solver's time and objective next to first-come-first-served (the manual way,
and the floor for time) on the same generated day.

    .venv/bin/python bench/substitute_assign.py [--providers 100] [--needs 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plugins.substitute_hub.assign import first_come_first_served, score, solve  # noqa: E402
from plugins.substitute_hub.limits import NeedInfo, ProviderInfo  # noqa: E402

DAY = date(2026, 12, 7)
KINDS = ("illness", "vacation", "training")


def city(n_providers: int, n_needs: int, seed: int = 2026):
    rng = random.Random(seed)
    providers = []
    for pid in range(1, n_providers + 1):
        hub = pid % 10 == 0  # every tenth is a Stützpunkt with more places, planned only
        providers.append(
            ProviderInfo(
                pid,
                f"Anbieter {pid}",
                {DAY: 9 if hub else rng.randint(3, 8)},
                frozenset(range(5)),
                frozenset(("vacation", "training") if hub else KINDS),
                planned_only=hub,
                postal_code=str(44100 + rng.randint(0, 300)),
            )
        )
    needs, family = [], 0
    while len(needs) < n_needs:
        family += 1
        home = 44100 + rng.randint(0, 300)
        near = sorted(providers, key=lambda p: abs(int(p.postal_code) - home))[:8]
        kind = rng.choice(KINDS)
        for _ in range(2 if rng.random() < 0.1 else 1):
            enrolled = frozenset(p.id for p in rng.sample(near, rng.randint(1, 3)))
            settled = frozenset(e for e in enrolled if rng.random() < 0.5)
            needs.append(
                NeedInfo(
                    len(needs) + 1,
                    f"Kind {len(needs) + 1}",
                    DAY,
                    kind,
                    kind != "illness",
                    rng.randint(8, 70),
                    enrolled,
                    settled,
                    rng.choice(sorted(enrolled)) if rng.random() < 0.3 else None,
                    f"F{family}",
                    str(home),
                )
            )
    return needs[:n_needs], providers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", type=int, default=100)
    parser.add_argument("--needs", type=int, default=1000)
    args = parser.parse_args()
    needs, providers = city(args.providers, args.needs)
    places = sum(p.free[DAY] for p in providers)
    started = time.perf_counter()
    fcfs = first_come_first_served(needs, providers)
    fcfs_s = time.perf_counter() - started
    solve(needs[:10], providers)  # warm up SciPy
    started = time.perf_counter()
    proposal = solve(needs, providers)
    solve_s = time.perf_counter() - started
    settled = sum(1 for n in needs if proposal.placed.get(n.id) in n.settled)
    settled_fcfs = sum(1 for n in needs if fcfs.get(n.id) in n.settled)
    print(f"{len(providers)} providers with {places} places, {len(needs)} needs on one day")
    print(
        f"  first come, first served   {fcfs_s * 1000:8.1f} ms  placed {len(fcfs):5d}  "
        f"settled {settled_fcfs:5d}  objective {score(needs, providers, fcfs):10.0f}"
    )
    print(
        f"  solver (HiGHS MILP)        {solve_s * 1000:8.1f} ms  placed {len(proposal.placed):5d}"
        f"  settled {settled:5d}  objective {proposal.score:10.0f}"
    )
    print(
        f"  = {solve_s / fcfs_s:.0f}x the time of FCFS; "
        f"{len(proposal.placed) - len(fcfs):+d} children placed"
    )


if __name__ == "__main__":
    main()
