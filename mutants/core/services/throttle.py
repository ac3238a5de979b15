"""Limits on wrong passwords and codes, shared by every worker process through the database.

Logins reserve their guess before the password is checked (`take`): under a lock on the
key (an advisory lock on PostgreSQL; SQLite has one writer at a time) the guesses in the
window are counted and, below the limit, one more is written and committed. However many
requests arrive at once, at most `limit` passwords per key and window are ever checked."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.models import FailedAttempt


@dataclass(frozen=True)
class Throttle:
    """At most `limit` failures per key within `window` seconds."""

    scope: str
    limit: int
    window: float

    def _key(self, key: str) -> str:
        return hashlib.sha256(f"{self.scope}|{key}".encode()).hexdigest()

    def blocked(self, session: Session, key: str) -> bool:
        return self._count(session, self._key(key), utcnow()) >= self.limit

    def take(self, session: Session, key: str) -> int | None:
        """Reserve one guess: its id, or None when the key has used up its window.
        The caller commits before checking the guess, so a crash still counts it."""
        hashed = self._key(key)
        now = utcnow()
        if session.get_bind().dialect.name == "postgresql":
            lock = int.from_bytes(bytes.fromhex(hashed[:16]), "big", signed=True)
            session.execute(select(func.pg_advisory_xact_lock(lock)))
        # SQLite: this DELETE makes the transaction the one writer before anything is counted
        self._forget_old(session, now)
        if self._count(session, hashed, now) >= self.limit:
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


# Per account, whatever the address; per address, across accounts (an office behind one
# router logs in more often than 30 times in 15 minutes only when someone is guessing).
LOGIN = Throttle("login", limit=5, window=300)
LOGIN_ADDRESS = Throttle("login.address", limit=30, window=900)
