"""Qualifizierung at scale: the due list, the payment level, and what the level hook adds
to a payment month, each against a floor measured in the same run.

Due-list floor: one SQL aggregate (latest first-aid validity per person), the least the
list must read. Hook overhead: loading a month's payment cases with the module's
`qualification_level` answering every childminder, against loading them without it.

    .venv/bin/python bench/qhb_training.py --backend sqlite --scale dortmund
    .venv/bin/python bench/qhb_training.py --backend postgresql --scale national
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from payments import MONTH, best, in_database, row  # noqa: E402  (bench/payments.py)

from core.config import Settings  # noqa: E402
from core.demo.builder import build_demo  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.kernel.plugins import build_kernel  # noqa: E402
from plugins.payments.runs import cases  # noqa: E402
from plugins.qhb_training import credentials, progress  # noqa: E402

TODAY = date(2026, 11, 22)
FLOOR_SQL = """
SELECT person_id, MAX(valid_until) FROM qhb_credential WHERE kind = 'first_aid' GROUP BY person_id
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--scale", default="dortmund")
    args = parser.parse_args()
    in_database(args.backend, lambda url, directory: run_bench(args, url, directory))


def run_bench(args, url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    inst.upgrade()
    inst.enable("payments")
    inst.enable("qhb_training")
    kernel = inst.kernel()
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        counts = build_demo(session, args.scale, 2026, today=TODAY)
        kernel.hook.demo_data(session=session, rng=random.Random(2026), scale=args.scale)
    print(
        f"Demo {args.scale} on {args.backend}: {counts['childminder']} childminders, "
        f"built with all modules in {time.perf_counter() - started:.1f} s"
    )
    with inst.db.engine.connect() as conn:
        floor = best(lambda: conn.execute(text(FLOOR_SQL)).all())
    rules = credentials.Rules()
    with inst.db.read() as session:
        found = []
        due_s = best(lambda: found.append(credentials.dues(session, rules, TODAY)))

        def levels():
            progress.forget_levels(session)
            return progress.levels_on(session, MONTH)

        level_s = best(levels)
        payments_only = build_kernel({"payments"}, inst.available).hook  # no level hook
        plain_s = best(lambda: cases.load_cases(session, MONTH, payments_only))
        hooked_s = best(lambda: cases.load_cases(session, MONTH, kernel.hook))
    print("\nDue list and level")
    row("SQL aggregate of first-aid validity (floor)", floor, floor)
    row(f"due list, all rules ({len(found[0])} entries)", due_s, floor)
    row("every person's level on a date", level_s, floor)
    print("\nPayment month: loading cases")
    row("without the level hook (floor)", plain_s, plain_s)
    row("with Qualifizierung answering every childminder", hooked_s, plain_s)


if __name__ == "__main__":
    main()
