"""The month value: where a month starts and ends, its neighbours, how it is read."""

from __future__ import annotations

from datetime import date

import pytest

from core.month import Month


@pytest.mark.parametrize(
    ("month", "last"),
    [
        (Month(2026, 1), date(2026, 1, 31)),
        (Month(2026, 2), date(2026, 2, 28)),
        (Month(2028, 2), date(2028, 2, 29)),  # a leap year
        (Month(2100, 2), date(2100, 2, 28)),  # a century, no leap year
        (Month(2026, 4), date(2026, 4, 30)),
        (Month(2026, 12), date(2026, 12, 31)),
    ],
)
def test_a_month_ends_on_its_last_calendar_day(month, last):
    assert month.first == last.replace(day=1) and month.last == last


def test_neighbours_cross_the_year():
    assert Month(2026, 1).previous == Month(2025, 12)
    assert Month(2025, 12).next == Month(2026, 1)
    assert Month(2026, 3).previous.next == Month(2026, 3)
    assert Month(2026, 11) < Month(2026, 12) < Month(2027, 1)


def test_a_month_holds_exactly_its_days():
    november = Month.of(date(2026, 11, 17))
    assert date(2026, 11, 1) in november and date(2026, 11, 30) in november
    assert date(2026, 12, 1) not in november and date(2025, 11, 15) not in november
    assert str(november) == "11/2026"


@pytest.mark.parametrize("text", ["2026-11", "11/2026", " 2026-11 ", "2026-11-05"])
def test_both_written_forms_are_read(text):
    assert Month.parse(text) == Month(2026, 11)


@pytest.mark.parametrize("text", ["", "2026", "11-2026", "2026-13", "2026-00", "26-11", "Nov"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):
        Month.parse(text)
