"""Load test: simulated staff against several worker processes, one of them killed mid-way.

    .venv/bin/python bench/load.py --database postgresql+psycopg://postgres@127.0.0.1/test \\
        --scale dortmund --users 50 --seconds 60 --workers 4

Builds the demo agency in the given (emptied) database, starts `tagwerk serve --workers N`
on loopback, lets every simulated staff member log in and work for a fixed time – search,
open persons, calendar, substitute needs, dashboard, and create persons – kills one worker
process after a third of the time, and afterwards reconciles every write the server
acknowledged with the database. The floor is a bare static file from the same server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from core.config import Settings  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402

PASSWORD = "last-test-passwort"
TAGWERK = str(Path(sys.executable).parent / "tagwerk")  # the command of this environment
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
WRITE_PREFIX = "Lastprobe"


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter = field(default_factory=Counter)
    transport_errors: int = 0
    writes_acknowledged: int = 0
    writes_uncertain: int = 0  # the connection broke: committed or not, the client can't know
    ok_after_kill: int = 0
    killed_at: float | None = None

    def record(self, kind: str, seconds: float, status: int) -> None:
        self.latencies[kind].append(seconds)
        self.statuses[status] += 1
        if self.killed_at is not None and status < 500:
            self.ok_after_kill += 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(database_url: str, data_dir: Path, scale: str, users: int) -> dict:
    """The demo agency and one login per simulated staff member; ids the staff will open."""
    from core.demo.builder import build_demo
    from core.models import Person, User
    from core.services.users import create_user

    settings = Settings(database_url=database_url, data_dir=data_dir, secret_key="load")
    inst = Installation(settings)
    inst.upgrade()
    for name in ("substitute_hub", "qhb_training", "payments", "parent_council"):
        inst.enable(name)
    kernel = inst.kernel()
    with inst.db.transaction("demo") as s:
        if not s.scalar(select(func.count()).select_from(Person)):
            build_demo(s, scale, 2026)
            kernel.hook.demo_data(session=s, rng=random.Random(2026), scale=scale)
        existing = set(s.scalars(select(User.username)))
        for n in range(users):
            if f"last{n:03d}" not in existing:
                create_user(s, f"last{n:03d}", PASSWORD, ["staff"])
    with inst.db.read() as s:
        ids = list(s.scalars(select(Person.id).limit(2000)))
        names = list(s.scalars(select(Person.last_name).distinct().limit(300)))
    inst.db.dispose()
    return {"ids": ids, "names": names}


def start_server(database_url: str, data_dir: Path, workers: int, port: int) -> subprocess.Popen:
    env = dict(
        os.environ,
        TAGWERK_DATABASE_URL=database_url,
        TAGWERK_DATA_DIR=str(data_dir),
        TAGWERK_SECRET_KEY="load-test-secret",
    )
    server = subprocess.Popen(
        [TAGWERK, "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("Der Server ist nicht gestartet.")


def workers_of(server: subprocess.Popen) -> list[int]:
    """The worker processes uvicorn's supervisor keeps alive (its direct children)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == server.pid and b"spawn_main" in cmdline:
            children.append(int(stat.parent.name))
    return children


async def log_in(n: int, base: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=30, follow_redirects=False)
    for _ in range(5):  # a worker may be starting up
        try:
            token = TOKEN.search((await client.get("/login")).text).group(1)
            await client.post(
                "/login",
                data={"username": f"last{n:03d}", "password": PASSWORD, "csrf_token": token},
            )
            client.headers["X-CSRF-Token"] = TOKEN.search((await client.get("/")).text).group(1)
            return client
        except (httpx.TransportError, AttributeError):
            await asyncio.sleep(0.5)
    raise RuntimeError(f"last{n:03d} konnte sich nicht anmelden.")


