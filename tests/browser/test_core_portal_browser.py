"""The childminders' portal in a real browser, on a phone: the office invites her, she
sets her password from the link, reports illness, sees per child whether the substitute
care is arranged, downloads her statement, signs up for a course and hands in a first-aid
certificate that the coordinator accepts. Every portal page passes axe (WCAG 2.1 AA)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

from plugins.payments import models
from plugins.payments.runs.records import Line
from plugins.qhb_training import curricula
from plugins.qhb_training.models import Course
from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Need, Provider
from tests.browser.conftest import SCREENSHOTS, logged_in_page, sideways
from tests.browser.test_core_accessibility import AXE, violations
from tests.conftest import with_site_url
from tests.files import image_bytes
from tests.web.substitute_helpers import hub_with

PHONE = {"width": 390, "height": 844}


def test_invited_she_reports_illness_and_sees_the_substitute_care(
    browser, live_url, installation, make
):
    assert AXE.exists(), "axe-core fehlt: 'npm ci' ausführen (make test tut das)."
    for module in ("substitute_hub", "payments", "qhb_training", "placement"):
        installation.enable(module)
    jana = make.childminder(first_name="Jana", last_name="Wolf")  # no e-mail: a letter
    mia = make.child(first_name="Mia", last_name="Wolfkind")
    make.contract(mia, jana, substitute_wanted="on")
    provider = hub_with(installation, mia)
    run = final_statement(installation, jana)
    course = course_in_a_month(installation)

    with_site_url(installation, live_url)  # the address the childminder opens the link at
    office = logged_in_page(browser, live_url)
    office.goto(f"{live_url}/persons/{jana.id}/portal")
    office.get_by_role("button", name="Einladen").click()
    link = office.locator("code.link").inner_text()
    assert re.fullmatch(rf"{re.escape(live_url)}/portal/password/[\w-]+", link)
    office.screenshot(path=str(SCREENSHOTS / "portal-invitation.png"), full_page=True)

    phone = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    her = phone.new_page()
    problems = {}

    def check(name: str) -> None:
        if found := violations(her):
            problems[name] = found
        if wide := sideways(her):
            problems[f"{name}: breiter als 390 px"] = wide

    her.goto(link)
    check("password")
    her.fill("#f-password", "mein-eigenes-passwort")
    her.fill("#f-repeated", "mein-eigenes-passwor")  # a typo: told, nothing saved
    her.get_by_role("button", name="Passwort speichern").click()
    expect(her.locator("#e-repeated")).to_contain_text("stimmt nicht")
    her.fill("#f-password", "mein-eigenes-passwort")
    her.fill("#f-repeated", "mein-eigenes-passwort")
    her.get_by_role("button", name="Passwort speichern").click()
    expect(her.locator("#flash")).to_contain_text("Passwort ist gespeichert")
    her.fill("#username", "jana.wolf")
    her.fill("#password", "mein-eigenes-passwort")
    her.click("button[type=submit]")
    her.wait_for_url(f"{live_url}/portal/")
    expect(her.locator("h1")).to_have_text("Guten Tag, Jana")
    expect(her.locator("#children-h + ul")).to_contain_text("Mia Wolfkind")
    check("home")
    her.screenshot(path=str(SCREENSHOTS / "portal-home.png"), full_page=True)

    her.get_by_role("link", name="Krankheit melden").click()
    check("absences")
    # ill from today, or from Monday when she writes at the weekend: care days either way
    weekday = date.today().weekday()
    day = date.today() + timedelta(days=7 - weekday if weekday >= 5 else 0)
    her.fill("#f-start", day.isoformat())
    her.fill("#f-end", day.isoformat())
    her.fill("#f-note", "Fieber, voraussichtlich zwei Tage")
    her.get_by_role("button", name="Melden", exact=True).click()
    expect(her.locator("#flash")).to_contain_text("Das Büro ist informiert")
    check("absence")
    her.screenshot(path=str(SCREENSHOTS / "portal-illness.png"), full_page=True)

    with installation.db.transaction("test") as s:
        needs = s.scalars(select(Need)).all()
        for need in needs:
            booking.book(s, need, s.get(Provider, provider), manual=True, reason="", actor="t")
    assert len(needs) == 1  # Mia, on that day
    her.reload()
    expect(her.locator("table")).to_contain_text("Mia Wolfkind")
    expect(her.locator("table")).to_contain_text("bei Stützpunkt Nord")
    her.screenshot(path=str(SCREENSHOTS / "portal-cover.png"), full_page=True)

    # her money: the statement with its working, and the PDF
    her.get_by_role("link", name="Geld").click()
    check("money")
    her.get_by_role("link", name="Monatslauf 11/2026").click()
    expect(her.locator("table")).to_contain_text("Förderleistung")
    check("statement")
    her.screenshot(path=str(SCREENSHOTS / "portal-statement.png"), full_page=True)
    with her.expect_download() as download:
        her.get_by_role("link", name="Bescheid als PDF").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF-")
    her.goto(f"{live_url}/payments/portal/years/2026")
    check("year")
    her.goto(f"{live_url}/payments/portal/proofs")
    check("proofs")

    # her qualification: a course, then her first-aid certificate
    her.get_by_role("link", name="Qualifizierung").click()
    check("qualification")
    her.get_by_role("link", name="Kurse und Anmeldung").click()
    check("courses")
    her.screenshot(path=str(SCREENSHOTS / "portal-courses.png"), full_page=True)
    her.get_by_role("button", name=re.compile(r"^Anmelden.*Grundkurs Frühjahr")).click()
    expect(her.locator("#flash")).to_contain_text("Sie sind angemeldet")
    her.goto(f"{live_url}/qhb_training/portal/certificates")
    check("certificates")
    her.select_option("#f-kind", "first_aid")
    her.fill("#f-taken_on", (date.today() - timedelta(days=2)).isoformat())
    her.set_input_files(
        "#f-file",
        {"name": "erste-hilfe.jpg", "mimeType": "image/jpeg", "buffer": image_bytes("JPEG")},
    )
    her.get_by_role("button", name="Einreichen").click()
    expect(her.locator("#flash")).to_contain_text("Bescheinigung ist eingereicht")
    her.screenshot(path=str(SCREENSHOTS / "portal-certificate.png"), full_page=True)

    office.goto(f"{live_url}/qhb_training/recognitions")
    office.get_by_role("link", name="Jana Wolf").click()
    office.locator("#recognitions-h + table").get_by_role("button", name="Anerkennen").click()
    expect(office.locator("#flash")).to_contain_text("anerkannt")
    her.goto(f"{live_url}/qhb_training/portal/")
    expect(her.locator("#credentials-h + ul")).to_contain_text("Erste Hilfe am Kind")
    expect(her.locator("#enrolments-h + ul")).to_contain_text(
        re.compile("Grundkurs Frühjahr.*angemeldet")
    )
    her.screenshot(path=str(SCREENSHOTS / "portal-qualification.png"), full_page=True)

    for name, url in (
        ("places", "/placement/portal/"),
        ("documents", "/portal/documents"),
        ("consultations", "/portal/consultations"),
        ("account", "/portal/account"),
    ):
        her.goto(f"{live_url}{url}")
        check(name)
        her.screenshot(path=str(SCREENSHOTS / f"portal-{name}.png"), full_page=True)
    her.goto(f"{live_url}/portal/reset")
    check("reset")
    phone.close()
    assert not problems, problems
    assert course and run


def final_statement(installation, person) -> int:
    """November 2026 finalised, with one line of her working."""
    with installation.db.transaction("test") as s:
        run = models.Run(month=date(2026, 11, 1), status=models.FINAL, rates_name="Beispiel")
        s.add(run)
        s.flush()
        st = models.Statement(run_id=run.id, childminder_id=person.id, name=person.name)
        st.total_cents = 52800
        st.lines = [
            Line(
                "foerderleistung",
                "Förderleistung (unter 3 Jahre, ab 160 UE)",
                Decimal("80"),
                "Std.",
                Decimal("6.60"),
                52800,
                child_name="Mia Wolfkind",
                working="80 Std. × 6,60 €",
            )
        ]
        s.add(st)
        s.flush()
        return run.id


def course_in_a_month(installation) -> int:
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        starts = date.today() + timedelta(days=30)
        course = Course(
            curriculum_id=curricula.by_code(s, "qhb1").id,
            title="Grundkurs Frühjahr",
            starts_on=starts,
            ends_on=starts + timedelta(days=90),
            min_participants=1,
            max_participants=12,
        )
        s.add(course)
        s.flush()
        return course.id
