"""One-time codes for votes and surveys: random, readable, stored only as a hash.

A code is 15 random characters from a 31-letter alphabet and one check character:
31^15 ≈ 2.3·10^22 codes (74 bits). The check character is a weighted sum modulo 31, a
prime, so every single wrong character and every swap of two characters is recognised
as a typing error before it is looked up: typos are told apart from guesses, and only
guesses count towards the limits in `plugins.parent_council.public`.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import NoReturn

from core.errors import ValidationError
from core.i18n import gettext_

# No 0/O or 1/I/L: codes are typed from a letter.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 16
RANDOM_PART = LENGTH - 1


def _check_character(body: str) -> str:
    # weights 1..15 are all below the prime 31, so no single change or swap cancels out
    total = sum(weight * ALPHABET.index(ch) for weight, ch in enumerate(body, 1))
    return ALPHABET[total % len(ALPHABET)]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_PART))
    raw = body + _check_character(body)
    return "-".join(raw[i : i + 4] for i in range(0, LENGTH, 4))


def normalise(typed: str) -> str:
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def digest(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def spent_mark(code: str) -> str:
    """What is stored when a code is used. It needs the plain code: from the stored
    `digest` of a voter or invitation there is no way to it, so no mark leads to a person."""
    return hashlib.sha256(b"spent\x00" + normalise(code).encode()).hexdigest()


def well_formed(typed: str) -> bool:
    plain = normalise(typed)
    return len(plain) == LENGTH and all(ch in ALPHABET for ch in plain)


def mistyped(typed: str) -> bool:
    """A well-formed code whose check character does not match: a typo, not a guess."""
    plain = normalise(typed)
    return _check_character(plain[:RANDOM_PART]) != plain[RANDOM_PART:]


class Mistyped(ValidationError):
    """A code that cannot be one of ours: told to the user, never counted as a guess."""


def refuse(typed: str) -> NoReturn:
    """The answer for a code that was not found: a typo, or a code that does not exist."""
    if not well_formed(typed):
        raise Mistyped({"code": gettext_("Code: Bitte den Code aus Ihrem Brief eingeben.")})
    if mistyped(typed):
        raise Mistyped(
            {
                "code": gettext_(
                    "Code: Hier stimmt ein Zeichen nicht. Bitte vergleichen Sie den Code "
                    "noch einmal mit Ihrem Brief."
                )
            }
        )
    raise ValidationError({"code": gettext_("Code: Diesen Code gibt es nicht.")})
