"""Calendar files for parents and the office, read strictly by RFC 5545: stable UIDs per
record and installation, timed events in Europe/Berlin where the hours are known, the
substitute's address, and a cancellation that replaces the earlier event."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from core import ical
from core.ical import Entry, time_span
from core.models import Absence, Person
from plugins.substitute_hub import booking, documents
from plugins.substitute_hub import needs as needs_service
from plugins.substitute_hub.models import Enrolment, Need, Placement, Provider
from tests.icalcheck import strictly_parsed

MON = date(2026, 12, 7)


def test_opening_hours_as_written_in_the_office():
    assert time_span("7:30–15:00") == (time(7, 30), time(15, 0))
    assert time_span("Mo–Fr 7.30 - 15.00 Uhr") == (time(7, 30), time(15, 0))
    assert time_span("8:00 bis 12:30") == (time(8, 0), time(12, 30))
    assert time_span("") is None and time_span("vormittags") is None
    assert time_span("15:00–7:30") is None and time_span("25:00-26:00") is None


def test_entries_make_a_valid_calendar_with_timezone_and_stamps():
    body = ical.calendar(
        [
            Entry(
                "x.1",
                MON,
                "Vertretung Jörg: Kita Sonnenblume",
                time(7, 30),
                time(15, 0),
                location="Markt 2, 59269 Beckum",
                sequence=7,
            ),
            Entry("x.2", MON + timedelta(1), "Schließtag", category="closing"),
        ],
        "Vertretung Jörg Weiß",
        "abc123",
        now=datetime(2026, 12, 1, 9, 0),
    )
    calendar = strictly_parsed(body)
    timed, allday = calendar.walk("VEVENT")
    assert str(timed["UID"]) == "x.1.abc123@tagwerk"
    assert timed["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert timed.decoded("DTSTART").isoformat() == "2026-12-07T07:30:00+01:00"
    assert str(timed["LOCATION"]) == "Markt 2, 59269 Beckum" and timed["SEQUENCE"] == 7
    assert allday.decoded("DTSTART") == MON + timedelta(1)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert str(calendar["METHOD"]) == "PUBLISH"


def _placed(installation, make, *children, opening="7:30–15:00", kind="hub"):
    installation.enable("substitute_hub")
    childminder = make.childminder(
        first_name="Jana",
        last_name="Wolf",
        street="Lindenweg 4",
        postal_code="59269",
        city="Beckum",
    )
    for child in children:
        make.contract(child, childminder, substitute_wanted="on")
    with installation.db.transaction("test") as s:
        provider = Provider(
            name="Kita Sonnenblume",
            kind=kind,
            places=9,
            opening=opening,
            street="Markt 2",
            postal_code="59269",
            city="Beckum",
        )
        s.add(provider)
        s.flush()
        for child in children:
            s.add(Enrolment(child_id=child.id, provider_id=provider.id))
        absence = Absence(
            childminder_id=childminder.id, kind="vacation", start=MON, end=MON + timedelta(1)
        )
        s.add(absence)
        s.flush()
        needs_service.sync(s, absence)
        for need in s.scalars(select(Need)):
            booking.book(s, need, provider)
        return absence.id


def _file(installation, child, absence_id) -> bytes:
    with installation.db.read() as s:
        return documents.calendar_file(s, s.get(Person, child.id), absence_id)


def test_a_placement_file_is_valid_with_hours_and_the_substitutes_address(installation, make):
    jorg = make.child(first_name="Jörg", last_name="Weiß")
    absence_id = _placed(installation, make, jorg)
    calendar = strictly_parsed(_file(installation, jorg, absence_id))
    events = calendar.walk("VEVENT")
    assert [e.decoded("DTSTART").date() for e in events] == [MON, MON + timedelta(1)]
    assert all(e.decoded("DTSTART").time() == time(7, 30) for e in events)
    assert all(str(e["LOCATION"]) == "Markt 2, 59269 Beckum" for e in events)
    assert all(str(e["STATUS"]) == "CONFIRMED" for e in events)


def test_uids_differ_between_two_children_and_stay_when_the_file_is_made_again(installation, make):
    jorg, mia = make.child(first_name="Jörg"), make.child(first_name="Mia")
    absence_id = _placed(installation, make, jorg, mia)
    first = strictly_parsed(_file(installation, jorg, absence_id))
    again = strictly_parsed(_file(installation, jorg, absence_id))
    other = strictly_parsed(_file(installation, mia, absence_id))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in again.walk("VEVENT")]
    assert not set(uids) & {str(e["UID"]) for e in other.walk("VEVENT")}


def test_a_cancelled_placement_becomes_a_visible_day_without_care(installation, make):
    jorg = make.child(first_name="Jörg")
    absence_id = _placed(installation, make, jorg)
    with installation.db.transaction("test") as s:  # booked an hour ago
        for placement in s.scalars(select(Placement)):
            placement.created_at -= timedelta(hours=1)
    before = strictly_parsed(_file(installation, jorg, absence_id)).walk("VEVENT")
    with installation.db.transaction("test") as s:
        first_day = s.scalars(select(Placement).order_by(Placement.day)).first()
        s.delete(first_day)
    after = strictly_parsed(_file(installation, jorg, absence_id)).walk("VEVENT")
    assert str(after[0]["UID"]) == str(before[0]["UID"])
    # the day stays visible and says what the family must do, a newer version of the event
    assert str(after[0]["STATUS"]) == "CONFIRMED" and after[0]["SEQUENCE"] > before[0]["SEQUENCE"]
    assert str(after[0]["SUMMARY"]) == "Keine Vertretung für Jörg – bitte selbst planen"
    assert str(after[1]["STATUS"]) == "CONFIRMED" and after[1]["SEQUENCE"] == before[1]["SEQUENCE"]


def test_a_pool_substitute_is_located_in_the_childminders_rooms_all_day_without_hours(
    installation, make
):
    jorg = make.child(first_name="Jörg")
    absence_id = _placed(installation, make, jorg, opening="nach Absprache", kind="pool")
    events = strictly_parsed(_file(installation, jorg, absence_id)).walk("VEVENT")
    assert str(events[0]["LOCATION"]) == "Lindenweg 4, 59269 Beckum"
    assert events[0].decoded("DTSTART") == MON  # a date: the hours are not known
