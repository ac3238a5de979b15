"""Persons, roles, links and childminder details through the service layer."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.models import Childminder, Person, PersonLink
from core.models.persons import LinkKind, Role
from core.services import persons as service
from tests.factories import VALID_IBAN


def person_count(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_childminder_with_licence_and_normalised_iban(make, installation):
    cm = make.childminder(
        first_name="Anna",
        last_name="Becker",
        permit_number="PE-2024-17",
        permit_valid_until=date(2029, 7, 31),
        max_children=4,
        iban="de89 3704 0044 0532 0130 00",
    )
    with installation.db.read() as s:
        stored = s.get(Childminder, cm.id)
        assert stored.iban == VALID_IBAN
        assert stored.max_children == 4
        assert stored.permit_valid_until == date(2029, 7, 31)
        assert s.get(Person, cm.id).role_set == {Role.CHILDMINDER}


def test_invalid_iban_names_the_field_and_writes_nothing(make, installation):
    with pytest.raises(ValidationError) as exc, installation.db.transaction() as s:
        service.save_person(
            s,
            {
                "first_name": "Anna",
                "last_name": "Becker",
                "roles": ["childminder"],
                "employment": "self_employed",
                "iban": "DE89370400440532013001",
            },
        )
    assert exc.value.errors["iban"].startswith("IBAN:")
    assert person_count(installation) == 0


def test_every_bad_field_is_reported_at_once(installation):
    with pytest.raises(ValidationError) as exc, installation.db.transaction() as s:
        service.save_person(
            s,
            {
                "first_name": "",
                "last_name": "X",
                "roles": [],
                "postal_code": "123",
                "email": "kein-at",
                "birth_date": "31.02.2020",
            },
        )
    assert set(exc.value.errors) == {"first_name", "roles", "postal_code", "email", "birth_date"}


def test_search_matches_every_word_and_pages(make, installation):
    for n in range(30):
        make.child(first_name=f"Kind{n:02d}", last_name="Schulte", city="Beckum")
    make.child(first_name="Mia", last_name="Schulte", city="Ahlen")
    with installation.db.read() as s:
        rows, total = service.search_persons(s, "schulte beckum", page=2, per_page=25)
        assert total == 30 and len(rows) == 5
        rows, total = service.search_persons(s, "MIA", role=Role.CHILD)
        assert [p.first_name for p in rows] == ["Mia"]
        _, total = service.search_persons(s, "", role=Role.CHILDMINDER)
        assert total == 0


def test_guardian_and_sibling_links(make, installation):
    mother = make.person("guardian", first_name="Sandra")
    a, b = make.child(first_name="Ben"), make.child(first_name="Lea")
    with installation.db.transaction() as s:
        service.add_link(s, s.get(Person, a.id), s.get(Person, mother.id), LinkKind.GUARDIAN)
        service.add_link(s, s.get(Person, b.id), s.get(Person, mother.id), LinkKind.GUARDIAN)
        service.add_link(s, s.get(Person, b.id), s.get(Person, a.id), LinkKind.SIBLING)
    with installation.db.read() as s:
        ben = s.get(Person, a.id)
        assert [g.first_name for _, g in service.guardians(s, ben)] == ["Sandra"]
        assert [c.first_name for _, c in service.siblings(s, ben)] == ["Lea"]
        assert {c.first_name for _, c in service.wards(s, s.get(Person, mother.id))} == {
            "Ben",
            "Lea",
        }


def test_a_child_cannot_be_its_own_guardian_or_have_a_non_guardian(make, installation):
    child, other = make.child(), make.child()
    with (
        pytest.raises(ValidationError, match="nicht als sorgeberechtigt"),
        installation.db.transaction() as s,
    ):
        service.add_link(s, s.get(Person, child.id), s.get(Person, other.id), LinkKind.GUARDIAN)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PersonLink)) == 0


def test_person_with_contracts_cannot_be_deleted(make, installation):
    cm, child = make.childminder(), make.child()
    make.contract(child, cm)
    with installation.db.read() as s:
        hooks = installation.kernel().hook
        reasons = service.delete_blockers(s, s.get(Person, child.id), hooks=hooks)
    assert reasons == ["Es gibt 1 Betreuungsverträge mit dieser Person."]
    with pytest.raises(ValidationError), installation.db.transaction() as s:
        service.delete_person(s, s.get(Person, child.id), hooks=installation.kernel().hook)
    assert person_count(installation) == 2


def test_removing_the_childminder_role_drops_details_unless_contracts_exist(make, installation):
    cm = make.childminder()
    with installation.db.transaction() as s:
        person = s.get(Person, cm.id)
        service.save_person(s, {"first_name": "A", "last_name": "B", "roles": ["staff"]}, person)
    with installation.db.read() as s:
        assert s.get(Childminder, cm.id) is None
