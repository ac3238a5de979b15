"""Guessed codes are counted under their keys' locks: however many arrive at once, no more
than the limit are ever checked, and a right code leaves no row behind (a vote must not
leave the voter's address and time in the database)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.models import FailedAttempt
from core.services.throttle import Throttle, Throttled, guess

CODES = Throttle("test.code.network", limit=30, window=900)
DEVICE = Throttle("test.code.device", limit=10, window=900)


def _wrong():
    raise ValidationError({"code": "Code: unbekannt."})


def _parallel(installation, n: int, keys) -> list[str]:
    barrier, outcomes = threading.Barrier(n), []

    def one():
        barrier.wait(timeout=30)
        with installation.db.transaction("test") as s:
            try:
                guess(s, keys, _wrong)
            except ValidationError:
                outcomes.append("checked")  # the record commits with the transaction
            except Throttled:
                outcomes.append("refused")

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


def _rows(installation, scope: str) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).where(FailedAttempt.scope == scope))


def test_a_hundred_parallel_wrong_codes_from_one_address_check_thirty(installation):
    """Before, 100 parallel status codes from one address had 36 checked (limit 30)."""
    outcomes = _parallel(installation, 100, [(CODES, "10.0.0.1")])
    assert outcomes.count("checked") == 30 and outcomes.count("refused") == 70
    assert _rows(installation, CODES.scope) == 30


def test_sixty_parallel_codes_from_one_device_check_ten(installation):
    """Before, 60 parallel voting codes from one device had 47 checked (limit 10)."""
    outcomes = _parallel(installation, 60, [(DEVICE, "device-1"), (CODES, "10.0.0.2")])
    assert outcomes.count("checked") == 10 and outcomes.count("refused") == 50
    assert _rows(installation, DEVICE.scope) == 10


def test_a_right_code_leaves_no_row_and_a_typo_is_no_guess(installation):
    with installation.db.transaction("test") as s:
        assert guess(s, [(DEVICE, "device-2")], lambda: "Stimmzettel") == "Stimmzettel"
    with installation.db.transaction("test") as s, pytest.raises(ValidationError):
        guess(s, [(DEVICE, "device-2")], _wrong, counts=lambda exc: False)
    assert _rows(installation, DEVICE.scope) == 0
