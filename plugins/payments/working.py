"""The working a statement shows (Rechenweg): how each line's quantity came about and what
the month rests on, in the words of a clerk checking it by hand. Texts only; the numbers
come from `calc`. Statements are German documents, so the numbers are written German."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.format import format_date, format_money, format_quantity, format_rate

DE = "de"


@dataclass(frozen=True)
class Share:
    """A segment's part of the month, unreduced as a clerk counts it: 15 of 30 days."""

    days: int
    of: int
    unit: str  # "Tage" | "Betreuungstage"

    def text(self) -> str:
        return f"{self.days}/{self.of} {self.unit}"


def number(value: Decimal | int) -> str:
    return format_quantity(Decimal(value), DE)


def factor(text: str) -> str:
    return text.replace(".", ",")


def care(weekly: Decimal, factor_text: str, share: Share | None, hours: Decimal, note: str) -> str:
    """'40 Std./Woche × 4,33 × 15/30 Tage = 86,60 Std.'"""
    parts = [f"{number(weekly)} Std./Woche", factor(factor_text)]
    if share:
        parts.append(share.text())
    return " × ".join(parts) + f" = {number(hours)} Std." + note


def band(weekly: Decimal, label: str, share: Share | None) -> str:
    """'18 Std./Woche: Band bis 20 Wstd., 15/30 Tage'"""
    text = f"{number(weekly)} Std./Woche: Band {label}"
    return text + (f", {share.text()}" if share else ", ganzer Monat")


UNROUNDED = "; Betrag aus den ungerundeten Stunden"


def settling_in(start: date, hours: Decimal | None) -> str:
    if hours is None:
        return f"einmal bei Aufnahme am {format_date(start, DE)}"
    return f"einmal bei Aufnahme am {format_date(start, DE)}: {number(hours)} Std."


def insurance(
    share: Decimal, days: Share | None, own: Decimal, total: Decimal, base, capped
) -> str:
    """'½ von 343,22 € × 15/30 Tage × 346,40 von 519,60 Std. bei diesem Jugendamt'"""
    parts = [f"{_share(share)} von {format_rate(base, DE)}"]
    if capped:
        parts[0] += " (Höchstbetrag)"
    if days:
        parts.append(days.text())
    if own != total:
        parts.append(f"{number(own)} von {number(total)} Std. bei diesem Jugendamt")
    return " × ".join(parts)


def absence(limit: int, used: int, withheld: int) -> str:
    return (
        f"{limit} bezahlte Abwesenheitstage im Jahr, {used} genutzt; "
        f"{withheld} Betreuungstage darüber"
    )


def allowance(limit: int | None, used: int) -> str:
    if limit is None:
        return "Abwesenheiten: ohne Jahresgrenze"
    return (
        f"Abwesenheiten: {min(used, limit)} von {limit} bezahlten Betreuungstagen im Jahr "
        f"genutzt, {max(limit - used, 0)} übrig"
    )


def table(name: str, source: str, valid_from: date, valid_to: date | None) -> str:
    until = format_date(valid_to, DE) if valid_to else "offen"
    return f"Satztabelle {name}, gültig {format_date(valid_from, DE)} – {until}; Quelle: {source}"


def subtotal(child: str, cents: int) -> str:
    return f"Zwischensumme {child}: {format_money(cents, DE)}"


def _share(value: Decimal) -> str:
    return {Decimal("1"): "ganz", Decimal("0.5"): "½"}.get(value.normalize(), number(value))
