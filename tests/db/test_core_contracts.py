"""Contract rules: overlap, weekly hours, period, licence capacity per weekday."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.models import Contract, LargeGroup, Person
from core.services import contracts as service
from core.settings import settings_of
from tests.factories import contract_data


def save(installation, data, contract_id=None):
    with installation.db.transaction("test") as s:
        contract = s.get(Contract, contract_id) if contract_id else None
        return service.save_contract(s, data, contract, hooks=installation.kernel().hook)


def errors_of(installation, data, **kwargs) -> dict:
    with pytest.raises(ValidationError) as exc:
        save(installation, data, **kwargs)
    return exc.value.errors


def contract_count(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Contract))


def test_a_valid_contract_is_stored_with_hours_as_decimals(make, installation):
    cm, child = make.childminder(), make.child()
    contract = make.contract(child, cm, hours=("7,5", "7,5", "7,5", "7,5", "5"))
    with installation.db.read() as s:
        stored = s.get(Contract, contract.id)
        assert str(stored.weekly_hours) == "35.00"
        assert stored.valid_to is None


def test_overlapping_contract_for_same_child_and_childminder_is_rejected(make, installation):
    cm, child = make.childminder(first_name="Petra", last_name="Kamp"), make.child()
    make.contract(child, cm, start=date(2026, 1, 1), end=date(2026, 12, 31))
    errors = errors_of(installation, contract_data(child, cm, start=date(2026, 6, 1)))
    assert errors["valid_from"] == (
        "Zeitraum: Für dieses Kind besteht bei Petra Kamp schon ein Vertrag "
        "(01.01.2026 – 31.12.2026)."
    )
    # the next contract may start the day after the first ends
    make.contract(child, cm, start=date(2027, 1, 1))
    assert contract_count(installation) == 2


@pytest.mark.parametrize(
    "hours,message",
    [
        (("13", "13", "13", "13", "13"), "65 Stunden überschreiten die Höchstgrenze von 60"),
        (("0", "0", "0", "0", "0"), "Bitte an mindestens einem Tag Stunden eintragen"),
    ],
)
def test_weekly_hours_must_be_within_limits(make, installation, hours, message):
    cm, child = make.childminder(), make.child()
    errors = errors_of(installation, contract_data(child, cm, hours=hours))
    assert message in errors["hours_mo"]
    assert contract_count(installation) == 0


def test_daily_hours_cannot_be_negative_or_text(make, installation):
    cm, child = make.childminder(), make.child()
    errors = errors_of(installation, contract_data(child, cm, hours=("-1", "acht", "8", "8", "8")))
    assert errors["hours_mo"] == "Stunden am Montag: mindestens 0."
    assert errors["hours_tu"] == "Stunden am Dienstag: 'acht' ist keine Zahl."


def test_end_before_start_is_rejected(make, installation):
    cm, child = make.childminder(), make.child()
    errors = errors_of(
        installation, contract_data(child, cm, start=date(2026, 5, 1), end=date(2026, 4, 30))
    )
    assert errors == {"valid_to": "Ende: Das Vertragsende liegt vor dem Beginn."}


def test_capacity_names_the_weekday_and_the_count(make, installation):
    cm = make.childminder(max_children=3, first_name="Jana", last_name="Wolf")
    for _ in range(3):  # three children Monday to Wednesday only
        make.contract(make.child(), cm, hours=("8", "8", "8", "0", "0"))
    errors = errors_of(
        installation, contract_data(make.child(), cm, hours=("0", "0", "5", "5", "5"))
    )
    assert errors == {
        "hours_we": "Mittwoch: Jana Wolf hätte 4 Kinder gleichzeitig; "
        "die Pflegeerlaubnis erlaubt höchstens 3."
    }
    # Thursday and Friday are free: the same child fits there
    make.contract(make.child(), cm, hours=("0", "0", "0", "5", "5"))
    assert contract_count(installation) == 4


def test_capacity_counts_only_contracts_running_at_the_same_time(make, installation):
    cm = make.childminder(max_children=1)
    make.contract(make.child(), cm, start=date(2026, 1, 1), end=date(2026, 7, 31))
    make.contract(make.child(), cm, start=date(2026, 8, 1))
    errors = errors_of(
        installation, contract_data(make.child(), cm, start=date(2026, 7, 1), end=date(2026, 7, 31))
    )
    assert "2 Kinder gleichzeitig" in errors["hours_mo"]


def test_editing_a_contract_does_not_count_it_twice(make, installation):
    cm = make.childminder(max_children=1)
    child = make.child()
    contract = make.contract(child, cm)
    save(installation, contract_data(child, cm, hours=("6", "6", "6", "6", "6")), contract.id)
    with installation.db.read() as s:
        assert str(s.get(Contract, contract.id).weekly_hours) == "30.00"


def test_maximum_number_of_running_contracts_is_a_setting(make, installation):
    cm = make.childminder(max_children=5)
    for day in range(5):  # five children on five different days
        hours = ["0"] * 5
        hours[day] = "8"
        make.contract(make.child(), cm, hours=hours)
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.max_contracts", "5")
    errors = errors_of(installation, contract_data(make.child(), cm, hours=("4",)))
    assert "hätte 6 laufende Verträge; erlaubt sind höchstens 5" in errors["childminder_id"]
    # a contract made from typed values (a placement's accepted offer) reads the same setting
    sixth = make.child()
    with installation.db.transaction("test") as s, pytest.raises(ValidationError) as typed:
        service.create_contract(
            s,
            sixth.id,
            cm.id,
            date(2026, 1, 1),
            {"tu": Decimal("4")},
            hooks=installation.kernel().hook,
        )
    assert "erlaubt sind höchstens 5" in typed.value.errors["childminder_id"]


def test_large_group_limit_spans_its_members(make, installation):
    with installation.db.transaction() as s:
        group = LargeGroup(name="GTP Sonnenschein", max_children=3)
        s.add(group)
    a = make.childminder(large_group_id=str(group.id))
    b = make.childminder(large_group_id=str(group.id))
    make.contract(make.child(), a)
    make.contract(make.child(), a)
    make.contract(make.child(), b)
    errors = errors_of(
        installation, contract_data(make.child(), b, hours=("0", "0", "0", "0", "4"))
    )
    assert errors["hours_fr"] == (
        "Freitag: Die Großtagespflege GTP Sonnenschein hätte 4 Kinder; erlaubt sind höchstens 3."
    )


def test_parties_must_have_the_right_roles(make, installation):
    guardian = make.person("guardian")
    errors = errors_of(installation, contract_data(guardian, guardian))
    assert errors["child_id"] == "Kind: Diese Person ist nicht als Kind erfasst."
    assert errors["childminder_id"] == (
        "Tagespflegeperson: Diese Person ist keine Tagespflegeperson."
    )


def test_expired_licence_blocks_a_new_contract(make, installation):
    cm = make.childminder(permit_valid_until=date(2025, 12, 31))
    errors = errors_of(installation, contract_data(make.child(), cm, start=date(2026, 1, 1)))
    assert "nur bis 31.12.2025 gültig" in errors["valid_from"]


def test_a_deleted_contract_frees_the_place(make, installation):
    cm = make.childminder(max_children=1)
    contract = make.contract(make.child(), cm)
    with installation.db.transaction() as s:
        service.delete_contract(s, s.get(Contract, contract.id), hooks=installation.kernel().hook)
    make.contract(make.child(), cm)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3


def test_half_an_hour_on_a_weekday_counts_as_a_child_that_day(make, installation):
    anna = make.childminder(max_children=1)
    make.contract(make.child(), anna, hours=("0.5", "0", "0", "0", "0"))
    make.contract(make.child(), anna, hours=("0", "8", "8", "8", "8"))  # Tuesday on: room
    with pytest.raises(ValidationError) as exc:
        make.contract(make.child(), anna, hours=("8", "0", "0", "0", "0"))
    assert (
        "Montag:" in exc.value.errors["hours_mo"]
        and "2 Kinder gleichzeitig" in (exc.value.errors["hours_mo"])
    )
