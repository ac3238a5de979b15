"""Tables for spreadsheets: CSV as German imports expect it, and XLSX.

Every export goes through here, so one rule keeps stored text from turning into a live
formula (OWASP "CSV injection"): a text cell that begins with a character a spreadsheet
reads as the start of a formula is written as plain text – with a leading apostrophe in
CSV, as a quote-prefixed text cell in XLSX. Numbers, money and dates stay numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

# = + - @, tab and carriage return (OWASP), line feed, and the full-width forms some
# spreadsheet programs accept as well.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def is_formula_like(text: str) -> bool:
    return text.lstrip(" ").startswith(FORMULA_START)


def to_csv(columns: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """Semicolon-separated with decimal commas and a BOM, so Excel opens it in German."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def to_xlsx(title: str, columns: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    def cell(value):
        if not isinstance(value, str) or not is_formula_like(value):
            return value
        text = WriteOnlyCell(sheet, value=value)
        text.data_type, text.quotePrefix = "s", True  # shown as typed, never evaluated
        return text

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])  # Excel's limit for sheet names
    sheet.append([cell(c) for c in columns])
    for row in rows:
        sheet.append([cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
