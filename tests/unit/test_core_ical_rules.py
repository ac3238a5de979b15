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


def test_a_calendar_file_says_exactly_what_a_calendar_needs(monkeypatch):
    import time as clock
    from datetime import date, timedelta, timezone

    from icalendar import Calendar

    from core.ical import Entry, calendar

    monkeypatch.setenv("TZ", "Europe/Berlin")  # the stamp is UTC whatever the server's zone
    clock.tzset()
    try:
        now = datetime(2026, 12, 2, 16, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
        day = date(2026, 12, 7)
        body = calendar(
            [
                Entry("c", day, "Zweiter am Tag", start=time(0, 30), end=time(1, 0)),
                Entry("d", day, "Ab neun", start=time(9, 0)),  # no end: a day note too
                Entry("b", day, "Tagesnotiz"),
                Entry(
                    "a",
                    day + timedelta(days=1),
                    "Kurs",
                    start=time(9, 0),
                    end=time(12, 0),
                    location="Markt 2",
                    description="Raum 4",
                    category="Fortbildung",
                    sequence=7,
                    cancelled=True,
                ),
            ],
            "Vertretung Mia",
            "k3y",
            now=now,
        )
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
    text = body.decode()
    assert "PRODID:-//Tagwerk//Kindertagespflege//DE\r\n" in text
    assert "VERSION:2.0\r\n" in text and "CALSCALE:GREGORIAN\r\n" in text
    assert "METHOD:PUBLISH\r\n" in text and "X-WR-CALNAME:Vertretung Mia\r\n" in text
    assert text.count("DTSTAMP:20261202T153005Z\r\n") == 4
    cal = Calendar.from_ical(body)
    note, second, nine, course = cal.walk("VEVENT")
    assert [str(e["UID"]) for e in (note, second, nine, course)] == [
        "b.k3y@tagwerk",
        "c.k3y@tagwerk",
        "d.k3y@tagwerk",
        "a.k3y@tagwerk",
    ]  # all-day first on its day, then by time, then the next day
    assert nine.decoded("DTSTART") == day and str(nine["TRANSP"]) == "TRANSPARENT"
    assert note.decoded("DTSTART") == day and note.decoded("DTEND") == day + timedelta(days=1)
    assert str(note["TRANSP"]) == "TRANSPARENT" and str(note["SUMMARY"]) == "Tagesnotiz"
    assert str(note["STATUS"]) == "CONFIRMED" and note.decoded("SEQUENCE") == 0
    assert "LOCATION" not in note and "DESCRIPTION" not in note and "CATEGORIES" not in note
    assert second.decoded("DTEND").isoformat() == "2026-12-07T01:00:00+01:00"
    assert "TRANSP" not in second
    assert str(course["STATUS"]) == "CANCELLED" and course.decoded("SEQUENCE") == 7
    assert str(course["LOCATION"]) == "Markt 2" and str(course["DESCRIPTION"]) == "Raum 4"
    assert [str(c) for c in course["CATEGORIES"].cats] == ["Fortbildung"]
    assert "TZID:Europe/Berlin" in text and "BEGIN:VTIMEZONE" in text


def test_the_installation_key_is_short_stable_and_differs_by_secret():
    from types import SimpleNamespace

    from core.ical import installation_key

    def session(secret):
        settings = SimpleNamespace(secret_key=secret)
        return SimpleNamespace(info={"installation": SimpleNamespace(settings=settings)})

    one, other = installation_key(session("geheim-1")), installation_key(session("geheim-2"))
    assert len(one) == 16 and one == installation_key(session("geheim-1")) and one != other
    assert installation_key(session(None)) != one
