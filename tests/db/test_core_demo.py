"""The demo agency: Beckum's shape, deterministic, and consistent with the contract rules."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from core.capacity import peak
from core.demo.builder import build_demo
from core.models import Childminder, Contract, LargeGroup, Person, PersonLink, PersonRole
from core.models.contracts import WEEKDAYS
from core.models.persons import LinkKind, Role

TODAY = date(2026, 11, 22)


def load(installation, scale="beckum", seed=7):
    with installation.db.transaction("demo") as s:
        return build_demo(s, scale, seed, today=TODAY)


def test_beckum_sized_agency(installation):
    load(installation)
    with installation.db.read() as s:
        roles = Counter(r for (r,) in s.execute(select(PersonRole.role)))
        assert roles[Role.CHILDMINDER] == 47
        assert 170 <= roles[Role.CHILD] <= 190
        assert roles[Role.GUARDIAN] >= roles[Role.CHILD]  # most children have two
        assert s.scalar(select(func.count()).select_from(LargeGroup)) == 2
        members = s.scalar(select(func.count()).where(Childminder.large_group_id.is_not(None)))
        assert members == 4
        siblings = s.scalar(select(func.count()).where(PersonLink.kind == LinkKind.SIBLING))
        assert siblings > 0
        cities = {c for (c,) in s.execute(select(Person.city).distinct())}
        assert cities <= {"Beckum", "Neubeckum", "Beckum-Roland", "Beckum-Vellern"}


def test_same_seed_same_agency(installation):
    load(installation, seed=11)
    with installation.db.read() as s:
        first = s.execute(select(Person.first_name, Person.last_name).order_by(Person.id)).all()
    installation_wipe(installation)
    load(installation, seed=11)
    with installation.db.read() as s:
        again = s.execute(select(Person.first_name, Person.last_name).order_by(Person.id)).all()
    assert first == again


def installation_wipe(installation):
    from tests.conftest import _wipe

    _wipe(installation)


def test_demo_contracts_respect_every_licence(installation):
    load(installation, scale="dueren")
    with installation.db.read() as s:
        contracts = s.scalars(select(Contract)).all()
        limits = dict(s.execute(select(Childminder.person_id, Childminder.max_children)).all())
    by_childminder: dict[int, list[Contract]] = {}
    for c in contracts:
        by_childminder.setdefault(c.childminder_id, []).append(c)
        assert 0 < c.weekly_hours <= 60
    for person_id, own in by_childminder.items():
        for day in WEEKDAYS:
            periods = [(c.valid_from, c.valid_to) for c in own if c.hours(day) > 0]
            assert peak(periods, date(2020, 1, 1), None) <= limits[person_id]
