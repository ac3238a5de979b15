"""Paths of the payment arithmetic that mutation testing found unrun, each with numbers
computed by hand (the beispiel preset from August 2026: Förderleistung 4,45 € without
qualification, 5,45 € from 300 UE for a child under three, 5,15 € from three; Sachaufwand
1,65 €; 4,33 weeks a month; 20 settling-in hours; 30 paid absence days a year)."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal

from core.kernel.contributions import Qualification
from plugins.payments.rates import ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import Absence, CareContract, Case, Contribution

NOV, LAST = date(2026, 11, 1), date(2026, 11, 30)
MO_FR = (Decimal("8"),) * 5 + (Decimal("0"),) * 2  # 40 h a week: 173,20 h a month


def table(change=None):
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in raw["period"]:
        if change:
            change(period)
    return ratefile.table_from_dict(raw)


def contract(child_id=1, name="Mia", birth=date(2024, 5, 10), start=date(2026, 1, 1), **kw):
    kw.setdefault("new_child", False)
    end = kw.pop("end", None)
    return CareContract(child_id, name, birth, start, end, kw.pop("hours", MO_FR), **kw)


def month(*contracts, ue=300, on=NOV, **kw):
    return calculate(
        kw.pop("rates", table()), Case(on, 1, "Anna", Qualification(ue), list(contracts), **kw)
    )


def lines(st, component=None):
    return [
        (ln.label, ln.quantity, ln.amount_cents)
        for ln in st.lines
        if component in (None, ln.component)
    ]


def test_a_lump_sum_settling_in_is_paid_once_as_given():
    lump = table(lambda p: p["eingewoehnung"].update(mode="lump_sum", amount="150.00"))
    st = month(contract(start=date(2026, 11, 2), new_child=True), rates=lump)
    assert lines(st, "eingewoehnung") == [("Eingewöhnung (Pauschale)", Decimal("1"), 15000)]


def test_an_ended_contract_sorting_before_the_current_one_does_not_stop_the_month():
    ended = contract(start=date(2026, 1, 1), end=date(2026, 10, 31))
    current = contract(start=NOV, hours=(Decimal("6"),) * 5 + (Decimal("0"),) * 2)
    st = month(ended, current)
    # 30 h × 4,33 = 129,90 h × 5,45 € = 707,96 €; × 1,65 € = 214,34 €
    assert lines(st) == [
        ("Förderleistung (unter 3 Jahre, ab 300 UE)", Decimal("129.90"), 70796),
        ("Sachaufwand", Decimal("129.90"), 21434),
    ]
    assert st.problems == []


def test_a_skipped_contribution_leaves_the_others_paid():
    contributions = [
        Contribution("dental", Decimal("50.00"), date(2026, 1, 1)),
        Contribution("accident", Decimal("-3.00"), date(2026, 1, 1)),
        Contribution("pension", Decimal("180.00"), date(2026, 1, 1)),
    ]
    st = month(contract(), contributions=contributions)
    assert lines(st, "pension") == [("Erstattung Alterssicherung", Decimal("50.00"), 9000)]
    assert st.problems == [
        "Nachgewiesener Beitrag Unfallversicherung ist negativ (-3 €).",
        "Unbekannte Beitragsart 'dental'.",
    ]


def test_a_contribution_under_one_euro_is_rounded_once_half_up():
    # ½ × 0,37 € = 0,185 € → 0,19 €; the accident insurance wholly: 0,37 €
    contributions = [
        Contribution("pension", Decimal("0.37"), date(2026, 1, 1)),
        Contribution("accident", Decimal("0.37"), date(2026, 1, 1)),
    ]
    st = month(contract(), contributions=contributions)
    assert [(ln.component, ln.amount_cents) for ln in st.lines[2:]] == [
        ("accident", 37),
        ("pension", 19),
    ]


def test_a_new_child_starting_on_the_first_is_paid_the_whole_month_and_settling_in():
    st = month(contract(start=NOV, new_child=True))
    assert lines(st) == [
        ("Förderleistung (unter 3 Jahre, ab 300 UE)", Decimal("173.20"), 94394),
        ("Sachaufwand", Decimal("173.20"), 28578),
        ("Eingewöhnung: Förderleistung", Decimal("20"), 10900),
        ("Eingewöhnung: Sachaufwand", Decimal("20"), 3300),
    ]


def test_a_third_birthday_on_the_first_moves_the_whole_month_to_the_older_rate():
    st = month(contract(birth=date(2023, 11, 1)))
    # 173,20 h × 5,15 € = 891,98 €, one line, no split
    assert lines(st, "foerderleistung") == [
        ("Förderleistung (ab 3 Jahre, ab 300 UE)", Decimal("173.20"), 89198)
    ]


def test_born_on_29_february_the_third_birthday_counts_from_1_march():
    born = date(2024, 2, 29)
    february = month(contract(birth=born), on=date(2027, 2, 1))
    march = month(contract(birth=born), on=date(2027, 3, 1))
    assert [label for label, *_ in lines(february, "foerderleistung")] == [
        "Förderleistung (unter 3 Jahre, ab 300 UE)"
    ]
    assert [label for label, *_ in lines(march, "foerderleistung")] == [
        "Förderleistung (ab 3 Jahre, ab 300 UE)"
    ]


def test_an_unpaid_absence_ending_on_the_months_last_day():
    # The 30 days were used in spring, so 2–30 Nov is all over the limit. Sunday 1 Nov is
    # no absence day: by calendar days 1/30 of the month is paid, 40 × 4,33 × 1/30 =
    # 5,77 h × 5,45 € = 31,46 €; no segment follows the absence.
    earlier = Absence("vacation", date(2026, 3, 2), date(2026, 4, 10))  # 30 weekdays
    over = Absence("illness", date(2026, 11, 2), LAST)
    st = month(contract(), absences=[earlier, over])
    assert lines(st, "foerderleistung") == [
        ("Förderleistung (unter 3 Jahre, ab 300 UE)", Decimal("5.77"), 3146)
    ]
    assert [ln.period_to for ln in st.lines if ln.component == "foerderleistung"] == [NOV]
    (note,) = [ln for ln in st.lines if ln.component == "abwesenheit"]
    assert (note.period_from, note.period_to, note.quantity) == (
        date(2026, 11, 2),
        LAST,
        Decimal("21"),
    )
    # the Sachaufwand goes on: 1 Nov 5,77 h → 9,53 €; 2–30 Nov 167,43 h → 276,25 €
    assert [amount for *_, amount in lines(st, "sachaufwand")] == [953, 27625]


def test_special_needs_double_the_settling_in_hours_of_the_foerderleistung_only():
    st = month(contract(start=date(2026, 11, 2), new_child=True, special_needs=True))
    # 20 h × 10,90 € = 218,00 €; Sachaufwand factor 1: 20 h × 1,65 € = 33,00 €
    assert lines(st, "eingewoehnung") == [
        ("Eingewöhnung: Förderleistung", Decimal("20"), 21800),
        ("Eingewöhnung: Sachaufwand", Decimal("20"), 3300),
    ]


def test_half_up_on_integers_is_half_up_of_the_fraction():
    from fractions import Fraction

    from plugins.payments.arithmetic import half_up, half_up_ratio

    for numerator in range(-41, 42):
        for denominator in (1, 2, 3, 4, 7, 8, 10, 12, 100):
            assert half_up_ratio(numerator, denominator) == half_up(
                Fraction(numerator, denominator)
            ), (numerator, denominator)
