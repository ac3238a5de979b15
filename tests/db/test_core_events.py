"""The table of events, walked: for every event a module declares, the change is made
through the service a user's click reaches, and exactly the declared people hear of it –
each in the text meant for them, on their own way (e-mail or a letter to print) – and
nobody else. A new event without a story here fails `test_every_event_is_walked`."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from core.files import uploads
from core.letters import events, texts
from core.models import Absence, Message, Person, User
from core.models.messages import POST
from core.services import accounts, consultations, portal, portal_documents
from core.services.calendar import delete_absence
from plugins.placement import offers, requests
from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Need, Placement, Provider
from tests import event_world
from tests.event_world import World
from tests.files import pdf_bytes

TODAY, MONDAY, OFFICE = event_world.TODAY, event_world.MONDAY, event_world.OFFICE


# --- one story per event: (what happens, who hears of it in which text) ---------------

JANA, SARA, HANNA = "jana@example.org", "sara@example.org", "hanna@example.org"
TOM, EVA = "post:Tom Brockmann", "eva@example.org"


def reported(w: World) -> int:
    """She reports her illness in the portal."""
    data = {"kind": "illness", "start": MONDAY.isoformat(), "end": MONDAY.isoformat()}
    with w.installation.db.transaction("test") as s:
        jana = s.get(Person, w.jana.id)
        return portal.report_absence(s, jana, data, TODAY, hooks=w.hooks).id


def withdrawn(w: World):
    absence_id = reported(w)
    with w.installation.db.transaction("test") as s:
        portal.cancel_absence(s, s.get(Person, w.jana.id), absence_id, TODAY, hooks=w.hooks)


def booked(w: World):
    w.slot(booked=True)


def cancelled(w: World):
    slot_id = w.slot(booked=True)
    with w.installation.db.transaction("test") as s:
        consultations.cancel(s, s.get(Person, w.jana.id), slot_id, datetime.now())


def slot_withdrawn(w: World):
    slot_id = w.slot(booked=True)
    with w.installation.db.transaction("test") as s:
        adviser = s.scalars(select(User).where(User.username == "beratung")).one()
        consultations.withdraw(s, adviser, slot_id)


def published(w: World):
    with w.installation.db.transaction("test") as s:
        accounts.open_account(s, w.jana.id)
        portal_documents.publish(
            s,
            w.installation.settings.data_dir,
            {"title": "Merkblatt"},
            uploads.Incoming("merkblatt.pdf", pdf_bytes()),
            actor="staff",
            hooks=w.hooks,
        )


def offer_made(w: World):
    w.offer()


def offer_accepted(w: World):
    offer_id = w.offer()
    with w.installation.db.transaction("test") as s:
        offers.accept(s, offers.get_offer(s, offer_id), w.hooks, TODAY)


def offer_declined(w: World):
    offer_id = w.offer()
    with w.installation.db.transaction("test") as s:
        offers.decline(s, offers.get_offer(s, offer_id), "zu weit", False, TODAY)


def offer_withdrawn(w: World):
    offer_id = w.offer()
    with w.installation.db.transaction("test") as s:
        offers.withdraw(s, offers.get_offer(s, offer_id))


def care_arranged(w: World):
    w.confirmed_absence()


def care_cancelled(w: World):
    absence_id = w.confirmed_absence()
    with w.installation.db.transaction("test") as s:
        delete_absence(s, s.get(Absence, absence_id), hooks=w.hooks)


def _proof(w: World) -> int:
    from core.files import uploads as files
    from plugins.payments import models as pay

    w.installation.enable("payments")
    with w.installation.db.transaction("jana") as s:
        upload = files.keep(
            s,
            w.installation.settings.data_dir,
            person_id=w.jana.id,
            purpose="payments.proof",
            file=files.Incoming("Beitrag.pdf", pdf_bytes()),
            kind=files.PDF,
            actor="jana",
        )
        proof = pay.Proof(
            childminder_id=w.jana.id,
            kind="accident",
            monthly_cents=1420,
            valid_from=TODAY,
            valid_to=None,
            upload_id=upload.id,
        )
        s.add(proof)
        s.flush()
        return proof.id


def proof_accepted(w: World):
    from plugins.payments import proofs

    proof_id = _proof(w)
    with w.installation.db.transaction("test") as s:
        proofs.accept(s, w.jana.id, proof_id, "finance")


def proof_rejected(w: World):
    from core.files import submissions
    from plugins.payments import proofs

    proof_id = _proof(w)
    with w.installation.db.transaction("test") as s:
        proof = proofs.proof_of(s, w.jana.id, proof_id)
        submissions.reject(
            s, proof, {"reason": "Kein Beitrag"}, "finance", describe=proofs.described
        )


def contract_changed(w: World):
    from core.models import Contract
    from core.services import contracts

    with w.installation.db.transaction("test") as s:
        contract = s.scalars(select(Contract)).one()
        data = contracts.contract_form_data(contract) | {"hours_mo": "6"}
        contracts.save_contract(s, data, contract, hooks=w.hooks)


def care_released(w: World):
    """The office gives up a place the family was told of."""
    w.confirmed_absence()
    with w.installation.db.transaction("test") as s:
        placement = s.scalars(select(Placement)).one()
        booking.release(s, placement)


def request_outside(w: World):
    """A family from Münster asks an agency whose districts are all in Beckum."""
    from core.models import District, DistrictArea

    with w.installation.db.transaction("test") as s:
        district = District(name="Beckum-Mitte")
        s.add(district)
        s.flush()
        s.add(DistrictArea(district_id=district.id, postal_code="59269"))
    data = {
        "child_first_name": "Lea",
        "child_last_name": "Sommer",
        "child_birth_date": (TODAY - timedelta(days=300)).isoformat(),
        "guardian_first_name": "Ute",
        "guardian_last_name": "Sommer",
        "email": "ute@example.org",
        "postal_code": "48143",
        "city": "Münster",
        "needed_from": (TODAY + timedelta(days=60)).isoformat(),
        "mo_start": "08:00",
        "mo_end": "13:00",
    }
    with w.installation.db.transaction("test") as s:
        requests.save_request(s, data)


def offer_expired(w: World):
    """Nobody answered by the day asked; the morning's job lets the offer expire."""
    from plugins.placement.models import Offer

    offer_id = w.offer()
    with w.installation.db.transaction("test") as s:
        s.get(Offer, offer_id).answer_by = TODAY - timedelta(days=1)
    with w.installation.db.transaction("test") as s:
        assert offers.expire(s, TODAY) == 1


