"""The mutation score of every rule module after `mutmut run`: killed among the mutants
that are not equivalent (tests/mutation/equivalent.txt names those, each with its reason).
Exits 1 when a module keeps fewer than 90 % killed, and lists its survivors."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parents[2]
FLOOR = 90.0


def equivalent() -> dict[str, str]:
    lines = (ROOT / "tests/mutation/equivalent.txt").read_text("utf-8").splitlines()
    pairs = (line.split(None, 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name: reason for name, reason in pairs}


def main() -> int:
    excluded = equivalent()
    statuses: dict[str, Counter] = defaultdict(Counter)
    survivors: dict[str, list[str]] = defaultdict(list)
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        module = meta.relative_to(ROOT / "mutants").as_posix().removesuffix(".meta")
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            status = "equivalent" if name in excluded else status_by_exit_code[code]
            statuses[module][status] += 1
            if status in {"survived", "no tests"}:
                survivors[module].append(name)
    failing = 0
    print(f"{'Modul':45} {'getötet':>8} {'gezählt':>8} {'Quote':>7}  äquivalent")
    for module, counts in statuses.items():
        counted = sum(n for status, n in counts.items() if status != "equivalent")
        score = 100 * counts["killed"] / counted if counted else 100.0
        failing += score < FLOOR
        print(
            f"{module:45} {counts['killed']:8} {counted:8} {score:6.1f} %  {counts['equivalent']}"
        )
    if "-v" in sys.argv:
        for module, names in survivors.items():
            print(f"\n{module}: {len(names)} überlebt")
            print("\n".join(f"  {n}" for n in names))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
