"""Reading rate tables: from a TOML file (format in presets/README.md), a shipped preset or
the plain dicts stored in the database. Everything is checked on the way in, with German
messages naming the period and field, so the arithmetic never meets a half-valid table."""

from __future__ import annotations

import contextlib
import tomllib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from core.errors import ValidationError
from core.format import format_date
from core.i18n import gettext_
from plugins.payments.rates import (
    ABSENCE_KINDS,
    INSURANCE_KINDS,
    PRORATIONS,
    AbsenceRule,
    AgeBand,
    Component,
    Eingewoehnung,
    InsuranceRule,
    Level,
    RatePeriod,
    RateTable,
)

PRESETS_DIR = Path(__file__).parent / "presets"


def load_file(path: str | Path) -> RateTable:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            {"rates": gettext_("Satzdatei {path} nicht gefunden.").format(path=path)}
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            {
                "rates": gettext_("Satzdatei {name} ist kein gültiges TOML: {exc}").format(
                    name=path.name, exc=exc
                )
            }
        ) from None
    return table_from_dict(data, origin=path.name)


def presets() -> dict[str, Path]:
    """Shipped presets by file stem, e.g. 'stuttgart-2012'."""
    return {p.stem: p for p in sorted(PRESETS_DIR.glob("*.toml"))}


def table_from_dict(data: dict, origin: str = "Satztabelle") -> RateTable:
    name = _text(data, "name", origin)
    periods = tuple(
        sorted(
            (
                period_from_dict(p, f"{name}, Zeitraum {i + 1}")
                for i, p in enumerate(_list(data, "period", origin))
            ),
            key=lambda p: p.valid_from,
        )
    )
    for earlier, later in zip(periods, periods[1:], strict=False):
        if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
            raise ValidationError(
                {
                    "rates": gettext_(
                        "{name}: Zeiträume ab {valid_from} und {valid_from2} überschneiden sich."
                    ).format(
                        name=name,
                        valid_from=format_date(earlier.valid_from),
                        valid_from2=format_date(later.valid_from),
                    )
                }
            )
    as_of = data.get("as_of")
    return RateTable(
        name=name,
        source=_text(data, "source", origin),
        as_of=as_of if isinstance(as_of, date) else None,
        note=str(data.get("note", "")),
        periods=periods,
    )


def period_from_dict(raw: dict, where: str) -> RatePeriod:
    valid_from = _date(raw, "valid_from", where)
    valid_to = raw.get("valid_to")
    if valid_to is not None:
        valid_to = _date(raw, "valid_to", where)
        if valid_to < valid_from:
            raise _error(where, "valid_to liegt vor valid_from")
    factor_text = str(raw.get("monthly_factor", "52/12"))
    proration = raw.get("proration", "calendar_days")
    if proration not in PRORATIONS:
        raise _error(
            where, gettext_("proration muss {value} sein").format(value=" oder ".join(PRORATIONS))
        )
    levels = tuple(
        Level(
            _text(lv, "key", where),
            _text(lv, "label", where),
            int(lv.get("min_ue", 0)),
            bool(lv.get("fachkraft", False)),
        )
        for lv in _list(raw, "levels", where)
    )
    bands = tuple(
        AgeBand(_text(b, "key", where), _text(b, "label", where), b.get("below"))
        for b in _list(raw, "age_bands", where)
    )
    components = tuple(
        Component(
            _text(c, "key", where),
            _text(c, "label", where),
            _decimal(c, "special_needs_factor", where, "1"),
            bool(c.get("continues_in_absence", False)),
        )
        for c in _list(raw, "components", where)
    )
    known = {
        "component": {c.key for c in components},
        "level": {lv.key for lv in levels} | {"*"},
        "age": {b.key for b in bands} | {"*"},
    }
    rates = {}
    for row in _list(raw, "rates", where):
        key = tuple(str(row.get(k, "*")) for k in ("component", "level", "age"))
        for part, value in zip(("component", "level", "age"), key, strict=True):
            if value not in known[part]:
                raise _error(
                    where,
                    gettext_("Satz verweist auf unbekannte {part} '{value}'").format(
                        part=part, value=value
                    ),
                )
        rate = _decimal(row, "rate", where)
        if rate < 0:
            raise _error(where, gettext_("Sätze dürfen nicht negativ sein"))
        rates[key] = rate
    eg = raw.get("eingewoehnung", {})
    mode = eg.get("mode", "none")
    if mode not in ("none", "hours", "lump_sum"):
        raise _error(where, gettext_("eingewoehnung.mode muss none, hours oder lump_sum sein"))
    absence = raw.get("absence", {})
    kinds = tuple(absence.get("kinds", AbsenceRule.kinds))
    if set(kinds) - set(ABSENCE_KINDS):
        raise _error(
            where,
            gettext_("absence.kinds erlaubt nur {value}").format(value=", ".join(ABSENCE_KINDS)),
        )
    insurance = raw.get("insurance", {})
    return RatePeriod(
        valid_from=valid_from,
        valid_to=valid_to,
        monthly_factor=_factor(factor_text, where),
        monthly_factor_text=factor_text,
        proration=proration,
        levels=levels,
        age_bands=bands,
        components=components,
        rates=rates,
        eingewoehnung=Eingewoehnung(
            mode, _decimal(eg, "hours", where, "0"), _decimal(eg, "amount", where, "0")
        ),
        absence=AbsenceRule(absence.get("paid_days_per_year"), kinds),
        insurance=InsuranceRule(
            share={k: _decimal(insurance, k, where, "0") for k in INSURANCE_KINDS},
            max_contribution={
                k: _decimal(insurance, f"{k}_max_contribution", where)
                for k in INSURANCE_KINDS
                if f"{k}_max_contribution" in insurance
            },
        ),
        raw=_jsonable(raw),
    )


def _jsonable(raw: dict) -> dict:
    """The period as JSON-storable data (dates as ISO strings); parses back identically."""
    out = {}
    for key, value in raw.items():
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, dict):
            out[key] = _jsonable(value)
        elif isinstance(value, list):
            out[key] = [_jsonable(v) if isinstance(v, dict) else v for v in value]
        else:
            out[key] = value
    return out


def _error(where: str, message: str) -> ValidationError:
    return ValidationError({"rates": f"{where}: {message}."})


def _text(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _error(where, f"'{key}' fehlt")
    return value


def _list(raw: dict, key: str, where: str) -> list:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise _error(where, gettext_("'{key}' fehlt oder ist leer").format(key=key))
    return value


def _date(raw: dict, key: str, where: str) -> date:
    value = raw.get(key)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = date.fromisoformat(value)
    if not isinstance(value, date):
        raise _error(where, gettext_("'{key}' muss ein Datum wie 2026-08-01 sein").format(key=key))
    return value


def _decimal(raw: dict, key: str, where: str, default: str | None = None) -> Decimal:
    value = raw.get(key, default)
    if value is None:
        raise _error(where, f"'{key}' fehlt")
    if isinstance(value, float):  # TOML floats are binary; money must be written as text
        raise _error(
            where, gettext_("'{key}' bitte als Text angeben, z. B. \"4.60\"").format(key=key)
        )
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise _error(
            where, gettext_("'{key}' ist keine Zahl: {value!r}").format(key=key, value=value)
        ) from None


def _factor(text: str, where: str) -> Decimal:
    try:
        if "/" in text:
            num, den = text.split("/")
            return Decimal(num) / Decimal(den)
        return Decimal(text)
    except (InvalidOperation, ValueError, ZeroDivisionError):
        raise _error(
            where, gettext_("monthly_factor '{text}' ist keine Zahl").format(text=text)
        ) from None
