"""Single values of a rate file, read with German messages that name the place: texts,
flags, whole numbers, dates, amounts (decimal point or comma, never a binary float) and
factors such as "52/12", kept exact as fractions; and the lists of tables (levels, bands,
rates) with their entries checked and ordered."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from core.errors import ValidationError
from core.forms import parse_decimal
from core.i18n import gettext_
from plugins.payments.rates.ratefile_schema import unknown_key


def error(where: str, message: str) -> ValidationError:
    return ValidationError({"rates": f"{where}: {message}."})


def one_of(raw: dict, key: str, allowed: tuple, where: str, default: str, name: str = "") -> str:
    value = raw.get(key, default)
    if value not in allowed:
        raise error(
            where,
            gettext_("{key} muss {value} sein").format(
                key=name or key, value=" oder ".join(allowed)
            ),
        )
    return value


def required_text(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise error(where, f"'{key}' fehlt")
    return value


def items(raw: dict, key: str, where: str) -> list:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise error(where, gettext_("'{key}' fehlt oder ist leer").format(key=key))
    return value


def flag(raw: dict, key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise error(where, gettext_("'{key}' muss true oder false sein").format(key=key))
    return value


def whole(raw: dict, key: str, where: str, default: int) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise error(where, gettext_("'{key}' muss eine ganze Zahl ab 0 sein").format(key=key))
    return value


def below(raw: dict, where: str) -> int | None:
    if raw.get("below") is None:
        return None
    birthday = whole(raw, "below", where, 0)
    if birthday == 0:
        raise error(where, gettext_("'below' muss mindestens 1 sein"))
    return birthday


def day(raw: dict, key: str, where: str) -> date:
    value = raw.get(key)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = date.fromisoformat(value)
    if not isinstance(value, date):
        raise error(where, gettext_("'{key}' muss ein Datum wie 2026-08-01 sein").format(key=key))
    return value


def amount(raw: dict, key: str, where: str, default: str | None = None) -> Decimal:
    value = raw.get(key, default)
    if value is None:
        raise error(where, f"'{key}' fehlt")
    if isinstance(value, float):  # TOML floats are binary; money must be written as text
        raise error(
            where, gettext_("'{key}' bitte als Text angeben, z. B. \"4.60\"").format(key=key)
        )
    try:
        return parse_decimal(str(value))  # "4,60" as well as "4.60"
    except InvalidOperation:
        raise error(
            where, gettext_("'{key}' ist keine Zahl: {value!r}").format(key=key, value=value)
        ) from None


def factor(text: str, where: str) -> Fraction:
    try:
        if "/" in text:
            num, den = text.split("/")
            return parse_fraction(num) / parse_fraction(den)
        return parse_fraction(text)
    except (InvalidOperation, ValueError, ZeroDivisionError):
        raise error(
            where, gettext_("monthly_factor '{text}' ist keine Zahl").format(text=text)
        ) from None


def parse_fraction(text: str) -> Fraction:
    number = parse_decimal(text)
    if number <= 0:
        raise ValueError(text)
    return Fraction(number)


def entries(raw: dict, key: str, where: str) -> list[dict]:
    """The tables listed under `key`, each checked for unknown keys (named by its number)."""
    value = items(raw, key, where)
    for n, entry in enumerate(value, start=1):
        if not isinstance(entry, dict):
            raise error(
                where, gettext_("{key} Nr. {n} muss eine Tabelle sein").format(key=key, n=n)
            )
        if message := unknown_key(entry, key):
            raise error(f"{where}, {key} Nr. {n}", message)
    return value


def sorted_unique(found, bound, section: str, where: str) -> tuple:
    """Entries ordered by their bounds, so the order in the file cannot change who gets
    which rate; two entries with one key or the same bounds are refused."""
    ordered = sorted(found, key=bound)
    keys = [item.key for item in ordered]
    for a, b in zip(ordered, ordered[1:], strict=False):
        if bound(a) == bound(b):
            raise error(
                where,
                gettext_("{section}: '{a}' und '{b}' haben dieselben Grenzen").format(
                    section=section, a=a.key, b=b.key
                ),
            )
    if len(set(keys)) != len(keys):
        raise error(
            where, gettext_("{section}: ein Schlüssel steht zweimal da").format(section=section)
        )
    return tuple(ordered)
