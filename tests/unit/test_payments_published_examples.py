"""Worked examples that offices, courts and agencies published, rebuilt as rate table and
case (tests/data/published/*.toml) and reproduced to the cent under the table's own
rounding rule. Each file names its source and date."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from plugins.payments.rates import ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.casefile import case_from_dict

PUBLISHED = sorted((Path(__file__).parents[1] / "data" / "published").glob("*.toml"))


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def table_of(example: dict, rounding: str | None = None):
    if "preset" in example["example"]:
        data = tomllib.loads(ratefile.presets()[example["example"]["preset"]].read_text("utf-8"))
    else:
        data = example["rates"]
    if rounding:
        data = {**data, "period": [{**p, "rounding": rounding} for p in data["period"]]}
    return ratefile.table_from_dict(data)


def euros(statement, component: str | None) -> Decimal:
    cents = sum(ln.amount_cents for ln in statement.lines if component in (None, ln.component))
    return Decimal(cents) / 100


def test_at_least_five_published_examples_each_with_source_and_date():
    assert len(PUBLISHED) >= 5
    for path in PUBLISHED:
        meta = load(path)["example"]
        assert meta["source"].strip() and meta["title"].strip(), path.name
        assert isinstance(meta["date"], date) or meta["date"] == "undatiert", path.name


@pytest.mark.parametrize("path", PUBLISHED, ids=[p.stem for p in PUBLISHED])
def test_the_published_result_comes_out_to_the_cent(path):
    example = load(path)
    meta = example["example"]
    statement = calculate(table_of(example), case_from_dict(example["case"]))
    assert statement.problems == []
    assert euros(statement, meta.get("component")) == Decimal(meta["total"]), meta["title"]


def test_rounding_the_hours_first_misses_the_courts_figure_by_one_cent():
    example = load(next(p for p in PUBLISHED if p.stem.startswith("vghbw")))
    case = case_from_dict(example["case"])
    once = calculate(table_of(example, "amount_once"), case)
    first = calculate(table_of(example, "hours_first"), case)
    assert euros(once, None) == Decimal("540.80")
    assert (
        euros(first, None) == Decimal(example["example"]["hours_first_total"]) == Decimal("540.81")
    )
    # Both show the same hours; only the rule for the amount differs.
    assert once.lines[0].quantity == first.lines[0].quantity == Decimal("138.67")
