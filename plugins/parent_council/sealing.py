"""Sealed ballots: each ballot is encrypted when it is cast with the election's public key;
its private part exists only while the election committee types the key at the count.

The key is 25 characters from the codes' alphabet (31^25 ≈ 2^124), shown once when it is
made and never stored; Tagwerk keeps only the public key derived from it (X25519). A
ballot is sealed with libsodium's sealed box (an ephemeral key per ballot, so two equal
ballots never look alike) after padding it to the same length for every ballot of the
election, so neither its content nor the number of crosses shows in its size.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterable, Sequence

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from core.errors import ValidationError
from core.i18n import N_, gettext_
from plugins.parent_council.codes import ALPHABET, normalise

KEY_LENGTH, GROUP = 25, 5
WIDTH = 10  # digits of a candidate id in a padded ballot
WRONG_KEY = N_(
    "Wahlschlüssel: Dieser Schlüssel passt nicht zu dieser Wahl. Bitte prüfen Sie jedes Zeichen."
)


def new_key() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(KEY_LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, KEY_LENGTH, GROUP))


def _private(key: str) -> PrivateKey:
    seed = hashlib.sha256(b"tagwerk.election-key\x00" + normalise(key).encode()).digest()
    return PrivateKey.from_seed(seed)


def public_of(key: str) -> str:
    """The public key to store, from the committee's key."""
    return base64.b64encode(bytes(_private(key).public_key)).decode()


def matches(key: str, public: str) -> bool:
    plain = normalise(key)
    return (
        len(plain) == KEY_LENGTH
        and all(ch in ALPHABET for ch in plain)
        and secrets.compare_digest(public_of(plain), public)
    )


def _padded(choices: Iterable[int], slots: int) -> bytes:
    ids = sorted(choices)
    if len(ids) > slots:
        raise ValueError("more crosses than the ballot has room for")
    return ",".join(f"{i:0{WIDTH}d}" for i in [*ids, *[0] * (slots - len(ids))]).encode()


def seal(public: str, choices: Iterable[int], slots: int) -> bytes:
    """A ballot no one can read without the committee's key; `slots` is the most crosses
    a ballot of this election can carry, so every sealed ballot has the same size."""
    box = SealedBox(PublicKey(base64.b64decode(public)))
    return box.encrypt(_padded(choices, slots))


def unseal_all(key: str, public: str, sealed: Sequence[bytes]) -> list[list[int]]:
    """Every ballot opened with the committee's key; a wrong key opens none."""
    if not matches(key, public):
        raise ValidationError({"key": gettext_(WRONG_KEY)})
    box = SealedBox(_private(key))
    ballots = []
    for one in sealed:
        try:
            plain = box.decrypt(bytes(one)).decode()
        except CryptoError:  # not sealed for this election: the count must not go on
            raise ValidationError(gettext_(WRONG_KEY)) from None
        ballots.append(sorted(int(part) for part in plain.split(",") if int(part)))
    return ballots
