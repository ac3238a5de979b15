"""Substitute care: absences become needs per child and day; places are never overbooked."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from core.errors import ValidationError
from core.models import Absence, ClosingDay, Contract
from core.services import calendar as calendar_service
from core.services import contracts as contract_service
from plugins.substitute_hub import booking, needs
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider
from tests.factories import contract_data

MON = date(2026, 12, 21)  # the week with Christmas: 25 and 26 December are holidays in NW


@pytest.fixture
def hub(installation, make):
    installation.enable("substitute_hub")
    cm = make.childminder(first_name="Jana", last_name="Wolf")
    mia = make.child(first_name="Mia", birth_date=date(2025, 3, 1))
    tom = make.child(first_name="Tom", birth_date=date(2024, 6, 1))
    ida = make.child(first_name="Ida", birth_date=date(2024, 6, 1))
    make.contract(mia, cm, substitute_wanted="on")
    make.contract(tom, cm, hours=("8", "8", "0", "0", "8"), substitute_wanted="on")
    make.contract(ida, cm)  # the family organises substitute care itself
    with installation.db.transaction("test") as s:
        provider = Provider(
            name="Stützpunkt Nord",
            kind="hub",
            places=9,
            accepts="vacation,training",
            planned_only=True,
        )
        s.add(provider)
        s.flush()
        s.add_all(
            [
                Enrolment(child_id=mia.id, provider_id=provider.id),
                Enrolment(child_id=tom.id, provider_id=provider.id),
            ]
        )
    return {"cm": cm, "mia": mia, "tom": tom, "ida": ida, "installation": installation}


def absent(hub, start, end, kind="vacation", planned=True, absence=None):
    inst = hub["installation"]
    data = {
        "childminder_id": str(hub["cm"].id),
        "kind": kind,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "planned": "planned" if planned else "short_notice",
    }
    with inst.db.transaction("test") as s:
        target = s.get(Absence, absence) if absence else None
        saved = calendar_service.save_absence(s, data, target, hooks=inst.kernel().hook)
        return saved.id


def needs_of(hub):
    with hub["installation"].db.read() as s:
        rows = s.execute(select(Need.child_id, Need.day).order_by(Need.day, Need.child_id)).all()
    names = {hub["mia"].id: "Mia", hub["tom"].id: "Tom", hub["ida"].id: "Ida"}
    return [(names[c], d.day) for c, d in rows]


def test_an_absence_creates_needs_on_booked_days_without_holidays(hub):
    absent(hub, MON, date(2026, 12, 27))
    assert needs_of(hub) == [
        ("Mia", 21),
        ("Tom", 21),
        ("Mia", 22),
        ("Tom", 22),
        ("Mia", 23),
        ("Mia", 24),
    ]  # Tom books Mon, Tue, Fri; 25/26 are holidays; Ida's family did not ask


def test_closing_days_need_no_substitute(hub):
    with hub["installation"].db.transaction("test") as s:
        s.add(ClosingDay(day=date(2026, 12, 22), label="Teamtag"))
    absent(hub, MON, date(2026, 12, 22))
    assert needs_of(hub) == [("Mia", 21), ("Tom", 21)]


def place(hub, child, day, provider_name="Stützpunkt Nord"):
    inst = hub["installation"]
    with inst.db.transaction("test") as s:
        need = s.scalars(select(Need).where(Need.child_id == hub[child].id, Need.day == day)).one()
        provider = s.scalars(select(Provider).where(Provider.name == provider_name)).one()
        return booking.book(s, need, provider, actor="test").id


def booked(hub, day):
    with hub["installation"].db.read() as s:
        return s.scalar(select(PlaceDay.booked).where(PlaceDay.day == day)) or 0


def test_hook_absence_changed_releases_the_places_of_a_shortened_or_cancelled_absence(hub):
    absence_id = absent(hub, MON, date(2026, 12, 23))
    place(hub, "mia", MON)
    place(hub, "mia", date(2026, 12, 23))
    assert booked(hub, date(2026, 12, 23)) == 1
    absent(hub, MON, date(2026, 12, 22), absence=absence_id)
    assert booked(hub, date(2026, 12, 23)) == 0 and booked(hub, MON) == 1
    inst = hub["installation"]
    with inst.db.transaction("test") as s:
        calendar_service.delete_absence(s, s.get(Absence, absence_id), hooks=inst.kernel().hook)
    assert booked(hub, MON) == 0
    with inst.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0
        assert s.scalar(select(func.count()).select_from(Need)) == 0


def test_hard_limits_are_explained_and_nothing_is_saved(hub):
    absent(hub, MON, MON, kind="illness", planned=False)
    with pytest.raises(ValidationError) as refused:
        place(hub, "mia", MON)
    message = refused.value.errors["provider"]
    assert "übernimmt keine Vertretung bei Krankheit" in message
    assert "nimmt nur geplante Abwesenheiten" in message
    assert booked(hub, MON) == 0


def test_a_child_not_enrolled_is_refused(hub):
    with hub["installation"].db.transaction("test") as s:
        s.execute(Enrolment.__table__.delete().where(Enrolment.child_id == hub["tom"].id))
    absent(hub, MON, MON)
    with pytest.raises(ValidationError, match="nicht zur Vertretung angemeldet"):
        place(hub, "tom", MON)


def test_the_last_place_goes_once_and_a_child_is_placed_once(hub):
    with hub["installation"].db.transaction("test") as s:
        s.scalars(select(Provider)).one().places = 1
    absent(hub, MON, MON)
    place(hub, "mia", MON)
    with pytest.raises(ValidationError, match="bereits untergebracht"):
        place(hub, "mia", MON)
    with pytest.raises(ValidationError, match="keinen freien Platz mehr"):
        place(hub, "tom", MON)
    assert booked(hub, MON) == 1


def test_parallel_bookings_of_the_last_places_never_exceed_capacity(
    installation, make, backend_url
):
    """Twelve coordinators book twelve children for three places at the same moment
    (twelve, so every thread holds a pooled connection while it waits for the others)."""
    installation.enable("substitute_hub")
    minders = [make.childminder() for _ in range(3)]  # four children each, all away on Monday
    children = [make.child(birth_date=date(2025, 1, 1)) for _ in range(12)]
    for i, child in enumerate(children):
        make.contract(child, minders[i % 3], substitute_wanted="on")
    with installation.db.transaction("test") as s:
        provider = Provider(name="Stützpunkt", kind="hub", places=3)
        s.add(provider)
        s.flush()
        s.add_all(Enrolment(child_id=c.id, provider_id=provider.id) for c in children)
        s.add_all(
            Absence(childminder_id=cm.id, kind="vacation", start=MON, end=MON) for cm in minders
        )
        s.flush()
        for absence in s.scalars(select(Absence)):
            needs.sync(s, absence)
    barrier, results = threading.Barrier(len(children)), []

    def attempt(child_id):
        try:
            with installation.db.transaction("test") as s:
                need = s.scalars(select(Need).where(Need.child_id == child_id)).one()
                provider = s.scalars(select(Provider)).one()
                barrier.wait(timeout=30)
                booking.book(s, need, provider)
            results.append("ok")
        except (ValidationError, DBAPIError, threading.BrokenBarrierError):
            results.append("refused")

    threads = [threading.Thread(target=attempt, args=(c.id,)) for c in children]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    with installation.db.read() as s:
        placements = s.scalar(select(func.count()).select_from(Placement))
        day_row = s.get(PlaceDay, (s.scalars(select(Provider)).one().id, MON))
    assert placements == day_row.booked == results.count("ok")
    if backend_url.startswith("postgresql"):
        assert results.count("ok") == 3  # row locks: exactly the capacity, no more, no less
    else:
        assert 1 <= results.count("ok") <= 3  # SQLite refuses writers it cannot serialise


def test_a_substituting_childminder_counts_her_own_children(hub, make):
    """Petra may care for 5; with 4 children of her own on Monday she can take one more."""
    from plugins.substitute_hub.models import ProviderMember

    inst = hub["installation"]
    petra = make.childminder(first_name="Petra", last_name="Kamp", max_children=5)
    for _ in range(4):
        make.contract(make.child(), petra, hours=("8", "0", "0", "0", "0"))
    with inst.db.transaction("test") as s:
        tandem = Provider(name="Tandem Kamp", kind="tandem", places=3)
        s.add(tandem)
        s.flush()
        s.add(ProviderMember(provider_id=tandem.id, person_id=petra.id))
        s.add_all(Enrolment(child_id=hub[c].id, provider_id=tandem.id) for c in ("mia", "tom"))
    absent(hub, MON, date(2026, 12, 22))
    with inst.db.read() as s:
        tandem = s.scalars(select(Provider).where(Provider.name == "Tandem Kamp")).one()
        assert booking.day_capacity(s, tandem, MON) == 1  # Monday: 5 − 4 own children
        assert booking.day_capacity(s, tandem, date(2026, 12, 22)) == 3  # Tuesday: free
    place(hub, "mia", MON, "Tandem Kamp")
    with pytest.raises(ValidationError, match="keinen freien Platz mehr"):
        place(hub, "tom", MON, "Tandem Kamp")
    with inst.db.transaction("test") as s:
        s.add(
            Absence(
                childminder_id=petra.id,
                kind="illness",
                start=date(2026, 12, 22),
                end=date(2026, 12, 22),
            )
        )
    with inst.db.read() as s:
        tandem = s.scalars(select(Provider).where(Provider.name == "Tandem Kamp")).one()
        assert booking.day_capacity(s, tandem, date(2026, 12, 22)) == 0  # she is away herself


def test_hook_contract_changed_keeps_needs_in_line_with_the_contracts(installation, make):
    """A contract made or deleted after the absence was recorded changes who needs a place."""
    installation.enable("substitute_hub")
    jana = make.childminder()
    mia, ben = make.child(), make.child()
    make.contract(mia, jana, substitute_wanted="on")
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    with installation.db.transaction("test") as s:
        week = {"start": monday, "end": monday + timedelta(days=4)}  # never all holidays
        absence = Absence(childminder_id=jana.id, kind="vacation", **week)
        s.add(absence)
        s.flush()
        needs.sync(s, absence)
    hooks = installation.kernel().hook
    with installation.db.transaction("test") as s:
        data = contract_data(ben, jana, start=monday - timedelta(days=7), substitute_wanted="on")
        contract = contract_service.save_contract(s, data, hooks=hooks)
        contract_id = contract.id
    with installation.db.read() as s:
        assert set(s.scalars(select(Need.child_id))) == {mia.id, ben.id}
    with installation.db.transaction("test") as s:
        contract_service.delete_contract(s, s.get(Contract, contract_id), hooks=hooks)
    with installation.db.read() as s:
        assert set(s.scalars(select(Need.child_id))) == {mia.id}
