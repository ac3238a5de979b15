"""Notices by e-mail in the agency's own words: a place offered to a family, a consultation
that has to be dropped. The kind of text (`core.letters.texts.TextKind`, editable under
*Einstellungen → Texte der Briefe und E-Mails*) gives the words around the facts; the
greeting and the letterhead's signature frame them as in every letter; the outbox sends
them with the change that causes them.

Technical mail – a link to set a password, a request's status code, the office's own
alerts – stays plain outbox mail: there is nothing an agency would want to word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from core.letters import texts
from core.letters.delivery import mail_body
from core.letters.letterhead import Letterhead
from core.messages import outbox
from core.salutation import Addressee


@dataclass(frozen=True)
class Reader:
    """Someone greeted by name who is not a person in Tagwerk (a family's contact)."""

    first_name: str
    last_name: str = ""
    form_of_address: str = ""  # none known: "Guten Tag Anna Meier", no gender assumed


@dataclass(frozen=True)
class Notice:
    text: str  # the kind of text, e.g. "placement.offer_family"
    to_address: str
    to_name: str
    subject: str  # German, like the words (core.letters.delivery.mail_body)
    reader: Addressee
    values: dict[str, object] = field(default_factory=dict)  # the kind's placeholders
    person_id: int | None = None  # a person's notices show in her record


def queue(
    session: Session, kind: str, notices: Sequence[Notice], *, ref: str, actor: str = "system"
) -> list[int]:
    """Word, frame and queue the notices as messages of `kind`; their ids."""
    if not notices:
        return []
    lh = Letterhead.of(session)
    mails = []
    for notice in notices:
        words = texts.paragraphs(session, notice.text, notice.values)
        text, html = mail_body(lh, [notice.reader], words)
        mails.append(
            outbox.Mail(
                notice.to_address,
                notice.to_name,
                notice.subject,
                text,
                html,
                person_id=notice.person_id,
            )
        )
    return outbox.queue(session, kind, mails, ref=ref, actor=actor)
