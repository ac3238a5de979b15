"""Random values a demo person or contract gets: an IBAN with valid check digits, weekly
hours in the patterns offices see, and how a person likes their letters."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from core.models.persons import Address, Channel


def iban(rng: random.Random) -> str:
    bban = f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9999999999):010d}"
    check = 98 - int(bban + "131400") % 97  # DE = 13 14, then 00
    return f"DE{check:02d}{bban}"


def weekly_hours(rng: random.Random) -> dict:
    pattern = rng.random()
    if pattern < 0.55:  # full days Monday to Friday
        per_day = [Decimal(rng.choice(("6", "7", "7.5", "8", "9")))] * 5
    elif pattern < 0.85:  # four days
        per_day = [Decimal(rng.choice(("5", "6", "8")))] * 5
        per_day[rng.randrange(5)] = Decimal("0")
    else:  # mornings only
        per_day = [Decimal(rng.choice(("3", "4", "4.5")))] * 5
    return {f"hours_{d}": h for d, h in zip(("mo", "tu", "we", "th", "fr"), per_day, strict=True)}


def letters(rng: random.Random, today: date, email: bool, form_of_address: Address) -> dict:
    """About half of those with an address take letters by e-mail; one in ten adults
    prefers to be greeted without Frau or Herr."""
    by_mail = email and rng.random() < 0.55
    neutral = form_of_address != Address.NEUTRAL and rng.random() < 0.1
    return {
        "form_of_address": (Address.NEUTRAL if neutral else form_of_address).value,
        "channel": (Channel.EMAIL if by_mail else Channel.LETTER).value,
        "email_consent_on": today - timedelta(days=rng.randint(10, 900)) if by_mail else None,
    }
