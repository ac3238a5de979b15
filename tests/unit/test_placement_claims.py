"""§ 24 SGB VIII on the day care is needed, the notice period and double registrations."""

from __future__ import annotations

from datetime import date

import pytest

from plugins.placement.claims import Claim, announced_in_time, claim_on
from plugins.placement.duplicates import Applicant, births_fit, plain, reasons, same_contact


@pytest.mark.parametrize(
    ("birth", "needed", "claim", "from_day"),
    [
        (date(2026, 3, 15), date(2027, 3, 14), Claim.CONDITIONAL, date(2027, 3, 15)),
        (date(2026, 3, 15), date(2027, 3, 15), Claim.CLAIM, None),
        (date(2026, 3, 15), date(2029, 3, 14), Claim.CLAIM, None),
        (date(2026, 3, 15), date(2029, 3, 15), Claim.KITA, None),
        (date(2024, 2, 29), date(2025, 2, 27), Claim.CONDITIONAL, date(2025, 2, 28)),
        (date(2024, 2, 29), date(2025, 2, 28), Claim.CLAIM, None),
        (None, date(2027, 1, 1), Claim.UNKNOWN, None),
    ],
)
def test_the_claim_depends_on_the_age_on_the_day_care_is_needed(birth, needed, claim, from_day):
    check = claim_on(birth, needed)
    assert (check.claim, check.from_day) == (claim, from_day)


def test_notice_is_counted_in_whole_months():
    assert announced_in_time(date(2026, 2, 1), date(2026, 8, 1), 6)
    assert not announced_in_time(date(2026, 2, 2), date(2026, 8, 1), 6)
    assert announced_in_time(date(2026, 8, 1), date(2026, 8, 1), 0)


def child(i, first="Mia", last="Brockmann", born=date(2025, 5, 4), expected=None, **contact):
    return Applicant(i, first, last, born, expected, **contact)


def test_umlauts_and_case_are_one_spelling():
    assert plain("  Jörg  MÜLLER-Weiß ") == "joerg mueller-weiss"


def test_a_typing_error_with_the_same_birthday_is_a_double():
    found = reasons(child(1), child(2, last="Brokmann"))
    assert found == ["ähnlicher Name (Mia Brockmann / Mia Brokmann)", "gleiches Geburtsdatum"]
    assert reasons(child(1), child(2, first="Brockmann", last="Mia")) == [
        "ähnlicher Name (Mia Brockmann / Brockmann Mia)",
        "gleiches Geburtsdatum",
    ]
    assert reasons(child(1), child(2))[0] == "gleicher Name"


def test_the_same_request_is_no_double_of_itself():
    assert reasons(child(1), child(1)) == []


def test_another_birthday_is_another_child():
    assert reasons(child(1), child(2, born=date(2025, 5, 5))) == []


def test_an_expected_birth_fits_within_a_month():
    unborn = child(2, born=None, expected=date(2025, 6, 4))
    assert births_fit(child(1), unborn)
    assert not births_fit(child(1), child(3, born=None, expected=date(2025, 6, 5)))
    assert reasons(child(1), unborn)[1] == "passender Geburtstermin"
    assert not births_fit(child(1, born=None), child(2, born=None))


def test_a_guardian_contact_lets_a_changed_surname_count():
    a = child(1, email="eltern@example.org", phone="+49 2521 123456")
    b = child(2, last="Yilmaz", email="Eltern@Example.org", phone="02521 123456")
    assert reasons(a, b)[-2:] == ["dieselbe E-Mail-Adresse", "dieselbe Telefonnummer"]
    twin = child(3, first="Lea", last="Yilmaz", email="eltern@example.org")
    assert reasons(a, twin) == []  # twins: same family and birthday, their own names


def test_short_or_missing_numbers_are_no_contact():
    assert same_contact(child(1, phone="123"), child(2, phone="123")) == []
    assert same_contact(child(1), child(2)) == []
    assert same_contact(child(1, phone="0251 99887"), child(2, phone="0251 99888")) == []


def test_a_different_name_without_contact_is_no_double():
    assert reasons(child(1), child(2, first="Paul", last="Schulte")) == []


def test_every_umlaut_and_sharp_s_is_spelled_out():
    assert plain("Jäger Höß Müller") == "jaeger hoess mueller"


def test_forty_nine_is_a_country_code_only_after_a_plus():
    assert same_contact(child(1, phone="4912 345678"), child(2, phone="12 345678")) == []


def test_six_digits_are_enough_and_a_leading_zero_on_either_side_is_the_same():
    assert same_contact(child(1, phone="123456"), child(2, phone="123456"))
    assert same_contact(child(1, phone="0251 123456"), child(2, phone="251 123456"))
    assert same_contact(child(1, phone="251 123456"), child(2, phone="0251 123456"))


def test_a_birth_date_against_no_date_at_all_does_not_fit():
    assert not births_fit(child(1, born=None), child(2))
    assert not births_fit(child(1), child(2, born=None))


def test_the_name_and_first_name_thresholds_count_as_similar():
    # token ratio exactly 85: 34 of 40 characters in order
    a = child(1, first="Alexandra", last="Schmidt")
    assert reasons(a, child(2, first="Alexandra", last="Schmidtqwerty"))
    # first names exactly 80 alike, another surname, the same e-mail address
    marie = child(3, first="Marie", last="Kaya", email="kaya@example.org")
    maria = child(4, first="Maria", last="Schulte", email="kaya@example.org")
    assert reasons(marie, maria)[-1] == "dieselbe E-Mail-Adresse"


def test_the_kita_move_ends_care_before_the_first_kita_year_after_the_third_birthday():
    from plugins.placement.claims import kita_move

    assert kita_move(date(2024, 5, 10), 8) == date(2027, 7, 31)  # three in May: Kita in August
    assert kita_move(date(2024, 9, 15), 8) == date(2028, 7, 31)  # three in September: a year on
    assert kita_move(date(2024, 8, 1), 8) == date(2027, 7, 31)  # three on the first day
    assert kita_move(date(2024, 8, 2), 8) == date(2028, 7, 31)  # a day late
    assert kita_move(date(2024, 2, 29), 8) == date(2027, 7, 31)  # leap day: 28 February
    assert kita_move(date(2024, 5, 10), 9) == date(2027, 8, 31)  # a Land starting in September
    assert kita_move(date(2024, 5, 10), 1) == date(2027, 12, 31)  # January: the turn of the year
    assert kita_move(date(2024, 5, 10), 0) is None  # no rule: open-ended


def test_letters_of_another_alphabet_that_look_latin_are_read_as_latin():
    first, last = "\u041c\u0456\u0430", "\u0412r\u043e\u0441km\u0430nn"  # Cyrillic М і а В о с а
    disguised = f"{first} {last}"
    assert plain(disguised) == "mia brockmann"
    assert reasons(child(1), child(2, first=first, last=last)) == [
        "gleicher Name",
        "gleiches Geburtsdatum",
        f"Name mit Buchstaben eines anderen Alphabets ({disguised})",
    ]
    assert plain("Ørsted Łukasz") == "ørsted łukasz"  # Latin letters stay as they are
    assert reasons(child(1), child(2, first="Лена", last="Петрова")) == []
