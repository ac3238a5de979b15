"""Booked places of a provider's day equal its placements, whatever runs at the same time.

The database keeps the count (a trigger on sh_placement and a CHECK on sh_place_day), so
double clicks, cascading deletes and two coordinators at once cannot break it."""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from core.errors import ValidationError
from core.models import Absence, Person
from plugins.substitute_hub import booking, needs, planning
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider

MON = date(2026, 12, 7)
WEEK = [MON + timedelta(days=i) for i in range(5)]


def build(installation, make, children=6, places=(2, 2), minders=3):
    installation.enable("substitute_hub")
    cms = [make.childminder() for _ in range(minders)]
    kids = [make.child(birth_date=date(2025, 1, 1)) for _ in range(children)]
    for i, child in enumerate(kids):
        make.contract(child, cms[i % minders], substitute_wanted="on")
    with installation.db.transaction("test") as s:
        hubs = [
            Provider(name=f"Stützpunkt {i}", kind="hub", places=n) for i, n in enumerate(places)
        ]
        s.add_all(hubs)
        s.flush()
        s.add_all(Enrolment(child_id=c.id, provider_id=h.id) for c in kids for h in hubs)
        s.add_all(
            Absence(childminder_id=cm.id, kind="vacation", start=WEEK[0], end=WEEK[-1])
            for cm in cms
        )
        s.flush()
        for absence in s.scalars(select(Absence)):
            needs.sync(s, absence)
    return [h.id for h in hubs]


def invariant(installation) -> None:
    """Every day row counts exactly its placements, within its places; none is missing."""
    with installation.db.read() as s:
        counted = {
            (p, d): n
            for p, d, n in s.execute(
                select(Placement.provider_id, Placement.day, func.count()).group_by(
                    Placement.provider_id, Placement.day
                )
            )
        }
        rows = {(r.provider_id, r.day): r for r in s.scalars(select(PlaceDay))}
    assert set(counted) <= set(rows), "a placement without its day row"
    for key, row in rows.items():
        assert row.booked == counted.get(key, 0), f"{key}: booked {row.booked}"
        assert row.booked <= row.places


def in_parallel(jobs) -> list[str]:
    """Run the jobs at the same moment, each in its own transaction; their outcomes."""
    barrier, results = threading.Barrier(len(jobs)), []

    def run(job):
        try:
            barrier.wait(timeout=30)
            results.append(job())
        except ValidationError as exc:
            results.append(" ".join(exc.errors.values()))
        except DBAPIError as exc:  # the database refused: recorded, never swallowed
            results.append(f"database: {exc.orig}")

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def book(installation, need_id, provider_id) -> str:
    with installation.db.transaction("test") as s:
        booking.book(s, s.get(Need, need_id), s.get(Provider, provider_id))
    return "ok"


def release(installation, placement_id) -> str:
    with installation.db.transaction("test") as s:
        placement = s.get(Placement, placement_id)
        return "ok" if placement is not None and booking.release(s, placement) else "schon frei"


def test_a_double_click_on_release_frees_one_place_and_the_day_stays_full(installation, make):
    """Two places, two children; releasing one of them twice at once frees one place, so
    only one more child fits (before, both releases subtracted and a third child got in)."""
    hub = build(installation, make, children=4, places=(2,))[0]
    with installation.db.read() as s:
        monday = s.scalars(select(Need.id).where(Need.day == MON).order_by(Need.id)).all()
    book(installation, monday[0], hub)
    book(installation, monday[1], hub)
    with installation.db.read() as s:
        first = s.scalars(select(Placement.id).order_by(Placement.id)).first()
    outcomes = in_parallel([lambda: release(installation, first)] * 2)
    assert sorted(outcomes) == ["ok", "schon frei"]
    invariant(installation)
    results = [book(installation, monday[0], hub)]
    with pytest.raises(ValidationError, match="keinen freien Platz mehr"):
        book(installation, monday[2], hub)
    assert results == ["ok"]
    invariant(installation)
    with installation.db.read() as s:
        assert s.get(PlaceDay, (hub, MON)).booked == 2


