"""One-time tokens of create forms in the database: the first post claims its token in the
request's own transaction; a twin post (a double click, a second tab, a retry after a lost
answer) finds it taken – on PostgreSQL it waits for the first to commit – and learns where
the first one led. A refused first post rolls back its claim. The field itself and the
request's handling are the web's (`core.web.once`, `core.web.routing`)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import utcnow
from core.models import FormUse

KEPT = timedelta(days=1)


def claim(session: Session, token: str) -> str | None:
    """None when this post is the first; else where the first one led ('' if unknown)."""
    # the request's first write, so no savepoint: on SQLite a savepoint opened outside a
    # transaction commits when it is released, and a refused form must leave no claim
    try:
        session.execute(insert(FormUse).values(token=token, used_at=utcnow(), location=""))
    except IntegrityError:
        session.rollback()
        earlier = session.get(FormUse, token)
        return earlier.location if earlier is not None else ""
    session.execute(delete(FormUse).where(FormUse.used_at < utcnow() - KEPT))
    return None


def remember(session: Session, token: str, location: str) -> None:
    """Where the first post led, for its twins."""
    used = session.get(FormUse, token)
    if used is not None and location:
        used.location = location[:500]
