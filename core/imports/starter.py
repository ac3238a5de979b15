"""A workbook to start from, per kind of sheet: the data sheet with the headers Tagwerk
reads, and a legend – each column, whether it is required, how it is written, an example
row. The legend is never imported (`LEGEND`), so the example cannot move in by mistake."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from core.i18n import N_, gettext_
from core.imports.sheets import Sheet

LEGEND = "Legende"
KINDS = {
    "text": N_("Text"),
    "date": N_("Datum, z. B. 01.03.2024 oder 1.3.24"),
    "decimal": N_("Zahl, Komma oder Punkt, z. B. 7,5"),
    "integer": N_("ganze Zahl"),
    "flag": N_("ja oder nein"),
}


def workbook(sheet: Sheet) -> bytes:
    book = Workbook()
    data = book.active
    data.title = gettext_(sheet.label)[:31]
    data.append([gettext_(f.label) for f in sheet.fields])
    for cell in data[1]:
        cell.font = Font(bold=True)
    data.freeze_panes = "A2"
    legend = book.create_sheet(LEGEND)
    legend.append([gettext_("Spalte"), gettext_("Pflicht"), gettext_("Wie"), gettext_("Beispiel")])
    for f in sheet.fields:
        how = gettext_(KINDS.get(f.kind, KINDS["text"]))
        if f.kind == "choice":
            how = gettext_("eines von: {values}").format(
                values=", ".join(gettext_(label) for label in f.choices.values())
            )
        legend.append([gettext_(f.label), gettext_("ja") if f.required else "", how, f.example])
    for cell in legend[1]:
        cell.font = Font(bold=True)
    legend.append([])
    legend.append([gettext_("Beispielzeile (wird nicht übernommen):")])
    legend.append([gettext_(f.label) for f in sheet.fields])
    legend.append([f.example for f in sheet.fields])
    for column in (data, legend):
        for cells in column.columns:
            width = max(len(str(c.value or "")) for c in cells)
            column.column_dimensions[cells[0].column_letter].width = min(max(width + 2, 10), 60)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
