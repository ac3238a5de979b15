"""One story per event: the change made through the service a user's click reaches, and
who hears of it in which text (`tests/db/test_core_events.py` walks them)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from core.files import uploads
from core.models import Absence, Person, User
from core.services import accounts, consultations, portal, portal_documents
from core.services.calendar import delete_absence
from plugins.placement import merging, offers, requests
from plugins.placement.models import CareRequest
from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Placement, Provider
from tests import event_world
from tests.event_world import World
from tests.files import pdf_bytes

TODAY, MONDAY, OFFICE = event_world.TODAY, event_world.MONDAY, event_world.OFFICE


# --- one story per event: (what happens, who hears of it in which text) ---------------

JANA, SARA, HANNA = "jana@example.org", "sara@example.org", "hanna@example.org"
TOM, EVA, IDA = "post:Tom Brockmann", "eva@example.org", "ida@example.org"


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


def requests_merged(w: World):
    """A second request for Emil, sent by Ida, merged into Eva's."""
    w.offer()  # Eva's request (the offer on it stays)
    data = event_world.request_data(guardian_first_name="Ida", email=IDA, mo_end="12:00")
    with w.installation.db.transaction("test") as s:
        double = requests.save_request(s, data)
        keep = s.scalars(
            select(CareRequest).where(CareRequest.email == EVA).order_by(CareRequest.id)
        ).first()
        merging.merge(s, keep, double, TODAY)


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


def care_moved(w: World):
    """The office moves a place the family was told of to another hub."""
    w.confirmed_absence()
    with w.installation.db.transaction("test") as s:
        placement = s.scalars(select(Placement)).one()
        booking.move(s, placement, s.get(Provider, w.second_hub()))


def election_counted(w: World):
    """Sara and Tom stand for one seat; the one vote goes to Sara; the office counts."""
    w.counted_election(seats="1", deputies="0", votes_for_sara=1)


def permit_ending(w: World):
    """Her licence ends in 30 days; the morning's job tells her and the office."""
    from core.models import Childminder
    from core.services import permits

    with w.installation.db.transaction("test") as s:
        s.get(Childminder, w.jana.id).permit_valid_until = TODAY + timedelta(days=30)
    with w.installation.db.transaction("test") as s:
        assert permits.tell_ending(s, TODAY) == 1


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
    "substitute_hub.care_moved": (
        care_moved,
        {
            (SARA, "substitute_hub.moved_guardians"),
            (TOM, "substitute_hub.moved_guardians"),
            (HANNA, "substitute_hub.moved_hub"),
            (IDA, "substitute_hub.moved_hub"),
        },
    ),
    "parent_council.election_counted": (
        election_counted,
        {
            (SARA, "parent_council.counted_candidate"),
            (TOM, "parent_council.counted_candidate"),
        },
    ),
    "core.permit_ending": (
        permit_ending,
        {(JANA, "core.permit_ending"), (OFFICE, "core.permit_ending_office")},
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
    "placement.requests_merged": (
        requests_merged,
        {(EVA, "placement.merged_family"), (IDA, "placement.merged_family")},
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
