"""The pure rules of calendar files: opening hours read from text at their bounds, and a
SEQUENCE that grows with time and never goes below zero."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from core.ical import SEQUENCE_EPOCH, time_span


@pytest.mark.parametrize(
    "text, span",
    [
        ("0:00–23:59", (time(0, 0), time(23, 59))),
        ("7:30-7:31", (time(7, 30), time(7, 31))),
        ("9.05 – 10.00", (time(9, 5), time(10, 0))),
        ("Mo–Fr 8:00bis12:30 Uhr", (time(8, 0), time(12, 30))),
        ("ab 7:59 - 9:00, sonst 10:00-11:00", (time(7, 59), time(9, 0))),
    ],
)
def test_opening_hours_are_read_up_to_their_bounds(text, span):
    assert time_span(text) == span


@pytest.mark.parametrize(
    "text",
    [
        "7:30–7:30",  # no time between
        "8:00–7:59",  # ends before it starts
        "7:60–8:00",  # no 60th minute at the start
        "7:00–8:60",  # nor at the end
        "22:00–24:00",  # the day has no hour 24
        "7:3–8:00",  # minutes have two digits
        None,
    ],
)
def test_impossible_hours_are_no_span(text):
    assert time_span(text) is None


def test_the_sequence_counts_seconds_since_2020_and_never_below_zero():
    from core.ical import sequence_at

    assert sequence_at(SEQUENCE_EPOCH) == 0
    assert sequence_at(datetime(2020, 1, 1, 0, 0, 10)) == 10
    assert sequence_at(datetime(2019, 12, 31, 23, 59)) == 0
    assert sequence_at(datetime(2026, 12, 2)) > sequence_at(datetime(2026, 12, 1, 23, 59, 59))
