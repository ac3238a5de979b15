"""Steps of the stories that cross modules ("Lebenslagen", features/*/lebenslagen.feature):
the childminder in her portal, the office planning, and what reaches everyone affected.
The story modules import them."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from pytest_bdd import given, parsers, then, when
from sqlalchemy import func, select

from core.models import Message, Person
from core.models.messages import POST
from core.services import portal
from plugins.substitute_hub import booking, letters
from plugins.substitute_hub.models import Need, Placement, Provider
from tests.event_world import MONDAY, OFFICE, TODAY, World


def _mails(installation, **where) -> list[Message]:
    with installation.db.read() as s:
        query = select(Message).order_by(Message.id)
        for column, value in where.items():
            query = query.where(getattr(Message, column) == value)
        return list(s.scalars(query))


@given(
    '"Jana Wolf" betreut "Mia Brockmann", deren Mutter E-Mail liest und deren Vater Post bekommt'
)
def family(world, installation, make):
    world["events"] = World(installation, make)


@given('"Mia Brockmann" ist im "Stützpunkt Nord" angemeldet, dort arbeitet "Hanna Nord"')
def hub(world):
    assert world["events"].hub_id  # the world enrols her with the hub and its member


@when('"Jana Wolf" sich im Portal für zwei Tage krank meldet')
def reports(world, installation):
    w = world["events"]
    data = {
        "kind": "illness",
        "start": MONDAY.isoformat(),
        "end": (MONDAY + timedelta(days=1)).isoformat(),
    }
    with installation.db.transaction("test") as s:
        absence = portal.report_absence(s, s.get(Person, w.jana.id), data, TODAY, hooks=w.hooks)
        world["absence"] = absence.id


@when('das Büro "Mia" am ersten Tag im Stützpunkt unterbringt und den Eltern schreibt')
def office_plans(world, installation):
    w = world["events"]
    with installation.db.transaction("test") as s:
        need = s.scalars(select(Need).where(Need.day == MONDAY)).one()
        booking.book(s, need, s.get(Provider, w.hub_id))
        letters.queue(s, MONDAY, MONDAY + timedelta(days=1), "staff")


@when('"Jana Wolf" die Krankmeldung im Portal zurücknimmt')
def takes_back(world, installation):
    w = world["events"]
    with installation.db.transaction("test") as s:
        jana = s.get(Person, w.jana.id)
        portal.cancel_absence(s, jana, world["absence"], TODAY, hooks=w.hooks)


@then(parsers.parse('bekommt das Büro eine E-Mail "{subject}"'))
def office_hears(installation, subject):
    subjects = [m.subject for m in _mails(installation, to_address=OFFICE)]
    assert any(s.startswith(subject) for s in subjects), subjects


@then(parsers.parse('liest "{name}" "{words}"'))
def reads(world, installation, name, words):
    address = {"Jana Wolf": world["events"].jana, "Hanna Nord": world["events"].hanna}[name].email
    texts = [m.text for m in _mails(installation, to_address=address)]
    assert any(words in t for t in texts), texts


@then("bekommt die Mutter eine Kalenderdatei, die beide Tage austrägt")
def mother_calendar(installation):
    [mail] = _mails(
        installation, to_address="sara@example.org", kind="substitute_hub.care_cancelled"
    )
    with installation.db.read() as s:
        ics = next(a.content for a in s.get(Message, mail.id).attachments)
    calendar = Calendar.from_ical(ics)
    assert str(calendar["METHOD"]) == "CANCEL"
    days = sorted(e.decoded("DTSTART") for e in calendar.walk("VEVENT"))
    assert days == [MONDAY, MONDAY + timedelta(days=1)]
    assert {str(e["STATUS"]) for e in calendar.walk("VEVENT")} == {"CANCELLED"}


@then(parsers.parse('liegt für den Vater ein Brief "{subject}" zum Drucken bereit'))
def father_letter(installation, subject):
    [letter] = _mails(installation, status=POST)
    assert (letter.to_name, letter.subject) == ("Tom Brockmann", subject)


@then("hat der Stützpunkt keinen Platz mehr belegt")
def hub_free(installation):
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0


@then("bekommen die Eltern nichts")
def parents_nothing(installation):
    parents = [
        m
        for m in _mails(installation)
        if m.to_address == "sara@example.org" or m.to_name == "Tom Brockmann"
    ]
    assert parents == []
