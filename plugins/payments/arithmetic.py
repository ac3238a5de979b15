"""Exact money arithmetic for the payment rules.

Quantities stay fractions until an amount is rounded: 52/12 weeks per month and a month's
share of 17/30 days have no finite decimal, and a decimal approximation turns a true
half-cent tie (1,5 Std. × 52/12 × 4,45 € = 28,925 €) into 28,92 €. Each amount is rounded
half up (away from zero) to the cent once; the rate table's rounding rule says whether the
hours are rounded before that.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

# The rounding rules a rate period can name (`rounding = "…"` in its file).
ROUNDINGS = {
    # Hours exact; each amount rounded once: weekly hours × rate × 52 ÷ 12, as municipalities
    # publish the formula (VGH Baden-Württemberg, 12 S 352/12: 32 × 52 × 3,90 € ÷ 12 = 540,80 €).
    "amount_once": "Beträge aus ungerundeten Stunden, je Betrag einmal auf den Cent gerundet",
    # Monthly hours rounded to two places first, then hours × rate rounded to the cent
    # (32 × 52 ÷ 12 = 138,67 Std. × 3,90 € = 540,81 €).
    "hours_first": "Monatsstunden auf zwei Stellen gerundet, dann Stunden × Satz gerundet",
}
DEFAULT_ROUNDING = "amount_once"
# How a month's total is paid (`total_rounding = "…"`): to the cent as the lines add up, or
# to whole euros, as some offices publish it (the difference is a line of its own).
TOTAL_ROUNDINGS = {
    "cent": "Summe auf den Cent",
    "euro_half_up": "Summe kaufmännisch auf volle Euro gerundet",
    "euro_up": "Summe auf volle Euro aufgerundet",
}
HALF = Fraction(1, 2)


def half_up(value: Fraction) -> int:
    """The nearest integer; a tie goes away from zero."""
    whole = math.floor(abs(value) + HALF)
    return whole if value >= 0 else -whole


def half_up_ratio(numerator: int, denominator: int) -> int:
    """`half_up` of numerator/denominator (denominator > 0), on integers alone: no Fraction
    is built where a loop over every childminder asks."""
    whole = (2 * abs(numerator) + denominator) // (2 * denominator)
    return whole if numerator >= 0 else -whole


@lru_cache(maxsize=1 << 16)
def cents(quantity: Fraction | Decimal, rate: Fraction | Decimal) -> int:
    """quantity × rate in whole cents, rounded once. Cached: a national month prices
    100,000s of lines from a few thousand distinct (hours, rate) pairs."""
    return half_up(Fraction(quantity) * Fraction(rate) * 100)


def places(value: Fraction | Decimal, digits: int = 2) -> Decimal:
    """`value` rounded half up to `digits` decimal places, for showing it."""
    return Decimal(half_up(Fraction(value) * 10**digits)).scaleb(-digits)


def whole_euros(total_cents: int, rule: str) -> int:
    """The total in cents paid under a total rounding rule (see TOTAL_ROUNDINGS). Half up
    rounds a tie away from zero; up is always in her favour, so a repayment (negative)
    goes towards zero."""
    if rule == "euro_half_up":
        return half_up_ratio(total_cents, 100) * 100
    if rule == "euro_up":
        return -((-total_cents) // 100) * 100  # the ceiling, in whole euros
    return total_cents


def priced_hours(hours: Fraction, rounding: str) -> Fraction:
    """The hours a line is priced at under a rounding rule (see ROUNDINGS)."""
    if rounding == "hours_first":
        return Fraction(places(hours))
    return hours
