"""Load on the childminders' portal: 200 childminders and 30 staff at Dortmund size.

    .venv/bin/python bench/portal_load.py --database postgresql+psycopg://postgres@127.0.0.1/test \\
        --childminders 200 --staff 30 --seconds 90 --workers 2

Builds the Dortmund-sized demo agency in the given (emptied) database with November's
payment run finalised, gives 200 childminders a portal login, and starts `tagwerk serve
--workers N`. Each childminder logs in and browses her portal with think times of 3–12 s
(start page, absences, money and a statement, qualification and courses, free places,
documents); 30 staff work the office screens with 1–4 s between clicks. The floor is the
start page's queries in a bare endpoint (bench/portal_floor.py, the same database, the
same number of workers), under the same childminders and think times, in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx2 as httpx

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from load import PASSWORD, TAGWERK, TOKEN, free_port, in_own_loop, p, start_server  # noqa: E402
from sqlalchemy import select  # noqa: E402

from core.config import Settings  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402

MODULES = ("substitute_hub", "qhb_training", "payments", "parent_council", "placement")
# everyone logs in from 127.0.0.1: more guesses in flight than core.services.throttle
# allows one address (30) would be refused as an attack, so they come in tens
LOGIN_BATCH = 10
PORTAL_PAGES = [  # (kind, path, weight): what a childminder opens, how often
    ("home", "/portal/", 30),
    ("absences", "/portal/absences", 12),
    ("money", "/payments/portal/", 12),
    ("statement", "/payments/portal/statements/{run}", 8),
    ("qualification", "/qhb_training/portal/", 10),
    ("courses", "/qhb_training/portal/courses", 6),
    ("places", "/placement/portal/", 10),
    ("documents", "/portal/documents", 6),
    ("consultations", "/portal/consultations", 6),
]
STAFF_PAGES = [
    ("search", "/persons?q={name}", 40),
    ("person", "/persons/{id}", 40),
    ("calendar", "/calendar", 10),
    ("dashboard", "/", 10),
]


def env_for(database_url: str, data_dir: Path) -> dict:
    return dict(
        os.environ,
        TAGWERK_DATABASE_URL=database_url,
        TAGWERK_DATA_DIR=str(data_dir),
        TAGWERK_SECRET_KEY="portal-load",
        TAGWERK_PLUGINS=",".join(MODULES),
    )


def prepare(database_url: str, data_dir: Path, childminders: int, staff: int) -> dict:
    """The agency, its November run finalised, portal logins and staff logins."""
    from sqlalchemy import func

    from core.models import Contract, Person, User
    from core.services import accounts
    from core.services.users import create_user, set_password

    env = env_for(database_url, data_dir)
    inst = Installation(Settings(database_url=database_url, data_dir=data_dir, secret_key="x"))
    inst.upgrade()
    for name in MODULES:
        inst.enable(name)
    with inst.db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(Person))
    if empty:
        for command in (["demo", "--scale", "dortmund"], ["payments", "run", "2026-11"]):
            subprocess.run([TAGWERK, *command], env=env, check=True, capture_output=True)
    from plugins.payments.models import FINAL, Run

    with inst.db.transaction("bench") as s:
        # the demo's Dortmund month has problems staff would correct first; for reading
        # statements in the portal it stands as finalised
        for run in s.scalars(select(Run)):
            run.status = FINAL
    with inst.db.transaction("bench") as s:
        minders = list(
            s.scalars(
                select(Contract.childminder_id)
                .where(Contract.draft.is_(False))
                .group_by(Contract.childminder_id)
                .order_by(Contract.childminder_id)
                .limit(childminders)
            )
        )
        usernames = []
        for person_id in minders:
            user = accounts.open_account(s, person_id)
            set_password(user, PASSWORD)
            usernames.append((user.username, person_id))
        existing = set(s.scalars(select(User.username)))
        for n in range(staff):
            if f"last{n:03d}" not in existing:
                create_user(s, f"last{n:03d}", PASSWORD, ["staff"])
    with inst.db.read() as s:
        run = s.scalar(select(Run.id).order_by(Run.id))
        ids = list(s.scalars(select(Person.id).limit(2000)))
        names = list(s.scalars(select(Person.last_name).distinct().limit(300)))
    inst.db.dispose()
    return {"portal": usernames, "run": run, "ids": ids, "names": names}


async def log_in(base: str, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=False)
    token = TOKEN.search((await client.get("/login")).text).group(1)
    answer = await client.post(
        "/login", data={"username": username, "password": PASSWORD, "csrf_token": token}
    )
    if answer.status_code != 303 or answer.headers.get("location") != "/":
        raise RuntimeError(f"{username} konnte sich nicht anmelden ({answer.status_code}).")
    return client


async def visitor(client, pages, think, deadline, fill, stats, rng) -> None:
    kinds, paths, weights = zip(*pages, strict=True)
    await asyncio.sleep(rng.uniform(0, think[1]))  # they do not all start at once
    while time.monotonic() < deadline:
        i = rng.choices(range(len(kinds)), weights=weights)[0]
        started = time.perf_counter()
        try:
            response = await client.get(paths[i].format(**fill(rng)))
        except httpx.TransportError:
            stats["transport_errors"].append(1)
            continue
        stats[kinds[i]].append(time.perf_counter() - started)
        stats[f"status_{response.status_code}"].append(kinds[i])
        await asyncio.sleep(rng.uniform(*think))
    await client.aclose()


async def office_and_portal(base: str, data: dict, staff: int, seconds: float) -> dict:
    stats: dict[str, list] = defaultdict(list)
    names = [u for u, _pid in data["portal"]] + [f"last{n:03d}" for n in range(staff)]
    clients = []
    for i in range(0, len(names), LOGIN_BATCH):
        clients += await asyncio.gather(*(log_in(base, u) for u in names[i : i + LOGIN_BATCH]))
    portal, office = clients[: len(data["portal"])], clients[len(data["portal"]) :]
    deadline = time.monotonic() + seconds

    def portal_fill(rng):
        return {"run": data["run"]}

    def office_fill(rng):
        return {"name": rng.choice(data["names"])[:4], "id": rng.choice(data["ids"])}

    await asyncio.gather(
        *(
            visitor(c, PORTAL_PAGES, (3, 12), deadline, portal_fill, stats, random.Random(n))
            for n, c in enumerate(portal)
        ),
        *(
            visitor(c, STAFF_PAGES, (1, 4), deadline, office_fill, stats, random.Random(-n))
            for n, c in enumerate(office)
        ),
    )
    return stats


async def floor_load(base: str, data: dict, seconds: float) -> list[float]:
    stats: dict[str, list] = defaultdict(list)
    deadline = time.monotonic() + seconds
    clients = [httpx.AsyncClient(base_url=base, timeout=60) for _ in data["portal"]]
    await asyncio.gather(
        *(
            visitor(
                c,
                [("floor", f"/home/{pid}", 1)],
                (3, 12),
                deadline,
                lambda rng: {},
                stats,
                random.Random(n),
            )
            for n, (c, (_u, pid)) in enumerate(zip(clients, data["portal"], strict=True))
        )
    )
    return stats["floor"]


def start_floor(database_url: str, data_dir: Path, workers: int, port: int):
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "uvicorn"),
            "--app-dir",
            str(BENCH),
            "portal_floor:app",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=dict(env_for(database_url, data_dir), PYTHONPATH=str(BENCH.parent)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/home/0", timeout=2)
            return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("Der Vergleichsserver ist nicht gestartet.")


def run(args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        data = prepare(args.database, data_dir, args.childminders, args.staff)
        port, floor_port = free_port(), free_port()
        server = start_server(args.database, data_dir, args.workers, port)
        try:
            stats = in_own_loop(
                office_and_portal(f"http://127.0.0.1:{port}", data, args.staff, args.seconds)
            )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        floor_server = start_floor(args.database, data_dir, args.workers, floor_port)
        try:
            floor = in_own_loop(floor_load(f"http://127.0.0.1:{floor_port}", data, args.seconds))
        finally:
            os.killpg(floor_server.pid, signal.SIGTERM)
            floor_server.wait(timeout=30)
    portal_kinds = [k for k, _path, _w in PORTAL_PAGES]
    portal_times = [t for k in portal_kinds for t in stats[k]]
    return {
        "portal_requests": len(portal_times),
        "office_requests": sum(len(stats[k]) for k, _p, _w in STAFF_PAGES),
        "portal_p50_ms": 1000 * p(portal_times, 50),
        "portal_p95_ms": 1000 * p(portal_times, 95),
        "home_p95_ms": 1000 * p(stats["home"], 95),
        "floor_p95_ms": 1000 * p(floor, 95),
        "by_page_p95_ms": {k: round(1000 * p(stats[k], 95), 1) for k in portal_kinds if stats[k]},
        "statuses": {k[7:]: dict(Counter(v)) for k, v in stats.items() if k.startswith("status_")},
        "transport_errors": len(stats["transport_errors"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("TAGWERK_TEST_POSTGRES_URL"))
    parser.add_argument("--childminders", type=int, default=200)
    parser.add_argument("--staff", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not args.database:
        parser.error("--database fehlt (z. B. postgresql+psycopg://postgres@127.0.0.1/last)")
    result = run(args)
    for key, value in result.items():
        shown = f"{value:.1f}" if isinstance(value, float) else value
        print(f"{key:20} {shown}")
    print(f"{'portal p95 / floor':20} {result['portal_p95_ms'] / result['floor_p95_ms']:.1f}x")
    print(f"{'home p95 / floor':20} {result['home_p95_ms'] / result['floor_p95_ms']:.1f}x")


if __name__ == "__main__":
    main()
