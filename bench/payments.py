"""Monthly payment run and PDF statements at national scale, against floors of the same run.

Calculation floor: one SQL aggregate over the same contracts (booked hours per childminder),
the least any month's calculation must read. PDF floor: WeasyPrint's cost per page when many
statements are laid out as one document; beside it the ways of writing statements (Tagwerk's
PDF/A-2b cut by pypdf, tagged PDF/A-2a per statement or written from a batch's layout) in
turns, medians of --repeat runs (bench/pdf_paths.py).

    .venv/bin/python bench/payments.py --backend sqlite --scale national
    .venv/bin/python bench/payments.py --backend postgresql --scale national
    .venv/bin/python bench/payments.py --scale dortmund --statements 100 --repeat 5
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pdf_paths  # noqa: E402  (bench/, beside this file)

from core.config import Settings  # noqa: E402
from core.db import bulk_work  # noqa: E402
from core.demo.builder import build_demo  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.month import Month  # noqa: E402
from plugins.payments import documents  # noqa: E402
from plugins.payments.rates import periods
from plugins.payments.runs import calc, lifecycle
from plugins.payments.runs.cases import load_cases  # noqa: E402

MONTH = date(2026, 11, 1)
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# the rows the calculation needs, fetched: what any calculation outside the database pays
TRANSFER_SQL = """
SELECT c.childminder_id, c.child_id, p.first_name, p.last_name, p.birth_date, c.valid_from,
       c.valid_to, c.special_needs, c.hours_mo, c.hours_tu, c.hours_we, c.hours_th,
       c.hours_fr, c.hours_sa, c.hours_su
FROM core_contract c JOIN core_person p ON p.id = c.child_id
WHERE c.valid_from <= :last AND (c.valid_to IS NULL OR c.valid_to >= :first)
"""
FLOOR_SQL = """
SELECT childminder_id, SUM(hours_mo + hours_tu + hours_we + hours_th + hours_fr
                           + hours_sa + hours_su)
FROM core_contract
WHERE valid_from <= :last AND (valid_to IS NULL OR valid_to >= :first)
GROUP BY childminder_id
"""


def best(fn, repeat: int = 3) -> float:
    """The fastest of `repeat` calls; `fn` may return its own measured seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        measured = fn()
        elapsed = time.perf_counter() - started
        times.append(measured if isinstance(measured, float) else elapsed)
    return min(times)


@contextmanager
def database(backend: str, directory: Path, name: str = "bench"):
    """The URL of a fresh database of the backend, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / f'{name}.db'}"
        return
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    db = f"tagwerk_bench_{name}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db}"'))
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{db}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()


def vacuum_analyze(engine) -> None:
    """What autovacuum does some time after a bulk load: statistics for the planner."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--scale", default="national")
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--naive", type=int, default=100, help="statements on the naive path")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each PDF path")
    parser.add_argument(
        "--skip-fonttools",
        action="store_true",
        help="skip the comparison with WeasyPrint's fontTools subsetting",
    )
    args = parser.parse_args()
    in_database(args.backend, lambda url, directory: run_bench(args, url, directory))


def in_database(backend: str, bench) -> None:
    """Run `bench(url, directory)` on a fresh database of the backend, dropped afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        with database(backend, directory) as url:
            bench(url, directory)


def build(inst, scale: str) -> dict:
    """The demo agency at `scale` with the payments module's data; counts of what was built."""
    import random

    inst.upgrade()
    inst.enable("payments")
    kernel = inst.kernel()
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        counts = build_demo(session, scale, 2026, today=date(2026, 11, 22))
        kernel.hook.demo_data(session=session, rng=random.Random(2026), scale=scale)
    vacuum_analyze(inst.db.engine)
    counts["seconds"] = time.perf_counter() - started
    return counts


def calculation(inst) -> dict:
    """Seconds of the month's calculation, its parts and the whole run, and the floor."""
    kernel = inst.kernel()
    last = Month.of(MONTH).last
    with inst.db.engine.connect() as conn:
        floor = best(lambda: conn.execute(text(FLOOR_SQL), {"first": MONTH, "last": last}).all())
        transfer = best(
            lambda: conn.execute(text(TRANSFER_SQL), {"first": MONTH, "last": last}).all()
        )
    with inst.db.read() as session:
        rates = periods.stored_table(session)
        with bulk_work():
            started = time.perf_counter()
            cases = load_cases(session, MONTH, kernel.hook)
            load_s = time.perf_counter() - started
            started = time.perf_counter()
            statements = [calc.calculate(rates, case) for case, _ in cases]
            calc_s = time.perf_counter() - started
            lines = sum(len(s.lines) for s in statements)
            childminders = len(cases)
            del cases, statements
        month_s = best(lambda: _month(session, kernel.hook, rates))
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        run = lifecycle.compute(session, MONTH, hooks=kernel.hook, actor="bench")
        run_id = run.id
    run_s = time.perf_counter() - started
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        lifecycle.compute(session, MONTH, hooks=kernel.hook, actor="bench")
    rerun_s = time.perf_counter() - started
    return {
        "childminders": childminders,
        "lines": lines,
        "floor_s": floor,
        "transfer_s": transfer,
        "load_s": load_s,
        "calculate_s": calc_s,
        "month_s": month_s,
        "run_s": run_s,
        "rerun_s": rerun_s,
        "run_id": run_id,
    }


