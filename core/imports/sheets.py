"""What each kind of sheet holds, and which column of a file is which field.

A `Sheet` names its fields with the German header of its template, the spellings offices
use for them, and how a cell is read; `store` turns one row into records. Core brings
childminders, children with their guardians, and care contracts (`rows`); modules add
theirs through the hook `import_sheets`. Sheets are imported in `order`, so a contract
finds the persons the same workbook brings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import ValidationError
from core.i18n import gettext_


@dataclass(frozen=True)
class Field:
    key: str  # the key the row handler reads (mostly the service form's field name)
    label: str  # the template's German header
    kind: str = "text"  # text | date | decimal | integer | choice | flag
    required: bool = False
    synonyms: tuple[str, ...] = ()  # other headers offices write, German and English
    choices: dict = field(default_factory=dict, compare=False)  # kind choice: key → label
    example: str = ""  # the template's example row


@dataclass(frozen=True)
class Sheet:
    key: str  # as the command line names it: childminders, children, contracts, …
    label: str  # German, as the template's sheet is named
    fields: tuple[Field, ...]
    store: Callable = field(compare=False)  # (context, values) -> rows.Outcome
    order: int = 50
    synonyms: tuple[str, ...] = ()  # other sheet names that mean this one

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def normal(header: str) -> str:
    """A header as compared: lower case, umlauts spelt out, only letters and digits
    ("Geb.-Datum" → "gebdatum", "Straße" → "strasse")."""
    # casefold already spells ß as ss
    text = header.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text)


def guess(sheet: Sheet, header: list[str]) -> dict[str, int]:
    """Field key → column index, for the headers that name a field (its label, key or a
    synonym); a field named by two columns takes the first."""
    names = {}
    for f in sheet.fields:
        for name in (f.label, f.key, *f.synonyms):
            names.setdefault(normal(name), f.key)
    found: dict[str, int] = {}
    for column, title in enumerate(header):
        key = names.get(normal(title))
        if key is not None and key not in found:
            found[key] = column
    return found


def sheet_for(sheets: list[Sheet], table_name: str, header: list[str]) -> Sheet | None:
    """The sheet a table is: by its name, else the one whose fields its headers name most
    (at least its required fields); None where two fit equally well – then the user says."""
    wanted = normal(table_name)
    for sheet in sheets:
        if wanted in {normal(n) for n in (sheet.key, sheet.label, *sheet.synonyms)}:
            return sheet
    fitting = []
    for sheet in sheets:
        found = guess(sheet, header)
        if {f.key for f in sheet.fields if f.required} <= found.keys():
            fitting.append((len(found), sheet))
    fitting.sort(key=lambda pair: -pair[0])
    if not fitting or (len(fitting) > 1 and fitting[0][0] == fitting[1][0]):
        return None
    return fitting[0][1]


def check_mapping(sheet: Sheet, mapping: dict[str, int], header: list[str]) -> None:
    """Every required field has a column; else a German error naming the missing headers."""
    missing = [f.label for f in sheet.fields if f.required and f.key not in mapping]
    if missing:
        raise ValidationError(
            {
                "mapping": gettext_(
                    "Tabelle {sheet}: Es fehlt eine Spalte für {fields}. Gefunden: {header}."
                ).format(
                    sheet=gettext_(sheet.label),
                    fields=", ".join(gettext_(m) for m in missing),
                    header=", ".join(h for h in header if h) or "–",
                )
            }
        )


def column_name(index: int) -> str:
    """A spreadsheet's column letters: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
