"""Which district an address lies in: street keys and the street-before-postal-code rule."""

from __future__ import annotations

import pytest

from core.districts import Area, AreaIndex, postal_code_of, street_key


@pytest.mark.parametrize(
    "written",
    [
        "Vellerner Straße 12",
        "Vellerner Str. 12a",
        "vellerner strasse",
        "Vellerner-Straße 3 b",
        "  VELLERNER STRASSE 12-14 ",
        "Vellerner Straße 7/1",
        "Vellerner Str.",
    ],
)
def test_one_street_in_every_spelling(written):
    assert street_key(written) == "vellernerstrasse"


def test_house_number_is_only_the_last_number():
    assert street_key("Straße des 17. Juni 4") == "strassedes17juni"
    assert street_key("Am Markt") == "ammarkt"
    assert street_key("Am Markt 1") == "ammarkt"
    assert street_key("B1 12") == "b1"  # a name ending in a digit keeps it


def test_str_only_abbreviates_at_the_end():
    assert street_key("Strickerweg 2") == "strickerweg"
    assert street_key("Ostr. 1") == "ostrasse"


def test_nothing_but_a_house_number_or_signs_is_no_street():
    assert street_key("") == ""
    assert street_key("  12 ") == "12"  # no name before it: the number is all there is
    assert street_key("-- // --") == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [("59269", "59269"), (" 44135 ", "44135"), ("4413", None), ("441355", None), ("4413a", None)],
)
def test_postal_codes_have_five_digits(text, code):
    assert postal_code_of(text) == code


INDEX = AreaIndex(
    [
        Area(1, "59269"),  # Beckum
        Area(2, "59269", street_key("Spiekersstraße")),  # Neubeckum
        Area(3, "44135"),
        Area(4, "44135", street_key("Kaiserstraße")),
    ]
)


def test_a_street_area_wins_over_its_postal_code():
    assert INDEX.district_for("59269", "Spiekersstr. 4") == 2
    assert INDEX.district_for("59269", "Hauptstraße 4") == 1
    assert INDEX.district_for("44135", "Kaiserstraße 101") == 4
    assert INDEX.district_for("44135", "Ostwall 1") == 3


def test_a_street_counts_only_in_its_own_postal_code():
    assert INDEX.district_for("44135", "Spiekersstraße 4") == 3


def test_no_district_outside_every_area_or_without_postal_code():
    assert INDEX.district_for("48143", "Spiekersstraße 4") is None
    assert INDEX.district_for("", "Spiekersstraße 4") is None
    assert AreaIndex([]).district_for("59269", "") is None


def test_postal_code_is_read_without_surrounding_space_and_without_street():
    assert INDEX.district_for(" 59269 ", "") == 1


def test_split_postal_code_without_whole_area_finds_only_its_streets():
    index = AreaIndex([Area(7, "59269", "rolandstrasse")])
    assert index.district_for("59269", "Rolandstraße 1") == 7
    assert index.district_for("59269", "Hauptstraße 1") is None


def test_postal_gap_is_the_difference_of_two_postal_codes():
    from core.districts import postal_gap

    assert postal_gap("44328", "44338") == 10
    assert postal_gap(" 44338", "44328 ") == 10
    assert postal_gap("44328", "") is None
    assert postal_gap("4432", "44328") is None
