"""App start-up and demo build time, against a floor measured in the same run.

Floor: inserting the same number of rows into a bare SQLite table with sqlite3.executemany,
the least any bulk load of that size can cost here.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from core.config import Settings
from core.demo.builder import build_demo
from core.kernel.installation import Installation
from core.models import Person
from core.web.app import create_app


def floor_seconds(rows: int, directory: Path) -> float:
    con = sqlite3.connect(directory / "floor.db")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT)")
    data = [(i, "Vorname", "Nachname", "Straße 1", "Beckum") for i in range(rows)]
    started = time.perf_counter()
    with con:
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", data)
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def measure(scale: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        inst = Installation(
            Settings(
                database_url=f"sqlite:///{directory / 'b.db'}",
                data_dir=directory,
                secret_key="bench",
            )
        )
        started = time.perf_counter()
        inst.upgrade()
        migrate_s = time.perf_counter() - started
        started = time.perf_counter()
        with inst.db.transaction("bench") as session:
            counts = build_demo(session, scale, 2026, today=date(2026, 11, 22))
        demo_s = time.perf_counter() - started
        with inst.db.read() as session:
            persons = session.scalar(select(func.count()).select_from(Person))
        started = time.perf_counter()
        create_app(installation=inst)
        startup_s = time.perf_counter() - started
        rows = sum(counts.values())
        floor = floor_seconds(rows, directory)
        print(
            f"{scale:>10}: {rows:>8} rows ({persons} persons) | demo {demo_s:7.2f} s = "
            f"{demo_s / floor:5.1f}x floor ({floor:.3f} s) | migrate {migrate_s:.2f} s | "
            f"app start {startup_s * 1000:.0f} ms"
        )
        inst.db.dispose()


if __name__ == "__main__":
    for name in sys.argv[1:] or ["beckum", "dortmund"]:
        measure(name)
