"""What telling people costs: an absence saved with its notices, at Dortmund size.

A childminder of the Dortmund demo with the most children whose families want substitute
care reports an illness in her portal (the office's notice is queued with it); the office
books a place for each child's first day and sends the confirmations; she takes the
illness back (every guardian told and the hub's places freed, each notice queued). Each
step is one transaction through the services a click reaches. The same steps run again
with `core.letters.events.announce` answering nothing (paired, same run), and the floor is
an absence row inserted and deleted in a transaction of its own.

    .venv/bin/python bench/events.py --backend sqlite|postgresql [--rounds 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from payments import in_database, vacuum_analyze  # noqa: E402  (bench/payments.py)
from sqlalchemy import func, select  # noqa: E402

from core.config import Settings  # noqa: E402
from core.demo.builder import build_demo  # noqa: E402
from core.errors import ValidationError  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.letters import events  # noqa: E402
from core.models import Absence, Contract, Message, Person  # noqa: E402
from core.services import portal  # noqa: E402
from core.settings import settings_of  # noqa: E402
from plugins.substitute_hub import booking, letters  # noqa: E402
from plugins.substitute_hub.models import Enrolment, Need, Provider  # noqa: E402

TODAY = date(2026, 11, 23)  # a Monday; the illness is next week
SICK = TODAY + timedelta(days=7)


def build(inst) -> int:
    """The Dortmund agency with every module; the childminder with the most children."""
    inst.upgrade()
    for name in ("substitute_hub", "placement", "payments", "qhb_training", "parent_council"):
        inst.enable(name)
    kernel = inst.kernel()
    with inst.db.transaction("bench") as session:
        build_demo(session, "dortmund", 2026, today=TODAY)
        kernel.hook.demo_data(session=session, rng=random.Random(2026), scale="dortmund")
        settings = settings_of(session)
        settings.set(session, "core.portal_notify", "buero@example.org")
        settings.set(session, "core.site_url", "https://tagwerk.example.org")
    vacuum_analyze(inst.db.engine)
    with inst.db.read() as session:
        return session.execute(
            select(Contract.childminder_id)
            .where(Contract.substitute_wanted.is_(True), *_current())
            .group_by(Contract.childminder_id)
            .order_by(func.count().desc(), Contract.childminder_id)
            .limit(1)
        ).scalar_one()


def _current():
    return (
        Contract.valid_from <= SICK,
        (Contract.valid_to.is_(None)) | (Contract.valid_to >= SICK),
    )


def one_round(inst, childminder_id: int) -> dict[str, float]:
    """Report, confirm, take back: seconds of each transaction."""
    hooks = inst.kernel().hook
    data = {"kind": "illness", "start": SICK.isoformat(), "end": SICK.isoformat()}
    took = {}
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        her = session.get(Person, childminder_id)
        absence_id = portal.report_absence(session, her, data, TODAY, hooks=hooks).id
    took["report"] = time.perf_counter() - started
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        for need in session.scalars(select(Need).where(Need.absence_id == absence_id)):
            provider = session.scalars(
                select(Provider)
                .join(Enrolment, Enrolment.provider_id == Provider.id)
                .where(Enrolment.child_id == need.child_id)
                .limit(1)
            ).first()
            if provider is not None:
                with suppress(ValidationError):  # a full day: that child stays open
                    booking.book(session, need, provider)
        letters.queue(session, SICK, SICK, "bench")
    took["confirm"] = time.perf_counter() - started
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        her = session.get(Person, childminder_id)
        portal.cancel_absence(session, her, absence_id, TODAY, hooks=hooks)
    took["take_back"] = time.perf_counter() - started
    return took


def floor_round(inst, childminder_id: int) -> float:
    """An absence row written and deleted, each in a transaction: the least a report and
    a take-back cost."""
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        absence = Absence(
            childminder_id=childminder_id, kind="illness", start=SICK, end=SICK, planned=False
        )
        session.add(absence)
        session.flush()
        absence_id = absence.id
    with inst.db.transaction("bench") as session:
        session.delete(session.get(Absence, absence_id))
    return (time.perf_counter() - started) / 2


def measure(inst, childminder_id: int, rounds: int) -> dict:
    silent = lambda *a, **k: events.Announced()  # noqa: E731
    told, quiet, floor = [], [], []
    original = events.announce
    for _ in range(rounds):  # paired: with and without notices, in turns
        told.append(one_round(inst, childminder_id))
        events.announce = silent
        try:
            quiet.append(one_round(inst, childminder_id))
        finally:
            events.announce = original
        floor.append(floor_round(inst, childminder_id))
    with inst.db.read() as session:
        messages = session.scalar(select(func.count()).select_from(Message))
    return {"told": told, "quiet": quiet, "floor": floor, "messages": messages}


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def report(f: dict, rounds: int) -> None:
    floor = statistics.median(f["floor"])
    print(f"\nfloor (absence row inserted or deleted): median {floor * 1000:.1f} ms")
    print(f"{'step':<12}{'with notices':>16}{'p95':>10}{'without':>12}{'× floor':>10}")
    for step in ("report", "confirm", "take_back"):
        told = [r[step] for r in f["told"]]
        quiet = [r[step] for r in f["quiet"]]
        print(
            f"{step:<12}{statistics.median(told) * 1000:>13.1f} ms{p(told, 95) * 1000:>7.1f} ms"
            f"{statistics.median(quiet) * 1000:>9.1f} ms{statistics.median(told) / floor:>9.1f}×"
        )
    print(f"{f['messages']} messages queued in {rounds} rounds")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    def bench(url: str, directory: Path) -> None:
        inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
        childminder_id = build(inst)
        with inst.db.read() as session:
            children = session.scalar(
                select(func.count()).where(Contract.childminder_id == childminder_id, *_current())
            )
        print(f"Dortmund on {args.backend}: childminder {childminder_id} with {children} children")
        one_round(inst, childminder_id)  # warm up caches and templates
        report(measure(inst, childminder_id, args.rounds), args.rounds)

    in_database(args.backend, bench)


if __name__ == "__main__":
    main()
