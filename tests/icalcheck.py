"""A strict reading of a calendar file by RFC 5545: CRLF lines of at most 75 octets,
VERSION and PRODID, and per event UID, DTSTAMP in UTC and DTSTART, a VTIMEZONE for every
TZID used, an end after the start, UIDs unique in the file, nothing the parser had to skip."""

from __future__ import annotations

from icalendar import Calendar


def strictly_parsed(body: bytes) -> Calendar:
    text = body.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", ""), "CRLF only"
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n")), "lines ≤ 75 octets"
    calendar = Calendar.from_ical(body)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    assert not calendar.errors
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    uids = []
    for event in calendar.walk("VEVENT"):
        assert not event.errors, event.errors
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS"):
            assert name in event, f"{name} fehlt"
        assert event.decoded("DTSTAMP").utcoffset().total_seconds() == 0
        assert event["DTSTAMP"].to_ical().endswith(b"Z")
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            assert tzid is None or tzid in zones, f"{name} nennt {tzid} ohne VTIMEZONE"
        assert event.decoded("DTEND") > event.decoded("DTSTART")
        assert str(event["STATUS"]) in {"CONFIRMED", "CANCELLED", "TENTATIVE"}
        uids.append(str(event["UID"]))
    assert len(uids) == len(set(uids)), "UIDs doppelt"
    return calendar
