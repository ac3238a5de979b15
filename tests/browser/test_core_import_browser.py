"""Moving in, in a real browser: the administration chooses a workbook, reads the preview
with how each column is taken and the one problem, uploads the corrected file, confirms,
and reads the report – with screenshots of each step."""

from __future__ import annotations

from openpyxl import Workbook
from playwright.sync_api import expect

from core.services.users import create_user
from tests.browser.conftest import SCREENSHOTS, logged_in_page

ROWS = [
    [
        "Nachname",
        "Vorname",
        "Geb.-Datum",
        "PLZ",
        "Elternteil 1 Vorname",
        "Elternteil 1 Nachname",
        "Lieblingsfarbe",
    ],
    ["Wolfkind", "Mia", "31.02.24", "59269", "Eva", "Wolfkind", "blau"],
    ["Yilmaz", "Can", "01.02.2023", "59269", "Ayla", "Yilmaz", "grün"],
]


def workbook(tmp_path, rows) -> str:
    book = Workbook()
    sheet = book.active
    sheet.title = "Kinder"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "kinder.xlsx"
    book.save(path)
    return str(path)


def test_a_workbook_moves_in_through_the_screens(browser, live_url, installation, tmp_path):
    with installation.db.transaction() as s:
        create_user(s, "anna", "sicheres-passwort", ["admin"])
    page = logged_in_page(browser, live_url, username="anna")
    page.click("nav >> text=Umzug")
    expect(page.locator("h1")).to_have_text("Umzug: Daten aus Tabellen übernehmen")
    page.screenshot(path=SCREENSHOTS / "import-1-upload.png", full_page=True)

    page.set_input_files("#f-file", workbook(tmp_path, ROWS))
    page.click("text=Hochladen und prüfen")
    expect(page.locator("[role=alert]")).to_contain_text(
        "Kinder, Zeile 2, Spalte C (Geb.-Datum) „31.02.24“"
    )
    expect(page.locator("table.import-columns tr", has_text="Lieblingsfarbe")).to_contain_text(
        "nicht übernommen"
    )
    expect(page.locator("text=Jetzt übernehmen")).to_have_count(0)
    page.screenshot(path=SCREENSHOTS / "import-2-problem.png", full_page=True)

    fixed = [row[:] for row in ROWS]
    fixed[1][2] = "28.02.24"
    page.click("text=Andere Datei hochladen")
    page.set_input_files("#f-file", workbook(tmp_path, fixed))
    page.click("text=Hochladen und prüfen")
    expect(page.locator("main")).to_contain_text("2 Zeilen: 4 neu angelegt, 2 verknüpft")
    page.screenshot(path=SCREENSHOTS / "import-3-preview.png", full_page=True)

    page.click("text=Jetzt übernehmen")
    expect(page.locator("h1")).to_have_text("Übernommen: kinder.xlsx")
    expect(page.locator("p[role=status]")).to_contain_text("4 neu angelegt, 2 verknüpft")
    page.screenshot(path=SCREENSHOTS / "import-4-done.png", full_page=True)
    page.click("text=Zu den Personen")
    page.fill("input[name=q]", "Wolfkind")
    expect(page.locator("main")).to_contain_text("Mia")