STORIES = {
    "placement.offer_expired": (
        offer_expired,
        {
            (EVA, "placement.expired_family"),
            (JANA, "placement.expired_childminder"),
            (OFFICE, "placement.expired_office"),
        },
    ),
    "placement.request_outside": (request_outside, {(OFFICE, "placement.outside_office")}),
    "substitute_hub.care_released": (
        care_released,
        {
            (SARA, "substitute_hub.released_guardians"),
            (TOM, "substitute_hub.released_guardians"),
            (HANNA, "substitute_hub.cancelled_hub"),
        },
    ),
    "core.contract_changed": (contract_changed, {(JANA, "core.contract_changed")}),
    "core.submission_accepted": (proof_accepted, {(JANA, "core.submission_accepted")}),
    "core.submission_rejected": (proof_rejected, {(JANA, "core.submission_rejected")}),
    "core.absence_reported": (reported, {(OFFICE, "core.absence_reported_office")}),
    "core.absence_withdrawn": (withdrawn, {(OFFICE, "core.absence_withdrawn_office")}),
    "core.consultation_booked": (booked, {(OFFICE, "core.consultation_booked_office")}),
    "core.consultation_cancelled": (cancelled, {(OFFICE, "core.consultation_cancelled_office")}),
    "core.consultation_withdrawn": (slot_withdrawn, {(JANA, "core.consultation_withdrawn")}),
    "core.document_published": (published, {(JANA, "core.document_published")}),
    "placement.offer_made": (
        offer_made,
        {(EVA, "placement.offer_family"), (JANA, "placement.offer_childminder")},
    ),
    "placement.offer_accepted": (
        offer_accepted,
        {
            (EVA, "placement.accepted_family"),
            (JANA, "placement.accepted_childminder"),
            (OFFICE, "placement.accepted_office"),
        },
    ),
    "placement.offer_declined": (
        offer_declined,
        {
            (EVA, "placement.declined_family"),
            (JANA, "placement.declined_childminder"),
            (OFFICE, "placement.declined_office"),
        },
    ),
    "placement.offer_withdrawn": (
        offer_withdrawn,
        {(EVA, "placement.withdrawn_family"), (JANA, "placement.withdrawn_childminder")},
    ),
    "substitute_hub.care_arranged": (
        care_arranged,
        {(JANA, "substitute_hub.arranged_childminder")},
    ),
    "substitute_hub.care_cancelled": (
        care_cancelled,
        {
            (SARA, "substitute_hub.cancelled_guardians"),
            (TOM, "substitute_hub.cancelled_guardians"),
            (HANNA, "substitute_hub.cancelled_hub"),
        },
    ),
}


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
