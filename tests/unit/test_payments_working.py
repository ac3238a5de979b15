"""The working each statement shows and the boundaries of the month's arithmetic, stated
exactly: these texts are what a clerk checks by hand (beispiel preset from August 2026)."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from core.kernel.contributions import Qualification
from plugins.payments.arithmetic import cents, half_up, places, priced_hours
from plugins.payments.rates import ratefile
from plugins.payments.rates.tables import RateTable
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import Absence, CareContract, Case, Contribution

NOV, LAST = date(2026, 11, 1), date(2026, 11, 30)
MO_FR = (Decimal("8"),) * 5 + (Decimal("0"),) * 2


def raw_table(change=None) -> dict:
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in raw["period"]:
        if change:
            change(period)
    return raw


def table(change=None):
    return ratefile.table_from_dict(raw_table(change))


def moved_to_15_november():
    """beispiel with its August change on 16 November instead (two periods in the month)."""
    raw = raw_table()
    raw["period"][0]["valid_to"] = date(2026, 11, 15)
    raw["period"][1]["valid_from"] = date(2026, 11, 16)
    return ratefile.table_from_dict(raw)


def contract(birth=date(2024, 5, 10), start=date(2026, 1, 1), hours=MO_FR, **kw):
    kw.setdefault("new_child", False)
    return CareContract(
        kw.pop("child_id", 1), kw.pop("name", "Mia"), birth, start, None, hours, **kw
    )


def month(*contracts, ue=300, on=NOV, rates=None, **kw):
    return calculate(
        rates or table(), Case(on, 1, "Anna", Qualification(ue), list(contracts), **kw)
    )


def workings(st, component=None):
    return [ln.working.replace("\xa0", " ") for ln in st.lines if component in (None, ln.component)]


# --- the working of each line -----------------------------------------------------------


def test_a_whole_month_names_weekly_hours_factor_and_monthly_hours():
    assert workings(month(contract()), "foerderleistung") == ["40 Std./Woche × 4,33 = 173,20 Std."]


def test_a_part_month_names_the_days_counted():
    st = month(contract(start=date(2026, 11, 16)))
    assert workings(st, "sachaufwand") == ["40 Std./Woche × 4,33 × 15/30 Tage = 86,60 Std."]


def test_care_day_proration_names_booked_weekdays_even_half_an_hour():
    half_hour_mondays = (Decimal("0.5"),) + (Decimal("0"),) * 6
    st = month(
        contract(start=date(2026, 11, 16), hours=half_hour_mondays),
        rates=table(lambda p: p.update(proration="care_days")),
    )
    # Mondays of November: 2, 9, 16, 23, 30 – from the 16th three of five
    assert workings(st, "foerderleistung") == [
        "0,50 Std./Woche × 4,33 × 3/5 Betreuungstage = 1,30 Std.; "
        "Betrag aus den ungerundeten Stunden"
    ]


def test_amounts_from_unrounded_hours_say_so_where_it_makes_a_difference():
    rule = lambda rounding: table(lambda p: p.update(monthly_factor="52/12", rounding=rounding))  # noqa: E731
    six_point_four = (Decimal("6.4"),) * 5 + (Decimal("0"),) * 2  # 32 h: 138,67 h
    once = month(contract(hours=six_point_four), ue=0, rates=rule("amount_once"))
    first = month(contract(hours=six_point_four), ue=0, rates=rule("hours_first"))
    assert workings(once, "foerderleistung") == [
        "32 Std./Woche × 52/12 = 138,67 Std.; Betrag aus den ungerundeten Stunden"
    ]
    assert workings(first, "foerderleistung") == ["32 Std./Woche × 52/12 = 138,67 Std."]
    # 30 h × 52/12 = 130 h exactly: nothing between the two, so no note
    thirty = (Decimal("6"),) * 5 + (Decimal("0"),) * 2
    assert workings(month(contract(hours=thirty), rates=rule("amount_once")), "sachaufwand") == [
        "30 Std./Woche × 52/12 = 130 Std."
    ]


def test_settling_in_names_the_day_and_the_hours_or_the_lump_sum():
    start = date(2026, 11, 2)
    hours = month(contract(start=start, new_child=True))
    assert workings(hours, "eingewoehnung") == ["einmal bei Aufnahme am 02.11.2026: 20 Std."] * 2
    lump = table(lambda p: p["eingewoehnung"].update(mode="lump_sum", amount="150.00"))
    st = month(contract(start=start, new_child=True), rates=lump)
    assert workings(st, "eingewoehnung") == ["einmal bei Aufnahme am 02.11.2026"]


def test_the_absence_note_names_allowance_used_and_days_over_it():
    absences = [
        Absence("vacation", date(2026, 3, 2), date(2026, 4, 10)),  # 30 weekdays
        Absence("illness", date(2026, 11, 2), date(2026, 11, 6)),
    ]
    st = month(contract(), absences=absences)
    assert workings(st, "abwesenheit") == [
        "30 bezahlte Abwesenheitstage im Jahr, 30 genutzt; 5 Betreuungstage darüber"
    ]


def test_insurance_names_share_days_cap_and_this_offices_part_of_the_hours():
    contributions = [
        Contribution("accident", Decimal("12.40"), date(2026, 1, 1)),
        Contribution("pension", Decimal("500.00"), date(2026, 11, 16)),
        Contribution("health", Decimal("343.22"), date(2026, 1, 1)),
    ]
    st = month(contract(), contributions=contributions, external_weekly_hours=Decimal("20"))
    assert workings(st)[2:] == [
        "ganz von 12,40 € × 173,20 von 259,80 Std. bei diesem Jugendamt",
        "½ von 343,22 € × 173,20 von 259,80 Std. bei diesem Jugendamt",
        "½ von 400,00 € (Höchstbetrag) × 15/30 Tage × 173,20 von 259,80 Std. bei diesem Jugendamt",
    ]
    alone = month(contract(), contributions=contributions[2:])
    assert workings(alone, "health") == ["½ von 343,22 €"]


# --- what the month rests on -----------------------------------------------------------


def test_the_basis_names_the_period_in_force_level_and_allowance():
    absences = [Absence("illness", date(2026, 1, 1), date(2026, 1, 2))]  # Thu and Fri
    st = month(contract(), absences=absences)
    assert st.basis == [
        "Satztabelle Beispiel (fiktiv), gültig 01.08.2026 – offen; Quelle: Fiktive Werte für "
        "die Demo-Agentur, kein kommunaler Satz",
        "Qualifizierungsstufe: ab 300 UE",
        "Abwesenheiten: 2 von 30 bezahlten Betreuungstagen im Jahr genutzt, 28 übrig",
    ]


def test_a_rate_change_inside_the_month_names_both_periods_once():
    st = month(contract(), rates=moved_to_15_november())
    tables = [line for line in st.basis if line.startswith("Satztabelle")]
    assert [t.split(";")[0] for t in tables] == [
        "Satztabelle Beispiel (fiktiv), gültig 01.01.2026 – 15.11.2026",
        "Satztabelle Beispiel (fiktiv), gültig 16.11.2026 – offen",
    ]


def test_stored_periods_name_their_own_table_and_source():
    raw = raw_table()["period"][1]
    period = ratefile.period_from_dict(raw, "Kreis A", "Kreis A", "Satzung A vom 1.1.2026")
    stored = RateTable(name="Kreis A, Kreis B", source="", as_of=None, note="", periods=(period,))
    assert month(contract(), rates=stored).basis[0] == (
        "Satztabelle Kreis A, gültig 01.08.2026 – offen; Quelle: Satzung A vom 1.1.2026"
    )


def test_without_a_yearly_limit_the_basis_says_so_and_without_rates_it_is_empty():
    unlimited = raw_table()
    for period in unlimited["period"]:
        del period["absence"]["paid_days_per_year"]
    st = month(contract(), rates=ratefile.table_from_dict(unlimited))
    assert st.basis[-1] == "Abwesenheiten: ohne Jahresgrenze"
    assert month(contract(), on=date(2025, 11, 1)).basis == []


# --- boundaries of the month ------------------------------------------------------------


def test_a_rate_period_starting_mid_month_pays_from_its_first_day():
    raw = raw_table()
    del raw["period"][0]
    raw["period"][0]["valid_from"] = date(2026, 11, 16)
    st = month(contract(), rates=ratefile.table_from_dict(raw))
    assert [(ln.period_from, ln.quantity) for ln in st.lines] == [
        (date(2026, 11, 16), Decimal("86.60")),
        (date(2026, 11, 16), Decimal("86.60")),
    ]
    assert st.problems == ["Keine Sätze für den 01.11.2026 hinterlegt."]


def test_a_new_child_on_a_day_without_rates_brings_no_settling_in():
    raw = raw_table()
    del raw["period"][0]
    raw["period"][0]["valid_from"] = date(2026, 11, 16)
    st = month(
        contract(start=date(2026, 11, 2), new_child=True), rates=ratefile.table_from_dict(raw)
    )
    assert workings(st, "eingewoehnung") == []


def test_a_returning_child_is_settled_in_again_only_after_the_tables_break():
    again = table(lambda p: p["eingewoehnung"].update(again_after_weeks=4))
    back = dict(start=NOV, new_child=True, previous_end=date(2026, 10, 20))  # 11 days' break
    assert workings(month(contract(**back), rates=again), "eingewoehnung") == []
    long_break = dict(start=NOV, new_child=True, previous_end=date(2026, 9, 30))  # 31 days
    assert len(workings(month(contract(**long_break), rates=again), "eingewoehnung")) == 2
    assert workings(month(contract(**back)), "eingewoehnung") == []  # never again by default


def test_a_third_birthday_on_the_last_day_of_the_month_splits_it():
    st = month(contract(birth=date(2023, 11, 30)))
    assert [(ln.period_from.day, ln.period_to.day, ln.rate) for ln in st.lines[::2]] == [
        (1, 29, Decimal("5.45")),
        (30, 30, Decimal("5.15")),
    ]


@pytest.mark.parametrize(
    "ill_from, ill_to, paid",
    [
        (date(2026, 11, 30), LAST, [(1, 29)]),  # the last day alone over the limit
        (date(2026, 11, 23), date(2026, 11, 29), [(1, 22), (30, 30)]),  # ends on a Sunday
        (date(2026, 10, 26), date(2026, 11, 3), [(4, 30)]),  # running in from October
    ],
)
def test_days_over_the_limit_at_the_edges_of_the_month(ill_from, ill_to, paid):
    used = Absence("vacation", date(2026, 3, 2), date(2026, 4, 10))  # the 30 days, in spring
    st = month(contract(), absences=[used, Absence("illness", ill_from, ill_to)])
    lines = [ln for ln in st.lines if ln.component == "foerderleistung"]
    assert [(ln.period_from.day, ln.period_to.day) for ln in lines] == paid


def test_an_absence_on_the_first_of_january_counts_against_the_allowance():
    absences = [Absence("illness", date(2026, 1, 1), date(2026, 1, 1))]  # a Thursday
    st = month(contract(), absences=absences)
    assert (
        st.basis[-1]
        == "Abwesenheiten: 1 von 30 bezahlten Betreuungstagen im Jahr genutzt, 29 übrig"
    )


def test_the_absence_limit_applies_in_a_month_with_a_rate_change():
    used = Absence("vacation", date(2026, 3, 2), date(2026, 4, 10))
    ill = Absence("illness", date(2026, 11, 2), date(2026, 11, 6))
    st = month(contract(), absences=[used, ill], rates=moved_to_15_november())
    assert workings(st, "abwesenheit") == [
        "30 bezahlte Abwesenheitstage im Jahr, 30 genutzt; 5 Betreuungstage darüber"
    ]


def test_an_absence_day_with_half_an_hour_booked_is_a_care_day():
    half = (Decimal("0.5"),) * 5 + (Decimal("0"),) * 2
    absences = [Absence("illness", date(2026, 11, 2), date(2026, 11, 3))]
    assert month(contract(hours=half), absences=absences).basis[-1] == (
        "Abwesenheiten: 2 von 30 bezahlten Betreuungstagen im Jahr genutzt, 28 übrig"
    )


def test_contributions_at_the_edges():
    one_day = Contribution("accident", Decimal("30.00"), LAST)  # valid from the last day
    ended = Contribution("accident", Decimal("9.00"), date(2026, 1, 1), date(2026, 10, 31))
    zero = Contribution("health", Decimal("0"), date(2026, 1, 1))
    st = month(contract(), contributions=[ended, one_day, zero])
    assert [(ln.component, ln.amount_cents) for ln in st.lines[2:]] == [
        ("accident", 100),  # 30,00 € × 1/30
        ("health", 0),
    ]
    assert st.problems == []
    minus_ten = month(contract(), contributions=[Contribution("pension", Decimal("-10"), NOV)])
    assert minus_ten.problems == ["Nachgewiesener Beitrag Alterssicherung ist negativ (-10 €)."]


def test_a_kind_the_period_does_not_reimburse_brings_no_line():
    no_health = table(lambda p: p["insurance"].pop("health"))
    st = month(
        contract(), contributions=[Contribution("health", Decimal("100"), NOV)], rates=no_health
    )
    assert [ln.component for ln in st.lines] == ["foerderleistung", "sachaufwand"]


def test_external_hours_below_one_still_reduce_the_share():
    pension = [Contribution("pension", Decimal("200.00"), NOV)]
    tiny = month(contract(), contributions=pension, external_weekly_hours=Decimal("0.2"))
    # own 173,20 h, other 0,2 × 4,33 = 0,866 h: ½ × 200 € × 173,2/174,066 = 99,50 €
    assert tiny.lines[-1].amount_cents == 9950
    no_own = month(contributions=pension, external_weekly_hours=Decimal("0.2"))
    assert no_own.lines[-1].amount_cents == 0  # she cares only for other offices' children


def test_settling_in_with_hour_bands_is_paid_at_the_bands_hourly_rate_only():
    def banded(period):
        period["hour_bands"] = [
            {"key": "b20", "label": "bis 20", "up_to": "20"},
            {"key": "b45", "label": "bis 45", "up_to": "45"},
        ]
        period["rates"] = [
            {"component": "foerderleistung", "hours": "b45", "rate": "5.00"},
            {"component": "foerderleistung", "hours": "b20", "rate": "4.00"},
            {"component": "sachaufwand", "hours": "b45", "monthly": "300.00"},
        ]

    st = month(contract(start=date(2026, 11, 2), new_child=True), rates=table(banded))
    settling = [(ln.label, ln.rate) for ln in st.lines if ln.component == "eingewoehnung"]
    assert settling == [("Eingewöhnung: Förderleistung", Decimal("5.00"))]


def test_settling_in_skips_a_component_without_a_rate_and_pays_the_next():
    def foerder_from_300_ue_only(period):
        period["rates"] = [r for r in period["rates"] if r.get("level") in ("ue300", None)]

    st = month(
        contract(start=date(2026, 11, 2), new_child=True),
        ue=0,
        rates=table(foerder_from_300_ue_only),
    )
    assert [ln.label for ln in st.lines if ln.component == "eingewoehnung"] == [
        "Eingewöhnung: Sachaufwand"
    ]


# --- exact rounding ---------------------------------------------------------------------


def test_half_up_rounds_ties_away_from_zero_on_both_sides():
    assert [half_up(Fraction(n, 2)) for n in (-5, -3, -1, 1, 3, 5)] == [-3, -2, -1, 1, 2, 3]
    assert half_up(Fraction(-7, 3)) == -2 and half_up(Fraction(0)) == 0
    assert cents(Fraction(-1, 2), Decimal("0.05")) == -3  # -2,5 ct → -3 ct


def test_places_and_the_hours_a_rule_prices():
    assert places(Fraction(52 * 32, 12)) == Decimal("138.67")
    assert places(Fraction(2, 3), 4) == Decimal("0.6667")
    assert priced_hours(Fraction(52 * 32, 12), "hours_first") == Fraction(13867, 100)
    assert priced_hours(Fraction(52 * 32, 12), "amount_once") == Fraction(1664, 12)


def test_subtotals_per_child_in_order():
    st = month(contract(), contract(child_id=2, name="Ben", start=date(2026, 11, 16)))
    assert st.subtotals() == {"Mia": 94394 + 28578, "Ben": 47197 + 14289}
    assert timedelta  # the module's imports stay in use


def test_the_working_writes_numbers_as_babel_does_in_german():
    """The working's own German formatting (for speed) agrees with core.format's Babel for
    every kind of value: whole, cents, more places, halves to round, thousands, negatives."""
    import random

    from core.format import format_quantity, format_rate
    from plugins.payments.runs import working

    rng = random.Random(33)
    values = [
        Decimal(v)
        for v in (
            "0",
            "-0",
            "1",
            "20",
            "5.95",
            "173.2",
            "0.125",
            "0.135",
            "0.005",
            "0.015",
            "1234.5",
            "1234567.891",
            "-3.5",
            "-0.001",
            "343.22",
            "4.3333",
            "0.12345",
            "0.12355",
            "999.995",
            "1E+3",
            "12.30000",
            "0.00005",
            "0.00015",
        )
    ]
    for _ in range(3000):
        scale = rng.choice((0, 1, 2, 3, 4, 5, 7))
        values.append(Decimal(rng.randint(-(10**9), 10**9)).scaleb(-scale))
    number, euros = working.number.__wrapped__, working.euros.__wrapped__  # not the caches
    for value in values:
        assert number(value) == format_quantity(value, "de"), value
        assert euros(value) == format_rate(value, "de"), value
    assert number(7) == "7"
