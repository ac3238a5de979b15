"""A month's payments in a real browser, on the demo agency: compute, fix, finalise, print."""

from __future__ import annotations

import random
from datetime import date
from io import BytesIO
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader
from sqlalchemy import select

from core.demo.builder import build_demo
from core.models import Childminder
from core.services.users import create_user
from tests.browser.conftest import SCREENSHOTS, logged_in_page


def test_finance_pays_the_demo_agency_month(browser, live_url, installation):
    installation.enable("payments")
    with installation.db.transaction("test") as s:
        build_demo(s, "beckum", 2026, today=date(2026, 11, 22))
        installation.kernel().hook.demo_data(session=s, rng=random.Random(2026), scale="beckum")
        create_user(s, "frieda", "sicheres-passwort", ["finance"])
        without_iban = s.scalars(
            select(Childminder).where(Childminder.iban == "").order_by(Childminder.person_id)
        ).first()
        if without_iban is None:  # the demo usually leaves some out; make sure one is missing
            without_iban = s.scalars(select(Childminder)).first()
            without_iban.iban = ""
        missing_id, missing_name = without_iban.person_id, without_iban.person.name

    page = logged_in_page(browser, live_url, username="frieda")
    page.click("nav >> text=Geldleistung")
    page.fill("#f-month", "2026-11")
    page.get_by_role("button", name="Zahllauf berechnen").click()
    expect(page.locator("h1")).to_contain_text("Monatslauf 11/2026")
    problems = page.locator("tr.problem")
    expect(problems.filter(has_text=missing_name)).to_contain_text("IBAN fehlt")

    page.get_by_role("link", name="Abschließen …").click()
    expect(page.locator(".error")).to_contain_text("offene(s) Problem(e)")
    page.get_by_role("button", name="Endgültig abschließen").click()
    expect(page.locator("[role=alert]")).to_contain_text("Abschließen nicht möglich")

    with installation.db.transaction("test") as s:  # the IBAN arrives by phone
        for cm in s.scalars(select(Childminder).where(Childminder.iban == "")):
            cm.iban = "DE02120300000000202051"
    page.get_by_role("button", name="Neu berechnen").click()
    expect(page.locator(".flash-success")).to_contain_text("Lauf neu berechnet.")
    expect(page.locator("tr.problem")).to_have_count(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "payments-review.png"), full_page=True)

    page.get_by_role("link", name="Abschließen …").click()
    page.get_by_role("button", name="Endgültig abschließen").click()
    expect(page.locator(".flash-success")).to_contain_text("abgeschlossen")
    expect(page.get_by_role("button", name="Neu berechnen")).to_have_count(0)

    page.get_by_role("link", name=missing_name, exact=True).click()
    expect(page.locator("h1")).to_contain_text(missing_name)
    with page.expect_download() as download:
        page.get_by_role("link", name="Bescheid als PDF").click()
    pdf = Path(download.value.path()).read_bytes()
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "Bescheid über die laufende Geldleistung für November 2026" in text
    assert missing_name in text and "DE02120300000000202051" in text

    page.go_back()
    page.get_by_role("button", name="Alle Bescheide erzeugen").click()
    expect(page.locator("#progress")).to_contain_text("Bescheide erzeugt.", timeout=90_000)
    expect(page.get_by_role("link", name="Alle Bescheide als eine PDF-Datei")).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "payments-documents.png"), full_page=True)
    assert missing_id
