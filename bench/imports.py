"""Moving in at Dortmund size: a workbook of 730 childminders, 2,700 children with their
guardians (about 8,000 persons) and 2,700 contracts, from the file to committed, against a
floor of the same run: the bare bulk INSERT of the same persons, roles, links and
contracts (no checks, no audit). Beside it the preview (the same work, rolled back), and
reading a file of 200,000 rows (the default limit) with the peak memory it takes.

    .venv/bin/python bench/imports.py --backend sqlite
    .venv/bin/python bench/imports.py --backend postgresql
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.payments import in_database  # noqa: E402
from core.config import Settings  # noqa: E402
from core.db import insert_rows  # noqa: E402
from core.imports import reading, run  # noqa: E402
from core.imports.core_sheets import SHEETS  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.models import Contract, Person, PersonLink, PersonRole  # noqa: E402

TODAY = date(2026, 12, 8)
FIRST = ["Anna", "Eva", "Lea", "Mia", "Can", "Jonas", "Ayla", "Ben", "Emma", "Paul", "Lina"]
LAST = ["Wolf", "Yilmaz", "Brandt", "Schulz", "Kaya", "Berger", "Öztürk", "Richter", "Lange"]


def sheets(childminders: int, children: int, seed: int = 2026) -> dict[str, list[list]]:
    rng = random.Random(seed)
    minders = [["Name", "Vorname", "PLZ", "Ort", "Erlaubnisnummer", "Erlaubnis bis", "Plätze"]]
    for n in range(childminders):
        minders.append(
            [
                f"{rng.choice(LAST)}-{n}",
                rng.choice(FIRST),
                "44135",
                "Dortmund",
                f"PE-{n}",
                date(2029, 7, 31),
                5,
            ]
        )
    kids = [
        [
            "Nachname",
            "Vorname",
            "Geb.-Datum",
            "PLZ",
            "Ort",
            "Elternteil 1 Vorname",
            "Elternteil 1 Nachname",
            "Elternteil 1 E-Mail",
            "Elternteil 2 Vorname",
            "Elternteil 2 Nachname",
            "Elternteil 2 E-Mail",
        ]
    ]
    contracts = [
        [
            "Kind Nachname",
            "Kind Vorname",
            "Kind Geburtsdatum",
            "Erlaubnisnummer",
            "Beginn",
            "Stunden Mo",
            "Stunden Di",
            "Stunden Mi",
            "Stunden Do",
        ]
    ]
    for n in range(children):
        last, born = f"{rng.choice(LAST)}-k{n}", date(2023, 1, 1) + timedelta(days=n % 900)
        row = [
            last,
            rng.choice(FIRST),
            born,
            "44135",
            "Dortmund",
            rng.choice(FIRST),
            last,
            f"a{n}@example.org",
        ]
        row += [rng.choice(FIRST), last, f"b{n}@example.org"] if n % 3 else ["", "", ""]
        kids.append(row)
        contracts.append(
            [last, row[1], born, f"PE-{n % childminders}", date(2025, 8, 1), 8, 8, 8, 6]
        )
    return {"Tagespflegepersonen": minders, "Kinder": kids, "Verträge": contracts}


def write_workbook(path: Path, data: dict) -> Path:
    book = Workbook(write_only=True)
    for title, rows in data.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def floor(inst: Installation, data: dict) -> float:
    """The same records as bare rows, bulk inserted in one transaction and rolled back."""
    minders, kids = data["Tagespflegepersonen"][1:], data["Kinder"][1:]
    guardians = sum(1 + bool(row[8]) for row in kids)
    persons = len(minders) + len(kids) + guardians
    with inst.db.engine.connect() as conn:
        start_id = 10_000_000
        started = time.perf_counter()
        trans = conn.begin()
        people = [
            {
                "id": start_id + i,
                "first_name": "X",
                "last_name": f"P{i}",
                "birth_date": None,
                "street": "",
                "postal_code": "44135",
                "city": "Dortmund",
                "phone": "",
                "email": "",
                "form_of_address": "",
                "channel": "letter",
                "email_consent_on": None,
                "notes": "",
                "anonymised_on": None,
            }
            for i in range(persons)
        ]
        insert_rows(conn, Person.__table__, people)
        insert_rows(
            conn, PersonRole.__table__, [{"person_id": p["id"], "role": "child"} for p in people]
        )
        insert_rows(
            conn,
            PersonLink.__table__,
            [
                {"person_id": start_id + i, "related_id": start_id + i + 1, "kind": "guardian"}
                for i in range(guardians)
            ],
        )
        insert_rows(
            conn,
            Contract.__table__,
            [
                {
                    "child_id": start_id + i,
                    "childminder_id": start_id + persons - 1 - i % 700,
                    "valid_from": date(2025, 8, 1),
                    "valid_to": None,
                    "draft": False,
                    "care_type": "regular",
                    "special_needs": False,
                    "substitute_wanted": False,
                    "substitute_from": None,
                    "notes": "",
                    "reference": "",
                    **{f"hours_{d}": 8 for d in ("mo", "tu", "we", "th", "fr", "sa", "su")},
                }
                for i in range(len(kids))
            ],
        )
        elapsed = time.perf_counter() - started
        trans.rollback()
    return elapsed


def bench(url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    inst.upgrade()
    hooks = inst.kernel().hook
    data = sheets(730, 2700)
    path = write_workbook(directory / "dortmund.xlsx", data)
    limits = reading.Limits(100_000_000, 200_000)
    bare = floor(inst, data)

    def timed(dry_run: bool) -> tuple[float, run.Report]:
        started = time.perf_counter()
        plans = run.plan(path, SHEETS, limits)
        report = run.import_file(
            inst.db, path, plans, hooks=hooks, actor="bench", today=TODAY, dry_run=dry_run
        )
        return time.perf_counter() - started, report

    preview_s, preview = timed(True)
    import_s, report = timed(False)
    assert not report.problems, report.problems[:3]
    again_s, _ = timed(False)
    print(
        f"Import at Dortmund size on {inst.db.engine.dialect.name}: {report.rows} rows, "
        f"{dict(report.counts())}"
    )
    print(f"  floor: bare bulk INSERT of the same records   {bare:7.2f} s   1.0x")
    for label, seconds in (
        ("preview (checked, rolled back)", preview_s),
        ("import, upload to committed", import_s),
        ("the same file again (all found)", again_s),
    ):
        print(f"  {label:<45}{seconds:7.2f} s {seconds / bare:6.1f}x")
    print(f"  per row imported: {import_s / report.rows * 1000:.1f} ms")
    big = directory / "gross.csv"
    with big.open("w", encoding="utf-8") as f:
        f.write("Nachname;Vorname;Geburtsdatum\n")
        for n in range(200_000):
            f.write(f"Name{n};Vorname;01.03.2024\n")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    (table,) = reading.open_tables(big, limits)
    rows = sum(1 for _ in table.rows)
    read_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"  reading {rows:,} CSV rows ({big.stat().st_size / 1e6:.0f} MB): {read_s:.2f} s, "
        f"peak memory of the process {peak / 1024:.0f} MiB (before {before / 1024:.0f} MiB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()
    in_database(args.backend, bench)


if __name__ == "__main__":
    main()
