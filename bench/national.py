"""Every main job at national and city size, each next to a floor measured in the same run.

    .venv/bin/python bench/national.py                      # PostgreSQL and SQLite
    .venv/bin/python bench/national.py --backend postgresql --write docs/benchmarks.md

Builds, per backend, the national dataset (45,000 childminders, 170,000 contracts) and the
Dortmund-sized agency (730 childminders, 2,700 children, with logins), then measures:

- the month's payment calculation vs one SQL aggregate over the same contracts;
- 1,000 PDF statements vs WeasyPrint's cost per page in one combined document and vs the
  naive one-document-per-statement path;
- the substitute assignment of a city-wide day (100 providers, 1,000 needs) vs
  first-come-first-served;
- person search and list pages under 20 concurrent clients vs a bare Starlette endpoint
  running the same query and returning JSON;
- app start-up (process start to first answer) and memory vs a bare Starlette app.

`--write FILE` renders the figures, the machine and the query plans as Markdown with an SVG
chart beside it. Databases are created fresh and dropped afterwards (PostgreSQL on
127.0.0.1:5432, trust authentication, like the test suite).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx2 as httpx
from sqlalchemy import create_engine, event, text

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import load  # noqa: E402
import payments  # noqa: E402
import search  # noqa: E402
import substitute_assign  # noqa: E402

from core.config import Settings  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.services import persons  # noqa: E402

PG_ADMIN = payments.PG_ADMIN
database = payments.database


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    pg = create_engine(PG_ADMIN)
    with pg.connect() as conn:
        pg_version = conn.scalar(text("SHOW server_version"))
    pg.dispose()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 1024 / 1024),
        "os": platform.platform(),
        "python": platform.python_version(),
        "postgresql": pg_version,
        "sqlite": sqlite3.sqlite_version,
        "date": date.today().isoformat(),
    }


# --- national month: payments and PDFs ------------------------------------------------


def national(backend: str, directory: Path, with_pdf: bool, statements: int) -> dict:
    with database(backend, directory, "national") as url:
        inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
        counts = payments.build(inst, "national")
        print(
            f"[{backend}] national: {counts['childminder']} childminders, "
            f"{counts['contract']} contracts, built in {counts['seconds']:.0f} s",
            flush=True,
        )
        figures = {"built": counts, "payments": payments.calculation(inst)}
        payments.print_calculation(figures["payments"])
        figures["plans"] = plans(inst) if backend == "postgresql" else {}
        if with_pdf:
            context, data = payments.statement_data(inst, figures["payments"]["run_id"], statements)
            figures["pdf"] = payments.pdf_figures(
                context, data, directory, naive=100, workers=os.cpu_count() or 1
            )
            print(f"[{backend}] PDF: {json.dumps(figures['pdf'])}", flush=True)
        inst.db.dispose()
    return figures


def plans(inst) -> dict:
    """EXPLAIN ANALYZE, at national size, of the statements the services send for a search
    and for loading the month's contracts (captured as sent, parameters included)."""
    kernel = inst.kernel()
    jobs = {
        "person search 'schmi' (count, then the page)": lambda s: persons.search_persons(
            s, "schmi"
        ),
        "person search 'an' (many hits: the name order is walked)": lambda s: (
            persons.search_persons(s, "an")
        ),
        "contracts of the month (first query of the payment calculation)": lambda s: (
            payments.load_cases(s, payments.MONTH, kernel.hook)
        ),
    }
    out = {}
    for name, job in jobs.items():
        sent = []

        def seen(conn, cursor, statement, parameters, context, executemany, sent=sent):
            sent.append((statement, parameters))

        event.listen(inst.db.engine, "before_cursor_execute", seen)
        try:
            with inst.db.read() as session:
                job(session)
        finally:
            event.remove(inst.db.engine, "before_cursor_execute", seen)
        wanted = sent[:2] if name.startswith("person") else sent[:1]
        with inst.db.engine.connect() as conn:
            out[name] = "\n\n".join(
                "\n".join(
                    row[0]
                    for row in conn.exec_driver_sql(
                        f"EXPLAIN (ANALYZE, COSTS OFF) {statement}", parameters
                    )
                )
                for statement, parameters in wanted
            )
    return out


# --- Dortmund size: search, list pages, start-up -----------------------------------------


