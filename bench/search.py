"""Person search and list pages under concurrent clients, next to a bare endpoint.

    .venv/bin/python bench/search.py --database postgresql+psycopg://postgres@127.0.0.1/dortmund \\
        --clients 20 --seconds 15 --workers 2

Needs a database with data (e.g. the one bench/load.py or bench/national.py filled). Both
servers run as `--workers N` uvicorn processes on loopback: Tagwerk's `/persons` (login,
session, permissions, the HTML the page's htmx request swaps in) and the floor, a plain
Starlette endpoint that runs the same query and returns the 25 rows as JSON.

Two ways of asking, each for the search (`?q=` four letters of a name) and the list (a role,
a random page):
- typing: every client waits the page's own debounce (250 ms) between its requests – the
  fastest a person typing into the search field produces them;
- flat out: no pause; then latency is queueing (Little: clients / throughput), and the
  throughput is the figure to read.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import load  # noqa: E402  (helpers: ports, server start, log-in, percentiles)

DEBOUNCE = 0.25  # templates/core/person_list.html: hx-trigger "input changed delay:250ms"
HTMX = {"HX-Request": "true", "HX-Target": "results"}


async def clients_asking(clients, ask, seconds: float, pause: float) -> list[float]:
    timings: list[float] = []
    deadline = time.monotonic() + seconds

    async def one(n, client):
        rng = random.Random(n)
        await asyncio.sleep(rng.random() * (pause or 0.01))  # not all in step
        while time.monotonic() < deadline:
            started = time.perf_counter()
            response = await client.get("/persons", params=ask(rng), headers=HTMX)
            assert response.status_code == 200, response.status_code
            timings.append(time.perf_counter() - started)
            if pause:
                await asyncio.sleep(pause)

    await asyncio.gather(*(one(n, c) for n, c in enumerate(clients)))
    return timings


def start_floor(database_url: str, workers: int, port: int) -> subprocess.Popen:
    env = dict(os.environ, TAGWERK_DATABASE_URL=database_url)
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "uvicorn"),
            "search_floor:app",
            "--app-dir",
            str(ROOT),
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        start_new_session=True,
    )
    for _ in range(200):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/persons?q=a", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("Der Vergleichsserver ist nicht gestartet.")


def measure(database: str, clients: int, seconds: float, workers: int) -> list[dict]:
    """Rows of (what, mode, server, requests, p50, p95) for search and list pages."""
    import tempfile

    data_dir = Path(tempfile.mkdtemp())
    data = load.prepare(database, data_dir, "beckum", clients)  # logins; data must exist
    words = sorted({name[:4].lower() for name in data["names"]})
    asks = {
        "search": lambda rng: {"q": rng.choice(words)},
        "list": lambda rng: {
            "role": rng.choice(["childminder", "child"]),
            "page": rng.randint(1, 20),
        },
    }
    plan = [(what, mode) for what in asks for mode in ("typing", "flat out")]
    results = []

    def run_all(server_name, make_clients):
        for what, mode in plan:

            async def go(ask=asks[what], pause=DEBOUNCE if mode == "typing" else 0):
                cs = await make_clients()
                try:
                    return await clients_asking(cs, ask, seconds, pause)
                finally:
                    for c in cs:
                        await c.aclose()

            timings = load.in_own_loop(go())
            results.append(
                {
                    "what": what,
                    "mode": mode,
                    "server": server_name,
                    "requests": len(timings),
                    "per_second": len(timings) / seconds,
                    "p50_ms": 1000 * load.p(timings, 50),
                    "p95_ms": 1000 * load.p(timings, 95),
                }
            )

    port = load.free_port()
    server = load.start_server(database, data_dir, workers, port)
    try:
        base = f"http://127.0.0.1:{port}"
        run_all("Tagwerk", lambda: asyncio.gather(*(load.log_in(n, base) for n in range(clients))))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    port = load.free_port()
    floor = start_floor(database, workers, port)
    try:
        base = f"http://127.0.0.1:{port}"

        async def bare():
            return [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(clients)]

        run_all("floor", bare)
    finally:
        os.killpg(floor.pid, signal.SIGTERM)
        floor.wait(timeout=30)
    floors = {(r["what"], r["mode"]): r for r in results if r["server"] == "floor"}
    for r in results:
        r["ratio_p95"] = r["p95_ms"] / floors[(r["what"], r["mode"])]["p95_ms"]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("TAGWERK_TEST_POSTGRES_URL"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = measure(args.database, args.clients, args.seconds, args.workers)
    print(f"{args.clients} clients, {args.seconds:.0f} s each, {args.workers} workers")
    for r in rows:
        print(
            f"{r['what']:7} {r['mode']:9} {r['server']:8} {r['requests']:6} requests "
            f"({r['per_second']:5.0f}/s)  p50 {r['p50_ms']:7.1f} ms  p95 {r['p95_ms']:7.1f} ms  "
            f"{r['ratio_p95']:5.1f}x floor"
        )


if __name__ == "__main__":
    main()
