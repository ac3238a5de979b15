"""Hour bands per care day ("1 bis 2 Std. pro Tag") with included and excluded edges: read
strictly, looked up exactly at every kind of edge with the average booked day (weekly
hours ÷ booked weekdays), and paid for a month as worked out by hand below.

The table is tests/data/rates-per-day.toml: t2 "1 bis 2" (1 ≤ h ≤ 2), t4 "mehr als 2 bis
4" (2 < h ≤ 4), t6 "über 4 bis unter 6" (4 < h < 6), t10 "6 bis 10" (6 ≤ h ≤ 10) hours a
day; Förderleistung 100 / 200 / 300 / 450 € a month by band, Sachaufwand 1,50 € an hour."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from core.errors import ValidationError
from core.kernel.contributions import Qualification
from plugins.payments.rates import preview, ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import CareContract, Case

FILE = Path(__file__).parents[1] / "data" / "rates-per-day.toml"
RAW = tomllib.loads(FILE.read_text(encoding="utf-8"))
TABLE = ratefile.load_file(FILE)
PERIOD = TABLE.periods[0]
NOV = date(2026, 11, 1)


def banded(change) -> dict:
    data = copy.deepcopy(RAW)
    change(data["period"][0]["hour_bands"])
    return data


def swap(band: dict, old: str, **new) -> None:
    """The band with one edge key replaced by another: `swap(b, "up_to", below="1")`."""
    del band[old]
    band.update(new)


def refused(data: dict) -> str:
    with pytest.raises(ValidationError) as caught:
        ratefile.table_from_dict(data, origin="kreis.toml")
    return caught.value.errors["rates"]


def days(*hours: str) -> tuple[Decimal, ...]:
    """Hours Monday .. Sunday."""
    return tuple(Decimal(h) for h in hours) + (Decimal("0"),) * (7 - len(hours))


# --- reading ------------------------------------------------------------------------------


def test_each_band_keeps_its_edges_and_starts_where_the_one_below_ends():
    assert [(b.key, b.per, b.low, b.low_open, b.high, b.high_open) for b in PERIOD.hour_bands] == [
        ("t2", "day", 1, False, 2, False),  # 1 ≤ h ≤ 2
        ("t4", "day", 2, True, 4, False),  # after "bis 2": 2 < h ≤ 4
        ("t6", "day", 4, True, 6, True),  # 4 < h < 6
        ("t10", "day", 6, False, 10, False),  # after "unter 6": 6 ≤ h ≤ 10
    ]
    assert PERIOD.hours_per == "day"


def test_weekly_bands_read_as_before():
    dus = ratefile.load_file(ratefile.presets()["duesseldorf-2015"]).periods[0]
    b10, b15 = dus.hour_bands[:2]
    assert (b10.low, b10.low_open, b10.high, b10.high_open) == (5, False, 10, False)
    assert (b15.low, b15.low_open, b15.high, b15.high_open) == (10, True, 15, False)
    assert dus.hours_per == "week" and {b.per for b in dus.hour_bands} == {"week"}


def test_the_order_of_the_bands_in_the_file_changes_nothing():
    assert ratefile.table_from_dict(banded(list.reverse)).periods[0].hour_bands == (
        PERIOD.hour_bands
    )


P = "kreis.toml, Zeitraum 1"


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda b: b[2].update(bellow=b[2].pop("below")),
            f"{P}, hour_bands Nr. 3: unbekannter Schlüssel 'bellow' in hour_bands – gemeint ist "
            "wohl 'below'.",
        ),
        (
            lambda b: b[1].update(upto=b[1].pop("up_to")),
            f"{P}, hour_bands Nr. 2: unbekannter Schlüssel 'upto' in hour_bands – gemeint ist "
            "wohl 'up_to'.",
        ),
        (
            lambda b: b[0].update(pre=b[0].pop("per")),
            f"{P}, hour_bands Nr. 1: unbekannter Schlüssel 'pre' in hour_bands – gemeint ist "
            "wohl 'per'.",
        ),
        (
            lambda b: b[0].update(unter="2"),
            f"{P}, hour_bands Nr. 1: unbekannter Schlüssel 'unter' in hour_bands; erlaubt: "
            "above, at_least, below, key, label, per, up_to.",
        ),
        (
            lambda b: b[2].update(up_to="6"),
            f"{P}, hour_bands Nr. 3: hour_bands: 'up_to' und 'below' schließen einander aus – "
            "nur eine der beiden Grenzen angeben.",
        ),
        (
            lambda b: b[0].update(above="1"),
            f"{P}, hour_bands Nr. 1: hour_bands: 'at_least' und 'above' schließen einander aus "
            "– nur eine der beiden Grenzen angeben.",
        ),
        (
            lambda b: b[3].pop("up_to"),
            f"{P}, hour_bands Nr. 4: hour_bands: Obergrenze fehlt – 'up_to' (einschließlich) "
            "oder 'below' (ausschließlich) angeben.",
        ),
        (
            lambda b: b[0].update(up_to="1", at_least="1,5"),
            f"{P}, hour_bands Nr. 1: hour_bands: zwischen 'at_least' = 1,5 und 'up_to' = 1 "
            "liegt keine Stundenzahl.",
        ),
        (  # "ab 1 bis unter 1" holds no hour; "1 bis 1" would hold exactly 1
            lambda b: swap(b[0], "up_to", below="1"),
            f"{P}, hour_bands Nr. 1: hour_bands: zwischen 'at_least' = 1 und 'below' = 1 liegt "
            "keine Stundenzahl.",
        ),
        (
            lambda b: swap(b[0], "at_least", above="2"),
            f"{P}, hour_bands Nr. 1: hour_bands: zwischen 'above' = 2 und 'up_to' = 2 liegt "
            "keine Stundenzahl.",
        ),
        (
            lambda b: b[0].update(at_least="-1"),
            f"{P}, hour_bands Nr. 1: hour_bands: 'at_least' darf nicht negativ sein.",
        ),
        (
            lambda b: b[3].update(up_to="40"),
            f"{P}, hour_bands Nr. 4: hour_bands: 'up_to' = 40 Stunden je Tag – ein Tag hat 24 "
            'Stunden (Wochenstunden ohne per = "day" angeben).',
        ),
        (
            lambda b: b[0].update(per="month"),
            f"{P}, hour_bands Nr. 1: hour_bands.per muss week oder day sein.",
        ),
        (
            lambda b: b[3].update(up_to=10.0),
            f"{P}, hour_bands Nr. 4: 'up_to' bitte als Text angeben, z. B. \"4.60\".",
        ),
        (
            lambda b: b[1].pop("per"),  # t4 would count weekly hours, the others daily
            f"{P}: hour_bands: Stufen je Woche und je Tag gemischt – 'per' muss bei allen "
            "Stufen gleich sein.",
        ),
        (
            lambda b: b[1].update(above="2"),
            f"{P}: hour_bands: 'above' gilt nur für die unterste Stufe (t4).",
        ),
        (
            lambda b: b[2].update(at_least="4"),
            f"{P}: hour_bands: 'at_least' gilt nur für die unterste Stufe (t6).",
        ),
        (  # "bis 4" and "unter 4": one edge, two bands
            lambda b: b.append({"key": "u4", "label": "unter 4", "per": "day", "below": "4"}),
            f"{P}: hour_bands: 't4' und 'u4' haben dieselben Grenzen.",
        ),
    ],
)
def test_bad_or_contradictory_edges_are_refused_naming_the_place(change, message):
    assert refused(banded(change)) == message


def test_a_lower_edge_of_0_on_a_higher_band_is_where_it_starts_anyway():
    # stored tables wrote `at_least = "0"` on every band; they still read
    table = ratefile.table_from_dict(banded(lambda b: b[1].update(at_least="0")))
    assert table.periods[0].hour_bands == PERIOD.hour_bands


# --- looking up ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weekly, booked_days, band",
    [
        ("4.95", 5, None),  # 0,99 h a day: below "ab 1"
        ("5", 5, "t2"),  # 1 h: "ab 1" includes 1
        ("10", 5, "t2"),  # 2 h: "bis 2" includes 2
        ("10.05", 5, "t4"),  # 2,01 h: "mehr als 2"
        ("20", 5, "t4"),  # 4 h: "bis 4" includes 4
        ("20.05", 5, "t6"),  # 4,01 h: "über 4"
        ("29.95", 5, "t6"),  # 5,99 h: "unter 6"
        ("30", 5, "t10"),  # 6 h: not "unter 6", so "6 bis 10"
        ("50", 5, "t10"),  # 10 h: "bis 10" includes 10
        ("50.05", 5, None),  # 10,01 h: above the highest band
        ("10", 4, "t4"),  # 2,5 h: the same week on fewer days is a longer day
        ("10", 3, "t4"),  # 10/3 = 3,333… h, exact
        ("17.99", 3, "t6"),  # 5,99666… h
        ("18", 3, "t10"),  # 6 h exactly
        ("20", 4, "t6"),  # 5 h
    ],
)
def test_the_band_is_that_of_the_average_booked_day_exact_at_every_edge(weekly, booked_days, band):
    found = PERIOD.hour_band_for(Decimal(weekly), booked_days)
    assert (found.key if found else None) == band


def test_an_excluded_lower_edge_of_the_lowest_band():
    above_1 = ratefile.table_from_dict(
        banded(lambda b: b[0].update(above=b[0].pop("at_least")))
    ).periods[0]
    assert above_1.hour_band_for(Decimal("5"), 5) is None  # 1 h: not "mehr als 1"
    assert above_1.hour_band_for(Decimal("5.05"), 5).key == "t2"  # 1,01 h


def test_a_day_is_divided_exactly_where_a_binary_float_would_miss_the_edge():
    # 4,2 h on 3 days are 1,4 h a day; as binary floats 4.2 / 3 = 1.4000000000000001,
    # which would fall out of "bis 1,4"
    narrow = ratefile.table_from_dict(
        banded(lambda b: b[0].update(at_least="0", up_to="1,4"))
    ).periods[0]
    assert narrow.booked_hours(Decimal("4.2"), 3) == Fraction(7, 5)
    assert narrow.hour_band_for(Decimal("4.2"), 3).key == "t2"
    assert narrow.hour_band_for(Decimal("4.23"), 3).key == "t4"  # 1,41 h


def test_the_booked_hours_are_weekly_for_weekly_bands_and_none_without_a_booked_day():
    dus = ratefile.load_file(ratefile.presets()["duesseldorf-2015"]).periods[0]
    assert dus.booked_hours(Decimal("20"), 4) == Decimal("20")
    assert PERIOD.booked_hours(Decimal("20"), 4) == Fraction(5)
    assert PERIOD.booked_hours(Decimal("0"), 0) is None
    assert PERIOD.hour_band_for(Decimal("0"), 0) is None


# --- a month ------------------------------------------------------------------------------


def contract(child_id, name, hours, start=date(2026, 1, 1)):
    return CareContract(child_id, name, date(2025, 3, 1), start, None, hours, new_child=False)


def test_a_month_with_three_children_in_per_day_bands_worked_out_by_hand():
    """November 2026 (30 days), factor 52/12:

    Mia: Mo–Th 5 h = 20 h on 4 days = 5 h a day → t6: 300,00 €;
         Sachaufwand 20 × 52/12 = 86,666… h × 1,50 € = 130,00 €.
    Ben: from 16 Nov, Mo–Fr 6 h = 30 h on 5 days = 6 h a day → t10 (not "unter 6"):
         450,00 € × 15/30 days = 225,00 €; 30 × 52/12 × 15/30 = 65 h × 1,50 € = 97,50 €.
    Lea: Mo 4, Tu 4, We 2 = 10 h on 3 days = 3,333… h a day → t4: 200,00 €;
         10 × 52/12 = 43,333… h × 1,50 € = 65,00 €.
    Total: 300 + 130 + 225 + 97,50 + 200 + 65 = 1.017,50 €."""
    case = Case(
        NOV,
        1,
        "Anna",
        Qualification(0),
        [
            contract(1, "Mia", days("5", "5", "5", "5")),
            contract(2, "Ben", days("6", "6", "6", "6", "6"), start=date(2026, 11, 16)),
            contract(3, "Lea", days("4", "4", "2")),
        ],
    )
    st = calculate(TABLE, case)
    assert st.problems == []
    assert [
        (ln.child_name, ln.label, ln.quantity, ln.unit, ln.amount_cents) for ln in st.lines
    ] == [
        ("Ben", "Förderleistung (6 bis 10 Std. täglich)", Decimal("0.5"), "Monat", 22500),
        ("Ben", "Sachaufwand", Decimal("65.00"), "Std.", 9750),
        ("Lea", "Förderleistung (mehr als 2 bis 4 Std. täglich)", Decimal("1"), "Monat", 20000),
        ("Lea", "Sachaufwand", Decimal("43.33"), "Std.", 6500),
        ("Mia", "Förderleistung (über 4 bis unter 6 Std. täglich)", Decimal("1"), "Monat", 30000),
        ("Mia", "Sachaufwand", Decimal("86.67"), "Std.", 13000),
    ]
    assert st.total_cents == 101750
    assert [ln.working.replace("\xa0", " ") for ln in st.lines if ln.unit == "Monat"] == [
        "30 Std./Woche an 5 Tagen = 6 Std./Tag: Band 6 bis 10 Std. täglich, 15/30 Tage",
        "10 Std./Woche an 3 Tagen ≈ 3,33 Std./Tag: Band mehr als 2 bis 4 Std. täglich, "
        "ganzer Monat",
        "20 Std./Woche an 4 Tagen = 5 Std./Tag: Band über 4 bis unter 6 Std. täglich, ganzer Monat",
    ]


def test_the_same_week_on_fewer_days_is_a_longer_day_in_the_working():
    # 24 h on Mo–Th = 6 h a day, on Mo–We = 8 h a day: both "6 bis 10", 450,00 € each
    st = calculate(
        TABLE,
        Case(
            NOV,
            1,
            "Anna",
            Qualification(0),
            [contract(1, "Mia", days("6", "6", "6", "6")), contract(2, "Ben", days("8", "8", "8"))],
        ),
    )
    assert [
        (ln.child_name, ln.amount_cents, ln.working.replace("\xa0", " "))
        for ln in st.lines
        if ln.unit == "Monat"
    ] == [
        (
            "Ben",
            45000,
            "24 Std./Woche an 3 Tagen = 8 Std./Tag: Band 6 bis 10 Std. täglich, ganzer Monat",
        ),
        (
            "Mia",
            45000,
            "24 Std./Woche an 4 Tagen = 6 Std./Tag: Band 6 bis 10 Std. täglich, ganzer Monat",
        ),
    ]


def test_settling_in_finds_the_band_of_the_day_too():
    # 10 settling-in hours at the hourly Sachaufwand: 10 × 1,50 € = 15,00 €
    raw = copy.deepcopy(RAW)
    raw["period"][0]["eingewoehnung"] = {"mode": "hours", "hours": "10"}
    new = CareContract(1, "Mia", date(2025, 3, 1), date(2026, 11, 2), None, days("5", "5"))
    st = calculate(ratefile.table_from_dict(raw), Case(NOV, 1, "Anna", Qualification(0), [new]))
    assert [
        (ln.label, ln.quantity, ln.amount_cents)
        for ln in st.lines
        if ln.component == "eingewoehnung"
    ] == [("Eingewöhnung: Sachaufwand", Decimal("10"), 1500)]


def test_a_day_outside_every_band_is_a_problem_naming_the_day_not_a_payment():
    # Mo and Tu 11 h: 22 h on 2 days = 11 h a day, above "bis 10"
    st = calculate(
        TABLE, Case(NOV, 1, "Anna", Qualification(0), [contract(1, "Mia", days("11", "11"))])
    )
    assert [ln for ln in st.lines if ln.child_name] == []
    assert st.problems == [
        "Keine Stundenstufe für 22 Std./Woche an 2 Tagen = 11 Std./Tag ab 01.11.2026 (Mia)."
    ]


def test_one_booked_day_is_named_in_the_singular():
    st = calculate(
        TABLE, Case(NOV, 1, "Anna", Qualification(0), [contract(1, "Mia", days("0", "0.5"))])
    )
    assert st.problems == [
        "Keine Stundenstufe für 0,50 Std./Woche an 1 Tag = 0,50 Std./Tag ab 01.11.2026 (Mia)."
    ]


# --- the import preview -------------------------------------------------------------------


def test_the_preview_words_each_band_with_its_edges_and_what_it_counts():
    assert [preview.band_hours(b) for b in PERIOD.hour_bands] == [
        "ab 1 bis 2 Std./Tag",
        "über 2 bis 4 Std./Tag",
        "über 4 bis unter 6 Std./Tag",
        "ab 6 bis 10 Std./Tag",
    ]
    dus = ratefile.load_file(ratefile.presets()["duesseldorf-2015"]).periods[0]
    assert preview.band_hours(dus.hour_bands[1]) == "über 10 bis 15 Std./Woche"