async def staff_member(
    n: int, client: httpx.AsyncClient, deadline: float, data: dict, stats: Stats
) -> None:
    rng = random.Random(n)
    written = 0
    try:
        while time.monotonic() < deadline:
            kind = rng.choices(
                ["search", "person", "calendar", "needs", "dashboard", "write"],
                weights=[30, 30, 10, 10, 5, 15],
            )[0]
            started = time.perf_counter()
            try:
                if kind == "search":
                    q = rng.choice(data["names"])[:4]
                    response = await client.get("/persons", params={"q": q})
                elif kind == "person":
                    response = await client.get(f"/persons/{rng.choice(data['ids'])}")
                elif kind == "calendar":
                    response = await client.get("/calendar")
                elif kind == "needs":
                    response = await client.get("/substitute_hub/needs")
                elif kind == "dashboard":
                    response = await client.get("/")
                else:
                    written += 1
                    response = await client.post(
                        "/persons/new",
                        data={
                            "first_name": f"Nr{written}",
                            "last_name": f"{WRITE_PREFIX}{n:03d}",
                            "roles": "guardian",
                        },
                    )
                    if response.status_code == 303:
                        stats.writes_acknowledged += 1
            except httpx.TransportError:
                stats.transport_errors += 1
                if kind == "write":
                    stats.writes_uncertain += 1
                continue
            stats.record(kind, time.perf_counter() - started, response.status_code)
    finally:
        await client.aclose()


async def floor(base: str, seconds: float) -> list[float]:
    """A static file from the same server: what a request costs before any app code runs."""
    timings = []
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.perf_counter()
            await client.get("/static/tagwerk.css")
            timings.append(time.perf_counter() - started)
    return timings


async def load(base: str, users: int, seconds: float, data: dict, kill) -> Stats:
    """Everyone logs in first; then the clock runs, and a worker dies after a third."""
    stats = Stats()
    clients = await asyncio.gather(*(log_in(n, base) for n in range(users)))
    deadline = time.monotonic() + seconds

    async def killer():
        await asyncio.sleep(seconds / 3)
        kill()
        stats.killed_at = time.monotonic()

    await asyncio.gather(
        killer(), *(staff_member(n, c, deadline, data, stats) for n, c in enumerate(clients))
    )
    return stats


def in_own_loop(coro):
    """asyncio.run in a thread of its own: the caller may already run a loop (a test with a
    browser open does)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def run(
    database_url: str, data_dir: Path, scale: str, users: int, seconds: float, workers: int
) -> dict:
    data = prepare(database_url, data_dir, scale, users)
    port = free_port()
    server = start_server(database_url, data_dir, workers, port)
    base = f"http://127.0.0.1:{port}"
    try:
        before = workers_of(server)
        victim: list[int] = []

        def kill():
            victim.append(before[0])
            os.kill(before[0], signal.SIGKILL)

        floor_times = in_own_loop(floor(base, 2))
        stats = in_own_loop(load(base, users, seconds, data, kill))
        time.sleep(2)
        after = workers_of(server)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    inst = Installation(Settings(database_url=database_url, data_dir=data_dir, secret_key="x"))
    from core.models import Person

    with inst.db.read() as s:
        stored = s.scalar(select(func.count()).where(Person.last_name.startswith(WRITE_PREFIX)))
    inst.db.dispose()
    every = [t for times in stats.latencies.values() for t in times]
    return {
        "requests": len(every),
        "per_second": len(every) / seconds,
        "p50_ms": 1000 * p(every, 50),
        "p95_ms": 1000 * p(every, 95),
        "floor_p95_ms": 1000 * p(floor_times, 95),
        "by_kind_p95_ms": {k: 1000 * p(v, 95) for k, v in sorted(stats.latencies.items())},
        "statuses": dict(stats.statuses),
        "server_errors": sum(n for code, n in stats.statuses.items() if code >= 500),
        "transport_errors": stats.transport_errors,
        "writes_acknowledged": stats.writes_acknowledged,
        "writes_uncertain": stats.writes_uncertain,
        "writes_stored": stored,
        "ok_after_kill": stats.ok_after_kill,
        "workers_before": len(before),
        "workers_after": len(after),
        "killed_worker": victim[0] if victim else None,
        "worker_replaced": bool(victim) and victim[0] not in after and len(after) == len(before),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("TAGWERK_TEST_POSTGRES_URL"))
    parser.add_argument("--scale", default="dortmund")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not args.database:
        parser.error("--database fehlt (z. B. postgresql+psycopg://postgres@127.0.0.1/last)")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.database, Path(tmp), args.scale, args.users, args.seconds, args.workers)
    for key, value in result.items():
        shown = f"{value:.1f}" if isinstance(value, float) else value
        print(f"{key:22} {shown}")
    p95, base = result["p95_ms"], result["floor_p95_ms"]
    print(f"{'p95 / floor':22} {p95 / base:.1f}x")


if __name__ == "__main__":
    main()
