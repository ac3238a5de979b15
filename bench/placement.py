"""The free-place board and the proposals for one request at national scale (45,000
childminders), against a floor of the same run: the bare SQL query that counts the
childminders with any free place today (licence minus running contracts).

Targets: the board for one district and weekday under 100 ms server time, proposals for
one request under 200 ms. Server time is the whole request – routing, permission, queries,
rules, template – measured in-process with Starlette's test client.

    .venv/bin/python bench/placement.py --backend sqlite --scale national
    .venv/bin/python bench/placement.py --backend postgresql --scale national
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text
from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.payments import best, in_database, vacuum_analyze  # noqa: E402
from core.config import Settings  # noqa: E402
from core.demo.builder import build_demo  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.models import District, PersonDistrict  # noqa: E402
from core.services.users import create_user  # noqa: E402
from core.web.app import create_app  # noqa: E402
from plugins.placement import proposals  # noqa: E402
from plugins.placement.models import CareRequest  # noqa: E402

TODAY = date(2026, 12, 3)
FLOOR_SQL = """
SELECT count(*) FROM core_childminder cm
WHERE cm.max_children > (
    SELECT count(*) FROM core_contract c
    WHERE c.childminder_id = cm.person_id AND c.valid_from <= :day
      AND (c.valid_to IS NULL OR c.valid_to >= :day))
"""


def build(inst: Installation, scale: str) -> dict:
    inst.upgrade()
    inst.enable("placement")
    kernel = inst.kernel()
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        counts = build_demo(session, scale, 2026, today=TODAY)
        kernel.hook.demo_data(session=session, rng=random.Random(2026), scale=scale)
        create_user(session, "bench", "sicheres-passwort", ["staff"])
    vacuum_analyze(inst.db.engine)
    counts["seconds"] = time.perf_counter() - started
    return counts


def login(app) -> TestClient:
    client = TestClient(app)
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post(
        "/login", data={"username": "bench", "password": "sicheres-passwort", "csrf_token": token}
    )
    return client


def timed(client: TestClient, url: str, repeat: int) -> float:
    def one() -> float:
        started = time.perf_counter()
        response = client.get(url, headers={"HX-Request": "true"})
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, response.text[:300]
        return elapsed

    return best(one, repeat)


def run(args, url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    counts = build(inst, args.scale)
    with inst.db.read() as s:
        district, members = s.execute(
            select(District.id, func.count())
            .join(PersonDistrict, PersonDistrict.district_id == District.id)
            .group_by(District.id)
            .order_by(func.count().desc())
        ).first()
        request = s.scalars(
            select(CareRequest)
            .where(CareRequest.district_id == district, CareRequest.child_birth_date.is_not(None))
            .order_by(CareRequest.id)
        ).first()
        requests_total = s.scalar(select(func.count()).select_from(CareRequest))
        with_room = s.execute(text(FLOOR_SQL), {"day": TODAY}).scalar()
    with inst.db.engine.connect() as conn:
        floor = best(lambda: conn.execute(text(FLOOR_SQL), {"day": TODAY}).scalar(), args.repeat)
    with inst.db.read() as s:
        service = best(
            lambda: proposals.for_request(s, s.get(CareRequest, request.id), TODAY), args.repeat
        )
        found = proposals.for_request(s, s.get(CareRequest, request.id), TODAY)
    client = login(create_app(installation=inst))
    board_s = timed(client, f"/placement/?district={district}&weekday=we&on={TODAY}", args.repeat)
    board_all = timed(client, f"/placement/?district={district}&on={TODAY}", args.repeat)
    proposals_s = timed(client, f"/placement/requests/{request.id}/proposals", args.repeat)
    waiting = timed(client, f"/placement/requests?district={district}", args.repeat)
    print(
        f"\n{args.backend}, scale {args.scale}: {counts.get('childminder', '?')} childminders,"
        f" {requests_total} requests, built in {counts['seconds']:.1f} s;"
        f" largest district {members} persons, {with_room} childminders with room today"
    )
    print(f"{'':58}{'ms':>9}{'× floor':>10}")

    def row(label, seconds):
        print(f"{label:58}{seconds * 1000:9.1f}{seconds / floor:10.1f}")

    row("floor: SQL count of childminders with any free place", floor)
    row("board, one district, Wednesday (whole request)", board_s)
    row("board, one district, every weekday (whole request)", board_all)
    row(f"proposals for one request, service ({len(found.ranked)} ranked)", service)
    row("proposals for one request (whole request)", proposals_s)
    row("waiting list, one district (whole request)", waiting)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--scale", default="national")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    in_database(args.backend, lambda url, directory: run(args, url, directory))


if __name__ == "__main__":
    main()
