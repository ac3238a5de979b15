"""The working a statement shows (Rechenweg): how each line's quantity came about and what
the month rests on, in the words of a clerk checking it by hand. Texts only; the numbers
come from `calc`. Statements are German documents, so the numbers are written German.

A national month writes 100,000s of these, and every childminder's contributions are
amounts of their own: the numbers are written by Python's own formatting in the German
way, as Babel writes them for "de" (tests/unit/test_payments_working.py holds them to
Babel's), at a tenth of Babel's cost, and every text is cached on its arguments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from core.format import format_date
from plugins.payments.arithmetic import places

DE = "de"
_GERMAN = str.maketrans(",.", ".,")  # 1,234.50 → 1.234,50


@dataclass(frozen=True)
class Share:
    """A segment's part of the month, unreduced as a clerk counts it: 15 of 30 days."""

    days: int
    of: int
    unit: str  # "Tage" | "Betreuungstage"

    def text(self) -> str:
        return f"{self.days}/{self.of} {self.unit}"


CACHED = lru_cache(maxsize=1 << 16)


@CACHED
def number(value: Decimal | int) -> str:
    """As `core.format.format_quantity` in German: '20', '173,20', '1.234,50'."""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return f"{value:,.{decimals}f}".translate(_GERMAN)  # half even, as Babel rounds


@CACHED
def euros(value: Decimal) -> str:
    """As `core.format.format_rate` in German: two to four decimals, '5,95 €', '0,125 €'."""
    whole, fraction = f"{value:,.4f}".split(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    return f"{whole.replace(',', '.')},{fraction}\xa0€"


@CACHED
def day(value: date) -> str:
    return format_date(value, DE)


def factor(text: str) -> str:
    return text.replace(".", ",")


@CACHED
def care(weekly: Decimal, factor_text: str, share: Share | None, hours: Decimal, note: str) -> str:
    """'40 Std./Woche × 4,33 × 15/30 Tage = 86,60 Std.'"""
    parts = [f"{number(weekly)} Std./Woche", factor(factor_text)]
    if share:
        parts.append(share.text())
    return " × ".join(parts) + f" = {number(hours)} Std." + note


@CACHED
def band(weekly: Decimal, label: str, share: Share | None, full_time=None, daily=None) -> str:
    """'18 Std./Woche: Band bis 20 Wstd., 15/30 Tage', and where the amount is for full
    time: '…, 30/45 Std. der Vollzeit'; with bands per care day, `daily` (days, hours a
    day): '20 Std./Woche an 4 Tagen = 5 Std./Tag: Band …'"""
    text = per_day(weekly, *daily) if daily else f"{number(weekly)} Std./Woche"
    text += f": Band {label}" if label else ""
    text += f", {share.text()}" if share else ", ganzer Monat"
    if full_time is not None and weekly < full_time:
        text += f", {number(weekly)}/{number(full_time)} Std. der Vollzeit"
    return text


@CACHED
def per_day(weekly: Decimal, days: int, daily: Fraction) -> str:
    """'20 Std./Woche an 4 Tagen = 5 Std./Tag'; '≈' where the day's hours have no two
    places (10 Std. on 3 days ≈ 3,33 Std./Tag: the band was found with the exact 10/3)."""
    shown = places(daily)
    return (
        f"{number(weekly)} Std./Woche an {days} {'Tag' if days == 1 else 'Tagen'} "
        f"{'=' if shown == daily else '≈'} {number(shown)} Std./Tag"
    )


UNROUNDED = "; Betrag aus den ungerundeten Stunden"


@CACHED
def settling_in(start: date, hours: Decimal | None) -> str:
    if hours is None:
        return f"einmal bei Aufnahme am {day(start)}"
    return f"einmal bei Aufnahme am {day(start)}: {number(hours)} Std."


@CACHED
def insurance(share: Decimal, days: Share | None, hours, base: Decimal, capped: bool) -> str:
    """'½ von 343,22 € × 15/30 Tage × 346,40 von 519,60 Std. bei diesem Jugendamt';
    `hours`: (this office's, all) where other offices book hours with her too."""
    parts = [f"{_share(share)} von {euros(base)}"]
    if capped:
        parts[0] += " (Höchstbetrag)"
    if days:
        parts.append(days.text())
    if hours:
        parts.append(f"{number(hours[0])} von {number(hours[1])} Std. bei diesem Jugendamt")
    return " × ".join(parts)


@CACHED
def absence(limit: int, used: int, withheld: int) -> str:
    return (
        f"{limit} bezahlte Abwesenheitstage im Jahr, {used} genutzt; "
        f"{withheld} Betreuungstage darüber"
    )


@CACHED
def allowance(limit: int | None, used: int) -> str:
    if limit is None:
        return "Abwesenheiten: ohne Jahresgrenze"
    return (
        f"Abwesenheiten: {min(used, limit)} von {limit} bezahlten Betreuungstagen im Jahr "
        f"genutzt, {max(limit - used, 0)} übrig"
    )


@CACHED
def table(name: str, source: str, valid_from: date, valid_to: date | None) -> str:
    until = day(valid_to) if valid_to else "offen"
    return f"Satztabelle {name}, gültig {day(valid_from)} – {until}; Quelle: {source}"


def _share(value: Decimal) -> str:
    return {Decimal("1"): "ganz", Decimal("0.5"): "½"}.get(value.normalize(), number(value))


@CACHED
def percent_of(percent: Decimal, base: Decimal) -> str:
    """'20 % von 943,94 €'"""
    return f"{number(percent)} % von {euros(base)}"
