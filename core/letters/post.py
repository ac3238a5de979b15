"""Notices for those who take post: kept in the Postausgang as "Brief – zu drucken" with
the same words an e-mail would carry, printed together on the letterhead when the office
prints its post, and then marked as sent. Writing a notice costs no PDF in the request
that causes it; the PDF is drawn when someone prints."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import ValidationError
from core.i18n import gettext_
from core.letters.letterhead import Letterhead
from core.letters.pdf import merge, render_pdf
from core.messages.mail import one_line
from core.models.messages import POST, SENT, Message

MAX_PRINT = 500  # letters per printout: a few hundred pages is what one printer run takes


@dataclass(frozen=True)
class Post:
    to_name: str
    address: tuple[str, ...]  # the lines below the name: street, postal code and city
    subject: str
    text: str  # greeting, paragraphs, closing and signature, as the e-mail's text
    person_id: int | None = None


def queue(
    session: Session, kind: str, letters: Sequence[Post], *, ref: str | None, actor: str
) -> list[int]:
    if not letters:
        return []
    rows = [
        {
            "message_id": f"<{uuid.uuid4().hex}@post.tagwerk>",
            "kind": kind,
            "ref": ref,
            "person_id": letter.person_id,
            "to_address": one_line(", ".join(line for line in letter.address if line), 200),
            "to_name": one_line(letter.to_name, 200),
            "sender": "",
            "subject": one_line(letter.subject),
            "text": letter.text,
            "status": POST,
            "actor": actor,
            "created_at": utcnow(),
        }
        for letter in letters
    ]
    return list(
        session.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True), rows)
    )


def waiting(session: Session) -> list[Message]:
    return list(
        session.scalars(
            select(Message).where(Message.status == POST).order_by(Message.id).limit(MAX_PRINT)
        )
    )


def printout(session: Session, ids: Sequence[int], today: date) -> bytes:
    """The letters to print, one after another in one PDF, in the order of `ids`."""
    lh = Letterhead.of(session)
    return merge(
        render_pdf(
            "core/pdf/post.html",
            {
                "lh": lh,
                "today": today,
                "letter": letter,
                "address_lines": (letter.to_name, *letter.to_address.split(", ")),
                "paragraphs": [p.splitlines() for p in letter.text.split("\n\n") if p.strip()],
            },
        )
        for letter in _letters(session, ids)
    )


def printed(session: Session, ids: Sequence[int]) -> int:
    """Mark the printed letters as sent (they are cleared with delivered mail); how many."""
    _letters(session, ids)
    return session.execute(
        update(Message)
        .where(Message.id.in_(ids), Message.status == POST)
        .values(status=SENT, sent_at=utcnow())
    ).rowcount


def _letters(session: Session, ids: Sequence[int]) -> list[Message]:
    found = {
        m.id: m
        for m in session.scalars(select(Message).where(Message.id.in_(ids), Message.status == POST))
    }
    if not ids or len(found) != len(set(ids)):
        raise ValidationError(
            {
                "letters": gettext_(
                    "Briefe: Einige sind schon gedruckt oder gelöscht. Bitte neu laden."
                )
            }
        )
    return [found[i] for i in ids]
