"""Limits on wrong passwords and codes, shared by every worker process through the database.

Logins reserve their guess before the password is checked (`take`): under a lock on the
key (an advisory lock on PostgreSQL; SQLite has one writer at a time) the guesses in the
window are counted and, below the limit, one more is written and committed. However many
requests arrive at once, at most `limit` passwords per key and window are ever checked.

Codes (a family's status code, a voting code) are checked while their keys' locks are
held (`guess`): a wrong one is counted in the same transaction, a right one leaves no row
behind – where a vote was cast, not even a dead row version says from which address."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db import utcnow, writer
from core.i18n import N_
from core.models import FailedAttempt, Setting
from core.settings import SettingSpec


@dataclass(frozen=True)
class Throttle:
    """At most `limit` failures per key within `window` seconds; where `setting` names one,
    the installation's number instead (an office behind one address may need more)."""

    scope: str
    limit: int
    window: float
    setting: str = ""

    def _limit(self, session: Session) -> int:
        """The row itself, read in the guess's own transaction: going through the kernel
        (`core.settings.setting`) would open a second connection for every guess, and
        sixty parallel logins would wait on each other's. The default is `limit`."""
        stored = session.get(Setting, self.setting) if self.setting else None
        return self.limit if stored is None else max(1, int(stored.value))  # 0: nobody in

    def _key(self, key: str) -> str:
        return hashlib.sha256(f"{self.scope}|{key}".encode()).hexdigest()

    def blocked(self, session: Session, key: str) -> bool:
        return self._count(session, self._key(key), utcnow()) >= self._limit(session)

    def hold(self, session: Session, key: str) -> bool:
        """Lock the key until the transaction ends; whether a guess is still allowed."""
        hashed = self._key(key)
        now = utcnow()
        self._lock(session, hashed)
        self._forget_old(session, now)
        return self._count(session, hashed, now) < self._limit(session)

    def _lock(self, session: Session, hashed: str) -> None:
        if session.get_bind().dialect.name == "postgresql":
            lock = int.from_bytes(bytes.fromhex(hashed[:16]), "big", signed=True)
            session.execute(select(func.pg_advisory_xact_lock(lock)))
        else:
            writer(session)

    def take(self, session: Session, key: str) -> int | None:
        """Reserve one guess: its id, or None when the key has used up its window.
        The caller commits before checking the guess, so a crash still counts it."""
        hashed = self._key(key)
        now = utcnow()
        self._lock(session, hashed)
        # SQLite: this DELETE makes the transaction the one writer before anything is counted
        self._forget_old(session, now)
        if self._count(session, hashed, now) >= self._limit(session):
            return None
        attempt = FailedAttempt(scope=self.scope, key=hashed, at=now)
        session.add(attempt)
        session.flush()
        return attempt.id

    def give_back(self, session: Session, attempt_id: int) -> None:
        """A reserved guess that turned out right does not count against the key."""
        session.execute(delete(FailedAttempt).where(FailedAttempt.id == attempt_id))

    def _forget_old(self, session: Session, now) -> None:
        # old attempts say nothing any more; dropping them keeps the table small
        session.execute(
            delete(FailedAttempt).where(
                FailedAttempt.scope == self.scope,
                FailedAttempt.at < now - timedelta(seconds=self.window),
            )
        )

    def _count(self, session: Session, hashed: str, now) -> int:
        return session.scalar(
            select(func.count()).where(
                FailedAttempt.scope == self.scope,
                FailedAttempt.key == hashed,
                FailedAttempt.at >= now - timedelta(seconds=self.window),
            )
        )

    def failed(self, session: Session, key: str) -> None:
        now = utcnow()
        self._forget_old(session, now)
        session.add(FailedAttempt(scope=self.scope, key=self._key(key), at=now))
        session.flush()

    def succeeded(self, session: Session, key: str) -> None:
        session.execute(
            delete(FailedAttempt).where(
                FailedAttempt.scope == self.scope, FailedAttempt.key == self._key(key)
            )
        )


class Throttled(Exception):
    """A key has used up its guesses for now."""


def guess(session: Session, keys: list[tuple[Throttle, str]], check, counts=lambda exc: True):
    """`check()` as one guess for every (throttle, key): Throttled above any limit; a
    ValidationError that `counts` (a wrong code, not a typo) is recorded for every key
    before it is raised, and the caller commits it although the answer is a refusal. The
    locks are held from the count to the record, so parallel guesses never slip past."""
    from core.db import savepoint
    from core.errors import ValidationError

    if not all(throttle.hold(session, key) for throttle, key in keys):
        raise Throttled
    try:
        with savepoint(session):  # what the check wrote goes; the locks stay
            return check()
    except ValidationError as exc:
        if counts(exc):
            for throttle, key in keys:
                throttle.failed(session, key)
        raise


# Per account, whatever the address; per address, across accounts (an office behind one
# router logs in more often than 30 times in 15 minutes only when someone is guessing).
LOGIN = Throttle("login", limit=5, window=300, setting="core.login_failures_per_account")
LOGIN_ADDRESS = Throttle(
    "login.address", limit=30, window=900, setting="core.login_failures_per_address"
)
SETTINGS = [
    SettingSpec(
        "core.login_failures_per_account",
        N_("Anmelden: falsche Passwörter je Benutzer in 5 Minuten, danach gesperrt"),
        LOGIN.limit,
        int,
    ),
    SettingSpec(
        "core.login_failures_per_address",
        N_(
            "Anmelden: falsche Passwörter je Netzadresse in 15 Minuten (ein Büro hinter einem "
            "Router teilt sie)"
        ),
        LOGIN_ADDRESS.limit,
        int,
    ),
]
