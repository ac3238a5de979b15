"""Greetings and address lines by form of address, alone and for several readers."""

from __future__ import annotations

from dataclasses import dataclass

from core.salutation import address_line, address_window, greeting, salutation


@dataclass
class P:
    form_of_address: str
    first_name: str
    last_name: str


FRAU, HERR, KIM = P("frau", "Pauline", "Baum"), P("herr", "Jörg", "Weiß"), P("", "Kim", "Baum")


def test_each_form_of_address_has_its_greeting():
    assert greeting(FRAU) == "Sehr geehrte Frau Baum"
    assert greeting(HERR) == "Sehr geehrter Herr Weiß"
    assert greeting(KIM) == "Guten Tag Kim Baum"


def test_several_readers_are_greeted_in_order_the_later_ones_in_lower_case():
    assert salutation([FRAU, HERR]) == "Sehr geehrte Frau Baum, sehr geehrter Herr Weiß,"
    assert salutation([KIM, FRAU]) == "Guten Tag Kim Baum, sehr geehrte Frau Baum,"
    assert salutation([HERR]) == "Sehr geehrter Herr Weiß,"


def test_no_reader_known_greets_plainly():
    assert salutation([]) == "Guten Tag,"
    assert salutation([], "Liebe Eltern") == "Liebe Eltern,"


def test_the_address_field_uses_the_accusative_for_herr():
    assert address_line(FRAU) == "Frau Pauline Baum"
    assert address_line(HERR) == "Herrn Jörg Weiß"
    assert address_line(KIM) == "Kim Baum"


def test_the_address_window_has_name_street_and_town_without_stray_spaces():
    from types import SimpleNamespace

    home = SimpleNamespace(**vars(HERR), street="Weg 1", postal_code="59269", city="Beckum")
    assert address_window(home) == ["Herrn Jörg Weiß", "Weg 1", "59269 Beckum"]
    unknown = SimpleNamespace(**vars(KIM), street="", postal_code="", city="")
    assert address_window(unknown) == ["Kim Baum", "", ""]


def test_a_reader_without_a_first_name_is_greeted_without_a_gap():
    assert greeting(P("", "", "Baum")) == "Guten Tag Baum"
    assert address_line(P("frau", "", "Baum")) == "Frau Baum"
    assert salutation([P("", "", "")]) == "Guten Tag,"