def test_one_need_placed_fifty_times_at_once_is_placed_once(installation, make):
    hub = build(installation, make, children=1, places=(3,), minders=1)[0]
    with installation.db.read() as s:
        need = s.scalars(select(Need.id).where(Need.day == MON)).one()
    outcomes = in_parallel([lambda: book(installation, need, hub)] * 50)
    assert outcomes.count("ok") == 1
    refused = [o for o in outcomes if o != "ok"]
    assert len(refused) == 49
    assert all("bereits untergebracht" in o for o in refused), set(refused)
    invariant(installation)


def test_deleting_absences_needs_children_and_providers_gives_places_back(installation, make):
    hubs = build(installation, make, children=4, places=(4, 4), minders=2)
    with installation.db.read() as s:
        all_needs = s.scalars(select(Need).order_by(Need.id)).all()
    for i, need in enumerate(all_needs):
        book(installation, need.id, hubs[i % 2])
    invariant(installation)
    with installation.db.transaction("test") as s:  # a need goes (database cascade)
        s.execute(delete(Need).where(Need.id == all_needs[0].id))
    invariant(installation)
    with installation.db.transaction("test") as s:  # a child's data is erased
        child = s.get(Person, all_needs[1].child_id)
        installation.kernel().hook.person_erased(session=s, person=child)
    invariant(installation)
    with installation.db.transaction("test") as s:  # an absence goes, through the ORM
        s.delete(s.scalars(select(Absence)).first())
    invariant(installation)
    # a provider with placements stays
    with installation.db.transaction("test") as s, pytest.raises(DBAPIError), s.begin_nested():
        s.execute(delete(Provider).where(Provider.id == hubs[0]))
    invariant(installation)


def test_random_concurrent_book_release_move_and_delete_keep_the_count(installation, make):
    """Four coordinators at once, 12 rounds of random operations on a tight week; after
    every round the database's count equals the placements."""
    hubs = build(installation, make, children=8, places=(2, 3), minders=4)
    rng = random.Random(20261207)

    def operation(seed: int):
        local = random.Random(seed)

        def run() -> str:
            with installation.db.transaction("test") as s:
                placed = s.scalars(select(Placement)).all()
                open_needs = s.scalars(select(Need).where(~Need.placement.has())).all()
                kind = local.choice(["book", "book", "release", "move", "delete_need", "absence"])
                if kind == "book" and open_needs:
                    booking.book(s, local.choice(open_needs), s.get(Provider, local.choice(hubs)))
                elif kind == "release" and placed:
                    booking.release(s, local.choice(placed))
                elif kind == "move" and placed:
                    placement = local.choice(placed)
                    other = next(h for h in hubs if h != placement.provider_id)
                    booking.move(s, placement, s.get(Provider, other))
                elif kind == "delete_need" and (placed or open_needs):
                    s.execute(delete(Need).where(Need.id == local.choice(placed or open_needs).id))
                elif kind == "absence":  # shorten or restore an absence: needs follow
                    absence = local.choice(s.scalars(select(Absence)).all())
                    absence.end = local.choice(WEEK)
                    s.flush()
                    needs.sync(s, absence)
            return "ok"

        return run

    for _ in range(12):
        outcomes = in_parallel([operation(rng.randrange(10**9)) for _ in range(4)])
        assert len(outcomes) == 4
        # PostgreSQL may end one of two crossing moves as a deadlock (the app retries)
        assert all("deadlock" in o for o in outcomes if o.startswith("database")), outcomes
        invariant(installation)


def test_a_booking_is_undone_with_the_request_that_made_it(installation, make):
    """The booking's savepoint nests in the request's transaction on SQLite too: when the
    request fails afterwards, the place is free again (pysqlite used to commit it)."""
    build(installation, make, children=1)
    with pytest.raises(RuntimeError), installation.db.transaction("test") as s:
        outcome = planning.apply(s, planning.propose(s, WEEK[0], WEEK[-1]), "test")
        assert outcome.booked == 5
        raise RuntimeError("the request fails after booking")
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0
    invariant(installation)
