"""The table of events, walked: for every event a module declares, the change is made
through the service a user's click reaches, and exactly the declared people hear of it –
each in the text meant for them, on their own way (e-mail or a letter to print) – and
nobody else. A new event without a story here fails `test_every_event_is_walked`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.letters import events, texts
from core.models import Absence, Message, Person
from core.models.messages import POST
from core.services import consultations, portal
from core.services.calendar import delete_absence
from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Need, Placement, Provider
from tests import event_world
from tests.event_stories import HANNA, SARA, STORIES
from tests.event_world import World

TODAY, MONDAY, OFFICE = event_world.TODAY, event_world.MONDAY, event_world.OFFICE


@pytest.fixture
def world(installation, make) -> World:
    w = World(installation, make)
    with installation.db.transaction("test") as s:  # every text says which one it is
        for kind in texts.kinds(s):
            texts.save(s, kind, {"intro": f"Text {kind}.", "closing": ""}, "test")
    return w


def test_hook_events_every_event_is_walked(world):
    assert set(world.installation.kernel().events) == set(STORIES)


@pytest.mark.parametrize("key", sorted(STORIES))
def test_each_event_reaches_exactly_its_people_in_their_texts(world, key):
    story, expected = STORIES[key]
    kernel = world.installation.kernel()
    event = kernel.events[key]
    with world.installation.db.read() as s:
        before = s.scalar(select(Message.id).order_by(Message.id.desc()).limit(1)) or 0
    story(world)
    with world.installation.db.read() as s:
        sent = s.scalars(select(Message).where(Message.id > before, Message.kind == key)).all()
        heard = {
            (f"post:{m.to_name}" if m.status == POST else m.to_address, _text_of(m, event))
            for m in sent
        }
    assert heard == expected
    assert len(sent) == len(expected)  # nobody twice


def _text_of(message: Message, event: events.Event) -> str | None:
    for text in event.tells.values():
        if f"Text {text.kind}." in message.text:
            return text.kind
    return None


def test_an_audience_the_event_does_not_declare_is_refused(world):
    told = events.Told(events.Audience.GUARDIANS, None, "Betreff")
    with world.installation.db.transaction("test") as s, pytest.raises(ValueError):
        events.announce(s, consultations.BOOKED, [told], ref="x")


def test_an_illness_taken_back_in_the_portal_cancels_the_families_calendar(world):
    """The defect: bookings vanished silently. Now the mother gets a calendar file that
    takes the same events out (same UID, higher SEQUENCE, METHOD:CANCEL), the father a
    letter to print, the hub its freed places; days nobody was told of stay quiet."""
    from plugins.substitute_hub import documents
    from tests.icalcheck import strictly_parsed

    absence_id = world.confirmed_absence()
    with world.installation.db.read() as s:
        mia = s.get(Person, world.mia.id)
        confirmed = strictly_parsed(documents.calendar_file(s, mia, absence_id))
    with world.installation.db.transaction("test") as s:
        jana = s.get(Person, world.jana.id)
        portal.cancel_absence(s, jana, absence_id, TODAY, hooks=world.hooks)
    with world.installation.db.read() as s:
        to_sara = s.scalars(
            select(Message).where(
                Message.kind == "substitute_hub.care_cancelled", Message.to_address == SARA
            )
        ).one()
        ics = next(a for a in to_sara.attachments if a.filename.endswith(".ics"))
        cancelling = strictly_parsed(ics.content)
        letter = s.scalars(select(Message).where(Message.status == POST)).one()
    assert str(cancelling["METHOD"]) == "CANCEL"
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in confirmed.walk("VEVENT")}
    after = {str(e["UID"]): e for e in cancelling.walk("VEVENT")}
    assert after.keys() == before.keys()  # both days, the booked and the open one
    for uid, event in after.items():
        assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) > before[uid]
    assert (letter.to_name, letter.to_address) == ("Tom Brockmann", "Weg 1, 59269 Beckum")


def test_a_change_before_the_families_were_told_tells_only_the_hub(world):
    absence_id = world.absence(days=1)
    with world.installation.db.transaction("test") as s:
        need = s.scalars(select(Need)).one()
        booking.book(s, need, s.get(Provider, world.hub_id))
    with world.installation.db.transaction("test") as s:
        delete_absence(s, s.get(Absence, absence_id), hooks=world.hooks)
    with world.installation.db.read() as s:
        told = s.scalars(select(Message.to_address).where(Message.kind.like("substitute_hub%")))
        assert list(told) == [HANNA]


def test_letters_to_post_print_as_one_pdf_and_are_then_marked(world):
    import io

    from pypdf import PdfReader

    from core.letters import post

    world.confirmed_absence()
    with world.installation.db.transaction("test") as s:
        delete_absence(s, s.scalars(select(Absence)).one(), hooks=world.hooks)
    with world.installation.db.transaction("test") as s:
        waiting = [m.id for m in post.waiting(s)]
        pdf = post.printout(s, waiting, TODAY)
        assert post.printed(s, waiting) == 1
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Tom Brockmann" in text and "Text substitute_hub.cancelled_guardians." in text
    with world.installation.db.transaction("test") as s:
        assert post.waiting(s) == []
        with pytest.raises(Exception, match="schon gedruckt"):
            post.printout(s, waiting, TODAY)


def test_a_place_the_family_gave_up_itself_tells_only_the_hub(world):
    world.confirmed_absence()
    with world.installation.db.transaction("test") as s:
        booking.release(s, s.scalars(select(Placement)).one(), family_knows=True)
    with world.installation.db.read() as s:
        told = s.scalars(
            select(Message.to_address).where(Message.kind == "substitute_hub.care_released")
        )
        assert list(told) == [HANNA]


def test_a_moved_place_changes_the_familys_calendar_entry_to_the_new_hub(world):
    """Same UID as the confirmation, a higher SEQUENCE, the new hub's name; not cancelled."""
    from plugins.substitute_hub import documents
    from tests.icalcheck import strictly_parsed

    absence_id = world.confirmed_absence()
    south = world.second_hub()
    with world.installation.db.read() as s:
        mia = s.get(Person, world.mia.id)
        confirmed = strictly_parsed(documents.calendar_file(s, mia, absence_id))
    with world.installation.db.transaction("test") as s:
        booking.move(s, s.scalars(select(Placement)).one(), s.get(Provider, south))
    with world.installation.db.read() as s:
        to_sara = s.scalars(
            select(Message).where(
                Message.kind == "substitute_hub.care_moved", Message.to_address == SARA
            )
        ).one()
        ics = next(a for a in to_sara.attachments if a.filename.endswith(".ics"))
        moved = strictly_parsed(ics.content)
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in confirmed.walk("VEVENT")}
    (entry,) = moved.walk("VEVENT")
    assert str(moved["METHOD"]) == "PUBLISH" and str(entry["STATUS"]) == "CONFIRMED"
    assert int(entry["SEQUENCE"]) > before[str(entry["UID"])]
    assert str(entry["SUMMARY"]) == "Vertretung Mia: Stützpunkt Süd"


