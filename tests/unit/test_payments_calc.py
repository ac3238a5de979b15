"""The payment arithmetic on plain data, with the shipped presets' real numbers."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.kernel.contributions import PaymentLine, Qualification
from plugins.payments.rates import ratefile, tables
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import Absence, CareContract, Case, Contribution, Extra

NOV = date(2026, 11, 1)
MO_FR = tuple(Decimal(h) for h in ("8", "8", "8", "8", "8", "0", "0"))


def preset(name: str) -> tables.RateTable:
    return ratefile.load_file(ratefile.presets()[name])


def contract(
    child="Mia", birth=date(2024, 5, 10), start=date(2026, 1, 1), end=None, hours=MO_FR, **kw
) -> CareContract:
    return CareContract(hash(child) % 1000, child, birth, start, end, hours, **kw)


def case(*contracts, ue=300, month=NOV, **kw) -> Case:
    return Case(month, 1, "Anna Beispiel", Qualification(ue), list(contracts), **kw)


def amounts(st, component=None) -> list[int]:
    return [ln.amount_cents for ln in st.lines if component in (None, ln.component)]


def test_full_month_is_weekly_hours_times_factor_times_rate():
    st = calculate(preset("beispiel"), case(contract(new_child=False)))
    foerder, sach = st.lines
    assert (foerder.quantity, foerder.rate, foerder.amount_cents) == (
        Decimal("173.20"),
        Decimal("5.45"),
        94394,
    )
    assert (sach.quantity, sach.rate, sach.amount_cents) == (
        Decimal("173.20"),
        Decimal("1.65"),
        28578,
    )
    assert st.total_cents == 94394 + 28578
    assert st.problems == []


def with_rounding(name: str, rule: str) -> tables.RateTable:
    data = tomllib.loads(ratefile.presets()[name].read_text(encoding="utf-8"))
    for period in data["period"]:
        period["rounding"] = rule
    return ratefile.table_from_dict(data)


@pytest.mark.parametrize(
    "rule, expected",
    [
        ("hours_first", 4883),  # 10.50 h × 4.65 € = 48.825 → 48.83: half up, not to even
        ("amount_once", 4882),  # 10.499817 h × 4.65 € = 48.8241… → 48.82
    ],
)
def test_each_line_rounds_half_up_under_the_tables_rule_and_the_total_is_the_sum(rule, expected):
    hours = (Decimal("2.4249"),) + (Decimal("0"),) * 6  # 2.4249 × 4.33 = 10.499817 h
    st = calculate(
        with_rounding("beispiel", rule),
        case(contract(hours=hours, birth=date(2020, 1, 1), new_child=False), ue=160),
    )
    foerder = st.lines[0]
    assert foerder.quantity == Decimal("10.50")  # shown to two places under either rule
    assert foerder.rate == Decimal("4.65")
    assert foerder.amount_cents == expected
    assert st.total_cents == sum(amounts(st))


def test_a_contract_starting_mid_month_is_prorated_by_calendar_days():
    st = calculate(preset("beispiel"), case(contract(start=date(2026, 11, 16), new_child=False)))
    assert st.lines[0].quantity == Decimal("86.60")  # 40 × 4.33 × 15/30
    assert st.lines[0].period_from == date(2026, 11, 16)


def test_the_age_band_changes_on_the_third_birthday_and_splits_the_month():
    st = calculate(preset("beispiel"), case(contract(birth=date(2023, 11, 16), new_child=False)))
    foerder = [ln for ln in st.lines if ln.component == "foerderleistung"]
    assert [(ln.period_from.day, ln.quantity, ln.rate) for ln in foerder] == [
        (1, Decimal("86.60"), Decimal("5.45")),
        (16, Decimal("86.60"), Decimal("5.15")),
    ]
    assert "unter 3 Jahre" in foerder[0].label and "ab 3 Jahre" in foerder[1].label


def test_a_rate_change_inside_the_month_splits_by_days():
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text())
    first, second = raw["period"]
    first["valid_to"], second["valid_from"] = date(2026, 11, 14), date(2026, 11, 15)
    first["valid_from"] = date(2026, 1, 1)
    table = ratefile.table_from_dict(raw)
    st = calculate(table, case(contract(new_child=False)))
    foerder = [ln for ln in st.lines if ln.component == "foerderleistung"]
    assert [(ln.quantity, ln.rate) for ln in foerder] == [
        (Decimal("80.83"), Decimal("5.30")),  # 40 × 4.33 × 14/30
        (Decimal("92.37"), Decimal("5.45")),  # 40 × 4.33 × 16/30
    ]


def test_the_august_rate_change_of_the_example_preset_applies_from_august():
    july = calculate(preset("beispiel"), case(contract(new_child=False), month=date(2026, 7, 1)))
    august = calculate(preset("beispiel"), case(contract(new_child=False), month=date(2026, 8, 1)))
    assert july.lines[0].rate == Decimal("5.30") and august.lines[0].rate == Decimal("5.45")


def test_qualification_grades_the_foerderleistung_but_not_the_sachaufwand():
    table = preset("beispiel")
    by_level = {
        label: calculate(table, case(contract(new_child=False), ue=ue)).lines
        for label, ue in (("basis", 0), ("160", 160), ("300", 300))
    }
    assert [lines[0].rate for lines in by_level.values()] == [
        Decimal("4.45"),
        Decimal("4.95"),
        Decimal("5.45"),
    ]
    assert {lines[1].rate for lines in by_level.values()} == {Decimal("1.65")}
    fachkraft = Case(NOV, 1, "A", Qualification(0, fachkraft=True), [contract(new_child=False)])
    assert calculate(table, fachkraft).lines[0].rate == Decimal("5.95")


def test_special_needs_multiply_the_foerderleistung_by_the_factor():
    st = calculate(preset("beispiel"), case(contract(special_needs=True, new_child=False)))
    foerder, sach = st.lines
    assert foerder.rate == Decimal("10.90") and "erhöhter Förderbedarf × 2" in foerder.label
    assert foerder.amount_cents == 188788  # 173.20 × 10.90
    assert sach.rate == Decimal("1.65")


def test_a_new_child_brings_settling_in_hours_a_continued_contract_does_not():
    new = calculate(preset("beispiel"), case(contract(start=date(2026, 11, 2))))
    settling = [ln for ln in new.lines if ln.component == "eingewoehnung"]
    assert [(ln.quantity, ln.rate, ln.amount_cents) for ln in settling] == [
        (Decimal("20"), Decimal("5.45"), 10900),
        (Decimal("20"), Decimal("1.65"), 3300),
    ]
    continued = calculate(
        preset("beispiel"), case(contract(start=date(2026, 11, 2), new_child=False))
    )
    assert not [ln for ln in continued.lines if ln.component == "eingewoehnung"]


def test_absence_beyond_the_yearly_limit_stops_the_foerderleistung_not_the_sachaufwand():
    absences = [
        Absence("vacation", date(2026, 8, 3), date(2026, 9, 4)),  # 25 care days
        Absence("illness", date(2026, 11, 2), date(2026, 11, 13)),  # days 26–35
    ]
    st = calculate(preset("beispiel"), case(contract(new_child=False), absences=absences))
    foerder = [
        (ln.period_from.day, ln.quantity, ln.amount_cents)
        for ln in st.lines
        if ln.component == "foerderleistung"
    ]
    assert foerder == [(1, Decimal("46.19"), 25172), (14, Decimal("98.15"), 53490)]
    sach = [ln.quantity for ln in st.lines if ln.component == "sachaufwand"]
    assert sach == [Decimal("46.19"), Decimal("28.87"), Decimal("98.15")]
    note = next(ln for ln in st.lines if ln.component == "abwesenheit")
    assert (note.quantity, note.period_from.day, note.period_to.day) == (Decimal("5"), 9, 13)


def test_absence_within_the_limit_and_kinds_not_counted_change_nothing():
    full = calculate(preset("beispiel"), case(contract(new_child=False)))
    other = [Absence("other", date(2026, 1, 5), date(2026, 12, 31))]
    within = [Absence("illness", date(2026, 11, 2), date(2026, 11, 13))]
    for absences in (other, within):
        st = calculate(preset("beispiel"), case(contract(new_child=False), absences=absences))
        assert st.total_cents == full.total_cents


def test_insurance_is_reimbursed_by_share_with_cap_and_agency_share():
    contributions = [
        Contribution("accident", Decimal("12.40"), date(2026, 1, 1)),
        Contribution("pension", Decimal("500.00"), date(2026, 1, 1)),  # capped at 400
        Contribution("health", Decimal("250.00"), date(2026, 11, 16)),  # half the month
    ]
    st = calculate(preset("beispiel"), case(contract(new_child=False), contributions=contributions))
    got = {ln.component: (ln.quantity, ln.rate, ln.amount_cents) for ln in st.lines}
    assert got["accident"] == (Decimal("100.00"), Decimal("12.40"), 1240)
    assert got["pension"] == (Decimal("50.00"), Decimal("400.00"), 20000)
    assert got["health"] == (Decimal("25.00"), Decimal("250.00"), 6250)
    shared = calculate(
        preset("beispiel"),
        case(
            contract(new_child=False),
            contributions=contributions[1:2],
            external_weekly_hours=Decimal("10"),
        ),
    )
    pension = shared.lines[-1]
    assert (pension.quantity, pension.amount_cents) == (Decimal("40.00"), 16000)  # 50 % × 40/50


def test_extras_and_lines_from_other_modules_are_paid_as_given():
    st = calculate(
        preset("beispiel"),
        case(
            extras=[Extra("Erste-Hilfe-Kurs", Decimal("45.00"))],
            lines=[
                PaymentLine(
                    "vertretung",
                    "Vertretung für Tom",
                    Decimal("12.5"),
                    "Std.",
                    Decimal("5.45"),
                    "Tom",
                )
            ],
        ),
    )
    assert amounts(st) == [4500, 6813]  # 12.5 × 5.45 = 68.125 → 68.13


@pytest.mark.parametrize(
    ("ue", "birth", "rate", "amount"),
    [
        (70, date(2025, 1, 1), "5.50", 71500),
        (0, date(2025, 1, 1), "4.90", 63700),
        (70, date(2022, 1, 1), "4.50", 58500),
        (69, date(2022, 1, 1), "4.20", 54600),
    ],
)
def test_stuttgart_2012_rates(ue, birth, rate, amount):
    hours = (Decimal("6"),) * 5 + (Decimal("0"),) * 2  # 30 h × 52/12 = 130 h
    st = calculate(
        preset("stuttgart-2012"), case(contract(birth=birth, hours=hours, new_child=False), ue=ue)
    )
    (line,) = st.lines
    assert (line.quantity, line.rate, line.amount_cents) == (
        Decimal("130.00"),
        Decimal(rate),
        amount,
    )


def test_stuttgart_names_no_rate_for_school_children_so_the_month_is_blocked():
    st = calculate(
        preset("stuttgart-2012"), case(contract(birth=date(2019, 1, 1), new_child=False), ue=70)
    )
    assert st.lines == []
    assert st.problems == [
        "Kein Satz für Laufende Geldleistung (Förderleistung und Sachaufwand) "
        "(ab 6 Jahre, ab 70 UE) ab 01.11.2026 (Mia)."
    ]


def test_willich_pays_5_81_per_child_and_hour_until_july_2024():
    hours = (Decimal("5"),) * 5 + (Decimal("0"),) * 2
    st = calculate(
        preset("willich-2023"),
        case(
            contract(hours=hours, new_child=False, start=date(2023, 1, 1)), month=date(2024, 3, 1)
        ),
    )
    assert [(ln.quantity, ln.rate, ln.amount_cents) for ln in st.lines] == [
        (Decimal("108.33"), Decimal("5.81"), 62942)  # 25 × 52 × 5,81 € ÷ 12
    ]
    later = calculate(
        preset("willich-2023"),
        case(
            contract(hours=hours, new_child=False, start=date(2023, 1, 1)), month=date(2024, 8, 1)
        ),
    )
    assert later.problems == ["Keine Sätze für den 01.08.2024 hinterlegt."]


def test_bad_input_becomes_blocking_problems_not_exceptions():
    st = calculate(
        preset("beispiel"),
        case(
            contract(child="Ohne Stunden", hours=(Decimal("0"),) * 7),
            contract(child="Ohne Geburtsdatum", birth=None),
            contributions=[Contribution("pension", Decimal("-5"), date(2026, 1, 1))],
        ),
    )
    assert st.problems == [
        "Für Ohne Geburtsdatum fehlt das Geburtsdatum.",
        "Vertrag für Ohne Stunden hat keine gebuchten Stunden.",
        "Nachgewiesener Beitrag Alterssicherung ist negativ (-5 €).",
    ]


def test_every_shipped_preset_loads_and_names_its_source():
    for key, path in ratefile.presets().items():
        table = ratefile.load_file(path)
        assert table.source and table.periods, key


def test_rate_files_with_float_money_or_overlapping_periods_are_refused():
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text())
    floats = copy.deepcopy(raw)
    floats["period"][0]["rates"][0]["rate"] = 4.3
    with pytest.raises(ValidationError, match="bitte als Text"):
        ratefile.table_from_dict(floats)
    overlap = copy.deepcopy(raw)
    overlap["period"][0]["valid_to"] = date(2026, 8, 15)
    with pytest.raises(ValidationError, match="überschneiden sich"):
        ratefile.table_from_dict(overlap)
    unknown = copy.deepcopy(raw)
    unknown["period"][0]["rates"][0]["level"] = "meister"
    with pytest.raises(ValidationError, match="unbekannte level 'meister'"):
        ratefile.table_from_dict(unknown)


def _day_by_day(case_: Case, start: date, end: date) -> int:
    """The plain reading of "care day": some contract lasts that day and books hours."""
    from datetime import timedelta

    days = 0
    for n in range((end - start).days + 1):
        day = start + timedelta(n)
        days += any(
            c.hours[day.weekday()] > 0
            and c.valid_from <= day
            and (c.valid_to is None or day <= c.valid_to)
            for c in case_.contracts
        )
    return days


def test_care_days_counted_by_weekday_agree_with_counting_day_by_day():
    """The allowance counts care days by weekdays where every contract lasts through the
    absence, and day by day where one starts or ends inside it: the same number."""
    from datetime import timedelta

    from plugins.payments.runs.allowance import care_days_within

    three_days = tuple(Decimal(h) for h in ("5", "0", "5", "0", "5", "0", "0"))
    weekend = tuple(Decimal(h) for h in ("0", "0", "0", "0", "0", "4", "0"))
    shapes = [
        case(contract()),
        case(contract(hours=three_days), contract("Ben", hours=weekend)),
        case(contract(start=date(2026, 3, 11)), contract("Ben", end=date(2026, 3, 20))),
        case(contract(hours=weekend, start=date(2026, 3, 14), end=date(2026, 3, 14))),
        # a contract ending on a Saturday the absence starts on still books that day
        case(contract(hours=three_days), contract("Ben", end=date(2026, 3, 21), hours=weekend)),
        case(),
    ]
    for shape in shapes:
        for offset in range(40):
            start = date(2026, 3, 1) + timedelta(offset)
            for length in (0, 1, 5, 6, 7, 8, 13, 29):
                end = start + timedelta(length)
                assert care_days_within(shape, start, end) == _day_by_day(shape, start, end)


def test_the_allowance_counts_an_absence_that_crosses_it_day_by_day():
    """Within the allowance an absence is counted as a whole; the one that crosses it stops
    the Förderleistung from its first day over the limit, whichever way it was counted."""
    absences = [
        Absence("vacation", date(2026, 1, 5), date(2026, 2, 6)),  # 25 care days
        Absence("illness", date(2026, 10, 26), date(2026, 11, 6)),  # days 26–35: Nov 2–6 over
    ]
    st = calculate(preset("beispiel"), case(contract(new_child=False), absences=absences))
    (note,) = [ln for ln in st.lines if ln.component == "abwesenheit"]
    assert (note.period_from, note.period_to, note.quantity) == (
        date(2026, 11, 2),
        date(2026, 11, 6),
        Decimal(5),
    )


def with_total_rounding(rule: str) -> tables.RateTable:
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in data["period"]:
        period["total_rounding"] = rule
    return ratefile.table_from_dict(data)


FOUR_HOURS = tuple(Decimal(h) for h in ("4", "4", "4", "4", "4", "0", "0"))


SIX_HOURS = tuple(Decimal(h) for h in ("6", "6", "6", "6", "6", "0", "0"))


@pytest.mark.parametrize(
    "rule, hours, extras, total, difference, before",
    [
        # 20 h × 4,33 = 86,60 h: 471,97 € + 142,89 € = 614,86 €
        ("euro_half_up", FOUR_HOURS, [], 61500, 14, "614,86"),
        ("euro_up", FOUR_HOURS, [], 61500, 14, "614,86"),
        ("cent", FOUR_HOURS, [], 61486, None, ""),
        # 30 h × 4,33 = 129,90 h: 707,96 € + 214,34 € = 922,30 €
        ("euro_half_up", SIX_HOURS, [], 92200, -30, "922,30"),
        ("euro_up", SIX_HOURS, [], 92300, 70, "922,30"),
        # 40 h: 943,94 € + 285,78 € = 1.229,72 €, and with 0,28 € more nothing to round
        ("euro_half_up", MO_FR, [], 123000, 28, "1.229,72"),
        ("euro_up", MO_FR, [Extra("Ausgleich", Decimal("0.28"))], 123000, None, ""),
    ],
)
def test_a_table_may_pay_the_months_total_in_whole_euros(
    rule, hours, extras, total, difference, before
):
    her = case(contract(hours=hours, new_child=False), extras=extras)
    st = calculate(with_total_rounding(rule), her)
    rounding = [ln for ln in st.lines if ln.component == "rundung"]
    assert st.total_cents == total
    if difference is None:
        assert rounding == []
    else:
        (line,) = rounding
        assert (line.label, line.quantity, line.amount_cents, line.rate, line.unit) == (
            "Rundung",
            Decimal("1"),
            difference,
            Decimal(difference).scaleb(-2),
            "pauschal",
        )
        assert line.working.endswith(f": {before}\xa0€"), line.working


def test_whole_euros_rounds_a_repayment_in_her_favour_or_half_away_from_zero():
    from plugins.payments.arithmetic import whole_euros

    assert [whole_euros(c, "euro_up") for c in (-1234, -1200, -1, 0, 1, 1299)] == [
        -1200,
        -1200,
        0,
        0,
        100,
        1300,
    ]
    assert [whole_euros(c, "euro_half_up") for c in (-1250, -1249, 1249, 1250)] == [
        -1300,
        -1200,
        1200,
        1300,
    ]
    assert whole_euros(1234, "cent") == 1234


def test_a_misspelt_total_rounding_key_names_the_right_one():
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    data["period"][0]["total_rouding"] = "euro_up"
    with pytest.raises(ValidationError) as refused:
        ratefile.table_from_dict(data)
    assert "gemeint ist wohl 'total_rounding'" in str(refused.value)
    data["period"][0].pop("total_rouding")
    data["period"][0]["total_rounding"] = "euro"
    with pytest.raises(ValidationError) as refused:
        ratefile.table_from_dict(data)
    assert "total_rounding muss cent oder euro_half_up oder euro_up sein" in str(refused.value)


def with_surcharge(**rows) -> tables.RateTable:
    """The example table with a qualification surcharge of 20 % of the Förderleistung for
    Fachkräfte and none for the others (a published rule the format states as data)."""
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in data["period"]:
        period["components"].append({"key": "zuschlag", "label": "Qualifizierungszuschlag"})
        period["rates"] += [
            {"component": "zuschlag", "percent": "0", "of": "foerderleistung"},
            {"component": "zuschlag", "level": "fachkraft", "of": "foerderleistung"}
            | rows.get("fachkraft", {"percent": "20"}),
        ]
    return ratefile.table_from_dict(data)


def test_a_component_may_be_a_percentage_of_another_for_fachkraefte_only():
    fachkraft = Case(NOV, 1, "Anna", Qualification(0, True), [contract(new_child=False)])
    st = calculate(with_surcharge(), fachkraft)
    foerder, sach, zuschlag = st.lines
    # 40 h × 4,33 = 173,20 h × 5,95 € = 1.030,54 €; 20 % of it = 206,108 € → 206,11 €
    assert (foerder.quantity, foerder.rate, foerder.amount_cents) == (
        Decimal("173.20"),
        Decimal("5.95"),
        103054,
    )
    assert (zuschlag.label, zuschlag.quantity, zuschlag.unit) == (
        "Qualifizierungszuschlag (pädagogische Fachkraft)",
        Decimal("20"),
        "%",
    )
    assert (zuschlag.rate, zuschlag.amount_cents) == (Decimal("1030.54"), 20611)
    assert zuschlag.working == "20 % von 1.030,54\xa0€"
    assert st.total_cents == 103054 + 28578 + 20611 and st.problems == []
    others = calculate(with_surcharge(), case(contract(new_child=False)))  # 300 UE
    assert [ln.component for ln in others.lines] == ["foerderleistung", "sachaufwand"]
    assert others.problems == []


@pytest.mark.parametrize(
    "row, message",
    [
        ({"percent": "20", "of": None}, "'of' muss einen anderen Bestandteil nennen"),
        ({"percent": "20", "of": "zuschlag"}, "'of' muss einen anderen Bestandteil nennen"),
        ({"percent": "20", "of": "sachaufwnad"}, "'of' muss einen anderen Bestandteil nennen"),
        ({"percent": "20", "rate": "1.00"}, "genau eines von 'rate', 'monthly' oder 'percent'"),
        ({"rate": "1.00", "of": "foerderleistung"}, "'of' gehört nur zu 'percent'"),
    ],
)
def test_a_percentage_names_the_component_it_is_taken_of(row, message):
    fields = {k: v for k, v in row.items() if v is not None}
    if row.get("of", "x") is None:
        fields = {"percent": "20"}
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    period = data["period"][0]
    period["components"].append({"key": "zuschlag", "label": "Qualifizierungszuschlag"})
    period["rates"].append({"component": "zuschlag"} | fields)
    with pytest.raises(ValidationError) as refused:
        ratefile.table_from_dict(data)
    assert message in str(refused.value)


def test_a_percentage_of_a_percentage_is_refused():
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    period = data["period"][0]
    period["components"] += [
        {"key": "zuschlag", "label": "Zuschlag"},
        {"key": "bonus", "label": "Bonus"},
    ]
    period["rates"] += [
        {"component": "zuschlag", "percent": "20", "of": "foerderleistung"},
        {"component": "bonus", "percent": "5", "of": "zuschlag"},
    ]
    with pytest.raises(ValidationError) as refused:
        ratefile.table_from_dict(data)
    assert "'of' muss ein Bestandteil mit Betrag sein" in str(refused.value)


def with_full_time(full_time="45") -> tables.RateTable:
    """A monthly Förderleistung of 500 € at 45 booked hours a week, less below (a rule
    offices publish), and Sachaufwand by the hour as in the example table."""
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in data["period"]:
        period["rates"] = [
            {"component": "foerderleistung", "monthly": "500.00", "full_time": full_time},
            {"component": "sachaufwand", "rate": "1.65"},
        ]
    return ratefile.table_from_dict(data)


@pytest.mark.parametrize(
    "daily, quantity, amount, share",
    [
        ("6", Decimal("0.67"), 33333, ", 30/45 Std. der Vollzeit"),  # 500 × 30/45 = 333,33
        ("9", Decimal("1"), 50000, ""),  # 45 h: in full
        ("10", Decimal("1"), 50000, ""),  # more than full time: in full, not more
    ],
)
def test_a_monthly_amount_for_full_time_is_paid_in_proportion_below_it(
    daily, quantity, amount, share
):
    hours = tuple(Decimal(h) for h in (daily,) * 5 + ("0", "0"))
    st = calculate(with_full_time(), case(contract(hours=hours, new_child=False)))
    foerder = next(ln for ln in st.lines if ln.component == "foerderleistung")
    assert (foerder.quantity, foerder.unit, foerder.amount_cents) == (quantity, "Monat", amount)
    assert foerder.working.endswith("ganzer Monat" + share), foerder.working


def test_a_half_month_of_a_part_time_monthly_amount_takes_both_shares():
    """30 h from 16 November: 500 € × 30/45 × 15/30 days = 166,666… → 166,67 €."""
    her = case(
        contract(
            hours=tuple(Decimal(h) for h in ("6",) * 5 + ("0", "0")),
            start=date(2026, 11, 16),
            new_child=False,
        )
    )
    foerder = next(
        ln for ln in calculate(with_full_time(), her).lines if ln.component == "foerderleistung"
    )
    assert (foerder.quantity, foerder.amount_cents) == (Decimal("0.33"), 16667)


@pytest.mark.parametrize("full_time", ["0", "-5"])
def test_full_time_is_a_positive_number_of_weekly_hours_for_monthly_amounts(full_time):
    with pytest.raises(ValidationError) as refused:
        with_full_time(full_time)
    assert "'full_time' (Wochenstunden über 0) gehört nur zu 'monthly'" in str(refused.value)


def test_full_time_belongs_to_a_monthly_amount_not_an_hourly_rate():
    data = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    data["period"][0]["rates"][0]["full_time"] = "45"
    with pytest.raises(ValidationError) as refused:
        ratefile.table_from_dict(data)
    assert "gehört nur zu 'monthly'" in str(refused.value)
