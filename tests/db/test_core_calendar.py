"""Holidays per Land, closing days, absences and the iCalendar export."""

from __future__ import annotations

from datetime import date

import pytest

from core.errors import ValidationError
from core.month import Month
from core.services import calendar as service
from tests.icalcheck import strictly_parsed


def test_public_holidays_follow_the_state():
    nw = service.public_holidays("NW", date(2026, 1, 1), date(2026, 12, 31))
    by = service.public_holidays("BY", date(2026, 1, 1), date(2026, 12, 31))
    sn = service.public_holidays("SN", date(2026, 1, 1), date(2026, 12, 31))
    assert nw[date(2026, 6, 4)] == "Fronleichnam"
    assert date(2026, 1, 6) not in nw and by[date(2026, 1, 6)] == "Heilige Drei Könige"
    assert date(2026, 10, 31) in sn and date(2026, 10, 31) not in nw
    assert date(2026, 11, 1) in nw  # Allerheiligen


def test_unknown_state_is_a_clear_error():
    with pytest.raises(ValidationError, match="'XY' ist kein gültiges Kürzel"):
        service.public_holidays("XY", date(2026, 1, 1), date(2026, 1, 31))


def absence(installation, **data):
    with installation.db.transaction() as s:
        return service.save_absence(
            s, {k: str(v) for k, v in data.items()}, hooks=installation.kernel().hook
        )


def test_absence_overlapping_another_is_rejected(make, installation):
    cm = make.childminder()
    absence(
        installation, childminder_id=cm.id, kind="vacation", start="2026-08-03", end="2026-08-14"
    )
    with pytest.raises(ValidationError) as exc:
        absence(
            installation,
            childminder_id=cm.id,
            kind="illness",
            start="14.08.2026",
            end="17.08.2026",
            planned="short_notice",
        )
    assert (
        exc.value.errors["start"]
        == "Von: überschneidet sich mit Urlaub vom 03.08.2026 bis 14.08.2026."
    )


def test_absence_must_belong_to_a_childminder_and_end_after_start(make, installation):
    child = make.child()
    with pytest.raises(ValidationError) as exc:
        absence(
            installation,
            childminder_id=child.id,
            kind="urlaub",
            start="2026-08-10",
            end="2026-08-01",
        )
    assert set(exc.value.errors) == {"childminder_id", "kind", "end"}


def test_month_view_shows_holidays_closing_days_and_absences(make, installation):
    cm = make.childminder(first_name="Petra", last_name="Kamp")
    absence(
        installation,
        childminder_id=cm.id,
        kind="illness",
        start="2026-12-30",
        end="2027-01-02",
        planned="short_notice",
    )
    with installation.db.transaction() as s:
        service.save_closing_day(s, {"day": "2026-12-24", "label": "Heiligabend"})
    with installation.db.read() as s:
        start, end = Month(2026, 12).first, Month(2026, 12).last
        events = service.core_events(s, "NW", start, end)
    weeks = service.month_grid(2026, 12, events)
    days = {d.day: d for week in weeks for d in week}
    assert [e.title for e in days[date(2026, 12, 25)].events] == ["Erster Weihnachtstag"]
    assert days[date(2026, 12, 24)].is_holiday
    assert [e.title for e in days[date(2026, 12, 31)].events] == [
        "Petra Kamp: Krankheit (kurzfristig)"
    ]
    assert days[date(2027, 1, 1)].events == []  # outside the month asked for
    assert weeks[0][0].day == date(2026, 11, 30)  # weeks start on Monday


def test_closing_day_twice_is_rejected(installation):
    with installation.db.transaction() as s:
        service.save_closing_day(s, {"day": "24.12.2026", "label": "Heiligabend"})
    with (
        pytest.raises(ValidationError, match="bereits ein Schließtag"),
        installation.db.transaction() as s,
    ):
        service.save_closing_day(s, {"day": "2026-12-24", "label": "doppelt"})


def test_ical_export_is_valid_icalendar(make, installation):
    cm = make.childminder(first_name="Petra", last_name="Kamp")
    absence(
        installation, childminder_id=cm.id, kind="vacation", start="2026-05-11", end="2026-05-12"
    )
    with installation.db.read() as s:
        events = service.core_events(s, "NW", date(2026, 5, 1), date(2026, 5, 31), cm.id)
    cal = strictly_parsed(service.to_ical(events, "Testträger", "k1"))
    summaries = sorted(str(e["summary"]) for e in cal.walk("VEVENT"))
    assert summaries == [
        "Christi Himmelfahrt",
        "Erster Mai",
        "Petra Kamp: Urlaub",
        "Petra Kamp: Urlaub",
        "Pfingstmontag",
    ]
    first = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Erster Mai")
    assert first.decoded("dtstart") == date(2026, 5, 1)
    assert str(first["UID"]) == "core.holiday.2026-05-01.k1@tagwerk"
    vacation = [str(e["UID"]) for e in cal.walk("VEVENT") if "Urlaub" in str(e["summary"])]
    assert len(set(vacation)) == 2  # one per day of the absence
