"""Load and faults, in the short form the suite can afford (bench/load.py runs the long one):
staff working against two worker processes while one of them is killed, and a payment run
killed at random moments, which must never leave a half-written or half-finalised month."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from plugins.payments import models as pay
from tests.demo_screens import beckum

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import load  # noqa: E402  (bench/load.py)


def test_staff_keep_working_while_a_worker_dies(installation, tmp_path):
    result = load.run(
        installation.settings.database_url, tmp_path, "beckum", users=20, seconds=8, workers=2
    )
    print(result)  # the figures, for the report
    assert result["requests"] > 150
    assert result["server_errors"] == 0
    # only requests in flight on the killed worker may break, never more than one per user
    assert result["transport_errors"] <= 20
    acknowledged, uncertain = result["writes_acknowledged"], result["writes_uncertain"]
    assert acknowledged > 10
    assert acknowledged <= result["writes_stored"] <= acknowledged + uncertain  # none lost
    assert result["ok_after_kill"] > result["requests"] / 3 and result["worker_replaced"]


def _cli(installation, *args) -> subprocess.Popen:
    env = dict(
        os.environ,
        TAGWERK_DATABASE_URL=installation.settings.database_url,
        TAGWERK_DATA_DIR=str(installation.settings.data_dir),
    )
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "tagwerk"), "payments", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _month_is_whole(installation, month: date) -> str:
    """'none', 'draft' or 'final' – and whatever exists is complete."""
    with installation.db.read() as s:
        found = s.scalars(select(pay.Run).where(pay.Run.month == month)).all()
        if not found:
            return "none"
        assert len(found) == 1
        run = found[0]
        statements = s.scalar(select(func.count()).where(pay.Statement.run_id == run.id))
        total = s.scalar(
            select(func.coalesce(func.sum(pay.Statement.total_cents), 0)).where(
                pay.Statement.run_id == run.id
            )
        )
        assert (statements, total) == (run.statement_count, run.total_cents)
        assert statements > 0
        assert (run.status == pay.FINAL) == (run.finalised_at is not None)
        return run.status


def test_a_payment_run_killed_at_any_moment_leaves_a_whole_month_or_nothing(installation):
    beckum(installation)
    month = date(2026, 11, 1)
    rng = random.Random(7)
    seen = set()
    for command in ("run", "finalise"):
        for _ in range(4):
            process = _cli(installation, command, "2026-11")
            time.sleep(rng.uniform(0.5, 3.0))  # start-up, reading, computing, writing
            process.send_signal(signal.SIGKILL)
            process.wait()
            seen.add(_month_is_whole(installation, month))
        _cli(installation, command, "2026-11").wait()  # "nothing to finalise" is fine too
        seen.add(_month_is_whole(installation, month))
    assert _month_is_whole(installation, month) == pay.FINAL
    assert pay.FINAL in seen and ("draft" in seen or "none" in seen)
