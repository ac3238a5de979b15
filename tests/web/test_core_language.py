"""A user switches the screens to English; numbers and dates follow; documents stay German."""

from __future__ import annotations

import io
from datetime import date
from types import SimpleNamespace

from babel.messages.pofile import read_po
from pypdf import PdfReader

from core.i18n import LOCALE_DIR, current_locale, translations
from core.letters.letterhead import Letterhead
from core.letters.pdf import render_pdf


def test_a_user_switches_the_screens_to_english_and_back(admin, make):
    make.childminder(first_name="Jana", last_name="Wolf")
    make.child(first_name="Mia", last_name="Brockmann")
    page = admin.get("/account")
    assert "Sprache der Oberfläche" in page.text and 'lang="de"' in page.text
    refused = admin.post("/account", data={"locale": "fr"})
    assert refused.status_code == 422 and "Bitte eine der angebotenen wählen" in refused.text
    saved = admin.post("/account", data={"locale": "en"}, follow_redirects=True)
    assert "Saved." in saved.text and '<html lang="en">' in saved.text
    home = admin.get("/").text
    for english in ("Overview", "children in care", ">People<", "Skip to content", "Log out"):
        assert english in home, english
    people = admin.get("/persons?q=wolf").text
    assert "1 person" in people and "Childminder" in people and "Date of birth" in people
    assert "2 people" in admin.get("/persons").text
    calendar = admin.get("/calendar?month=2026-11").text
    assert "Record absence" in calendar and "November 2026" in calendar and ">Mon<" in calendar
    assert f"{date.today():%Y-%m-%d}" in home  # dates in the reader's format
    admin.post("/account", data={"locale": "de"})
    assert "Übersicht" in admin.get("/").text


def test_after_logging_out_the_login_page_speaks_the_language_she_used(admin):
    admin.post("/account", data={"locale": "en"})
    admin.get("/")
    out = admin.post("/logout", follow_redirects=True)
    assert '<html lang="en">' in out.text and "Password" in out.text and "Passwort" not in out.text
    # a browser nobody logged in with speaks the installation's language
    admin.cookies.clear()
    fresh = admin.get("/login")
    assert '<html lang="de">' in fresh.text and "Passwort" in fresh.text


def test_documents_stay_german_for_an_english_reader():
    token = current_locale.set("en")
    try:
        provider = SimpleNamespace(name="Stützpunkt Nord", places=9, opening="7–16 Uhr")
        pdf = render_pdf(
            "substitute_hub/pdf/day_sheet.html",
            {
                "provider": provider,
                "day": date(2026, 11, 23),
                "rows": [],
                "lh": Letterhead("Jugendamt"),
            },
        )
    finally:
        current_locale.reset(token)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Tagesliste 23.11.2026" in text


def test_the_english_catalogue_translates_every_marked_string():
    catalogue = translations("en")
    assert catalogue.gettext("Kinder in Betreuung") == "children in care"
    assert catalogue.gettext("Vertretung") == "Substitute care"
    with (LOCALE_DIR / "en" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        untranslated = [
            m.id
            for m in read_po(fh, locale="en")
            if m.id and not all(m.string if isinstance(m.string, tuple) else [m.string])
        ]
    assert untranslated == []