def test_a_place_moved_before_the_family_was_told_tells_only_the_hubs(world):
    world.absence(days=1)
    south = world.second_hub()
    with world.installation.db.transaction("test") as s:
        need = s.scalars(select(Need)).one()
        placement = booking.book(s, need, s.get(Provider, world.hub_id))
        booking.move(s, placement, s.get(Provider, south))
    with world.installation.db.read() as s:
        told = s.scalars(select(Message.to_address).where(Message.kind.like("substitute_hub%")))
        assert sorted(told) == [HANNA, "ida@example.org"]


def test_each_candidate_reads_her_own_result(installation, make):
    world = World(installation, make)  # the agency's own words
    world.counted_election(seats="1", deputies="0", votes_for_sara=1)
    with installation.db.read() as s:
        sent = s.scalars(select(Message).where(Message.kind == "parent_council.election_counted"))
        texts_ = {m.to_name: m.text for m in sent}
    assert "Sie sind in die Elternvertretung gewählt (1 Stimme)." in texts_["Sara Brockmann"]
    assert "Sie sind diesmal nicht gewählt (0 Stimmen)." in texts_["Tom Brockmann"]
    assert "Wahlbeteiligung: 100,0 %" in texts_["Tom Brockmann"]


def test_an_election_nobody_voted_in_tells_every_candidate_nobody_is_elected(installation, make):
    world = World(installation, make)
    world.counted_election(quorum_percent="0", votes_for_sara=0)
    with installation.db.read() as s:
        sent = s.scalars(select(Message).where(Message.kind == "parent_council.election_counted"))
        said = "Es wurde keine Stimme abgegeben; gewählt ist niemand."
        assert [m.text.count(said) for m in sent] == [1, 1]
