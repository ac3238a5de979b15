"""Districts: areas checked line by line, persons assigned from their address, a choice by
hand kept, everyone assigned again when the areas change."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from core.errors import ValidationError
from core.models import District, DistrictArea, Person, PersonDistrict
from core.services import districts, privacy
from core.services import persons as person_service
from core.services.users import create_user

BECKUM = {"name": "Beckum", "areas": "59269"}
NEUBECKUM = {"name": "Neubeckum", "areas": "59269 Spiekersstraße\n59269, Vorhelmer Str."}


def save(installation, data, district_id=None):
    with installation.db.transaction("test") as s:
        district = districts.get_district(s, district_id) if district_id else None
        saved, changed = districts.save_district(s, data, district)
        return saved.id, changed


def district_of(installation, person_id):
    with installation.db.read() as s:
        link = s.get(PersonDistrict, person_id)
        return (link.district.name, link.manual) if link else None


def refused(installation, data, district_id=None) -> str:
    with pytest.raises(ValidationError) as caught:
        save(installation, data, district_id)
    return " ".join(caught.value.errors.values())


def test_persons_get_their_district_from_the_address(installation, make):
    save(installation, BECKUM)
    save(installation, NEUBECKUM)
    in_town = make.person("guardian", postal_code="59269", street="Hauptstraße 3")
    outside = make.person("guardian", postal_code="59269", street="Spiekersstr. 12a")
    elsewhere = make.person("guardian", postal_code="48143", street="Spiekersstraße 1")
    assert district_of(installation, in_town.id) == ("Beckum", False)
    assert district_of(installation, outside.id) == ("Neubeckum", False)
    assert district_of(installation, elsewhere.id) is None


def test_a_new_district_takes_its_persons_and_says_how_many(installation, make):
    save(installation, BECKUM)
    people = [make.person("guardian", postal_code="59269", street="Jahnstraße 1") for _ in "ab"]
    make.person("guardian", postal_code="59269", street="Hauptstraße 1")
    _, changed = save(installation, {"name": "Neubeckum", "areas": "59269 Jahnstraße"})
    assert changed == 2
    assert {district_of(installation, p.id) for p in people} == {("Neubeckum", False)}


def test_areas_are_refused_line_by_line_and_nothing_is_saved(installation):
    message = refused(
        installation, {"name": "Mitte", "areas": "44135\n4413\n\n44137 --\n44135\n44137"}
    )
    assert message == (
        "Postleitzahlen und Straßen: Zeile 2: '4413' ist keine Postleitzahl (fünf Ziffern)."
        " Zeile 4: '--' ist kein Straßenname. Zeile 5: steht schon in Zeile 1."
    )
    with installation.db.read() as s:
        assert s.scalars(select(District)).all() == []


def test_an_address_lies_in_one_district_only(installation):
    save(installation, NEUBECKUM)
    message = refused(installation, {"name": "Roland", "areas": "59269 Vorhelmer Straße 2"})
    assert message == "59269 Vorhelmer Str. gehört schon zum Bezirk Neubeckum."
    assert "Einen Bezirk 'Neubeckum' gibt es schon." in refused(installation, NEUBECKUM)


def test_name_is_required_and_limited(installation):
    assert refused(installation, {"name": "", "areas": ""}) == "Name: Bitte ausfüllen."
    assert "höchstens 100 Zeichen" in refused(installation, {"name": "x" * 101, "areas": ""})


def test_a_district_chosen_by_hand_survives_address_and_area_changes(installation, make):
    beckum, _ = save(installation, BECKUM)
    roland, _ = save(installation, {"name": "Roland", "areas": "59269 Rolandstraße"})
    person = make.person("guardian", postal_code="59269", street="Feldweg 2")
    with installation.db.transaction("test") as s:
        p = person_service.get_person(s, person.id)
        data = {"first_name": p.first_name, "last_name": p.last_name, "roles": ["guardian"]}
        data |= {"postal_code": "59269", "street": "Feldweg 2", "district_id": str(roland)}
        person_service.save_person(s, data, p)
    assert district_of(installation, person.id) == ("Roland", True)
    save(installation, {"name": "Beckum", "areas": "59269\n59269 Feldweg"}, beckum)
    assert district_of(installation, person.id) == ("Roland", True)
    with installation.db.transaction("test") as s:  # a save without the field keeps it too
        p = person_service.get_person(s, person.id)
        without = {k: v for k, v in data.items() if k != "district_id"}
        person_service.save_person(s, without | {"street": "Feldweg 4"}, p)
    assert district_of(installation, person.id) == ("Roland", True)
    with installation.db.transaction("test") as s:  # back to the address
        p = person_service.get_person(s, person.id)
        person_service.save_person(s, data | {"district_id": ""}, p)
    assert district_of(installation, person.id) == ("Beckum", False)


def test_an_unknown_district_is_refused_by_name(installation, make):
    with pytest.raises(ValidationError) as caught:
        make.person("guardian", district_id="999")
    assert caught.value.errors == {"district_id": "Bezirk: Diesen Bezirk gibt es nicht."}


def test_removing_a_district_assigns_its_persons_again(installation, make):
    save(installation, BECKUM)
    neubeckum, _ = save(installation, NEUBECKUM)
    moved = make.person("guardian", postal_code="59269", street="Spiekersstraße 1")
    chosen = make.person("guardian", postal_code="48143", district_id=str(neubeckum))
    with installation.db.transaction("test") as s:
        assert districts.delete_district(s, districts.get_district(s, neubeckum)) == 2
    assert district_of(installation, moved.id) == ("Beckum", False)
    assert district_of(installation, chosen.id) is None
    with installation.db.read() as s:
        assert s.scalars(select(DistrictArea.street)).all() == [""]


def test_filter_defaults_to_home_districts(installation, make):
    beckum, _ = save(installation, BECKUM)
    roland, _ = save(installation, {"name": "Roland", "areas": "59269 Rolandstraße"})
    with installation.db.transaction("test") as s:
        user = create_user(s, "fachberatung", "sicheres-passwort", ["staff"])
        assert districts.district_filter(s, user, None).ids is None  # no home: everyone
        districts.set_home_districts(s, user, [str(roland)])
        mine = districts.district_filter(s, user, None)
        assert (mine.value, mine.ids) == ("mine", (roland,))
        assert districts.district_filter(s, user, "all").ids is None
        assert districts.district_filter(s, user, str(beckum)).ids == (beckum,)
        assert districts.district_filter(s, user, "none").ids == ()
        assert districts.district_filter(s, user, "x' OR 1=1").ids is None
        with pytest.raises(ValidationError):
            districts.set_home_districts(s, user, ["999"])
        assert [d.id for d in districts.home_districts(s, user)] == [roland]


def test_the_district_is_in_the_persons_record_and_goes_with_the_address(installation, make):
    save(installation, NEUBECKUM)
    person = make.person("guardian", postal_code="59269", street="Spiekersstraße 1")
    kernel = installation.kernel()
    with installation.db.transaction("test") as s:
        p = s.get(Person, person.id)
        (master,) = [x for x in privacy.person_record(s, p) if x.title == "Stammdaten"]
        assert master.rows[0]["Bezirk"] == "Neubeckum"
        privacy.erase(s, p, kernel.hook, date(2026, 12, 3))
    assert district_of(installation, person.id) is None
