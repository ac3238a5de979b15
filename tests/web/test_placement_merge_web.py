"""Merging two requests for one child: both senders' contacts are kept and hear every offer,
each status code shows only what its own sender gave, and a code of a request merged into
another cannot act on it. The story is the attack: a stranger who knows a child's name and
birthday sends a request with his own address, the office merges it."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from core.models import Message
from plugins.placement import offers, requests
from plugins.placement.models import CareRequest, Offer
from tests.conftest import login
from tests.web.test_placement_public_web import CODE, form_data, post

BORN = date.today() - timedelta(days=300)


@pytest.fixture
def office(app, installation):
    with TestClient(app) as c:
        yield login(c, installation, "staff")


@pytest.fixture
def sent(public, installation):
    """A request from the public form by whom it names: (its number, its status code)."""

    def send(**who) -> tuple[int, str]:
        data = form_data(public, child_birth_date=BORN.isoformat(), **who)
        code = CODE.search(public.post("/placement/anfrage", data=data).text).group(1)
        with installation.db.read() as s:
            return s.scalar(select(CareRequest.id).order_by(CareRequest.id.desc())), code

    return send


FAMILY = {
    "child_first_name": "Mats",
    "child_last_name": "Oersted",
    "guardian_first_name": "Karin",
    "guardian_last_name": "Oersted",
    "email": "karin.oersted@example.org",
    "street": "Lindenweg 3",
}
STRANGER = {
    "child_first_name": "Mats",
    "child_last_name": "Ørsted",
    "guardian_first_name": "Jens",
    "guardian_last_name": "Ørsted",
    "email": "jens@evil.example",
    "street": "Am Hang 9",
}


def test_a_merged_code_shows_only_its_own_data_and_acts_on_nothing(
    public, sent, office, installation, make
):
    family, family_code = sent(**FAMILY)
    stranger, stranger_code = sent(**STRANGER)
    page = office.get(f"/placement/requests/{family}").text
    assert f"/placement/requests/{family}/merge/{stranger}" in page
    asked = office.get(f"/placement/requests/{family}/merge/{stranger}").text
    assert "Die Kontaktangaben unterscheiden sich" in asked
    assert "karin.oersted@example.org" in asked and "jens@evil.example" in asked
    assert asked.count('class="differs"') >= 4  # child's name, guardian, e-mail, address
    office.post(f"/placement/requests/{family}/merge/{stranger}")
    kept = office.get(f"/placement/requests/{family}").text
    assert f"Aus Nr. {stranger} (zusammengeführt)" in kept and "jens@evil.example" in kept

    shown = post(public, "/placement/anfrage/status", code=stranger_code).text
    assert "Jens Ørsted" in shown and "jens@evil.example" in shown  # what he gave himself
    for family_data in ("Karin", "karin.oersted", "Lindenweg"):
        assert family_data not in shown, family_data
    assert "Angaben ändern" not in shown and "zurückziehen …" not in shown
    assert ": eingegangen" in shown and "zusammengeführt" in shown

    changed = public.post(
        "/placement/anfrage/status/aendern",
        data={**form_data(public, email="jens@evil.example"), "code": stranger_code},
    )
    withdrawn = post(
        public, "/placement/anfrage/status/zurueckziehen", code=stranger_code, confirmed="yes"
    )
    for refused in (changed, withdrawn):
        assert refused.status_code == 422 and "telefonisch mit unserem Büro" in refused.text
        assert "Lindenweg" not in refused.text
    with installation.db.read() as s:
        request = s.get(CareRequest, family)
        assert (request.state, request.email) == ("received", "karin.oersted@example.org")

    copy = post(public, "/placement/anfrage/status/daten", code=stranger_code).text
    assert "jens@evil.example" in copy and "karin" not in copy.lower()

    jana = make.childminder(max_children=4, first_name="Jana", last_name="Wolf")
    with installation.db.transaction("test") as s:
        made = offers.make_offer(s, requests.get_request(s, family), jana.id, "fb", date.today())
        offer_id = made.id
    with installation.db.read() as s:
        told = set(
            s.scalars(select(Message.to_address).where(Message.kind == "placement.offer_made"))
        )
    assert told == {"karin.oersted@example.org", "jens@evil.example"}  # every sender
    answered = post(public, "/placement/anfrage/status/angebot", code=stranger_code, answer="no")
    assert answered.status_code == 422 and "telefonisch" in answered.text
    with installation.db.read() as s:
        assert s.get(Offer, offer_id).state == "open"
    offered = post(public, "/placement/anfrage/status", code=stranger_code).text
    assert "Jana Wolf" in offered and "Platz annehmen" not in offered
    accepted = post(public, "/placement/anfrage/status/angebot", code=family_code, answer="yes")
    assert "Sie haben den Platz angenommen" in accepted.text


def test_own_code_of_the_kept_request_still_changes_it(public, sent, office):
    family, family_code = sent(**FAMILY)
    twin, _ = sent(**{**FAMILY, "child_last_name": "Oerstedt"})
    office.post(f"/placement/requests/{family}/merge/{twin}")
    asked = office.get(f"/placement/requests/{family}").text
    assert f"Aus Nr. {twin} (zusammengeführt)" in asked
    closed = office.get(f"/placement/requests/{twin}").text
    assert f"weiter in Nr. {family}" in closed and f"/placement/requests/{twin}/edit" not in closed
    changed = public.post(
        "/placement/anfrage/status/aendern",
        data={**form_data(public, **FAMILY, phone="02521 42"), "code": family_code},
    )
    assert "Ihre Änderungen sind gespeichert." in changed.text
    text = " ".join(re.sub(r"<[^>]+>", " ", changed.text).split())
    assert "Anfrage für Mats Oersted ab" in text
