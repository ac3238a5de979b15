"""The childminders' portal: invited by the office, her own password, her start page and
her absences – and nothing of anybody else's, whatever id she types."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from starlette.testclient import TestClient

from core.db import utcnow
from core.models import Absence, AccountToken, Job, Message, User
from core.services import users
from core.settings import settings_of
from tests.conftest import csrf_of, with_site_url
from tests.portal_helpers import LINK, PASSWORD, invite, set_password
from tests.tables import all_rows
from tests.workers import work_off

TODAY = date.today()


def test_without_the_installations_address_no_invitation_link_is_made(staff, installation, make):
    """The link followed the office request's Host; now it is the installation's address
    or none: the office is told what to set, and nothing is created or mailed."""
    jana = make.childminder(first_name="Jana", last_name="Wolf", email="jana@example.org")
    refused = staff.post(f"/persons/{jana.id}/portal/invite", headers={"Host": "evil.example"})
    assert "Für den Link fehlt die Adresse von Tagwerk" in refused.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
        assert s.scalar(select(func.count()).select_from(AccountToken)) == 0
    with_site_url(installation, "https://tagwerk.beckum.example")
    staff.post(f"/persons/{jana.id}/portal/invite", headers={"Host": "evil.example"})
    with installation.db.read() as s:
        mail = s.scalars(select(Message).where(Message.kind == "core.portal_invite")).one()
        assert "https://tagwerk.beckum.example/portal/password/" in mail.text
        assert "evil.example/" not in mail.text.replace("tagwerk.beckum.example", "")


def test_the_invitation_is_mailed_when_she_has_an_address(staff, installation, make):
    with_site_url(installation)
    jana = make.childminder(first_name="Jana", last_name="Wolf", email="jana@example.org")
    response = staff.post(f"/persons/{jana.id}/portal/invite")
    assert "Die Einladung ist an jana@example.org unterwegs" in response.text
    link = LINK.search(response.text).group(1)
    with installation.db.read() as s:
        mail = s.scalars(select(Message).where(Message.kind == "core.portal_invite")).one()
        assert mail.to_address == "jana@example.org" and mail.person_id == jana.id
        assert mail.confidential
        # only the hash of the token is kept
        token = link.rsplit("/", 1)[1]
        assert s.scalar(select(func.count()).select_from(AccountToken)) == 1
        assert s.scalars(select(AccountToken.id)).one() != token
    assert "eingeladen" in staff.get(f"/persons/{jana.id}/portal").text.lower()


def test_without_an_address_the_office_gets_a_link_for_a_letter(staff, installation, make):
    with_site_url(installation)
    petra = make.childminder(first_name="Petra", last_name="Sommer")
    response = staff.post(f"/persons/{petra.id}/portal/invite")
    assert "Ohne E-Mail-Adresse" in response.text and LINK.search(response.text)
    assert "petra.sommer" in response.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0


def test_the_link_works_once_and_a_new_one_replaces_the_old(app, staff, make):
    petra = make.childminder(first_name="Petra", last_name="Sommer")
    old = invite(staff, petra)
    new = invite(staff, petra)
    visitor = TestClient(app)
    visitor.headers["X-CSRF-Token"] = csrf_of(visitor)
    assert visitor.get(old).status_code == 404
    short = visitor.post(new, data={"password": "kurz", "repeated": "kurz"})
    assert short.status_code == 422 and "Passwort: mindestens 10 Zeichen" in short.text
    common = visitor.post(new, data={"password": "passwort123", "repeated": "passwort123"})
    assert common.status_code == 422 and "Passwort: zu leicht zu erraten" in common.text
    typo = visitor.post(new, data={"password": PASSWORD, "repeated": PASSWORD + "x"})
    assert typo.status_code == 422 and "Passwort wiederholen:" in typo.text
    done = visitor.post(new, data={"password": PASSWORD, "repeated": PASSWORD})
    assert "Ihr Passwort ist gespeichert" in done.text
    assert visitor.get(new).status_code == 404
    # set up already: the office's new link sets a new password (she has no e-mail to reset)
    again = LINK.search(staff.post(f"/persons/{petra.id}/portal/invite").text).group(1)
    renewed = visitor.post(again, data={"password": PASSWORD + "2", "repeated": PASSWORD + "2"})
    assert "Ihr Passwort ist gespeichert" in renewed.text


def test_an_expired_link_is_refused(app, staff, installation, make):
    petra = make.childminder(first_name="Petra", last_name="Sommer")
    link = invite(staff, petra)
    with installation.db.transaction("test") as s:
        for token in s.scalars(select(AccountToken)):
            token.expires_at = utcnow() - timedelta(minutes=1)
    visitor = TestClient(app)
    visitor.headers["X-CSRF-Token"] = csrf_of(visitor)
    response = visitor.post(link, data={"password": PASSWORD, "repeated": PASSWORD})
    assert response.status_code == 404 and "abgelaufen" in response.text


def test_she_lands_on_her_own_start_page(two):
    clients, jana, petra = two
    jana_client = clients["jana"]
    assert jana_client.get("/", follow_redirects=False).headers["location"] == "/portal/"
    home = jana_client.get("/portal/").text
    assert "Guten Tag, Jana" in home and "Mia Wolfkind" in home
    assert "Ben Sommerkind" not in home and "Petra" not in home


def test_an_illness_becomes_the_same_absence_as_the_office_enters(two, installation):
    clients, jana, _petra = two
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.portal_notify", "buero@example.org")
        settings_of(s).set(s, "core.site_url", "https://tagwerk.beckum.de")
    day = TODAY.isoformat()
    response = clients["jana"].post(
        "/portal/absences",
        data={"kind": "illness", "start": day, "end": day, "note": "Fieber"},
    )
    assert response.status_code == 303
    with installation.db.read() as s:
        absence = s.scalars(select(Absence)).one()
        assert (absence.childminder_id, absence.planned, absence.note) == (jana.id, False, "Fieber")
        mail = s.scalars(select(Message).where(Message.kind == "core.absence_reported")).one()
        assert mail.to_address == "buero@example.org" and "Jana Wolf" in mail.subject
        # the office lands on her absences with one click
        assert f"https://tagwerk.beckum.de/persons/{jana.id}/absences" in mail.text
    page = clients["jana"].get(response.headers["location"]).text
    assert "Begonnene und vergangene Abwesenheiten ändert das Büro" in page


def test_bad_input_names_the_field_and_changes_nothing(two, installation):
    clients, _jana, _petra = two
    jana = clients["jana"]
    later, sooner = (TODAY + timedelta(days=5)).isoformat(), (TODAY + timedelta(days=2)).isoformat()
    backwards = jana.post(
        "/portal/absences", data={"kind": "vacation", "start": later, "end": sooner}
    )
    assert backwards.status_code == 422 and "Bis: Das Ende liegt vor dem Beginn." in backwards.text
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    past = jana.post(
        "/portal/absences", data={"kind": "illness", "start": yesterday, "end": yesterday}
    )
    assert past.status_code == 422 and "Von: liegt in der Vergangenheit" in past.text
    kind = jana.post("/portal/absences", data={"kind": "party", "start": later, "end": later})
    assert kind.status_code == 422 and "Art:" in kind.text
    assert f'value="{later}"' in kind.text  # what she typed is still there
    # everything wrong at once: her form's fields and the calendar's rules in one answer
    both = jana.post("/portal/absences", data={"kind": "party", "start": later, "end": sooner})
    assert "Art:" in both.text and "Bis: Das Ende liegt vor dem Beginn." in both.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Absence)) == 0


def test_she_takes_back_planned_leave_but_not_what_has_begun(two, installation, staff):
    clients, jana, _petra = two
    start = (TODAY + timedelta(days=10)).isoformat()
    end = (TODAY + timedelta(days=14)).isoformat()
    made = clients["jana"].post(
        "/portal/absences", data={"kind": "vacation", "start": start, "end": end}
    )
    leave = int(made.headers["location"].rsplit("/", 1)[1])
    assert "Ja, zurücknehmen" in clients["jana"].get(f"/portal/absences/{leave}/cancel").text
    taken_back = clients["jana"].post(f"/portal/absences/{leave}/cancel")
    assert taken_back.status_code == 303
    past = TODAY - timedelta(days=3)
    staff.post(
        "/absences/new",
        data={
            "childminder_id": str(jana.id),
            "kind": "illness",
            "start": past.isoformat(),
            "end": past.isoformat(),
            "planned": "short_notice",
        },
    )
    with installation.db.read() as s:
        begun = s.scalars(select(Absence)).one()
    refused = clients["jana"].post(f"/portal/absences/{begun.id}/cancel")
    assert refused.status_code == 422 and "nur das Büro" in refused.text
    listing = clients["jana"].get("/portal/absences").text
    assert "Vergangen" in listing and f"/portal/absences/{begun.id}" in listing


def test_a_withdrawn_account_ends_her_login(two, staff, installation):
    clients, jana, _petra = two
    assert "Zugang entziehen" in staff.get(f"/persons/{jana.id}/portal/withdraw").text
    withdrawn = staff.post(f"/persons/{jana.id}/portal/withdraw")
    assert "Der Zugang ist entzogen" in withdrawn.text
    gone = clients["jana"].get("/portal/", follow_redirects=False)
    assert gone.status_code == 303 and gone.headers["location"].startswith("/login")
    with installation.db.read() as s:
        assert not s.scalars(select(User).where(User.username == "jana@example.org")).one().active


def written(before: dict, after: dict) -> dict[str, int]:
    """How many rows each table gained between two reads of every row."""
    return {
        table: len(rows) - len(before.get(table, []))
        for table, rows in after.items()
        if len(rows) != len(before.get(table, []))
    }


def test_a_forgotten_password_gets_a_new_link_without_telling_who_exists(
    app, two, installation, mailbox
):
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.site_url", "https://tagwerk.beckum.example/")
    visitor = TestClient(app)
    visitor.headers["X-CSRF-Token"] = csrf_of(visitor)
    before = all_rows(installation.db)
    known = visitor.post("/portal/reset", data={"email": "Jana@Example.org"})
    after_known = all_rows(installation.db)
    unknown = visitor.post("/portal/reset", data={"email": "niemand@example.org"})
    assert known.status_code == unknown.status_code == 200
    assert "Wenn zu dieser Adresse ein Zugang gehört" in known.text
    assert known.text.replace("Jana@Example.org", "") == unknown.text.replace(
        "niemand@example.org", ""
    )
    # the same work for both, so the time cannot tell them apart: a counted try and a job
    assert written(before, after_known) == written(after_known, all_rows(installation.db))
    assert written(before, after_known) == {"core_failed_attempt": 1, "core_job": 1}
    work_off(installation)
    (mail,) = [m for m in mailbox.received if m["Subject"] == "Neues Passwort für das Portal"]
    assert mail["To"].addresses[0].addr_spec == "jana@example.org"
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert "https://tagwerk.beckum.example/portal/password/" in text
    with installation.db.read() as s:
        jobs = s.scalars(select(Job).where(Job.kind == "core.portal_reset")).all()
        assert [(j.status, j.payload) for j in jobs] == [("done", {})] * 2  # address gone
    for _ in range(3):
        visitor.post("/portal/reset", data={"email": "niemand@example.org"})
    assert visitor.post("/portal/reset", data={"email": "x@example.org"}).status_code == 429


def test_hook_absence_cover_shows_her_children_s_substitute_care(app, staff, installation, make):
    from plugins.substitute_hub import booking
    from plugins.substitute_hub.models import Need, Provider
    from tests.web.substitute_helpers import hub_with

    installation.enable("substitute_hub")
    jana = make.childminder(first_name="Jana", last_name="Wolf", email="jana@example.org")
    mia = make.child(first_name="Mia", last_name="Wolfkind")
    make.contract(mia, jana, substitute_wanted="on")
    provider = hub_with(installation, mia)
    own = set_password(app, invite(staff, jana), "jana@example.org")
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    made = own.post(
        "/portal/absences",
        data={"kind": "vacation", "start": monday.isoformat(), "end": monday.isoformat()},
    )
    page = made.headers["location"]
    assert "Mia Wolfkind" in own.get(page).text and "wird noch gesucht" in own.get(page).text
    with installation.db.transaction("test") as s:
        need = s.scalars(select(Need)).one()
        booking.book(s, need, s.get(Provider, provider), manual=True, reason="", actor="test")
    assert "bei Stützpunkt Nord" in own.get(page).text


def test_hook_portal_sections_lead_to_her_pages(two):
    clients, _jana, _petra = two
    home = clients["jana"].get("/portal/").text
    assert 'href="/portal/absences"' in home


def test_a_reset_never_mails_a_link_to_the_host_a_stranger_names(app, two, installation):
    """Without the installation's address the Host header would choose where the link
    points: no link is mailed, the office gives one instead."""
    with_site_url(installation, "")  # as before her invitation
    visitor = TestClient(app, base_url="http://evil.example")
    visitor.headers["X-CSRF-Token"] = csrf_of(visitor)
    page = visitor.get("/portal/reset").text
    assert "gibt Ihnen das Büro" in page and "Link schicken" not in page
    visitor.post("/portal/reset", data={"email": "jana@example.org"})
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).where(Message.kind == "core.portal_reset")) == 0


def test_she_changes_her_language_and_her_password(app, installation, two):
    clients, _jana, petra = two
    own = clients["petra"]
    page = own.get("/portal/account").text
    assert "petra.sommer" in page and "Passwort ändern" in page
    refused = own.post("/portal/account/language", data={"locale": "fr"})
    assert (
        refused.status_code == 422 and "Sprache: Bitte eine der angebotenen wählen." in refused.text
    )
    own.post("/portal/account/language", data={"locale": "en"})
    assert "Your children today" in own.get("/portal/").text
    wrong = own.post(
        "/portal/account/password",
        data={
            "current": "falsch-falsch",
            "password": "neues-passwort-1",
            "repeated": "neues-passwort-1",
        },
    )
    assert wrong.status_code == 422 and "Current password: does not match." in wrong.text
    differ = own.post(
        "/portal/account/password",
        data={"current": PASSWORD, "password": "neues-passwort-1", "repeated": "neues-passwort-2"},
    )
    assert differ.status_code == 422 and "Repeat password" in differ.text
    done = own.post(
        "/portal/account/password",
        data={"current": PASSWORD, "password": "neues-passwort-1", "repeated": "neues-passwort-1"},
    )
    assert done.status_code == 303 and done.headers["location"] == "/login"
    # every login has ended, this one too; the new password works, the old one no more
    assert own.get("/portal/").status_code in (302, 303)
    with installation.db.read() as s:
        user = s.scalars(select(User).where(User.username == "petra.sommer")).one()
        assert users.password_matches(user, "neues-passwort-1")
        assert not users.password_matches(user, PASSWORD)


def test_guessing_her_current_password_is_throttled_like_a_login(installation, two):
    clients, _jana, _petra = two
    own = clients["jana"]
    data = {"current": "geraten", "password": "neues-passwort-1", "repeated": "neues-passwort-1"}
    for _ in range(5):
        assert "stimmt nicht" in own.post("/portal/account/password", data=data).text
    blocked = own.post("/portal/account/password", data={**data, "current": PASSWORD})
    assert blocked.status_code == 422 and "Zu viele Fehlversuche" in blocked.text
    with installation.db.read() as s:
        user = s.scalars(select(User).where(User.username == "jana@example.org")).one()
        assert users.password_matches(user, PASSWORD)


def test_every_portal_page_speaks_english_when_she_chooses_it(installation, two):
    for module in ("payments", "qhb_training", "placement"):
        installation.enable(module)
    clients, _jana, _petra = two
    own = clients["jana"]
    own.post("/portal/account/language", data={"locale": "en"})
    pages = {
        "/portal/": ["Your children today", "Report illness", "To do"],
        "/portal/absences": ["Report an absence", "Current and planned"],
        "/payments/portal/": ["Your payments", "Annual overview for your tax return"],
        "/payments/portal/proofs": ["Proofs of insurance", "Hand in a proof"],
        "/qhb_training/portal/": ["Your qualification", "of 300 teaching units"],
        "/qhb_training/portal/courses": ["No course is open for registration"],
        "/qhb_training/portal/certificates": ["Hand in certificates", "Teaching units (UE)"],
        "/placement/portal/": ["Your free places", "How the office sees your places"],
        "/portal/documents": ["Documents from the agency"],
        "/portal/consultations": ["Free times of your advisers"],
        "/portal/account": ["My account", "Change password"],
    }
    for url, english in pages.items():
        page = own.get(url)
        assert page.status_code == 200 and '<html lang="en">' in page.text, url
        for text in [*english, "Money", "Qualification", "Documents", "Log out"]:
            assert text in page.text, f"{url}: {text}"
        for german in ("Abmelden", "Zu erledigen", "Bitte", "Ihre "):
            assert german not in page.text, f"{url}: {german}"
