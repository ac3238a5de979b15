"""Offers: a place held while the family answers, never promised twice even when offers
are made at the same moment; accepted, a draft care contract under core's rules."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from core.errors import ValidationError
from core.letters import texts
from core.models import Contract, Message, Person, PersonLink
from core.models.persons import Role
from core.services import contracts
from core.settings import settings_of
from plugins.placement import family, offers, proposals, requests
from plugins.placement.declaration import save_declaration
from plugins.placement.models import CareRequest, Offer, PlaceHold

TODAY = date.today()
START = TODAY + timedelta(days=120)


@pytest.fixture
def kernel(installation):
    installation.enable("placement")
    return installation.kernel()


def request_for(installation, name="Mia", urgent=False, days=("mo",)) -> int:
    data = {
        "child_first_name": name,
        "child_last_name": "Brockmann",
        "child_birth_date": (TODAY - timedelta(days=300)).isoformat(),
        "guardian_first_name": "Jana",
        "guardian_last_name": "Brockmann",
        "email": f"{name.lower()}@example.org",
        "postal_code": "59269",
        "needed_from": START.isoformat(),
        "urgent": "on" if urgent else "",
        "urgency_reason": "Ausbildung" if urgent else "",
        **{f"{d}_start": "08:00" for d in days},
        **{f"{d}_end": "13:30" for d in days},
    }
    with installation.db.transaction("test") as s:
        return requests.save_request(s, data).id


def offer(installation, request_id, childminder_id) -> int:
    with installation.db.transaction("test") as s:
        r = requests.get_request(s, request_id)
        return offers.make_offer(s, r, childminder_id, "fachberatung", TODAY).id


def refusal(installation, request_id, childminder_id) -> str:
    with pytest.raises(ValidationError) as caught:
        offer(installation, request_id, childminder_id)
    return str(caught.value)


def full_but_one(make, installation, held=0):
    """A childminder with four places and three children on Monday."""
    jana = make.childminder(max_children=4, first_name="Jana", last_name="Wolf")
    for _ in range(3):
        make.contract(make.child(), jana, start=TODAY - timedelta(days=30))
    if held:
        with installation.db.transaction("test") as s:
            save_declaration(
                s,
                jana.id,
                {"held_places": str(held), "mo_start": "07:00", "mo_end": "16:00"},
                "test",
            )
    return jana


def holds(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(PlaceHold))


def test_an_offer_holds_the_place_so_nobody_else_gets_it(kernel, installation, make):
    jana = full_but_one(make, installation)
    first, second = request_for(installation, "Mia"), request_for(installation, "Emil")
    offer(installation, first, jana.id)
    assert holds(installation) == 1
    assert refusal(installation, second, jana.id) == "Jana Wolf: Montag voll."
    with installation.db.read() as s:
        assert s.get(CareRequest, first).state == "offered"
    assert "schon ein Angebot" in refusal(installation, first, jana.id)


def test_accepting_makes_persons_and_a_draft_contract(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation, days=("mo",))
    oid = offer(installation, rid, jana.id)
    with installation.db.transaction("test") as s:
        contract = offers.accept(s, offers.get_offer(s, oid), kernel.hook, TODAY)
        contract_id = contract.id
    with installation.db.read() as s:
        c = s.get(Contract, contract_id)
        assert c.draft and c.childminder_id == jana.id and c.valid_from == START
        # it ends where the child moves on to a Kita, as the office's contracts do
        born = TODAY - timedelta(days=300)
        third = date(born.year + 3, born.month, min(born.day, 28))
        kita_year = date(third.year + (third > date(third.year, 8, 1)), 8, 1)
        assert c.valid_to == kita_year - timedelta(days=1)
        assert str(c.hours_mo) == "5.50" and c.weekly_hours == 5.5
        child = s.get(Person, c.child_id)
        assert child.name == "Mia Brockmann" and child.has_role(Role.CHILD)
        link = s.scalars(select(PersonLink).where(PersonLink.person_id == child.id)).one()
        assert s.get(Person, link.related_id).email == "mia@example.org"
        r = s.get(CareRequest, rid)
        assert (r.state, r.child_id, r.closed_on) == ("accepted", child.id, TODAY)
        assert s.get(Offer, oid).contract_id == contract_id
    assert holds(installation) == 0


def test_core_refuses_the_contract_and_nothing_of_the_acceptance_stays(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation)
    oid = offer(installation, rid, jana.id)
    make.contract(make.child(), jana, start=START - timedelta(days=10))  # entered meanwhile
    with installation.db.read() as s:
        persons_before = s.scalar(select(func.count()).select_from(Person))
    with installation.db.transaction("test") as s, pytest.raises(ValidationError) as caught:
        offers.accept(s, offers.get_offer(s, oid), kernel.hook, TODAY)
    assert "Montag: Jana Wolf hätte 5 Kinder gleichzeitig" in str(caught.value)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == persons_before
        assert s.get(Offer, oid).state == "open" and s.get(CareRequest, rid).state == "offered"
    assert holds(installation) == 1


def test_declining_frees_the_place_and_the_family_waits_or_leaves(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation)
    oid = offer(installation, rid, jana.id)
    with installation.db.transaction("test") as s:
        offers.decline(s, offers.get_offer(s, oid), "zu weit", False, TODAY)
    with installation.db.read() as s:
        assert s.get(CareRequest, rid).state == "in_progress"
    assert holds(installation) == 0
    oid = offer(installation, rid, jana.id)
    with installation.db.transaction("test") as s:
        offers.decline(s, offers.get_offer(s, oid), "", True, TODAY)
        with pytest.raises(ValidationError):
            offers.withdraw(s, offers.get_offer(s, oid))
    with installation.db.read() as s:
        r = s.get(CareRequest, rid)
        assert (r.state, r.closed_on) == ("declined", TODAY)


def test_a_withdrawn_request_takes_its_offer_back(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation)
    oid = offer(installation, rid, jana.id)
    with installation.db.transaction("test") as s:
        request = requests.get_request(s, rid)
        family.withdraw(s, family.Opened(request, request), TODAY)
    with installation.db.read() as s:
        assert s.get(Offer, oid).state == "withdrawn"
    assert holds(installation) == 0


def test_a_freihalteplatz_goes_only_to_an_urgent_request(kernel, installation, make):
    jana = full_but_one(make, installation, held=1)
    ordinary, urgent = request_for(installation, "Mia"), request_for(installation, "Emil", True)
    assert refusal(installation, ordinary, jana.id) == "Jana Wolf: Montag voll."
    offer(installation, urgent, jana.id)
    with installation.db.read() as s:
        assert s.scalars(select(Offer.uses_held_place)).one() is True


def test_offers_made_at_the_same_moment_promise_the_last_place_once(kernel, installation, make):
    jana = full_but_one(make, installation)
    ids = [request_for(installation, f"Kind{n}") for n in range(8)]
    barrier, outcomes = threading.Barrier(len(ids)), []

    def make_one(rid):
        barrier.wait(timeout=30)
        try:
            offer(installation, rid, jana.id)
            outcomes.append("ok")
        except ValidationError as exc:
            outcomes.append(str(exc))
        except DBAPIError as exc:  # the database refused: recorded, never swallowed
            outcomes.append(f"database: {exc.orig}")

    threads = [threading.Thread(target=make_one, args=(rid,)) for rid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert outcomes.count("ok") == 1, outcomes
    refused = {  # depending on what each saw: the place taken, or taken that very moment
        "Jana Wolf: Montag voll.",
        "Montag: Bei Jana Wolf ist kein Platz mehr frei.",
        "Diesen Platz hat gerade eben jemand anderes einer Familie angeboten. Bitte die"
        " Vorschläge neu laden.",
    }
    assert set(outcomes) - {"ok"} <= refused, set(outcomes)
    assert holds(installation) == 1


def test_a_draft_is_signed_once(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation)
    oid = offer(installation, rid, jana.id)
    with installation.db.transaction("test") as s:
        contract = offers.accept(s, offers.get_offer(s, oid), kernel.hook, TODAY)
        contracts.sign_contract(s, contract, hooks=kernel.hook)
        assert not contract.draft
        with pytest.raises(ValidationError):
            contracts.sign_contract(s, contract, hooks=kernel.hook)


def test_the_offer_tells_family_and_childminder_in_the_agencys_words(kernel, installation, make):
    jana = full_but_one(make, installation)
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.agency_name", "Stadt Beckum")
        texts.save(
            s,
            "placement.offer_family",
            {"intro": "für {{ vorname_kind }} ist ab {{ beginn }} ein Platz frei.", "closing": ""},
            "admin",
        )
    jana_mail = f"{jana.first_name.lower()}@example.org"
    with installation.db.transaction("test") as s:
        s.get(Person, jana.id).email = jana_mail
    rid = request_for(installation, "Mia")
    with installation.db.transaction("test") as s:
        offers.make_offer(s, requests.get_request(s, rid), jana.id, "fachberatung", TODAY)
    with installation.db.read() as s:
        sent = {
            m.to_address: m
            for m in s.scalars(select(Message).where(Message.kind.like("placement.offer%")))
        }
    family, childminder = sent["mia@example.org"], sent[jana_mail]
    start = f"{START:%d.%m.%Y}"
    assert family.text.startswith(f"Guten Tag Jana Brockmann,\n\nfür Mia ist ab {start} ein")
    assert "Stadt Beckum" in family.text  # signed like every letter
    assert childminder.person_id == jana.id
    assert f"Ihren Platz ab {start} angeboten: Mia, 13 Monate, Montag 08:00–13:30" in (
        childminder.text
    )
    # until the place is taken she hears first name, age and times, not the family
    assert "Brockmann" not in childminder.text and "mia@example.org" not in childminder.text


def test_a_licence_ending_before_the_start_is_named_as_such_not_as_expired(
    kernel, installation, make
):
    ends_soon, ended = TODAY + timedelta(days=30), TODAY - timedelta(days=1)
    near = {"postal_code": "59269"}  # the family's postal area
    jana = make.childminder(
        first_name="Jana", last_name="Wolf", permit_valid_until=ends_soon, **near
    )
    make.childminder(first_name="Olga", last_name="Ost", permit_valid_until=ended, **near)
    rid = request_for(installation)
    with installation.db.read() as s:
        found = proposals.for_request(s, requests.get_request(s, rid), TODAY)
        why = {place.name: reason for place, reason in found.unavailable}
    assert why["Jana Wolf"] == (
        f"Pflegeerlaubnis endet am {ends_soon:%d.%m.%Y}, vor dem gewünschten Beginn"
    )
    assert why["Olga Ost"] == f"Pflegeerlaubnis abgelaufen am {ended:%d.%m.%Y}"
    assert refusal(installation, rid, jana.id) == (
        f"Jana Wolf: Pflegeerlaubnis endet am {ends_soon:%d.%m.%Y}, vor dem gewünschten Beginn."
    )


def test_the_answer_reaches_the_family_and_the_childminder(kernel, installation, make):
    jana = make.childminder(max_children=4, first_name="Jana", last_name="Wolf")
    with installation.db.transaction("test") as s:
        s.get(Person, jana.id).email = "jana@example.org"
    yes, no = request_for(installation, "Mia"), request_for(installation, "Emil")
    with installation.db.transaction("test") as s:
        offers.accept(s, offers.get_offer(s, offer(installation, yes, jana.id)), kernel.hook, TODAY)
    with installation.db.transaction("test") as s:
        offers.decline(s, offers.get_offer(s, offer(installation, no, jana.id)), "", False, TODAY)
    with installation.db.read() as s:
        sent = [
            (m.to_address, m.subject, " ".join(m.text.split()))
            for m in s.scalars(select(Message).order_by(Message.id))
            if not m.subject.startswith(("Ein Betreuungsplatz", "Ihr freier Platz"))  # offers
        ]
    start = f"{START:%d.%m.%Y}"
    assert [(to, subject) for to, subject, _ in sent] == [
        ("mia@example.org", "Ihre Antwort zum Platz für Mia"),
        ("jana@example.org", "Ihr Platz ist angenommen"),
        ("emil@example.org", "Ihre Antwort zum Platz für Emil"),
        ("jana@example.org", "Ihr Platz ist wieder frei"),
    ]
    assert f"Sie haben den Platz für Mia bei Jana Wolf ab {start} angenommen." in sent[0][2]
    assert f"die Familie hat Ihren Platz ab {start} für Mia angenommen." in sent[1][2]
    assert "Ihre Anfrage bleibt bestehen; wir suchen weiter für Sie." in sent[2][2]
    assert "Ihre Anfrage ist damit abgeschlossen" not in sent[2][2]


def test_the_offer_mail_links_the_status_page_and_names_the_office(kernel, installation, make):
    jana = full_but_one(make, installation)
    with installation.db.transaction("test") as s:
        for key, value in {
            "core.site_url": "https://tagwerk.beckum.de",
            "core.agency_name": "Stadt Beckum",
            "core.letterhead.phone": "02521 29-0",
        }.items():
            settings_of(s).set(s, key, value)
    rid = request_for(installation, "Mia")
    with installation.db.transaction("test") as s:
        offers.make_offer(s, requests.get_request(s, rid), jana.id, "fachberatung", TODAY)
    with installation.db.read() as s:
        (mail,) = s.scalars(select(Message).where(Message.to_address == "mia@example.org"))
    text = " ".join(mail.text.split())
    status_page = "https://tagwerk.beckum.de/placement/anfrage/status"
    assert f"mit Ihrem Status-Code auf {status_page} oder" in text
    assert "Stadt Beckum" in text and "Tel. 02521 29-0" in text


def test_accepting_makes_both_guardians_persons(kernel, installation, make):
    jana = full_but_one(make, installation)
    rid = request_for(installation)
    with installation.db.transaction("test") as s:
        s.get(CareRequest, rid).second_guardian = "Karin Maria Oersted"
    with installation.db.transaction("test") as s:
        contract = offers.accept(
            s, offers.get_offer(s, offer(installation, rid, jana.id)), kernel.hook, TODAY
        )
        child_id = contract.child_id
    with installation.db.read() as s:
        linked = s.scalars(select(PersonLink).where(PersonLink.person_id == child_id)).all()
        names = sorted(s.get(Person, link.related_id).name for link in linked)
    assert names == ["Jana Brockmann", "Karin Maria Oersted"]


def test_proposals_and_the_batch_consider_every_district_of_the_city_alike(
    kernel, installation, make
):
    """The family lives in one district; the only childminder with room is in the next one.
    Both the proposals page and the month's batch consider her, ranked by distance, and
    the page says what it considered; someone in another city is not asked."""
    from core.models import District, DistrictArea
    from plugins.placement import batch

    with installation.db.transaction("test") as s:
        for name, code in (("Mitte", "59269"), ("Neubeckum", "59302")):
            district = District(name=name)
            s.add(district)
            s.flush()
            s.add(DistrictArea(district_id=district.id, postal_code=code))
    make.childminder(first_name="Nora", last_name="Nachbar", postal_code="59302")
    make.childminder(first_name="Mara", last_name="Münster", postal_code="48143")
    rid = request_for(installation)  # postal code 59269, Mitte
    with installation.db.read() as s:
        request = requests.get_request(s, rid)
        found = proposals.for_request(s, request, TODAY)
        month = batch.for_month(s, request.needed_from.replace(day=1))
    considered = {p.offerer.name for p in found.ranked} | {o.name for o, _ in found.excluded}
    assert considered == {"Nora Nachbar"}
    assert "Postleitzahl 59… (alle Bezirke)" in found.scope
    assert set(month.names.values()) == {"Nora Nachbar"}


def test_an_installation_without_the_kita_rule_drafts_open_ended(kernel, installation, make):
    jana = full_but_one(make, installation)
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.kita_month", 0)
    oid = offer(installation, request_for(installation), jana.id)
    with installation.db.transaction("test") as s:
        contract = offers.accept(s, offers.get_offer(s, oid), kernel.hook, TODAY)
        assert contract.valid_to is None


def test_an_unanswered_offer_expires_the_morning_after_its_day(kernel, installation, make):
    """The place is free again and the request waits on; an offer still within its day is
    left alone."""
    jana = full_but_one(make, installation)
    oid = offer(installation, request_for(installation, "Mia"), jana.id)
    with installation.db.transaction("test") as s:
        answer_by = s.get(Offer, oid).answer_by
    with installation.db.transaction("test") as s:
        assert offers.expire(s, answer_by) == 0  # the last day to answer is still open
    assert holds(installation) == 1
    with installation.db.transaction("test") as s:
        assert offers.expire(s, answer_by + timedelta(days=1)) == 1
    with installation.db.read() as s:
        expired = s.get(Offer, oid)
        assert (expired.state, expired.request.state) == ("expired", "in_progress")
    assert holds(installation) == 0


def test_the_morning_job_lets_unanswered_offers_expire(kernel, installation, make):
    from core.jobs import queue
    from core.models import Job
    from tests.workers import work_off

    jana = full_but_one(make, installation)
    oid = offer(installation, request_for(installation, "Mia"), jana.id)
    with installation.db.transaction("test") as s:
        s.get(Offer, oid).answer_by = TODAY - timedelta(days=1)
        job_id = queue.enqueue(s, "placement.expire_offers").id
    work_off(installation)
    with installation.db.read() as s:
        assert s.get(Offer, oid).state == "expired"
        assert s.get(Job, job_id).message == "Abgelaufene Angebote: 1."