def city(backend: str, directory: Path, clients: int, seconds: float) -> dict:
    with database(backend, directory, "dortmund") as url:
        started = time.perf_counter()
        load.prepare(url, directory, "dortmund", clients)
        engine = create_engine(url)
        payments.vacuum_analyze(engine)
        engine.dispose()
        print(f"[{backend}] Dortmund built in {time.perf_counter() - started:.0f} s", flush=True)
        figures = {"search": search.measure(url, clients, seconds, workers=2)}
        for r in figures["search"]:
            print(f"[{backend}] {json.dumps(r)}", flush=True)
        figures["startup"] = startup(url, directory)
        print(f"[{backend}] start-up: {json.dumps(figures['startup'])}", flush=True)
    return figures


def startup(url: str, directory: Path) -> dict:
    """Seconds from process start to the first answer, and resident memory after 20
    requests: `tagwerk serve` (one process) next to uvicorn serving a bare Starlette app."""
    env = dict(
        os.environ,
        TAGWERK_DATABASE_URL=url,
        TAGWERK_DATA_DIR=str(directory),
        TAGWERK_SECRET_KEY="bench-startup",
    )
    tagwerk = [str(Path(sys.executable).parent / "tagwerk"), "serve", "--port", "{port}"]
    bare = [
        str(Path(sys.executable).parent / "uvicorn"),
        "search_floor:app",
        "--app-dir",
        str(BENCH),
        "--log-level",
        "warning",
        "--port",
        "{port}",
    ]
    out = {}
    for name, command, path in (("tagwerk", tagwerk, "/login"), ("floor", bare, "/persons?q=a")):
        times, rss = [], []
        for _ in range(3):
            seconds, kib = _start_once(command, path, env)
            times.append(seconds)
            rss.append(kib)
        out[f"{name}_s"] = min(times)
        out[f"{name}_rss_mib"] = max(rss) / 1024
    return out


def _start_once(command: list[str], path: str, env: dict) -> tuple[float, int]:
    port = load.free_port()
    started = time.perf_counter()
    server = subprocess.Popen(
        [part.replace("{port}", str(port)) for part in command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}{path}"
        while True:
            try:
                if httpx.get(url, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.01)
            if time.perf_counter() - started > 60:
                raise RuntimeError(f"{command[0]} ist nicht gestartet.")
        seconds = time.perf_counter() - started
        for _ in range(20):
            httpx.get(url, timeout=5)
        status = Path(f"/proc/{server.pid}/status").read_text()
        kib = int(next(ln for ln in status.splitlines() if ln.startswith("VmRSS")).split()[1])
        return seconds, kib
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


# --- substitute assignment -----------------------------------------------------------------


def assignment() -> dict:
    needs, providers = substitute_assign.city(100, 1000)
    started = time.perf_counter()
    fcfs = substitute_assign.first_come_first_served(needs, providers)
    fcfs_s = time.perf_counter() - started
    substitute_assign.solve(needs[:10], providers)  # warm up SciPy
    started = time.perf_counter()
    proposal = substitute_assign.solve(needs, providers)
    solve_s = time.perf_counter() - started
    return {
        "needs": len(needs),
        "providers": len(providers),
        "solve_s": solve_s,
        "fcfs_s": fcfs_s,
        "placed": len(proposal.placed),
        "placed_fcfs": len(fcfs),
        "settled": sum(1 for n in needs if proposal.placed.get(n.id) in n.settled),
        "settled_fcfs": sum(1 for n in needs if fcfs.get(n.id) in n.settled),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15, help="per search measurement")
    parser.add_argument("--write", type=Path, help="Markdown report (an SVG chart beside it)")
    args = parser.parse_args()
    backends = ["postgresql", "sqlite"] if args.backend == "both" else [args.backend]
    results = {"machine": machine(), "backends": {}}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n, backend in enumerate(backends):
            directory = Path(tmp) / backend
            directory.mkdir()
            figures = national(backend, directory, with_pdf=n == 0, statements=args.statements)
            figures |= city(backend, directory, args.clients, args.seconds)
            results["backends"][backend] = figures
    results["assignment"] = assignment()
    results["seconds"] = time.perf_counter() - started
    out = BENCH / "results" / f"national-{date.today().isoformat()}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nFigures in {out.relative_to(BENCH.parent)} ({results['seconds'] / 60:.0f} min)")
    if args.write:
        import report

        report.write(results, args.write)
        print(f"Report: {args.write}")


if __name__ == "__main__":
    main()
