"""Reading an agency's files: encodings, separators, workbooks, and the hostile files
refused before anything is read into memory."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from core.errors import ValidationError
from core.i18n import gettext_
from core.imports import reading, values
from core.imports.core_sheets import SHEETS
from core.imports.sheets import check_mapping, column_name, guess, normal, sheet_for
from core.models.contracts import CareType

LIMITS = reading.Limits(max_bytes=5_000_000, max_rows=1000)
TODAY = date(2026, 12, 8)


def rows_of(path, limits=LIMITS) -> list[tuple[str, list[str], list]]:
    return [(t.name, t.header, list(t.rows)) for t in reading.open_tables(path, limits)]


def refused(path, limits=LIMITS) -> str:
    with pytest.raises(ValidationError) as caught:
        rows_of(path, limits)
    return caught.value.errors["file"]


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("\ufeffName;Ort\nMüller;Köln\n".encode(), "utf-8-sig"),
        ("Name;Ort\nMüller;Köln\n".encode(), "utf-8"),
        ("Name;Ort\nMüller;Köln\n".encode("cp1252"), "cp1252"),
    ],
)
def test_csv_encodings_are_told_apart(tmp_path, raw, encoding):
    path = tmp_path / "liste.csv"
    path.write_bytes(raw)
    assert reading.encoding_of(path) == encoding
    assert rows_of(path) == [("liste", ["Name", "Ort"], [(2, ["Müller", "Köln"])])]


@pytest.mark.parametrize(
    "text",
    [
        'Name;Betrag\n"Wolf, Eva";"1,5"\n',
        'Name,Betrag\n"Wolf, Eva","1,5"\n',
        "Name\tBetrag\nWolf, Eva\t1,5\n",
    ],
)
def test_the_separator_is_the_header_lines(tmp_path, text):
    path = tmp_path / "liste.csv"
    path.write_text(text)
    assert rows_of(path) == [("liste", ["Name", "Betrag"], [(2, ["Wolf, Eva", "1,5"])])]


def test_a_large_csv_with_a_cp1252_byte_near_its_end_is_cp1252(tmp_path):
    path = tmp_path / "gross.csv"
    path.write_bytes(b"Name;Ort\n" + b"Wolf;Beckum\n" * 200_000 + "Müller;Köln\n".encode("cp1252"))
    assert reading.encoding_of(path) == "cp1252"


def test_too_large_too_many_rows_and_empty_files_are_refused(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Name\n" + "Wolf\n" * 20)
    assert "zu groß" in refused(path, reading.Limits(max_bytes=50, max_rows=1000))
    assert "mehr als 10 Zeilen" in refused(path, reading.Limits(max_bytes=10_000, max_rows=10))
    (tmp_path / "leer.csv").write_bytes(b"")
    assert "leer" in refused(tmp_path / "leer.csv")


def test_control_characters_are_refused_naming_row_and_column(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Name;Ort\nWolf;Be\x07ckum\n")
    assert refused(path) == "Zeile 2, Spalte 2: enthält Steuerzeichen."


def test_a_web_page_saved_as_a_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<!DOCTYPE html><html><body><table><tr><td>Wolf</td></tr></table>")
    assert "Webseite (HTML)" in refused(path)


def test_an_encrypted_workbook_or_an_old_xls_is_refused(tmp_path):
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(reading.OLE2 + b"\0" * 600)
    assert "verschlüsselt" in refused(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 300_000_000)
    assert path.stat().st_size < 1_000_000
    assert "entpackt sich auf 300 MB" in refused(path)


def test_broken_and_foreign_zips_are_refused(tmp_path):
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(reading.ZIP + b"\0" * 100)
    assert "beschädigt" in refused(broken)
    other = tmp_path / "fotos.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("bild.txt", "kein Excel")
    assert "keine Excel-Arbeitsmappe" in refused(other)


def test_a_workbook_gives_values_never_formulas(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Kinder"
    sheet.append(["Nachname", "Vorname", "Geburtsdatum", "Summe"])
    sheet.append(["Wolf", "Mia", datetime(2024, 5, 3), "=1+1"])
    book.create_sheet("leer")
    path = tmp_path / "mappe.xlsx"
    book.save(path)
    ((name, header, rows),) = rows_of(path)  # the empty sheet is left out
    assert (name, header) == ("Kinder", ["Nachname", "Vorname", "Geburtsdatum", "Summe"])
    number, cells = rows[0]
    assert number == 2 and cells[:3] == ["Wolf", "Mia", datetime(2024, 5, 3)]
    assert cells[3] is None  # no value was ever computed; the formula itself is not read


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.3.2024", "2024-03-01"),
        ("01.03.24", "2024-03-01"),
        ("12.08.71", "1971-08-12"),
        ("2024-03-01", "2024-03-01"),
        (datetime(2024, 3, 1, 0, 0), "2024-03-01"),
        (date(2024, 3, 1), "2024-03-01"),
        ("2024-03-01 00:00:00", "2024-03-01"),
        ("2024-03-01T00:00", "2024-03-01"),
        ("2024-03-01 12:30", "2024-03-01 12:30"),  # a time of day is no date
        ("2024-03-01x00:00", "2024-03-01x00:00"),
        ("01.03.36", "2036-03-01"),  # ten years ahead of 2026: this century
        ("01.03.37", "1937-03-01"),
        ("31.02.2024", "31.02.2024"),  # as typed: the form names it
        ("bald", "bald"),
    ],
)
def test_dates_as_offices_write_them(cell, expected):
    assert values.date_text(cell, TODAY) == expected


def test_choices_by_key_or_label_in_either_language():
    from core.i18n import current_locale
    from core.models.contracts import CARE_TYPE_LABELS

    at_home = "im Haushalt der Eltern"
    assert values.choice_text(at_home, CARE_TYPE_LABELS) == "in_home"
    assert values.choice_text("IN_HOME", CARE_TYPE_LABELS) == "in_home"
    token = current_locale.set("en")
    try:
        english = gettext_(CARE_TYPE_LABELS[CareType.IN_HOME])
        assert english != at_home
        assert values.choice_text(english, CARE_TYPE_LABELS) == "in_home"
        assert values.choice_text(at_home, CARE_TYPE_LABELS) == "in_home"  # German too
    finally:
        current_locale.reset(token)


def test_numbers_choices_and_flags():
    assert values.text(38.5) == "38.5" and values.text(5.0) == "5" and values.text(None) == ""
    labels = {"frau": "Frau", "herr": "Herr"}
    assert values.choice_text(" frau ", labels) == "frau"
    assert values.choice_text("FRAU", labels) == "frau"
    assert values.choice_text("Doktor", labels) == "Doktor"
    assert [values.flag_text(v) for v in ("ja", "X", 1, "nein", None, "vielleicht")] == [
        "1",
        "1",
        "1",
        "",
        "",
        None,
    ]


def test_headers_are_matched_as_offices_spell_them():
    children = next(s for s in SHEETS if s.key == "children")
    header = ["NACHNAME", "Vorname", "Geb.-Datum", "Strasse", "Elternteil 1 E-Mail", "Bemerkung"]
    assert guess(children, header) == {
        "last_name": 0,
        "first_name": 1,
        "birth_date": 2,
        "street": 3,
        "guardian1_email": 4,
    }
    assert normal("Straße") == "strasse" and normal("Geb.-Datum") == "gebdatum"


def test_umlauts_and_case_are_spelt_out():
    assert normal("Größe, Übung & Ärger") == "groesseuebungaerger"
    assert normal("GRÖSSE ÄRGER ÜBUNG") == "groesseaergeruebung"
    assert normal("Straße") == normal("STRASSE") == "strasse"


def test_a_missing_required_column_is_named_with_what_was_found():
    children = next(s for s in SHEETS if s.key == "children")
    assert children.field("birth_date").label == "Geburtsdatum"
    header = ["Nachname", "", "Vorname"]
    with pytest.raises(ValidationError) as caught:
        check_mapping(children, guess(children, header), header)
    assert caught.value.errors == {
        "mapping": "Tabelle Kinder: Es fehlt eine Spalte für Geburtsdatum. "
        "Gefunden: Nachname, Vorname."
    }
    check_mapping(children, guess(children, ["Name", "Vorname", "geb."]), [])  # complete
    with pytest.raises(ValidationError) as caught:
        check_mapping(children, {}, ["", ""])
    assert caught.value.errors["mapping"] == (
        "Tabelle Kinder: Es fehlt eine Spalte für Nachname, Vorname, Geburtsdatum. Gefunden: –."
    )


def test_a_table_is_placed_by_its_name_or_else_by_its_headers():
    assert sheet_for(SHEETS, "Tagesmütter", []).key == "childminders"
    header = ["Kind Nachname", "Kind Vorname", "Kind Geburtsdatum", "Beginn", "Stunden Mo"]
    assert sheet_for(SHEETS, "Tabelle1", header).key == "contracts"
    assert sheet_for(SHEETS, "Tabelle1", ["Farbe", "Preis"]) is None
    # exactly the required columns are enough
    required = ["Kind Nachname", "Kind Vorname", "Kind Geburtsdatum", "Beginn"]
    assert sheet_for(SHEETS, "Tabelle1", required).key == "contracts"
    # guardians' columns say it is children, not childminders
    kids = ["Nachname", "Vorname", "Geburtsdatum", "Elternteil 1 Vorname"]
    assert sheet_for(SHEETS, "Tabelle1", kids).key == "children"
    # names and a birth date alone fit childminders and children alike: the user says
    assert sheet_for(SHEETS, "Tabelle1", ["Nachname", "Vorname", "Geburtsdatum"]) is None


def test_column_letters():
    assert [column_name(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
