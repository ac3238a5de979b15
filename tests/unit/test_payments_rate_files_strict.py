"""Rate and case files are read strictly: a typo is refused with the place and the nearest
valid key, the order of levels and bands cannot change who gets which rate, and the decimal
comma is understood."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import ValidationError
from core.kernel.contributions import Qualification
from plugins.payments.rates import ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.casefile import case_from_dict, load_case

RAW = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))


def refused(data: dict, origin: str = "kreis.toml") -> str:
    with pytest.raises(ValidationError) as caught:
        ratefile.table_from_dict(data, origin=origin)
    return caught.value.errors["rates"]


def edited(change) -> dict:
    data = copy.deepcopy(RAW)
    change(data)
    return data


def test_a_misspelt_period_key_names_file_period_key_and_the_nearest_valid_one():
    def typo(d):
        d["period"][1]["monthly_faktor"] = d["period"][1].pop("monthly_factor", "4.33")

    message = refused(edited(typo))
    assert message.startswith("kreis.toml, Zeitraum 2: unbekannter Schlüssel 'monthly_faktor'")
    assert "gemeint ist wohl 'monthly_factor'" in message


def test_a_misspelt_component_key_names_the_component_entry():
    def typo(d):
        comp = d["period"][0]["components"][1]
        comp["continues_in_absense"] = comp.pop("continues_in_absence", True)

    message = refused(edited(typo))
    assert "Zeitraum 1, components Nr. 2: unbekannter Schlüssel 'continues_in_absense'" in message
    assert "'continues_in_absence'" in message


def test_an_unknown_key_without_a_near_one_lists_the_allowed_keys():
    message = refused(edited(lambda d: d["period"][0]["insurance"].update(dental="1")))
    assert "unbekannter Schlüssel 'dental' in insurance; erlaubt: accident" in message


def test_the_order_of_age_bands_in_the_file_changes_nothing():
    def reverse(d):
        for period in d["period"]:
            period["age_bands"].reverse()

    case = load_case(Path(__file__).parents[1] / "data" / "case-beispiel.json")
    as_written = calculate(ratefile.table_from_dict(RAW), case)
    reversed_ = calculate(ratefile.table_from_dict(edited(reverse)), case)
    assert reversed_.lines == as_written.lines and reversed_.total_cents > 0


def test_levels_listed_in_the_wrong_order_are_refused_not_silently_reranked():
    def reverse(d):
        d["period"][0]["levels"].reverse()

    assert refused(edited(reverse)) == (
        "kreis.toml, Zeitraum 1: levels: 'basis' steht nach 'fachkraft', ist aber nicht "
        "schwerer zu erreichen – Stufen bitte von der niedrigsten zur höchsten angeben."
    )


def test_a_fachkraft_listed_last_outranks_300_ue():
    # Fachkraft and 300 UE are no harder than each other: the file's order decides
    period = ratefile.table_from_dict(RAW).periods[-1]
    assert period.level_for(Qualification(300, True)).key == "fachkraft"
    assert period.level_for(Qualification(300, False)).key == "ue300"


def test_two_levels_with_the_same_bounds_are_refused():
    def twin(d):
        d["period"][0]["levels"].append({"key": "zwilling", "label": "Zwilling", "min_ue": 300})

    assert "levels: 'zwilling' steht nach 'ue300'" in refused(edited(twin))


def test_the_decimal_comma_is_read_in_rate_files_and_case_files():
    comma = edited(lambda d: d["period"][0]["rates"][0].update(rate="4,60"))
    assert ratefile.table_from_dict(comma).periods[0].rates[
        (
            "foerderleistung",
            *[str(comma["period"][0]["rates"][0].get(k, "*")) for k in ("level", "age")],
            "*",
        )
    ].amount == Decimal("4.60")
    case = case_from_dict(
        {
            "month": "2026-11",
            "childminder": {"name": "Anna"},
            "contracts": [
                {"child_id": 1, "child": "Mia", "valid_from": "2026-01-01", "hours": {"mo": "8,5"}}
            ],
        }
    )
    assert case.contracts[0].weekly_hours == Decimal("8.5")


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda c: c["contracts"][0]["hours"].update(mon="8"),
            "Falldatei, contracts Nr. 1, hours: unbekannte Angabe 'mon' – gemeint ist wohl 'mo'.",
        ),
        (
            lambda c: c["contracts"][0]["hours"].update(mo="acht"),
            "Falldatei, contracts Nr. 1, hours, mo: 'acht' ist keine Zahl.",
        ),
        (
            lambda c: c["contracts"][0].update(valid_from="1.11.2026"),
            "Falldatei, contracts Nr. 1, valid_from: '1.11.2026' ist kein Datum wie 2026-11-01.",
        ),
        (lambda c: c.pop("month"), "Falldatei, Fall: Angabe 'month' fehlt."),
        (
            lambda c: c["contracts"][0]["hours"].update(mo=8.5),
            'Falldatei, contracts Nr. 1, hours, mo: 8.5 bitte als Text angeben, z. B. "8,5".',
        ),
    ],
)
def test_case_file_mistakes_are_named_in_german(change, message):
    data = {
        "month": "2026-11",
        "childminder": {"name": "Anna"},
        "contracts": [{"child_id": 1, "child": "Mia", "valid_from": "2026-01-01", "hours": {}}],
    }
    change(data)
    with pytest.raises(ValidationError) as caught:
        case_from_dict(data)
    assert caught.value.errors["case"] == message


def test_a_case_file_that_is_not_json_is_refused_plainly(tmp_path):
    bad = tmp_path / "fall.json"
    bad.write_text("{nicht json", encoding="utf-8")
    with pytest.raises(ValidationError, match="kein gültiges JSON"):
        load_case(bad)


# --- hour bands (Düsseldorf 2015 preset) -------------------------------------------------

DUS = ratefile.load_file(ratefile.presets()["duesseldorf-2015"])


def month_of(weekly: str, ue=160, fachkraft=False, start="2015-01-01", month="2015-03"):
    per_day = str(Decimal(weekly) / 5)
    return calculate(
        DUS,
        case_from_dict(
            {
                "month": month,
                "childminder": {"name": "Anna", "qualification_ue": ue, "fachkraft": fachkraft},
                "contracts": [
                    {
                        "child_id": 1,
                        "child": "Mia",
                        "birth_date": "2013-01-01",
                        "valid_from": start,
                        "new_child": False,
                        "hours": dict.fromkeys(("mo", "tu", "we", "th", "fr"), per_day),
                    }
                ],
            }
        ),
    )


@pytest.mark.parametrize(
    "weekly, total",
    [("5", 200), ("10", 200), ("10.5", 300), ("15", 300), ("20", 400), ("45", 900)],
)
def test_a_band_pays_its_monthly_amount_whatever_the_hours_inside_it(weekly, total):
    st = month_of(weekly)
    assert st.problems == []
    assert st.total_cents == total * 100
    assert {ln.unit for ln in st.lines} == {"Monat"}


def test_hours_outside_every_band_are_a_problem_not_a_payment():
    for weekly in ("4", "46"):
        st = month_of(weekly)
        assert st.total_cents == 0
        assert st.problems == [f"Keine Stundenstufe für {weekly} Std./Woche ab 01.03.2015 (Mia)."]


def test_the_level_follows_the_qualification_and_a_band_amount_is_prorated_by_days():
    assert month_of("20", ue=0).total_cents == 24000  # Stufe 1
    assert month_of("20", ue=0, fachkraft=True).total_cents == 32000  # Stufe 1a
    half = month_of("20", start="2015-04-16", month="2015-04")  # 15 of 30 days
    assert [(ln.quantity, ln.amount_cents) for ln in half.lines] == [
        (Decimal("0.5"), 12500),
        (Decimal("0.5"), 7500),
    ]


def test_a_rate_row_needs_exactly_one_of_rate_or_monthly():
    both = edited(lambda d: d["period"][0]["rates"][0].update(monthly="100"))
    assert "genau eines von 'rate', 'monthly' oder 'percent'" in refused(both)


# --- exact arithmetic --------------------------------------------------------------------


def one_rate(rate: str, factor: str = "52/12", insurance: dict | None = None):
    return ratefile.table_from_dict(
        {
            "name": "Test",
            "source": "von Hand gerechnet",
            "period": [
                {
                    "valid_from": date(2026, 1, 1),
                    "monthly_factor": factor,
                    "levels": [{"key": "alle", "label": "alle"}],
                    "age_bands": [{"key": "alle", "label": "alle"}],
                    "components": [{"key": "g", "label": "Geldleistung"}],
                    "rates": [{"component": "g", "rate": rate}],
                    "insurance": insurance or {},
                }
            ],
        }
    )


def test_a_true_half_cent_tie_rounds_up_although_52_12_has_no_finite_decimal():
    # 1,5 Std./Woche × 52/12 = 6,5 Std. exactly; × 4,45 € = 28,925 € → 28,93 €
    case = case_from_dict(
        {
            "month": "2026-11",
            "childminder": {"name": "Anna"},
            "contracts": [
                {
                    "child_id": 1,
                    "child": "Mia",
                    "birth_date": "2024-01-01",
                    "valid_from": "2026-01-01",
                    "hours": {"mo": "1,5"},
                }
            ],
        }
    )
    assert calculate(one_rate("4.45"), case).total_cents == 2893


def test_an_insurance_share_is_applied_exactly():
    # Half of 1.100,00 €, and this agency books ⅔ of her hours: 366,67 €, not 366,63 €
    # from a share first rounded to 33,33 %.
    table = one_rate("0", insurance={"health": "0.5"})
    case = case_from_dict(
        {
            "month": "2026-11",
            "childminder": {"name": "Anna", "external_weekly_hours": "10"},
            "contracts": [
                {
                    "child_id": 1,
                    "child": "Mia",
                    "birth_date": "2024-01-01",
                    "valid_from": "2026-01-01",
                    "hours": {"mo": "20"},
                }
            ],
            "contributions": [{"kind": "health", "monthly": "1100.00", "valid_from": "2026-01-01"}],
        }
    )
    line = next(ln for ln in calculate(table, case).lines if ln.component == "health")
    assert (line.quantity, line.amount_cents) == (Decimal("33.33"), 36667)


def test_the_qualification_picks_the_highest_level_met_whatever_the_order():
    period = DUS.periods[0]
    assert period.level_for(Qualification(160, False)).key == "stufe2"
    assert period.level_for(Qualification(0, True)).key == "stufe1a"
    assert period.level_for(Qualification(159, False)).key == "stufe1"
