"""Calendar files a calendar accepts (RFC 5545): one UID per record and installation, so
a second file about the same placement replaces the event instead of adding one, a
DTSTAMP, timed events in Europe/Berlin with their VTIMEZONE where the times are known,
the place, and SEQUENCE/STATUS so that a change or a cancellation reaches the calendar."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

BERLIN = ZoneInfo("Europe/Berlin")
SEQUENCE_EPOCH = datetime(2020, 1, 1)  # SEQUENCE counts seconds from here (32 bits to 2088)
_SPAN = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:–|-|bis)\s*(\d{1,2})[:.](\d{2})")


@dataclass(frozen=True)
class Entry:
    uid: str  # the record it stands for, e.g. "substitute_hub.need.123"; stable
    day: date
    summary: str
    start: time | None = None  # None: an all-day event
    end: time | None = None
    location: str = ""
    description: str = ""
    sequence: int = 0  # grows with every change of the record (see `sequence_at`)
    cancelled: bool = False
    category: str = ""


def time_span(text: str) -> tuple[time, time] | None:
    """Opening hours written as "7:30–15:00", "7.30 - 15.00" or "8:00 bis 12:30"."""
    found = _SPAN.search(text or "")
    if not found:
        return None
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    # the start lies before the end, so an end before 24:00 bounds the start's hour too
    if not (h2 < 24 and m1 < 60 and m2 < 60) or (h2, m2) <= (h1, m1):
        return None
    return time(h1, m1), time(h2, m2)


def sequence_at(moment: datetime) -> int:
    """A SEQUENCE that is larger for every later change: seconds since 2020. Tagwerk keeps
    no version counter per event; the time of the change orders the versions as well."""
    return max(0, int((moment - SEQUENCE_EPOCH).total_seconds()))


def installation_key(session: Session) -> str:
    """A short stable key of this installation, derived from its secret (which must stay
    the same for logins anyway), so UIDs of two agencies never meet in one calendar."""
    secret = session.info["installation"].settings.secret_key
    return hashlib.sha256(f"tagwerk-ical:{secret}".encode()).hexdigest()[:16]


def calendar(
    entries: list[Entry],
    name: str,
    key: str,
    now: datetime | None = None,
    method: str = "PUBLISH",  # CANCEL: every entry is taken out of the calendar
) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Tagwerk//Kindertagespflege//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    for entry in sorted(entries, key=lambda e: (e.day, e.start or time(0), e.uid)):
        cal.add_component(_event(entry, key, stamp))
    cal.add_missing_timezones()  # a VTIMEZONE for Europe/Berlin when an event uses it
    return cal.to_ical()


def _event(entry: Entry, key: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{entry.uid}.{key}@tagwerk")
    event.add("dtstamp", stamp)
    if entry.start is not None and entry.end is not None:
        event.add("dtstart", datetime.combine(entry.day, entry.start, tzinfo=BERLIN))
        event.add("dtend", datetime.combine(entry.day, entry.end, tzinfo=BERLIN))
    else:
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a day note, not a busy day
    event.add("summary", entry.summary)
    event.add("sequence", entry.sequence)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    if entry.location:
        event.add("location", entry.location)
    if entry.description:
        event.add("description", entry.description)
    if entry.category:
        event.add("categories", [entry.category])
    return event
