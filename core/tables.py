"""Tables for spreadsheets: CSV as German imports expect it, and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal


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
    return str(value)


def to_xlsx(title: str, columns: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])  # Excel's limit for sheet names
    sheet.append(list(columns))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
