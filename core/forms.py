"""Parsing raw form or CLI input into typed values, collecting field errors in the user's language.

Labels are German source strings; they are translated here, where the message is built."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from core.errors import NotFound, ValidationError
from core.i18n import N_, gettext_

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def whole_number(raw) -> int | None:
    """A plain non-negative whole number as typed into a form or URL, else None.

    Only ASCII digits and at most 18 of them: `int()` also takes '٣' and fails on '²' or on
    thousands of digits, none of which a person means as an id or a year."""
    raw = str(raw if raw is not None else "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else None


# No list has this many pages; beyond it the offset would overflow the database's integers.
MAX_PAGE = 1_000_000


def page_number(raw) -> int:
    """A list's page as in `?page=3`: 1 when missing or not a number, NotFound for a page
    no list can have (a clear 404 instead of an overflow in the database)."""
    text = str(raw or "").strip()
    if not (text.isascii() and text.isdigit()):
        return 1
    if len(text) > len(str(MAX_PAGE)) or int(text) > MAX_PAGE:
        raise NotFound(gettext_("Diese Seite gibt es nicht."))
    return max(int(text), 1)


# Dates anyone means in family day care; beyond them date arithmetic (a fortnight after
# 31.12.9999) would overflow.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)


def parse_date(raw: str) -> date:
    """ISO (from <input type=date>) or German 22.11.2026 (typed by hand), 1900–2199."""
    raw = raw.strip()
    if m := _GERMAN_DATE.match(raw):
        day, month, year = (int(g) for g in m.groups())
        value = date(year, month, day)
    else:
        value = datetime.strptime(raw, "%Y-%m-%d").date()
    if not EARLIEST <= value <= LATEST:
        raise ValueError(f"{value} is outside {EARLIEST}–{LATEST}")
    return value


def parse_decimal(raw: str) -> Decimal:
    """A finite number written with a decimal point or a German comma ("1.234,5"); anything
    else, "NaN" and "Infinity" included, raises InvalidOperation."""
    raw = raw.strip().replace(" ", "")
    if "," in raw:  # German decimal comma, maybe with thousands dots
        raw = raw.replace(".", "").replace(",", ".")
    number = Decimal(raw)
    if not number.is_finite():
        raise InvalidOperation(raw)
    return number


class Form:
    """Reads fields from a mapping of strings; call `done()` to raise all errors at once."""

    def __init__(self, data: Mapping[str, object]):
        self.data = data
        self.errors: dict[str, str] = {}

    def raw(self, name: str) -> str:
        value = self.data.get(name, "")
        return "" if value is None else str(value).strip()

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def fail(self, name: str, label: str, message: str, **values) -> None:
        """An error built from a marked template, e.g. N_("{label}: Bitte ausfüllen.")."""
        self.error(name, gettext_(message).format(label=gettext_(label), **values))

    def text(self, name: str, label: str, *, required=False, max_length=200) -> str:
        value = self.raw(name)
        if required and not value:
            self.fail(name, label, N_("{label}: Bitte ausfüllen."))
        elif len(value) > max_length:
            self.fail(
                name, label, N_("{label}: höchstens {max_length} Zeichen."), max_length=max_length
            )
        return value

    def date(self, name: str, label: str, *, required=False) -> date | None:
        value = self.raw(name)
        if not value:
            if required:
                self.fail(name, label, N_("{label}: Bitte ein Datum angeben."))
            return None
        try:
            return parse_date(value)
        except ValueError:
            self.fail(
                name,
                label,
                N_("{label}: '{value}' ist kein gültiges Datum (TT.MM.JJJJ)."),
                value=value,
            )
            return None

    def time(self, name: str, label: str) -> time | None:
        """A time of day, 'HH:MM' as browsers send it (also '7.30' or '7:30')."""
        value = self.raw(name)
        if not value:
            return None
        hours, sep, minutes = value.replace(".", ":").partition(":")
        digits = (hours + minutes).isascii() and hours.isdigit()
        if digits and (minutes.isdigit() or not sep) and len(minutes) in (0, 2) and len(hours) <= 2:
            try:
                return time(int(hours), int(minutes or 0))
            except ValueError:
                pass
        self.fail(name, label, N_("{label}: '{value}' ist keine Uhrzeit (HH:MM)."), value=value)
        return None

    def decimal(self, name: str, label: str, *, minimum=None, maximum=None, default="0"):
        value = self.raw(name) or default
        try:
            number = parse_decimal(value)
        except InvalidOperation:
            self.fail(name, label, N_("{label}: '{value}' ist keine Zahl."), value=value)
            return None
        if number.adjusted() > 12:  # beyond any amount or hour count; 1e999 would not round
            self.fail(name, label, N_("{label}: '{value}' ist zu groß."), value=value)
            return None
        if minimum is not None and number < minimum:
            self.fail(name, label, N_("{label}: mindestens {minimum}."), minimum=minimum)
        if maximum is not None and number > maximum:
            self.fail(name, label, N_("{label}: höchstens {maximum}."), maximum=maximum)
        return number

    def integer(self, name: str, label: str, *, required=False, minimum=None, maximum=None):
        value = self.raw(name)
        if not value:
            if required:
                self.fail(name, label, N_("{label}: Bitte eine Zahl angeben."))
            return None
        try:
            number = int(value)
        except ValueError:
            self.fail(name, label, N_("{label}: '{value}' ist keine ganze Zahl."), value=value)
            return None
        if minimum is not None and number < minimum:
            self.fail(name, label, N_("{label}: mindestens {minimum}."), minimum=minimum)
        if maximum is not None and number > maximum:
            self.fail(name, label, N_("{label}: höchstens {maximum}."), maximum=maximum)
        return number

    def flag(self, name: str) -> bool:
        return self.raw(name).lower() in {"1", "on", "true", "ja", "yes"}

    def choice(self, name: str, label: str, choices: Mapping, *, required=True):
        value = self.raw(name)
        if not value and not required:
            return None
        for key in choices:
            if str(getattr(key, "value", key)) == value:
                return key
        self.fail(name, label, N_("{label}: Bitte einen der vorgegebenen Werte wählen."))
        return None

    def done(self) -> None:
        if self.errors:
            raise ValidationError(dict(self.errors))
