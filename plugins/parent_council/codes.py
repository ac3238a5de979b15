"""One-time codes for votes and surveys: random, readable, stored only as a hash."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O or 1/I/L: codes are typed from a letter.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 16  # 31^16 ≈ 7·10^23 codes: guessing one is hopeless even without throttling


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, LENGTH, 4))


def normalise(typed: str) -> str:
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def digest(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def well_formed(typed: str) -> bool:
    plain = normalise(typed)
    return len(plain) == LENGTH and all(ch in ALPHABET for ch in plain)
