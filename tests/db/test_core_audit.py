"""Every create, update and delete is logged with who, when and the changed fields."""

from __future__ import annotations

from sqlalchemy import select

from core.models import AuditEntry, Contract, Person
from core.services import contracts, persons
from tests.factories import contract_data


def entries(installation, **where) -> list[AuditEntry]:
    with installation.db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(stmt))


def test_create_update_delete_are_logged_per_person(make, installation):
    with installation.db.transaction("b.hoelscher") as s:
        person = persons.save_person(
            s, {"first_name": "Mia", "last_name": "Kamp", "roles": ["child"], "city": "Beckum"}
        )
    with installation.db.transaction("t.wienkamp") as s:
        p = s.get(Person, person.id)
        persons.save_person(
            s,
            {"first_name": "Mia", "last_name": "Kamp-Ott", "roles": ["child"], "city": "Beckum"},
            p,
        )
    log = entries(installation, person_id=person.id)
    created = [e for e in log if e.action == "create" and e.entity == "core_person"]
    assert created[0].actor == "b.hoelscher"
    assert created[0].changes["last_name"] == "Kamp"
    updates = [e for e in log if e.action == "update"]
    assert len(updates) == 1
    assert updates[0].actor == "t.wienkamp"
    assert updates[0].changes == {"last_name": ["Kamp", "Kamp-Ott"]}
    assert any(e.entity == "core_person_role" and e.action == "create" for e in log)


def test_contract_changes_are_logged_on_the_child(make, installation):
    cm, child = make.childminder(), make.child()
    contract = make.contract(child, cm)
    with installation.db.transaction("staff") as s:
        c = s.get(Contract, contract.id)
        data = contract_data(child, cm, end=c.valid_from.replace(month=7))
        contracts.save_contract(s, data, c, hooks=installation.kernel().hook)
        contracts.delete_contract(s, c, hooks=installation.kernel().hook)
    log = [e for e in entries(installation, person_id=child.id) if e.entity == "core_contract"]
    assert [e.action for e in log] == ["create", "update", "delete"]
    assert log[1].changes == {"valid_to": [None, "2026-07-01"]}
    assert log[2].changes["child_id"] == child.id


def test_iban_is_not_written_in_full_to_the_log(make, installation):
    cm = make.childminder()
    logged = [e for e in entries(installation, person_id=cm.id) if e.entity == "core_childminder"]
    assert logged[0].changes["iban"] == "…3000"


def test_a_failed_write_leaves_no_log_entry(make, installation):
    before = len(entries(installation))
    try:
        with installation.db.transaction() as s:
            persons.save_person(s, {"first_name": "A", "last_name": "B", "roles": ["child"]})
            raise RuntimeError("abgebrochen")
    except RuntimeError:
        pass
    assert len(entries(installation)) == before
