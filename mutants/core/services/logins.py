"""Login sessions kept in the database, so they can be ended on the server.

The cookie holds a random token; only its hash is stored. A request is logged in while the
token's row exists, its user is active, it was used within the idle lifetime and started
within the absolute lifetime (both installation settings). Logout, a password change, a
deactivation and a restore delete rows, and with them every copy of the cookie."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from core.db import utcnow
from core.models import LoginSession, User

TOUCH_EVERY = timedelta(minutes=1)  # last use is written at most once a minute per login


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user: User) -> str:
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(id=_hash(token), user_id=user.id))
    session.flush()
    return token


def resolve(
    session: Session, token: str | None, idle_minutes: int, absolute_hours: int
) -> User | None:
    """The logged-in user of a token, or None; an expired login is removed."""
    if not token or not isinstance(token, str):
        return None
    login = session.get(LoginSession, _hash(token))
    if login is None:
        return None
    now = utcnow()
    expired = now - login.last_seen > timedelta(
        minutes=idle_minutes
    ) or now - login.created_at > timedelta(hours=absolute_hours)
    user = session.get(User, login.user_id)
    if expired or user is None or not user.active:
        session.delete(login)
        return None
    if now - login.last_seen > TOUCH_EVERY:
        login.last_seen = now
    return user


def end(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(LoginSession).where(LoginSession.id == _hash(token)))


def end_all(session: Session, user_id: int | None = None) -> int:
    """End every login of a user (or, without one, of everybody)."""
    statement = delete(LoginSession)
    if user_id is not None:
        statement = statement.where(LoginSession.user_id == user_id)
    return session.execute(statement).rowcount
