"""Create forms that create once: each rendered form carries a one-time token.

The token is claimed in the request's own transaction before the handler runs. A twin
post (a double click, a second tab, a retry after a lost answer) finds it taken – on
PostgreSQL it waits for the first to commit – and is sent where the first one led, with
a note. A refused first post rolls back its claim, so the corrected form can be sent."""

from __future__ import annotations

import secrets
from datetime import timedelta

from markupsafe import Markup
from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import utcnow
from core.models import FormUse

FIELD = "form_once"
KEPT = timedelta(days=1)


def form_once() -> Markup:
    """The hidden field for a create form's template: `{{ form_once() }}`."""
    return Markup(f'<input type="hidden" name="{FIELD}" value="{secrets.token_urlsafe(24)}">')


def token_of(form) -> str | None:
    raw = form.get(FIELD) if form is not None else None
    return raw if isinstance(raw, str) and 16 <= len(raw) <= 64 else None


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
    used = session.get(FormUse, token)
    if used is not None and location:
        used.location = location[:500]
