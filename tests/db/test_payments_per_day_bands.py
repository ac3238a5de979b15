"""A month's run with a rate table whose bands count hours per care day: the table is
imported and read back from the database, each contract's day is its weekly hours ÷ its
booked weekdays, and the statement pays and explains the amounts worked out by hand.

Table (tests/data/rates-per-day.toml): Förderleistung a month 100 € for "1 bis 2", 200 €
for "mehr als 2 bis 4", 300 € for "über 4 bis unter 6", 450 € for "6 bis 10" hours a day;
Sachaufwand 1,50 € an hour; factor 52/12."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from plugins.payments.rates import periods, ratefile
from plugins.payments.runs import lifecycle

NOV = date(2026, 11, 1)
TABLE = Path(__file__).parents[1] / "data" / "rates-per-day.toml"


@pytest.fixture
def pay(installation):
    installation.enable("payments")
    with installation.db.transaction("test") as s:
        periods.import_table(s, ratefile.load_file(TABLE))
    return installation


def run_of(inst):
    """(statements as (name, total, lines), problems) of November's run."""
    with inst.db.transaction("test") as s:
        run = lifecycle.compute(s, NOV, hooks=inst.kernel().hook, actor="test")
        statements = [
            (
                st.name,
                st.total_cents,
                [
                    (
                        ln.child_name.split()[0],
                        ln.label,
                        ln.quantity,
                        ln.amount_cents,
                        ln.working.replace("\xa0", " "),
                    )
                    for ln in st.lines
                ],
            )
            for st in lifecycle.statements(s, run)
        ]
        problems = [(p.person_name, p.blocking, p.message) for p in run.problems]
        return statements, problems


def test_a_month_in_per_day_bands_pays_what_was_worked_out_by_hand(pay, make):
    """November 2026, 30 days:

    Mia: Mo–Th 5 h = 20 h on 4 days = 5 h a day → "über 4 bis unter 6": 300,00 €;
         Sachaufwand 20 × 52/12 = 86,666… h × 1,50 € = 130,00 €.
    Ben: from 16 Nov, Mo–Fr 6 h = 30 h on 5 days = 6 h a day → "6 bis 10" (6 is not
         "unter 6"): 450,00 € × 15/30 days = 225,00 €; 30 × 52/12 × 15/30 = 65 h × 1,50 €
         = 97,50 €.
    Total: 300 + 130 + 225 + 97,50 = 752,50 €."""
    anna = make.childminder(first_name="Anna", last_name="Adler")
    make.contract(make.child(first_name="Mia"), anna, hours=("5", "5", "5", "5"))
    make.contract(make.child(first_name="Ben"), anna, start=date(2026, 11, 16), hours=("6",) * 5)
    statements, problems = run_of(pay)
    assert [p for p in problems if p[1]] == []
    assert statements == [
        (
            "Anna Adler",
            75250,
            [
                (
                    "Ben",
                    "Förderleistung (6 bis 10 Std. täglich)",
                    Decimal("0.50"),
                    22500,
                    "30 Std./Woche an 5 Tagen = 6 Std./Tag: Band 6 bis 10 Std. täglich, 15/30 Tage",
                ),
                (
                    "Ben",
                    "Sachaufwand",
                    Decimal("65.00"),
                    9750,
                    "30 Std./Woche × 52/12 × 15/30 Tage = 65 Std.",
                ),
                (
                    "Mia",
                    "Förderleistung (über 4 bis unter 6 Std. täglich)",
                    Decimal("1.00"),
                    30000,
                    "20 Std./Woche an 4 Tagen = 5 Std./Tag: Band über 4 bis unter 6 Std. "
                    "täglich, ganzer Monat",
                ),
                (
                    "Mia",
                    "Sachaufwand",
                    Decimal("86.67"),
                    13000,
                    "20 Std./Woche × 52/12 = 86,67 Std.; Betrag aus den ungerundeten Stunden",
                ),
            ],
        )
    ]


def test_a_day_outside_every_band_blocks_the_statement_naming_the_day(pay, make):
    # Mo and Tu 11 h: 22 h on 2 days = 11 h a day, above "6 bis 10"
    anna = make.childminder(first_name="Anna", last_name="Adler")
    make.contract(make.child(first_name="Mia", last_name="Adler"), anna, hours=("11", "11"))
    statements, problems = run_of(pay)
    assert statements == [("Anna Adler", 0, [])]
    assert (
        "Anna Adler",
        True,
        "Keine Stundenstufe für 22 Std./Woche an 2 Tagen = 11 Std./Tag ab 01.11.2026 (Mia Adler).",
    ) in problems
