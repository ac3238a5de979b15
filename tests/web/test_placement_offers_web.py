"""Proposals with reasons, offers, and the answer – from the office or from the family's
status page – through the screens."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from core.models import Contract
from core.settings import settings_of
from plugins.placement.models import CareRequest, Offer

START = date.today() + timedelta(days=120)


@pytest.fixture
def agency(installation, admin, make):
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.min_fill_seconds", 0)
    admin.post("/admin/districts/new", data={"name": "Neubeckum", "areas": "59269"})
    jana = make.childminder(
        max_children=2, first_name="Jana", last_name="Wolf", postal_code="59269"
    )
    make.contract(make.child(), jana, start=date.today() - timedelta(days=30))
    tom = make.childminder(first_name="Tom", last_name="Berg", postal_code="59269")
    admin.post(
        f"/placement/person/{tom.id}",
        data={
            "min_age_months": "24",
            "max_age_months": "36",
            "mo_start": "07:00",
            "mo_end": "16:00",
        },
    )
    full = make.childminder(
        max_children=1, first_name="Vera", last_name="Voll", postal_code="59269"
    )
    make.contract(make.child(), full, start=date.today() - timedelta(days=30))
    return {"jana": jana, "tom": tom, "full": full}


def new_request(admin, installation) -> int:
    admin.post(
        "/placement/requests/new",
        data={
            "child_first_name": "Mia",
            "child_last_name": "Brockmann",
            "child_birth_date": (date.today() - timedelta(days=300)).isoformat(),
            "guardian_first_name": "Jana",
            "guardian_last_name": "Brockmann",
            "email": "familie@example.org",
            "postal_code": "59269",
            "street": "Markt 1",
            "needed_from": START.isoformat(),
            "mo_start": "08:00",
            "mo_end": "13:00",
        },
    )
    with installation.db.read() as s:
        return s.scalar(select(CareRequest.id))


def test_proposals_rank_and_every_excluded_childminder_says_why(agency, admin, installation):
    rid = new_request(admin, installation)
    page = admin.get(f"/placement/requests/{rid}/proposals").text
    assert "Jana Wolf" in page and "im selben Bezirk" in page
    assert re.search(r"Tom Berg</a>: nimmt Kinder ab 24 Monaten", page)
    assert re.search(r"Vera Voll</a>: Montag voll", page)


def test_offer_accept_and_the_draft_contract_on_the_childminders_page(agency, admin, installation):
    rid = new_request(admin, installation)
    jana = agency["jana"]
    r = admin.post(f"/placement/requests/{rid}/offers", data={"childminder_id": str(jana.id)})
    assert "Angebot gemacht; die Familie hat Zeit bis" in r.text and "offen" in r.text
    tab = admin.get(f"/placement/person/{jana.id}").text
    assert "in offenen Angeboten" in tab
    with installation.db.read() as s:
        oid = s.scalar(select(Offer.id))
    r = admin.post(f"/placement/offers/{oid}/accept")
    assert "Der Vertragsentwurf steht bei der Tagespflegeperson." in r.text
    assert "Mia Brockmann" in r.text and "Entwurf, noch nicht unterschrieben" in r.text
    with installation.db.read() as s:
        contract = s.scalars(select(Contract).where(Contract.draft)).one()
    r = admin.post(f"/contracts/{contract.id}/signed")
    assert "Der Vertrag gilt als unterschrieben." in r.text
    assert "Entwurf, noch nicht" not in r.text


def test_an_offer_to_an_excluded_childminder_is_refused(agency, admin, installation):
    rid = new_request(admin, installation)
    r = admin.post(
        f"/placement/requests/{rid}/offers", data={"childminder_id": str(agency["full"].id)}
    )
    assert "Vera Voll: Montag voll." in r.text
    r = admin.post(f"/placement/requests/{rid}/offers", data={"childminder_id": "x"})
    assert "Bitte eine Tagespflegeperson wählen." in r.text
    with installation.db.read() as s:
        assert s.scalars(select(Offer)).all() == []


def test_decline_on_the_phone_and_withdraw(agency, admin, installation):
    rid = new_request(admin, installation)
    jana = agency["jana"]
    admin.post(f"/placement/requests/{rid}/offers", data={"childminder_id": str(jana.id)})
    with installation.db.read() as s:
        oid = s.scalar(select(Offer.id))
    r = admin.post(f"/placement/offers/{oid}/decline", data={"reason": "zu weit"})
    assert "Abgelehnt; die Familie wartet weiter." in r.text and "(zu weit)" in r.text
    admin.post(f"/placement/requests/{rid}/offers", data={"childminder_id": str(jana.id)})
    with installation.db.read() as s:
        second = s.scalar(select(Offer.id).where(Offer.state == "open"))
    r = admin.post(f"/placement/offers/{second}/withdraw")
    assert "Angebot zurückgenommen; der Platz ist wieder frei." in r.text
    assert admin.post(f"/placement/offers/{second}/withdraw").status_code == 200
    assert admin.post("/placement/offers/999/accept").status_code == 404


def test_the_family_accepts_on_its_status_page(agency, admin, installation):
    from tests.web.test_placement_public_web import CODE, form_data

    public = TestClient(admin.app)  # the family's own browser, next to the office's
    r = public.post("/placement/anfrage", data=form_data(public, street="Markt 2"))
    code = CODE.search(r.text).group(1)
    with installation.db.read() as s:
        rid = s.scalar(select(CareRequest.id))
    admin.post(f"/placement/requests/{rid}/offers", data={"childminder_id": str(agency["jana"].id)})
    page = public.get("/placement/anfrage/status").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    shown = public.post("/placement/anfrage/status", data={"csrf_token": token, "code": code})
    assert "Wir bieten Ihnen einen Platz bei Jana Wolf" in shown.text
    done = public.post(
        "/placement/anfrage/status/angebot",
        data={"csrf_token": token, "code": code, "answer": "yes"},
    )
    assert "Sie haben den Platz angenommen" in done.text and ": angenommen" in done.text
    with installation.db.read() as s:
        contract = s.scalars(select(Contract).where(Contract.draft)).one()
        assert contract.childminder_id == agency["jana"].id
