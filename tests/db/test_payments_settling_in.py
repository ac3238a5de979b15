"""Eingewöhnung is paid once per child and childminder: a child whose contract is replaced
after a gap or an hours change is not settled in again, unless the rate table says so for a
break longer than N weeks; a child new to this childminder is, whoever cared for it before."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from plugins.payments.rates import periods, ratefile
from plugins.payments.runs import lifecycle

NOV = date(2026, 11, 1)


def settle_in(table_change=None):
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text(encoding="utf-8"))
    for period in raw["period"]:
        (table_change or (lambda p: None))(period)
    return ratefile.table_from_dict(raw)


@pytest.fixture
def pay(installation):
    installation.enable("payments")
    return installation


def settling_lines(inst, table):
    with inst.db.transaction("test") as s:
        periods.import_table(s, table, replace=True)
        run = lifecycle.compute(s, NOV, hooks=inst.kernel().hook, actor="test")
        return {
            st.name: [ln.label for ln in st.lines if ln.label.startswith("Eingewöhnung")]
            for st in lifecycle.statements(s, run)
        }


@pytest.fixture
def back_after_two_months(pay, make):
    """Mia was with Anna until 31 August and comes back on 1 November (61 days' break)."""
    anna = make.childminder(first_name="Anna", last_name="Adler")
    mia = make.child(first_name="Mia")
    make.contract(mia, anna, start=date(2026, 1, 1), end=date(2026, 8, 31))
    make.contract(mia, anna, start=NOV)
    return anna


def test_a_child_coming_back_after_a_break_is_not_settled_in_again(pay, back_after_two_months):
    assert settling_lines(pay, settle_in()) == {"Anna Adler": []}


def test_the_table_can_pay_settling_in_again_after_a_longer_break(pay, back_after_two_months):
    eight_weeks = settle_in(lambda p: p["eingewoehnung"].update(again_after_weeks=8))
    assert len(settling_lines(pay, eight_weeks)["Anna Adler"]) == 2  # 61 days > 56
    nine_weeks = settle_in(lambda p: p["eingewoehnung"].update(again_after_weeks=9))
    assert settling_lines(pay, nine_weeks)["Anna Adler"] == []  # 61 days ≤ 63


def test_an_hours_change_without_a_break_is_no_new_settling_in(pay, make):
    anna = make.childminder(first_name="Anna", last_name="Adler")
    mia = make.child(first_name="Mia")
    make.contract(mia, anna, start=date(2026, 1, 1), end=date(2026, 11, 15))
    make.contract(mia, anna, start=date(2026, 11, 16), hours=("6", "6", "6", "6", "6"))
    assert settling_lines(pay, settle_in()) == {"Anna Adler": []}


def test_a_child_new_to_this_childminder_is_settled_in_though_another_cared_before(pay, make):
    anna = make.childminder(first_name="Anna", last_name="Adler")
    berta = make.childminder(first_name="Berta", last_name="Bach")
    mia = make.child(first_name="Mia")
    make.contract(mia, berta, start=date(2026, 1, 1), end=date(2026, 10, 31))
    make.contract(mia, anna, start=NOV)
    assert settling_lines(pay, settle_in())["Anna Adler"] == [
        "Eingewöhnung: Förderleistung",
        "Eingewöhnung: Sachaufwand",
    ]
