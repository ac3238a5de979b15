"""Reading rate tables: from a TOML file (format in presets/README.md), a shipped preset or
the plain dicts stored in the database. Everything is checked on the way in, with German
messages naming the period and field, so the arithmetic never meets a half-valid table."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from core.errors import ValidationError
from core.format import format_date
from core.i18n import gettext_
from plugins.payments.arithmetic import DEFAULT_ROUNDING, ROUNDINGS, TOTAL_ROUNDINGS
from plugins.payments.rates import ratefile_bands
from plugins.payments.rates import ratefile_values as v
from plugins.payments.rates.ratefile_schema import unknown_key
from plugins.payments.rates.tables import (
    ABSENCE_KINDS,
    INSURANCE_KINDS,
    PRORATIONS,
    AbsenceRule,
    AgeBand,
    Component,
    Eingewoehnung,
    InsuranceRule,
    Level,
    Price,
    RatePeriod,
    RateTable,
)

PRESETS_DIR = Path(__file__).parent / "presets"


def load_file(path: str | Path) -> RateTable:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(
            {"rates": gettext_("Satzdatei {path} nicht gefunden.").format(path=path)}
        ) from None
    return table_from_toml(text, path.name)


def table_from_toml(text: str, origin: str) -> RateTable:
    """A rate table from a file's text; `origin` (the file name) names it in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            {
                "rates": gettext_("Satzdatei {name} ist kein gültiges TOML: {exc}").format(
                    name=origin, exc=exc
                )
            }
        ) from None
    return table_from_dict(data, origin=origin)


def presets() -> dict[str, Path]:
    """Shipped presets by file stem, e.g. 'stuttgart-2012'."""
    return {p.stem: p for p in sorted(PRESETS_DIR.glob("*.toml"))}


def table_from_dict(data: dict, origin: str | None = None) -> RateTable:
    """`origin` names the table in messages (the file name); by default its own name."""
    if not isinstance(data, dict):
        raise ValidationError({"rates": gettext_("Satztabelle ist keine Tabelle.")})
    origin = origin or str(data.get("name") or "Satztabelle")
    _check_keys(data, "table", origin)
    name = v.required_text(data, "name", origin)
    source = v.required_text(data, "source", origin)
    periods = tuple(
        sorted(
            (
                period_from_dict(p, f"{origin}, Zeitraum {i + 1}", name, source)
                for i, p in enumerate(v.items(data, "period", origin))
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
                        name=origin,
                        valid_from=format_date(earlier.valid_from),
                        valid_from2=format_date(later.valid_from),
                    )
                }
            )
    as_of = data.get("as_of")
    return RateTable(
        name=name,
        source=source,
        as_of=as_of if isinstance(as_of, date) else None,
        note=str(data.get("note", "")),
        periods=periods,
    )


def period_from_dict(raw: dict, where: str, table_name: str = "", source: str = "") -> RatePeriod:
    if not isinstance(raw, dict):
        raise v.error(where, gettext_("[[period]] muss eine Tabelle sein"))
    _check_keys(raw, "period", where)
    valid_from = v.day(raw, "valid_from", where)
    valid_to = raw.get("valid_to")
    if valid_to is not None:
        valid_to = v.day(raw, "valid_to", where)
        if valid_to < valid_from:
            raise v.error(where, "valid_to liegt vor valid_from")
    factor_text = str(raw.get("monthly_factor", "52/12"))
    proration = v.one_of(raw, "proration", PRORATIONS, where, "calendar_days")
    rounding = v.one_of(raw, "rounding", tuple(ROUNDINGS), where, DEFAULT_ROUNDING)
    total_rounding = v.one_of(raw, "total_rounding", tuple(TOTAL_ROUNDINGS), where, "cent")
    levels = _ranked(
        [
            Level(
                v.required_text(lv, "key", where),
                v.required_text(lv, "label", where),
                v.whole(lv, "min_ue", where, 0),
                v.flag(lv, "fachkraft", where),
            )
            for lv in v.entries(raw, "levels", where)
        ],
        where,
    )
    bands = v.sorted_unique(
        (
            AgeBand(
                v.required_text(b, "key", where),
                v.required_text(b, "label", where),
                v.below(b, where),
            )
            for b in v.entries(raw, "age_bands", where)
        ),
        lambda b: (b.below is None, b.below or 0),
        "age_bands",
        where,
    )
    hour_bands = ratefile_bands.hour_bands(raw, where)
    components = tuple(
        Component(
            v.required_text(c, "key", where),
            v.required_text(c, "label", where),
            v.amount(c, "special_needs_factor", where, "1"),
            v.flag(c, "continues_in_absence", where),
        )
        for c in v.entries(raw, "components", where)
    )
    rates = _rates(raw, where, components, levels, bands, hour_bands)
    eg = _section(raw, "eingewoehnung", where)
    mode = v.one_of(eg, "mode", ("none", "hours", "lump_sum"), where, "none", "eingewoehnung.mode")
    absence = _section(raw, "absence", where)
    kinds = tuple(absence.get("kinds", AbsenceRule.kinds))
    if not isinstance(absence.get("kinds", []), list) or set(kinds) - set(ABSENCE_KINDS):
        raise v.error(
            where,
            gettext_("absence.kinds erlaubt nur {value}").format(value=", ".join(ABSENCE_KINDS)),
        )
    paid_days = absence.get("paid_days_per_year")
    if paid_days is not None:
        paid_days = v.whole(absence, "paid_days_per_year", where, 0)
    insurance = _section(raw, "insurance", where)
    return RatePeriod(
        valid_from=valid_from,
        valid_to=valid_to,
        monthly_factor=v.factor(factor_text, where),
        monthly_factor_text=factor_text,
        proration=proration,
        rounding=rounding,
        total_rounding=total_rounding,
        levels=levels,
        age_bands=bands,
        hour_bands=hour_bands,
        components=components,
        rates=rates,
        eingewoehnung=Eingewoehnung(
            mode,
            v.amount(eg, "hours", where, "0"),
            v.amount(eg, "amount", where, "0"),
            v.whole(eg, "again_after_weeks", where, 0) if "again_after_weeks" in eg else None,
        ),
        absence=AbsenceRule(paid_days, kinds),
        insurance=InsuranceRule(
            share={k: v.amount(insurance, k, where, "0") for k in INSURANCE_KINDS},
            max_contribution={
                k: v.amount(insurance, f"{k}_max_contribution", where)
                for k in INSURANCE_KINDS
                if f"{k}_max_contribution" in insurance
            },
        ),
        raw=_jsonable(raw),
        table_name=table_name,
        source=source,
    )


