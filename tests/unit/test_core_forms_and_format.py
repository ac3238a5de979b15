from datetime import date, datetime
from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.format import format_date, format_datetime, format_money, format_number
from core.forms import Form, parse_date, parse_decimal


@pytest.mark.parametrize("raw", ["22.11.2026", "2026-11-22", " 22.11.2026 "])
def test_dates_typed_german_or_iso(raw):
    assert parse_date(raw) == date(2026, 11, 22)


@pytest.mark.parametrize("raw", ["31.02.2026", "2026-13-01", "gestern", "22/11/2026"])
def test_impossible_dates_are_errors(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize("raw,expected", [("7,5", "7.5"), ("1.234,56", "1234.56"), ("8", "8")])
def test_decimals_accept_the_german_comma(raw, expected):
    assert parse_decimal(raw) == Decimal(expected)


def test_german_formats():
    assert format_date(date(2026, 11, 22)) == "22.11.2026"
    assert format_money(123456) == "1.234,56\xa0€"
    assert format_money(-5) == "-0,05\xa0€"
    assert format_number(Decimal("37.5")) == "37,5"
    # stored in UTC, shown in Berlin time (CET in winter)
    assert format_datetime(datetime(2026, 11, 22, 9, 30)) == "22.11.2026 10:30"


def test_form_collects_every_error_with_the_field_label():
    form = Form({"a": "", "b": "kein Datum", "c": "abc", "d": "99"})
    form.text("a", "Vorname", required=True)
    form.date("b", "Beginn")
    form.decimal("c", "Stunden")
    form.integer("d", "Kinder", maximum=10)
    with pytest.raises(ValidationError) as exc:
        form.done()
    assert exc.value.errors == {
        "a": "Vorname: Bitte ausfüllen.",
        "b": "Beginn: 'kein Datum' ist kein gültiges Datum (TT.MM.JJJJ).",
        "c": "Stunden: 'abc' ist keine Zahl.",
        "d": "Kinder: höchstens 10.",
    }


def test_form_rejects_infinite_numbers():
    form = Form({"h": "Infinity"})
    form.decimal("h", "Stunden")
    assert "keine Zahl" in form.errors["h"]
