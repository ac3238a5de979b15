"""A month across several contracts: care-day proration, contracts that are skipped with
a problem while the others are paid, the absence note, birthdays on 29 February, extras
and the statement's own header."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal

from core.kernel.contributions import Qualification
from plugins.payments.rates import ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.care import _birthday
from plugins.payments.runs.records import Absence, CareContract, Case, Contribution, Extra, Line

NOV, LAST = date(2026, 11, 1), date(2026, 11, 30)
MO_FR = tuple(Decimal(h) for h in ("8", "8", "8", "8", "8", "0", "0"))
MON_ONLY = (Decimal("8"),) + (Decimal("0"),) * 6


def table(proration="calendar_days", **absence):
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text())
    for period in raw["period"]:
        period["proration"] = proration
        period["absence"].update(absence)
    return ratefile.table_from_dict(raw)


def contract(child_id=17, name="Mia", start=date(2026, 1, 1), end=None, hours=MO_FR, **kw):
    kw.setdefault("new_child", False)
    return CareContract(child_id, name, kw.pop("birth", date(2024, 5, 10)), start, end, hours, **kw)


def case(*contracts, **fields) -> Case:
    return Case(NOV, 4, "Anna Beispiel", Qualification(300), list(contracts), **fields)


def foerder(statement) -> list[Line]:
    return [ln for ln in statement.lines if ln.component == "foerderleistung"]


def test_the_statement_names_its_childminder_and_month():
    st = calculate(table(), case(contract()))
    assert (st.childminder_id, st.childminder_name, st.month) == (4, "Anna Beispiel", NOV)


def test_care_day_proration_counts_booked_weekdays_not_calendar_days():
    # from Mon 16 Nov: 11 of the month's 21 weekdays (calendar days: 15 of 30)
    st = calculate(table("care_days"), case(contract(start=date(2026, 11, 16))))
    assert foerder(st)[0].quantity == Decimal("90.72")  # 40 × 4.33 × 11/21 = 90.724
    by_days = calculate(table(), case(contract(start=date(2026, 11, 16))))
    assert foerder(by_days)[0].quantity == Decimal("86.60")  # 40 × 4.33 × 15/30


def test_care_day_proration_with_one_weekday_booked():
    # Mondays in November 2026: 2, 9, 16, 23, 30; from the 16th: 3 of 5
    st = calculate(table("care_days"), case(contract(start=date(2026, 11, 16), hours=MON_ONLY)))
    assert foerder(st)[0].quantity == Decimal("20.78")  # 8 × 4.33 × 3/5


def test_a_segment_without_any_booked_day_is_worth_nothing():
    # a Monday-only contract ending on Sunday 1 Nov: no care day of it in the month
    st = calculate(table("care_days"), case(contract(end=date(2026, 11, 1), hours=MON_ONLY)))
    assert [ln.quantity for ln in foerder(st)] == [Decimal("0.00")]


def test_a_full_month_weighs_one_whatever_the_proration():
    for proration in ("care_days", "calendar_days"):
        assert foerder(calculate(table(proration), case(contract())))[0].quantity == Decimal(
            "173.20"
        )


def test_a_contract_without_hours_or_birth_date_is_a_problem_and_the_others_are_paid():
    st = calculate(
        table(),
        case(
            contract(1, "Ada", hours=(Decimal("0"),) * 7),
            contract(2, "Ben", birth=None),
            contract(3, "Cleo", hours=(Decimal("1"),) + (Decimal("0"),) * 6),
            contract(4, "Dana"),
        ),
    )
    assert st.problems == [
        "Vertrag für Ada hat keine gebuchten Stunden.",
        "Für Ben fehlt das Geburtsdatum.",
    ]
    assert [(ln.child_name, ln.quantity) for ln in foerder(st)] == [
        ("Cleo", Decimal("4.33")),  # one hour a week is paid
        ("Dana", Decimal("173.20")),
    ]


def test_contracts_outside_the_month_are_left_out_without_a_problem():
    st = calculate(
        table(),
        case(
            contract(1, "Alt", end=date(2026, 10, 31)),
            contract(2, "Neu", start=date(2026, 12, 1)),
            contract(3, "Jetzt"),
        ),
    )
    assert [ln.child_name for ln in foerder(st)] == ["Jetzt"] and st.problems == []


def test_own_hours_of_every_contract_count_against_other_work():
    pension = [Contribution("pension", Decimal("200.00"), date(2026, 1, 1))]
    two = calculate(
        table(),
        case(
            contract(1, "Ada"),
            contract(2, "Ben"),
            contributions=pension,
            external_weekly_hours=Decimal("40"),
        ),
    )
    line = [ln for ln in two.lines if ln.component == "pension"][0]
    # own 346.40 h, other 173.20 h: 50 % × 2/3, the printed 33.33 % of 200.00 €
    assert (line.quantity, line.amount_cents) == (Decimal("33.33"), 6667)  # 200 € × ½ × ⅔


def test_settling_in_on_the_first_and_on_the_last_day_of_the_month():
    for start in (NOV, LAST):
        st = calculate(table(), case(contract(start=start, new_child=True)))
        settling = [ln for ln in st.lines if ln.component == "eingewoehnung"]
        assert len(settling) == 2 and settling[0].period_from == start


def test_extras_are_one_flat_line_each():
    st = calculate(table(), case(extras=[Extra("Erste-Hilfe-Kurs", Decimal("45.00"))]))
    assert st.lines == [
        Line("extra", "Erste-Hilfe-Kurs", Decimal("1"), "pauschal", Decimal("45.00"), 4500)
    ]


def test_days_over_the_yearly_absence_limit_are_noted_with_their_range():
    absences = [Absence("illness", date(2026, 11, 2), date(2026, 11, 13))]
    st = calculate(table(paid_days_per_year=5), case(contract(), absences=absences))
    note = [ln for ln in st.lines if ln.component == "abwesenheit"]
    # care days 2–6 Nov are within the 5; 9–13 Nov are over it (calendar 9..13)
    assert note == [
        Line(
            "abwesenheit",
            "Abwesenheit über die Jahresgrenze: Förderleistung ruht",
            Decimal("5"),
            "Betreuungstage",
            Decimal("0"),
            0,
            period_from=date(2026, 11, 9),
            period_to=date(2026, 11, 13),
        )
    ]
    unpaid = [ln for ln in foerder(st) if ln.period_from == date(2026, 11, 9)]
    assert unpaid == []  # no Förderleistung line for the days over the limit


def test_the_note_counts_the_care_days_withheld_not_the_calendar_days():
    # ill 2–20 Nov: 2–6 Nov within the 5 care days; 9–20 Nov over it: 12 calendar days,
    # of which 10 are booked weekdays (the weekend of 14/15 Nov withholds nothing)
    absences = [Absence("illness", date(2026, 11, 2), date(2026, 11, 20))]
    st = calculate(table(paid_days_per_year=5), case(contract(), absences=absences))
    (note,) = [ln for ln in st.lines if ln.component == "abwesenheit"]
    assert (note.quantity, note.unit) == (Decimal("10"), "Betreuungstage")
    assert (note.period_from, note.period_to) == (date(2026, 11, 9), date(2026, 11, 20))


def test_earlier_absences_of_the_year_use_up_the_allowance():
    absences = [
        Absence("vacation", date(2026, 3, 2), date(2026, 3, 6)),  # 5 care days in March
        Absence("illness", date(2026, 11, 2), date(2026, 11, 3)),
    ]
    st = calculate(table(paid_days_per_year=5), case(contract(), absences=absences))
    note = [ln for ln in st.lines if ln.component == "abwesenheit"]
    assert [(ln.quantity, ln.period_from, ln.period_to) for ln in note] == [
        (Decimal("2"), date(2026, 11, 2), date(2026, 11, 3))
    ]


def test_weekends_of_an_absence_are_not_care_days():
    absences = [Absence("illness", date(2026, 11, 6), date(2026, 11, 9))]  # Fri–Mon
    st = calculate(table(paid_days_per_year=1), case(contract(), absences=absences))
    note = [ln for ln in st.lines if ln.component == "abwesenheit"][0]
    # Friday is the one paid day; the weekend uses none, so Monday is the first over it
    assert (note.quantity, note.period_from, note.period_to) == (
        Decimal("1"),
        date(2026, 11, 9),
        date(2026, 11, 9),
    )


def test_a_birthday_on_29_february_falls_on_1_march_in_other_years():
    assert _birthday(date(2024, 2, 29), 3) == date(2027, 3, 1)
    assert _birthday(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert _birthday(date(2023, 11, 16), 3) == date(2026, 11, 16)