def _rates(raw, where, components, levels, bands, hour_bands) -> dict:
    known = {
        "component": {c.key for c in components},
        "level": {lv.key for lv in levels} | {"*"},
        "age": {b.key for b in bands} | {"*"},
        "hours": {b.key for b in hour_bands} | {"*"},
    }
    rates = {}
    for row in v.entries(raw, "rates", where):
        key = tuple(str(row.get(k, "*")) for k in ("component", "level", "age", "hours"))
        for part, value in zip(("component", "level", "age", "hours"), key, strict=True):
            if value not in known[part]:
                raise v.error(
                    where,
                    gettext_("Satz verweist auf unbekannte {part} '{value}'").format(
                        part=part, value=value
                    ),
                )
        given = [k for k in ("rate", "monthly", "percent") if k in row]
        if len(given) != 1:
            raise v.error(
                where,
                gettext_(
                    "Satz für {component}: genau eines von 'rate', 'monthly' oder 'percent' angeben"
                ).format(component=key[0]),
            )
        per = {"rate": "hour", "monthly": "month", "percent": "percent"}[given[0]]
        amount = v.amount(row, given[0], where)
        if amount < 0:
            raise v.error(where, gettext_("Sätze dürfen nicht negativ sein"))
        of = _percent_of(row, key[0], per, known["component"], where)
        full_time = None
        if "full_time" in row:  # 500 € at 45 h a week, proportionally less below
            full_time = v.amount(row, "full_time", where)
            if per != "month" or full_time <= 0:
                raise v.error(
                    where,
                    gettext_(
                        "Satz für {component}: 'full_time' (Wochenstunden über 0) gehört nur "
                        "zu 'monthly'"
                    ).format(component=key[0]),
                )
        if key in rates:
            raise v.error(
                where, gettext_("Satz für {key} steht zweimal da").format(key="/".join(key))
            )
        rates[key] = Price(amount, per, of, full_time)
    for key, price in rates.items():  # a percentage of a percentage would be a chain
        if any(p.per == "percent" for k, p in rates.items() if k[0] == price.of):
            raise v.error(
                where,
                gettext_("Satz für {component}: 'of' muss ein Bestandteil mit Betrag sein").format(
                    component=key[0]
                ),
            )
    return rates


def _percent_of(row: dict, component: str, per: str, known: set, where: str) -> str:
    """The component a percentage is taken of (e.g. a qualification surcharge of 20 % of
    the Förderleistung); only a percentage names one, and it must exist."""
    of = row.get("of")
    if per != "percent":
        if of is not None:
            raise v.error(
                where,
                gettext_("Satz für {component}: 'of' gehört nur zu 'percent'").format(
                    component=component
                ),
            )
        return ""
    if of is None or of == component or str(of) not in known:
        raise v.error(
            where,
            gettext_(
                "Satz für {component}: 'of' muss einen anderen Bestandteil nennen ({value})"
            ).format(component=component, value=", ".join(sorted(known - {component}))),
        )
    return str(of)


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


def _check_keys(raw: dict, section: str, where: str) -> None:
    if message := unknown_key(raw, section):
        raise v.error(where, message)


def _section(raw: dict, key: str, where: str) -> dict:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise v.error(where, gettext_("[{key}] muss eine Tabelle sein").format(key=key))
    _check_keys(value, key, where)
    return value


def _ranked(levels: list[Level], where: str) -> tuple[Level, ...]:
    """Levels as listed, lowest first: the highest one a childminder meets applies. Levels
    of two measures (UE, Fachkraft) have no order of their own where neither is harder –
    the file's order decides between them –, but a level listed above one it is no harder
    to reach than is a mistake, which would give everyone the later level."""
    for i, lower in enumerate(levels):
        for higher in levels[i + 1 :]:
            if higher.min_ue <= lower.min_ue and higher.fachkraft <= lower.fachkraft:
                raise v.error(
                    where,
                    gettext_(
                        "levels: '{higher}' steht nach '{lower}', ist aber nicht schwerer zu "
                        "erreichen – Stufen bitte von der niedrigsten zur höchsten angeben"
                    ).format(higher=higher.key, lower=lower.key),
                )
    if len({lv.key for lv in levels}) != len(levels):
        raise v.error(
            where, gettext_("{section}: ein Schlüssel steht zweimal da").format(section="levels")
        )
    return tuple(levels)
