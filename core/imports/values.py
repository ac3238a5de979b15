"""Cells as offices write them, turned into the text the services' forms read.

Dates: a spreadsheet's date cell, ISO, German `1.3.2024` and `01.03.24` (two-digit years
up to ten years ahead of today are this century, the rest the last one: a child born
`03.05.24`, a childminder born `12.08.71`). Numbers: a cell's number, or text with a
decimal comma. Choices: the key or the German label, in any case ("Frau", "selbstständig").
Yes/no: "ja", "x", "1", "true" and their opposites."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from core.forms import parse_date
from core.i18n import gettext_

_SHORT_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$")
# a date cell some program saved as text with its (empty) time: "2024-03-01 00:00:00"
_ISO_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00(:00)?$")
YES = {"ja", "j", "x", "1", "true", "wahr", "yes", "y"}
NO = {"", "nein", "n", "0", "false", "falsch", "no", "-"}


def text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, float):
        return str(Decimal(repr(cell)))
    return str(cell).strip()


def date_text(cell, today: date) -> str:
    """ISO for a date cell and for any date written as the forms read it or as `01.03.24`;
    else the text as typed (the form names it if it is no date)."""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    raw = typed = text(cell)
    if match := _SHORT_DATE.match(raw):
        day, month, short = match.groups()
        year = 2000 + int(short)
        if year > today.year + 10:
            year -= 100
        raw = f"{int(day)}.{int(month)}.{year}"
    if match := _ISO_MIDNIGHT.match(raw):
        raw = match.group(1)
    try:
        return parse_date(raw).isoformat()
    except ValueError:
        return typed


def choice_text(cell, labels: dict) -> str:
    """The key whose key or German label the cell names (case and spaces aside), else
    the text as typed (the form refuses it, naming the field)."""
    raw = text(cell)
    wanted = raw.casefold()
    for key, label in labels.items():  # keys are texts or StrEnums
        value = str(key)
        if wanted in (value.casefold(), str(label).casefold(), gettext_(label).casefold()):
            return value
    return raw


def flag_text(cell) -> str | None:
    """'1' or '' for a yes/no cell; None where it is neither."""
    raw = text(cell).casefold()
    if raw in YES:
        return "1"
    if raw in NO:
        return ""
    return None
