"""Limits on wrong passwords and codes, shared by every worker process through the database."""

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
        since = utcnow() - timedelta(seconds=self.window)
        count = session.scalar(
            select(func.count()).where(
                FailedAttempt.scope == self.scope,
                FailedAttempt.key == self._key(key),
                FailedAttempt.at >= since,
            )
        )
        return count >= self.limit

    def failed(self, session: Session, key: str) -> None:
        now = utcnow()
        # old attempts say nothing any more; dropping them keeps the table small
        session.execute(
            delete(FailedAttempt).where(
                FailedAttempt.scope == self.scope,
                FailedAttempt.at < now - timedelta(seconds=self.window),
            )
        )
        session.add(FailedAttempt(scope=self.scope, key=self._key(key), at=now))
        session.flush()

    def succeeded(self, session: Session, key: str) -> None:
        session.execute(
            delete(FailedAttempt).where(
                FailedAttempt.scope == self.scope, FailedAttempt.key == self._key(key)
            )
        )


LOGIN = Throttle("login", limit=5, window=300)
