"""Staff edit a letter's words: the preview shows the mail with sample values and saves
nothing, a wrong placeholder is named at its field with the input kept, the saved text
goes out in the next e-mail, and the shipped text comes back after confirming."""

from __future__ import annotations

from sqlalchemy import select

from core.models import LetterText

URL = "/admin/texts/payments.statement"


def test_the_list_shows_the_kinds_of_the_enabled_modules(admin, installation):
    installation.enable("payments")
    page = admin.get("/admin/texts").text
    assert "Geldleistung: Bescheid an die Tagespflegeperson" in page
    assert "mitgelieferter Text" in page and "Vertretung: Bestätigung" not in page


def test_preview_save_and_reset(admin, installation):
    installation.enable("payments")
    form = admin.get(URL).text
    assert "{{ betrag }}" in form and "Auszuzahlender Betrag" in form
    data = {"intro": "Ihr {{ bescheid }} für {{ monat }}: {{ betrag }}.", "closing": "Danke!"}
    preview = admin.post(URL, data=data | {"preview": "1"}, headers={"HX-Request": "true"})
    assert preview.status_code == 200
    assert "Sehr geehrte Frau Musterfrau," in preview.text
    assert "Ihr Bescheid für November 2026: 1.056,52 €." in preview.text
    with installation.db.read() as s:
        assert s.scalars(select(LetterText)).all() == []
    saved = admin.post(URL, data=data, follow_redirects=True)
    assert "Text gespeichert." in saved.text and "Eigener Text, geändert am" in saved.text
    assert "geändert am" in admin.get("/admin/texts").text
    assert "Zum mitgelieferten Text zurück?" in admin.get(f"{URL}/reset").text
    back = admin.post(f"{URL}/reset", follow_redirects=True)
    assert "Der mitgelieferte Text gilt wieder." in back.text
    assert "im Anhang finden Sie Ihren {{ bescheid }}" in back.text


def test_a_wrong_placeholder_is_named_and_the_input_kept(admin, installation):
    installation.enable("payments")
    page = admin.post(URL, data={"intro": "Hallo {{ vorname }}", "closing": ""})
    assert page.status_code == 422
    assert "Einleitung: Den Platzhalter „vorname“ gibt es hier nicht." in page.text
    assert 'aria-describedby="e-intro"' in page.text and "Hallo {{ vorname }}" in page.text


def test_only_administrators_edit_texts(staff, installation):
    installation.enable("payments")
    assert staff.get(URL).status_code == 403
    assert staff.post(URL, data={"intro": "x"}).status_code == 403
    assert staff.get("/admin/texts/nichts").status_code == 403
