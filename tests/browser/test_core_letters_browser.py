"""Letters reach people, in a real browser against a real SMTP server: an absence is planned
and the parents who chose e-mail get the confirmation with its calendar file while the other
parent's letter is in the file to print; a finalised month mails the childminder her
statement. Every PDF carries the agency's letterhead."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader

from core.models import Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from core.services.users import create_user
from core.settings import settings_of
from plugins.substitute_hub.models import Enrolment, Provider, Visit
from tests.browser.conftest import SCREENSHOTS, logged_in_page
from tests.factories import paying_office
from tests.icalcheck import strictly_parsed

RETURN_LINE = "Jugendamt Musterstadt · Am Markt 1 · 12345 Musterstadt"


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


def agency(installation, make):
    with installation.db.transaction("test") as s:
        store = settings_of(s)
        store.set(s, "core.agency_name", "Jugendamt Musterstadt")
        store.set(s, "core.letterhead.street", "Am Markt 1")
        store.set(s, "core.letterhead.postal_code", "12345")
        store.set(s, "core.letterhead.city", "Musterstadt")
    by_mail = {"channel": "email", "email_consent": "on"}
    jana = make.childminder(
        first_name="Jana", last_name="Wolf", email="jana@example.org", **by_mail
    )
    mia = make.child(first_name="Mia", last_name="Brockmann", birth_date=date(2025, 1, 5))
    ole = make.child(first_name="Ole", last_name="Kaya", birth_date=date(2025, 3, 1))
    parents = {
        mia: [
            make.person(
                "guardian", first_name="Sabine", last_name="Brockmann",
                email="sabine@example.org", form_of_address="frau", **by_mail,
            ),
            make.person(
                "guardian", first_name="Jörg", last_name="Brockmann", street="Weg 1",
                postal_code="59269", city="Beckum", form_of_address="herr",
            ),
        ],
        ole: [
            make.person(
                "guardian", first_name="Aylin", last_name="Kaya", email="aylin@example.org",
                **by_mail,
            )
        ],
    }  # fmt: skip
    with installation.db.transaction("test") as s:
        hub = Provider(
            name="Stützpunkt Nord",
            kind="hub",
            places=9,
            accepts="vacation",
            opening="7:30–15:00",
            street="Markt 2",
            postal_code="59269",
            city="Beckum",
        )
        s.add(hub)
        s.flush()
        for child, guardians in parents.items():
            for guardian in guardians:
                add_link(s, s.get(Person, child.id), s.get(Person, guardian.id), LinkKind.GUARDIAN)
            enrolment = Enrolment(child_id=child.id, provider_id=hub.id)
            s.add(enrolment)
            s.flush()
            s.add_all(
                Visit(enrolment_id=enrolment.id, day=date(2026, 11, d), done=True) for d in (2, 16)
            )
    for child in parents:
        make.contract(child, jana, substitute_wanted="on")
    return jana


def _not_contract(mail) -> bool:
    """Her notices of the contracts the setup entered pass by."""
    return not mail["Subject"].startswith("Betreuungsvertrag")


def test_an_absence_and_a_month_reach_parents_and_childminder(
    browser, live_url, installation, make, mailbox
):
    installation.enable("substitute_hub")
    installation.enable("payments")
    jana = agency(installation, make)

    page = logged_in_page(browser, live_url)
    page.goto(f"{live_url}/absences/new?childminder={jana.id}")
    page.fill("#f-start", "2026-12-07")
    page.fill("#f-end", "2026-12-08")
    page.select_option("#f-kind", "vacation")
    page.get_by_role("button", name="Speichern").click()
    expect(page.locator("#flash")).to_contain_text("Abwesenheit eingetragen.")
    page.goto(f"{live_url}/substitute_hub/needs?start=2026-12-07&end=2026-12-11")
    page.get_by_role("button", name="Vorschlag berechnen").click()
    page.get_by_role("button", name="Vorschlag übernehmen").click()
    expect(page.locator("#flash")).to_contain_text("4 Plätze gebucht.")
    page.get_by_role("link", name="Eltern benachrichtigen").click()
    expect(page.locator("h2", has_text="Per E-Mail (2)")).to_be_visible()
    expect(page.locator("h2", has_text="Per Post (1)")).to_be_visible()
    page.get_by_role("button", name="E-Mails senden und Briefe erstellen").click()
    expect(page.locator("#progress")).to_contain_text("E-Mails eingereiht: 2", timeout=30_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "letters-sent.png"), full_page=True)
    mails = {m["To"].addresses[0].addr_spec: m for m in mailbox.wait_for(3, where=_not_contract)}
    # the absent childminder hears what is arranged for her children
    arranged = mails.pop("jana@example.org").get_body(("plain",)).get_content()
    assert "Vertretung an 2 von 2 Tagen" in arranged
    assert set(mails) == {"sabine@example.org", "aylin@example.org"}
    for mail in mails.values():
        pdf, ics = mail.iter_attachments()
        assert RETURN_LINE in pdf_text(pdf.get_content())
        events = strictly_parsed(ics.get_content().encode()).walk("VEVENT")
        assert [str(e["LOCATION"]) for e in events] == ["Markt 2, 59269 Beckum"] * 2
    with page.expect_download() as download:
        page.get_by_role("link", name="Briefe zum Drucken (PDF)").click()
    printed = pdf_text(Path(download.value.path()).read_bytes())
    assert "Herrn Jörg Brockmann" in printed and RETURN_LINE in printed

    paying_office(installation)
    with installation.db.transaction("test") as s:
        create_user(s, "frieda", "sicheres-passwort", ["finance"])
    finance = logged_in_page(browser, live_url, username="frieda")
    finance.goto(f"{live_url}/payments/rates")
    finance.select_option("#f-preset", "beispiel")
    finance.get_by_role("button", name="Vorschau").click()
    expect(finance.get_by_role("heading", level=1)).to_have_text("Vorschau: Beispiel (fiktiv)")
    finance.get_by_role("button", name="Übernehmen").click()
    expect(finance.locator(".flash-success")).to_contain_text("übernommen")
    finance.goto(f"{live_url}/payments/")
    finance.fill("#f-month", "2026-11")
    finance.get_by_role("button", name="Zahllauf berechnen").click()
    finance.get_by_role("link", name="Abschließen …").click()
    finance.get_by_role("button", name="Endgültig abschließen").click()
    expect(finance.locator(".flash-success")).to_contain_text("abgeschlossen")
    finance.get_by_role("link", name="Bescheide versenden …").click()
    expect(finance.locator("h2", has_text="Per E-Mail (1)")).to_be_visible()
    finance.get_by_role("button", name="E-Mails senden und Briefe erstellen").click()
    expect(finance.locator("#progress")).to_contain_text("E-Mails eingereiht: 1", timeout=60_000)
    statement = mailbox.wait_for(4, where=_not_contract)[-1]
    assert statement["To"].addresses[0].addr_spec == "jana@example.org"
    (pdf,) = statement.iter_attachments()
    text = pdf_text(pdf.get_content())
    assert RETURN_LINE in text and "Bescheid über die laufende Geldleistung" in text
