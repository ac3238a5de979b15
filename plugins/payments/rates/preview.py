"""What importing a rate table would change, shown before anything is saved: each new
period, the stored periods it replaces, and every rate and rule that differs from the
period in force on its first day."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.format import format_number, format_rate
from core.i18n import gettext_
from plugins.payments.rates import periods, ratefile
from plugins.payments.rates.tables import HOURS_PER, HourBand, Price, RatePeriod, RateTable

MAX_FILE_BYTES = 256 * 1024
# the rules compared besides the rates (sections are compared key by key)
RULES = ("monthly_factor", "proration", "rounding", "eingewoehnung", "absence", "insurance")


@dataclass
class Change:
    what: str
    before: str
    after: str


@dataclass
class PeriodPreview:
    period: RatePeriod
    replaces: list[RatePeriod] = field(default_factory=list)  # stored periods overlapping it
    changes: list[Change] = field(default_factory=list)
    compared_with: RatePeriod | None = None  # the stored period in force on its first day
    bands: list[tuple[str, str, str]] = field(default_factory=list)  # key, label, hours


def band_hours(band: HourBand) -> str:
    """A band's edges as the office words them, with what the hours count: 'bis 2
    Std./Tag', 'über 2 bis 4 Std./Tag', 'ab 4 bis unter 6 Std./Tag'."""
    parts = []
    if band.low or band.low_open:
        lower = gettext_("über {hours}") if band.low_open else gettext_("ab {hours}")
        parts.append(lower.format(hours=format_number(band.low)))
    upper = gettext_("bis unter {hours}") if band.high_open else gettext_("bis {hours}")
    parts.append(upper.format(hours=format_number(band.high)))
    parts.append(gettext_(HOURS_PER[band.per]))
    return " ".join(parts)


def table_from_upload(filename: str, content: bytes) -> RateTable:
    """A rate table from an uploaded TOML file, checked like `tagwerk payments rates check`."""
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError({"file": gettext_("Die Satzdatei ist größer als 256 KB.")})
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError({"file": gettext_("Die Satzdatei ist nicht UTF-8.")}) from None
    return table_from_text(text, filename or "Satzdatei")


def table_from_text(text: str, origin: str) -> RateTable:
    try:
        return ratefile.table_from_toml(text, origin)
    except ValidationError as exc:  # the screen names the upload field
        raise ValidationError({"file": exc.errors["rates"]}) from None


def preview(session: Session, table: RateTable) -> list[PeriodPreview]:
    stored = periods.stored_table(session)
    out = []
    for period in table.periods:
        item = PeriodPreview(period)
        item.bands = [(b.key, b.label, band_hours(b)) for b in period.hour_bands]
        item.replaces = [
            s for s in stored.periods if s.overlaps(period.valid_from, period.valid_to)
        ]
        item.compared_with = stored.period_on(period.valid_from)
        if item.compared_with is not None:
            item.changes = _rate_changes(item.compared_with, period) + _rule_changes(
                _resolved(item.compared_with), _resolved(period)
            )
        out.append(item)
    return out


def _rate_changes(before: RatePeriod, after: RatePeriod) -> list[Change]:
    keys = sorted(set(before.rates) | set(after.rates))
    return [
        Change(" / ".join(part for part in key if part != "*"), _price(old), _price(new))
        for key in keys
        if (old := before.rates.get(key)) != (new := after.rates.get(key))
    ]


def _resolved(period: RatePeriod) -> dict:
    """The period's rules as written, with the defaults of what the file left out."""
    return {
        **period.raw,
        "monthly_factor": period.monthly_factor_text,
        "proration": period.proration,
        "rounding": period.rounding,
    }


def _rule_changes(before: dict, after: dict) -> list[Change]:
    changes = []
    for rule in RULES:
        old, new = before.get(rule), after.get(rule)
        if isinstance(old, dict) or isinstance(new, dict):
            old, new = old or {}, new or {}
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    changes.append(
                        Change(f"{rule}.{key}", _text(old.get(key)), _text(new.get(key)))
                    )
        elif old != new:
            changes.append(Change(rule, _text(old), _text(new)))
    return changes


def _price(price: Price | None) -> str:
    if price is None:
        return "–"
    return format_rate(price.amount) + (gettext_(" je Monat") if price.per == "month" else "")


def _text(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
