"""Person search under concurrent requests, next to a bare endpoint returning the same rows.

    .venv/bin/python bench/search.py --database postgresql+psycopg://postgres@127.0.0.1/last \\
        --clients 20 --seconds 20 --workers 2

Needs a database with data (e.g. the one bench/load.py filled at Dortmund size). Both
servers run as `--workers N` uvicorn processes on loopback: Tagwerk's `/persons?q=…` (login,
session, permissions, the page as HTML) and the floor, a plain Starlette endpoint that runs
the same search and returns the 25 rows as JSON.
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


async def clients_searching(clients, path: str, seconds: float, words: list[str]) -> list[float]:
    timings: list[float] = []
    deadline = time.monotonic() + seconds

    async def one(n, client):
        rng = random.Random(n)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            response = await client.get(path, params={"q": rng.choice(words)})
            assert response.status_code == 200, response.status_code
            timings.append(time.perf_counter() - started)

    await asyncio.gather(*(one(n, c) for n, c in enumerate(clients)))
    for client in clients:
        await client.aclose()
    return timings


def start_floor(database_url: str, workers: int, port: int) -> subprocess.Popen:
    env = dict(os.environ, TAGWERK_DATABASE_URL=database_url)
    server = subprocess.Popen(
        [
            str(ROOT.parent / ".venv/bin/uvicorn"),
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
            if httpx.get(f"http://127.0.0.1:{port}/search?q=a", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("Der Vergleichsserver ist nicht gestartet.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("TAGWERK_TEST_POSTGRES_URL"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import tempfile

    data_dir = Path(tempfile.mkdtemp())
    data = load.prepare(args.database, data_dir, "beckum", args.clients)
    words = sorted({name[:4].lower() for name in data["names"]})
    results = {}

    port = load.free_port()
    server = load.start_server(args.database, data_dir, args.workers, port)
    try:

        async def tagwerk():
            clients = await asyncio.gather(
                *(load.log_in(n, f"http://127.0.0.1:{port}") for n in range(args.clients))
            )
            return await clients_searching(clients, "/persons", args.seconds, words)

        results["Tagwerk /persons?q="] = load.in_own_loop(tagwerk())
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    port = load.free_port()
    floor = start_floor(args.database, args.workers, port)
    try:

        async def bare():
            base = f"http://127.0.0.1:{port}"
            clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(args.clients)]
            return await clients_searching(clients, "/search", args.seconds, words)

        results["floor (JSON)"] = load.in_own_loop(bare())
    finally:
        os.killpg(floor.pid, signal.SIGTERM)
        floor.wait(timeout=30)

    base = load.p(results["floor (JSON)"], 95)
    print(f"{args.clients} clients, {args.seconds:.0f} s, {args.workers} workers")
    for name, timings in results.items():
        p50, p95 = 1000 * load.p(timings, 50), 1000 * load.p(timings, 95)
        ratio = load.p(timings, 95) / base
        print(
            f"{name:22} {len(timings):6} requests  p50 {p50:7.1f} ms  "
            f"p95 {p95:7.1f} ms  {ratio:5.1f}x"
        )


if __name__ == "__main__":
    main()
