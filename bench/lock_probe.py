"""One slow lock must not stall the app: `core_person` is locked for 45 s on PostgreSQL while
two worker processes serve a burst of requests.

    .venv/bin/python bench/lock_probe.py [--seconds 45] [--workers 2]

Builds the Beckum demo in a fresh PostgreSQL database, starts `tagwerk serve --workers N`,
sends a burst of 30 person searches (they need `core_person`) and 60 requests that do not
(login page, logins of 15 accounts, the parents' vote page, a static file) – first unlocked
(the floor of the same run), then again while another connection holds
`LOCK TABLE core_person IN ACCESS EXCLUSIVE MODE`. Reported per kind: statuses, median and
worst latency, and the ratio of the median to the same burst unlocked. What must hold:
no HTTP 500, every locked request refused with 503 and Retry-After after the lock timeout,
the others as fast as without the lock.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx2 as httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import PASSWORD, TOKEN, free_port, log_in, prepare, start_server  # noqa: E402
from payments import database  # noqa: E402

UNLOCKED = {  # kind: (method, path); none of them reads core_person
    "login page": ("GET", "/login"),
    "login": ("POST", "/login"),
    "vote page": ("GET", "/parent_council/wahl"),
    "static": ("GET", "/static/tagwerk.css"),
}
LOCKED = {"person search": ("GET", "/persons?q=Mei")}


async def one(client, kind: str, method: str, path: str, results, n: int = 1) -> None:
    started = time.perf_counter()
    if kind == "login":  # a fresh browser logs in: page, token, password
        async with httpx.AsyncClient(base_url=client.base_url, timeout=60) as fresh:
            token = TOKEN.search((await fresh.get("/login")).text).group(1)
            response = await fresh.post(
                "/login",
                data={"username": f"last{n:03d}", "password": PASSWORD, "csrf_token": token},
            )
    else:
        response = await client.request(method, path)
    results[kind].append(
        (time.perf_counter() - started, response.status_code, response.headers.get("retry-after"))
    )


async def burst(base: str, staff: httpx.AsyncClient) -> dict:
    """15 of each request that does not need core_person and 30 person searches, at once."""
    results = defaultdict(list)
    jobs = []
    async with httpx.AsyncClient(base_url=base, timeout=60) as anonymous:
        for n in range(1, 16):
            for kind, (method, path) in UNLOCKED.items():
                jobs.append(one(anonymous, kind, method, path, results, n))
        for _ in range(30):
            for kind, (method, path) in LOCKED.items():
                jobs.append(one(staff, kind, method, path, results))
        await asyncio.gather(*jobs)
    return results


def hold_lock(url: str, seconds: float, taken: threading.Event) -> None:
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute("LOCK TABLE core_person IN ACCESS EXCLUSIVE MODE")
        taken.set()
        time.sleep(seconds)
        conn.rollback()


def report(floor: dict, locked: dict, seconds: float, workers: int) -> None:
    print(f"core_person gesperrt für {seconds:.0f} s, {workers} Prozesse (PostgreSQL)")
    print(f"{'Anfrage':<15} {'Status':<22} {'Median':>8} {'Max':>8} {'Median/ungesperrt':>18}")
    for kind, rows in floor.items():
        median, worst = statistics.median(t for t, _, _ in rows), max(t for t, _, _ in rows)
        print(f"{kind + ' (frei)':<22} {'':<15} {median:>7.2f}s {worst:>7.2f}s")
    for kind, rows in locked.items():
        statuses = Counter(status for _, status, _ in rows)
        median = statistics.median(t for t, _, _ in rows)
        worst = max(t for t, _, _ in rows)
        base = floor.get(kind)
        ratio = f"{median / statistics.median(t for t, _, _ in base):.1f}×" if base else "–"
        shown = ", ".join(f"{n}× {s}" for s, n in sorted(statuses.items()))
        print(f"{kind:<15} {shown:<22} {median:>7.2f}s {worst:>7.2f}s {ratio:>18}")
        if kind in LOCKED:
            retry = {r for _, s, r in rows if s == 503}
            print(f"{'':<15} Retry-After bei 503: {sorted(retry)}")
    errors = sum(1 for rows in locked.values() for _, s, _ in rows if s >= 500 and s != 503)
    print(f"HTTP-Fehler außer 503: {errors}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=45)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, database("postgresql", Path(tmp), "lock") as url:
        prepare(url, Path(tmp), "beckum", users=16)
        port = free_port()
        server = start_server(url, Path(tmp), args.workers, port)
        base = f"http://127.0.0.1:{port}"
        try:

            async def run() -> tuple[dict, dict]:
                staff = await log_in(0, base)
                floor = await burst(base, staff)
                taken = threading.Event()
                holder = threading.Thread(target=hold_lock, args=(url, args.seconds, taken))
                holder.start()
                taken.wait(10)
                locked = await burst(base, staff)
                holder.join()
                await staff.aclose()
                return floor, locked

            floor, locked = asyncio.run(run())
        finally:
            server.terminate()
            server.wait(10)
        report(floor, locked, args.seconds, args.workers)


if __name__ == "__main__":
    main()
