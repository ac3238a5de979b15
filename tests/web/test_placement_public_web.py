"""The public request form and the family's status page: no login, German and English,
spam kept out without third parties, the status code shown once and stored only hashed."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta

from itsdangerous import Signer
from sqlalchemy import func, select

from core.models import Message
from core.settings import settings_of
from plugins.placement.models import CareRequest
from plugins.placement.public import shown_at_token
from tests.conftest import with_site_url
from tests.tables import all_rows

CODE = re.compile(r"<strong>([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})</strong>")


def form_data(client, **changes) -> dict:
    page = client.get("/placement/anfrage").text
    data = {
        "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page).group(1),
        "shown_at": re.search(r'name="shown_at" value="([^"]+)"', page).group(1),
        "child_first_name": "Mia",
        "child_last_name": "Brockmann",
        "child_birth_date": (date.today() - timedelta(days=300)).isoformat(),
        "guardian_first_name": "Jana",
        "guardian_last_name": "Brockmann",
        "email": "jana.brockmann@example.org",
        "postal_code": "59269",
        "needed_from": (date.today() + timedelta(days=200)).isoformat(),
        "mo_start": "08:00",
        "mo_end": "13:00",
        "consent": "on",
        "homepage": "",
        "form_once": re.search(r'name="form_once" value="([^"]+)"', page).group(1),
    }
    return {**data, **changes}


def token(client) -> str:
    page = client.get("/placement/anfrage/status").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def post(client, url: str, **data):
    return client.post(url, data={"csrf_token": token(client), **data})


def stored(installation) -> list[CareRequest]:
    with installation.db.read() as s:
        return list(s.scalars(select(CareRequest)))


def send(client, **changes):
    return client.post("/placement/anfrage", data=form_data(client, **changes))


def test_a_family_sends_a_request_and_gets_its_code_once(public, installation):
    r = send(public)
    assert r.status_code == 200 and "Vielen Dank, Ihre Anfrage ist bei uns" in r.text
    code = CODE.search(r.text).group(1)
    again = public.get("/placement/anfrage/danke").text
    assert code not in again and "nur einmal angezeigt" in again
    (request,) = stored(installation)
    assert request.from_public_form and request.consent_at is not None
    assert request.status_code_hash and request.state == "received"
    rows = all_rows(installation.db)
    kept = repr({table: found for table, found in rows.items() if table != "core_message"})
    assert code not in kept and code.replace("-", "") not in kept
    with installation.db.read() as s:  # only the mail carries it, until it is delivered
        mail = s.scalars(select(Message)).one()
        assert mail.confidential and mail.to_address == "jana.brockmann@example.org"
        assert code in mail.text


def test_the_confirmations_link_is_the_installations_address_never_the_host(public, installation):
    """A request sent with `Host: tagwerk-beckum.evil.example` was mailed a link to it."""
    evil = {"Host": "tagwerk-beckum.evil.example"}
    public.post("/placement/anfrage", data=form_data(public), headers=evil)
    with installation.db.read() as s:
        without = s.scalars(select(Message)).one().text
    assert "evil.example" not in without and "http" not in without
    assert "auf unserer Seite „Stand Ihrer Anfrage“" in without
    with_site_url(installation, "https://tagwerk.beckum.example")
    public.post("/placement/anfrage", data=form_data(public, child_first_name="Lea"), headers=evil)
    with installation.db.read() as s:
        with_link = s.scalars(select(Message).order_by(Message.id.desc())).first()
    assert "https://tagwerk.beckum.example/placement/anfrage/status?code=" in with_link.text
    assert "evil.example" not in with_link.text


def test_the_status_code_shows_changes_and_withdraws_the_request(public, installation):
    code = CODE.search(send(public).text).group(1)
    page = public.get(f"/placement/anfrage/status?code={code}").text
    assert code in page and "eingegangen" not in page  # the link only fills the form in
    shown = post(public, "/placement/anfrage/status", code=code.lower()).text
    assert "Anfrage für Mia Brockmann ab" in shown and ": eingegangen" in shown
    changed = public.post(
        "/placement/anfrage/status/aendern",
        data={**form_data(public, phone="02521 123456"), "code": code},
    )
    assert "Ihre Änderungen sind gespeichert." in changed.text
    assert stored(installation)[0].phone == "02521 123456"
    asked = post(public, "/placement/anfrage/status/zurueckziehen", code=code)
    assert "wirklich zurückziehen" in asked.text and stored(installation)[0].state == "received"
    done = post(public, "/placement/anfrage/status/zurueckziehen", code=code, confirmed="yes")
    assert "Ihre Anfrage ist zurückgezogen." in done.text
    assert stored(installation)[0].state == "withdrawn"
    assert "Angaben ändern" not in done.text


def test_a_wrong_code_opens_nothing_and_is_counted(public, installation):
    send(public)
    r = post(public, "/placement/anfrage/status", code="AAAA-BBBB-CCCC-DDDD")
    assert r.status_code == 422 and "Diesen Code kennen wir nicht" in r.text
    assert "Mia" not in r.text
    r = post(public, "/placement/anfrage/status/zurueckziehen", code="x", confirmed="yes")
    assert r.status_code == 422 and stored(installation)[0].state == "received"


def test_every_field_error_comes_back_with_the_input_and_nothing_is_saved(public, installation):
    r = send(public, consent="", child_first_name="", postal_code="", email="", needed_from="")
    assert r.status_code == 422
    for message in (
        "Einwilligung: Ohne sie dürfen wir Ihre Angaben nicht speichern.",
        "Vorname des Kindes: Bitte ausfüllen.",
        "PLZ: Bitte ausfüllen.",
        "E-Mail: Bitte E-Mail-Adresse oder Telefonnummer angeben.",
        "Betreuung ab: Bitte ein Datum angeben.",
    ):
        assert message in r.text, message
    assert 'value="Brockmann"' in r.text
    assert stored(installation) == []


def test_a_filled_hidden_field_is_refused(public, installation):
    r = send(public, homepage="http://spam.example")
    assert r.status_code == 422 and stored(installation) == []


def test_a_form_sent_too_quickly_is_refused_but_keeps_its_first_stamp(public, installation):
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.min_fill_seconds", 30)
    r = send(public)
    assert r.status_code == 422 and "Das ging sehr schnell" in r.text
    assert 'value="Brockmann"' in r.text and stored(installation) == []
    signer = Signer(installation.settings.secret_key, salt="placement.request-form")
    early = shown_at_token(signer, int(time.time()) - 60)
    assert send(public, shown_at=early).status_code == 200
    assert send(public, shown_at="123.forged").status_code == 422
    assert len(stored(installation)) == 1


def test_one_network_address_may_send_ten_an_hour(public, installation):
    for n in range(10):
        assert send(public, child_first_name=f"Kind{n}").status_code == 200
    r = send(public, child_first_name="Elftes")
    assert r.status_code == 429 and "sehr viele Anfragen" in r.text
    assert len(stored(installation)) == 10


def test_the_form_speaks_english_when_asked(public, installation):
    page = public.get("/placement/anfrage?lang=en").text
    assert '<html lang="en">' in page and "Child's last name" in page
    r = send(public, consent="")
    assert "Consent" in r.text or "consent" in r.text
    assert stored(installation) == []
    send(public)
    assert stored(installation)[0].locale == "en"


def test_without_the_module_there_is_no_form(installation, client):
    assert client.get("/placement/anfrage").status_code == 404
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0


def test_a_double_click_sends_one_request(public, installation):
    data = form_data(public)
    first = public.post("/placement/anfrage", data=data)
    second = public.post("/placement/anfrage", data=data)
    assert first.status_code == second.status_code == 200
    assert len(stored(installation)) == 1


def test_the_language_switch_leads_to_pages_that_open_again(public, installation):
    code = CODE.search(send(public).text).group(1)
    thanks_again = public.get("/placement/anfrage").text
    assert 'href="/placement/anfrage?lang=en"' in thanks_again
    shown = post(public, "/placement/anfrage/status", code=code).text
    assert 'href="/placement/anfrage/status?lang=en"' in shown
    assert public.get("/placement/anfrage/status?lang=en").status_code == 200
