"""A statement's lines as stored: one JSON document in the statement's row.

A statement is written once, in one piece, and read whole (its page, its letter, the
export, the next correction). Kept as rows of their own, a national month wrote 400,000
of them, each with a key check against its statement that cost the run more than
computing it. The document keeps every field of `records.Line` in a fixed order, numbers
as decimal text at the scales the figures are shown with (quantity 2, rate 4 places),
days as ISO dates; writing and reading give back equal lines."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from plugins.payments.runs.records import Line

QUANTITY, RATE = Decimal("0.01"), Decimal("0.0001")
_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode(lines) -> str:
    return _DUMPS(
        [
            [
                ln.component,
                ln.label,
                _quantity(ln.quantity),
                ln.unit,
                _rate(ln.rate),
                ln.amount_cents,
                ln.child_id,
                ln.child_name,
                _day(ln.period_from),
                _day(ln.period_to),
                ln.working,
            ]
            for ln in lines
        ]
    )


def decode(text: str) -> list[Line]:
    return [_line(*values) for values in json.loads(text or "[]")]


def _line(component, label, quantity, unit, rate, amount, child_id, child, start, end, why):
    return Line(
        component,
        label,
        Decimal(quantity),
        unit,
        Decimal(rate),
        amount,
        child_id,
        child,
        _from_iso(start),
        _from_iso(end),
        why,
    )


# Cached: a month's lines share a few thousand quantities, rates and days.
@lru_cache(maxsize=1 << 14)
def _quantity(value: Decimal) -> str:
    return str(Decimal(value).quantize(QUANTITY, ROUND_HALF_UP))


@lru_cache(maxsize=1 << 14)
def _rate(value: Decimal) -> str:
    return str(Decimal(value).quantize(RATE, ROUND_HALF_UP))


@lru_cache(maxsize=1 << 10)
def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@lru_cache(maxsize=1 << 10)
def _from_iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