def _month(session, hooks, rates) -> None:
    """lifecycle.calculate_month as a payment run calls it: until its statements are there (the
    run frees them after writing, before the collector resumes)."""
    with bulk_work():
        started = time.perf_counter()
        results = lifecycle.calculate_month(session, MONTH, hooks, rates)
        elapsed = time.perf_counter() - started
        del results
    return elapsed


def print_calculation(f: dict) -> None:
    floor = f["floor_s"]
    print("\nMonthly calculation")
    row("SQL aggregate over the contracts (floor)", floor, floor)
    row("the contract rows fetched to Python", f["transfer_s"], floor)
    row(f"load cases ({f['childminders']} childminders)", f["load_s"], floor)
    row(f"calculate statements ({f['lines']} lines)", f["calculate_s"], floor)
    row("calculation of the month (lifecycle.calculate_month)", f["month_s"], floor)
    row("whole draft run incl. writing and commit", f["run_s"], floor)
    row("recompute the draft (replace all rows)", f["rerun_s"], floor)


def run_bench(args, url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    counts = build(inst, args.scale)
    print(
        f"Demo {args.scale} on {args.backend}: {counts['childminder']} childminders, "
        f"{counts['contract']} contracts, built in {counts['seconds']:.1f} s"
    )
    figures = calculation(inst)
    print_calculation(figures)
    pdf_bench(args, statement_data(inst, figures["run_id"], args.statements), directory)


def statement_data(inst, run_id: int, n: int) -> tuple[dict, list[dict]]:
    with inst.db.read() as session:
        run = lifecycle.get_run(session, run_id)
        data = documents.statement_data(session, run)[:n]
        context = documents.run_context(session, run)
    return context, data


def pdf_figures(
    context: dict, data: list[dict], directory: Path, naive: int, workers: int, repeat: int = 5
):
    documents.render_statement(context, data[0])  # warm up fonts and templates
    costs = pdf_paths.pdf_costs(context, data, naive, repeat)
    progress = []
    started = time.perf_counter()
    documents.render_run(
        context, data, directory / "pdf", workers=workers, progress=progress.append
    )
    run_s = time.perf_counter() - started
    total_pages = len(pdf_paths.pages((directory / "pdf" / "alle-bescheide.pdf").read_bytes()))
    return {
        **costs,
        "statements": len(data),
        "pages": total_pages,
        "workers": workers,
        "run_s": run_s,
        "per_second": len(data) / run_s,
        "ms_per_page_per_process": run_s * 1000 / total_pages * workers,
    }


def pdf_bench(args, context_data, directory: Path) -> None:
    context, data = context_data
    f = pdf_figures(context, data, directory, args.naive, args.workers, args.repeat)
    floor_ms, naive_ms = f["floor_ms_per_page"], f["naive_ms_per_statement"]
    run_s, total_pages, rate = f["run_s"], f["pages"], f["per_second"]
    print(
        f"\nPDF statements: {len(data)} statements, {total_pages} pages, "
        f"{args.workers} worker processes, font subsets by HarfBuzz"
    )
    pdf_paths.print_paths(f)
    print(
        f"  Tagwerk (batches in {args.workers} processes, files cut by pypdf) "
        f"{1000 / rate:7.1f} ms per statement = {rate:5.1f} statements/s"
    )
    print(
        f"  = {rate * naive_ms / 1000:.1f}x the naive throughput; "
        f"{run_s * 1000 / total_pages * args.workers / floor_ms:.2f}x the floor per page "
        f"and process"
    )
    if not args.skip_fonttools:
        import weasyprint.pdf.fonts as fonts

        fonts.harfbuzz_subset, saved = None, fonts.harfbuzz_subset  # WeasyPrint's fallback
        try:
            ft = pdf_paths.pdf_costs(context, data, args.naive, repeat=1)
        finally:
            fonts.harfbuzz_subset = saved
        naive_ft, serial_ft = ft["naive_ms_per_statement"], ft["batched_ms_per_statement"]
        print("\n  the same with fontTools subsetting (no libharfbuzz-subset0):")
        print(
            f"  floor {ft['floor_ms_per_page']:.1f} ms per page; naive {naive_ft:.1f} ms per "
            f"statement; batched, one process {serial_ft:.1f} ms per statement = "
            f"{naive_ft / serial_ft:.1f}x naive per process, "
            f"{naive_ft / serial_ft * args.workers:.1f}x with {args.workers} processes"
        )


def row(label: str, seconds: float, floor: float) -> None:
    print(f"  {label:<48} {seconds:8.3f} s  {seconds / floor:8.1f}x floor")


if __name__ == "__main__":
    main()
