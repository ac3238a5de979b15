"""The outbox: queue e-mails with the change that causes them; the worker delivers them.

`queue` writes the messages and one delivery job each into the caller's transaction, so a
message exists exactly when its change was committed and no crash can lose it. The job
(`core.mail`) sends over SMTP when a server is configured and otherwise files the message
in Tagwerk's own mail view, marked as not sent. A worker that dies after the server took a
message but before recording it sends it again on the next attempt, with the same
Message-ID, so mail programs show it once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from core.db import insert_rows, utcnow
from core.errors import NotFound, ValidationError
from core.i18n import N_, gettext_
from core.jobs.queue import (
    JobContext,
    JobFailed,
    JobKind,
    JobRetry,
    Schedule,
    enqueue,
    enqueue_many,
)
from core.messages.mail import Outgoing, Refused, Temporary, checked_address, mime, one_line
from core.models.messages import FAILED, LOCAL, POST, QUEUED, SENT, Attachment, Message
from core.settings import SettingSpec, settings_of

SETTINGS = [
    SettingSpec(
        "core.mail_sender",
        N_("E-Mail-Absender (Adresse, von der Tagwerk Nachrichten sendet)"),
        "",
        check=checked_address,
    ),
    SettingSpec(
        "core.mail_reply_to",
        N_("Antworten an (E-Mail-Adresse für Rückfragen, leer: an den Absender)"),
        "",
        check=checked_address,
    ),
]
STATUS_LABELS = {
    QUEUED: N_("wartet"),
    SENT: N_("versendet"),
    FAILED: N_("fehlgeschlagen"),
    LOCAL: N_("nur in Tagwerk – nicht versendet"),
    POST: N_("Brief – zu drucken"),
}
DELIVERY = "core.mail"
MAX_ATTEMPTS = 8  # with the worker's doubling pause: about an hour of trying
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # per message; common mail servers take 20 MB or more
KEEP_DELIVERED = timedelta(days=90)
CONFIDENTIAL = N_("Die Nachricht enthält einen Zugangscode; ihr Inhalt wird nicht angezeigt.")


@dataclass(frozen=True)
class File:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Mail:
    """One e-mail as a module writes it; sender and reply-to come from the agency."""

    to_address: str
    to_name: str
    subject: str
    text: str
    html: str = ""
    attachments: tuple[File, ...] = ()
    person_id: int | None = None
    confidential: bool = False


def queue(
    session: Session,
    kind: str,
    mails: Iterable[Mail],
    *,
    ref: str | None = None,
    actor: str = "system",
) -> list[int]:
    """Write the messages and their delivery jobs in the caller's transaction; their ids.
    A bad address or an oversized attachment refuses the whole batch, naming the recipient.
    Rows are inserted in bulk, not as objects: a national statement run queues 10,000."""
    sender, sender_name, reply_to = settings_of(session).many(
        session, "core.mail_sender", "core.agency_name", "core.mail_reply_to"
    )
    domain = sender.rpartition("@")[2] or "tagwerk.invalid"
    mails = list(mails)
    rows = [_row(mail, kind, ref, actor, sender, sender_name, reply_to, domain) for mail in mails]
    if not rows:
        return []
    ids = list(
        session.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True), rows)
    )
    files = [
        {
            "message_id": message_id,
            "filename": one_line(f.filename, 200),
            "content_type": f.content_type,
            "content": f.content,
            "size": len(f.content),
        }
        for message_id, mail in zip(ids, mails, strict=True)
        for f in mail.attachments
    ]
    if files:
        insert_rows(session.connection(), Attachment.__table__, files)
    enqueue_many(
        session,
        DELIVERY,
        [(f"core.message:{i}", {"message": i}) for i in ids],
        actor=actor,
        max_attempts=MAX_ATTEMPTS,
    )
    return ids


def _row(mail: Mail, kind, ref, actor, sender, sender_name, reply_to, domain) -> dict:
    try:
        address = checked_address(mail.to_address, one_line(mail.to_name) or gettext_("E-Mail"))
    except ValueError as exc:
        raise ValidationError({"email": str(exc)}) from None
    size = sum(len(f.content) for f in mail.attachments)
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            {
                "attachments": gettext_(
                    "Anhänge an {name}: {size} MB, höchstens {limit} MB je E-Mail."
                ).format(
                    name=mail.to_name,
                    size=round(size / 1024 / 1024, 1),
                    limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
                )
            }
        )
    return {
        "message_id": f"<{uuid.uuid4().hex}@{domain}>",
        "kind": kind,
        "ref": ref,
        "person_id": mail.person_id,
        "to_address": address,
        "to_name": one_line(mail.to_name, 200),
        "sender": sender,
        "sender_name": one_line(sender_name, 200),
        "reply_to": reply_to,
        "subject": one_line(mail.subject),
        "text": mail.text,
        "html": mail.html,
        "status": QUEUED,
        "attempts": 0,
        "error": "",
        "confidential": mail.confidential,
        "actor": actor,
        "created_at": utcnow(),
    }


# --- what staff see ----------------------------------------------------------------------


def get(session: Session, message_id: int, *, content: bool = False) -> Message:
    """A message for the Postausgang; with `content`, only one whose body may be read:
    an access code is for its recipient alone, not for the staff who sent it."""
    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(gettext_("Diese Nachricht gibt es nicht."))
    if content and message.confidential:
        raise NotFound(gettext_(CONFIDENTIAL))
    return message


def attachment(session: Session, message_id: int, attachment_id: int) -> Attachment:
    get(session, message_id, content=True)
    found = session.get(Attachment, attachment_id)
    if found is None or found.message_id != message_id:
        raise NotFound(gettext_("Diesen Anhang gibt es nicht."))
    return found


def recent(session: Session, status: str | None = None, limit: int = 100) -> list[Message]:
    query = select(Message).order_by(Message.id.desc()).limit(limit)
    if status:
        query = query.where(Message.status == status)
    return list(session.scalars(query))


def resend(session: Session, message_id: int, actor: str) -> Message:
    """Queue a failed message again (after the address or the server was fixed), or a mail
    kept in Tagwerk's view, now that a server is configured. A sent one is not repeated."""
    message = get(session, message_id)
    if message.status == QUEUED:
        raise ValidationError(
            {"message": gettext_("Diese Nachricht wartet schon auf den Versand.")}
        )
    if message.status == SENT:
        raise ValidationError({"message": gettext_("Diese Nachricht ist schon versendet.")})
    if message.status == POST:
        raise ValidationError({"message": gettext_("Dieser Brief geht per Post: bitte drucken.")})
    if message.confidential and message.status == FAILED:
        message_text = gettext_(
            "Ein Zugangscode wird nach einem Fehlschlag nicht noch einmal gesendet: "
            "bitte einen neuen Code erzeugen."
        )
        raise ValidationError({"message": message_text})
    message.status, message.error = QUEUED, ""
    enqueue(
        session,
        DELIVERY,
        {"message": message.id},
        ref=f"core.message:{message.id}",
        actor=actor,
        max_attempts=MAX_ATTEMPTS,
    )
    return message


def withdraw(session: Session, ref: str) -> int:
    """Delete what is still waiting or failed about `ref` (codes issued again make the
    old ones worthless); what was sent stays as the record. How many."""
    return session.execute(
        delete(Message).where(Message.ref == ref, Message.status.in_((QUEUED, FAILED)))
    ).rowcount


def erase_person(session: Session, person_id: int) -> int:
    """Delete every message to a person whose data is erased; how many."""
    return session.execute(delete(Message).where(Message.person_id == person_id)).rowcount


# --- delivery by the worker ----------------------------------------------------------------


def _outgoing(session: Session, message: Message) -> Outgoing:
    sender = message.sender or settings_of(session).get(session, "core.mail_sender")
    return Outgoing(
        message_id=message.message_id,
        sender=sender,
        sender_name=message.sender_name,
        reply_to=message.reply_to,
        to_address=message.to_address,
        to_name=message.to_name,
        subject=message.subject,
        text=message.text,
        html=message.html,
        date=message.created_at.replace(tzinfo=UTC),
        attachments=tuple((a.filename, a.content_type, a.content) for a in message.attachments),
    )


def deliver(ctx: JobContext) -> str:
    inst = ctx.installation
    message_id = ctx.payload["message"]
    with inst.db.read() as session:
        message = session.get(  # with the attachments' bytes: one query, not one each
            Message,
            message_id,
            options=[selectinload(Message.attachments).undefer(Attachment.content)],
        )
        if message is None:
            return gettext_("Die Nachricht wurde inzwischen gelöscht.")
        if message.status in (SENT, LOCAL):
            return gettext_("Die Nachricht war schon zugestellt.")
        outgoing, confidential = _outgoing(session, message), message.confidential
    if inst.mail is None and confidential:
        reason = gettext_(
            "Kein Mailserver eingerichtet: Ein Zugangscode wird nicht in Tagwerk abgelegt. "
            "Bitte neue Codes erzeugen; ohne Mailserver gehen sie per Brief."
        )
        _record(ctx, message_id, FAILED, reason)
        raise JobFailed(reason)
    if inst.mail is None:
        return _record(ctx, message_id, LOCAL, gettext_("In Tagwerks E-Mail-Ansicht abgelegt."))
    if not outgoing.sender:
        reason = gettext_("Absenderadresse fehlt (Einstellungen: E-Mail-Absender).")
        _record(ctx, message_id, FAILED, reason)
        raise JobFailed(reason)
    try:
        inst.mail.send(mime(outgoing), outgoing.sender, outgoing.to_address)
    except Refused as exc:
        _record(ctx, message_id, FAILED, str(exc))
        raise JobFailed(str(exc)) from None
    except Temporary as exc:
        last = ctx.attempt >= MAX_ATTEMPTS
        _record(ctx, message_id, FAILED if last else QUEUED, str(exc))
        raise (JobFailed if last else JobRetry)(str(exc)) from None
    return _record(
        ctx, message_id, SENT, gettext_("An {to} versendet.").format(to=outgoing.to_address)
    )


def _record(ctx: JobContext, message_id: int, status: str, note: str) -> str:
    """The message's new state; a success finishes the job in the same transaction."""
    delivered = status in (SENT, LOCAL)
    with ctx.installation.db.transaction("system") as session:
        found = session.execute(  # one statement: the worker records thousands of these
            update(Message)
            .where(Message.id == message_id)
            .values(
                status=status,
                attempts=ctx.attempt,
                error="" if delivered else note,
                sent_at=utcnow() if delivered else Message.sent_at,
            )
            .returning(Message.confidential, Message.to_name, Message.to_address)
        ).first()
        if found is not None and found.confidential and status in (SENT, FAILED):
            _forget_content(session, message_id)
            if status == FAILED:
                _tell_office_unreached(session, found.to_name, found.to_address, note)
        if delivered:
            ctx.complete(session, note)
    return note


def _forget_content(session: Session, message_id: int) -> None:
    """A delivered access code exists only in the recipient's mailbox; one that failed for
    good exists nowhere (the office issues a new one). Only a code still being tried is
    kept, hidden from staff."""
    session.execute(update(Message).where(Message.id == message_id).values(text="", html=""))
    session.execute(delete(Attachment).where(Attachment.message_id == message_id))


def _tell_office_unreached(session: Session, name: str, address: str, reason: str) -> None:
    """Who did not get an access code, and why – never the code – at the office's address
    for news (a plain technical mail, like a status code's)."""
    office = settings_of(session).many(session, "core.portal_notify")[0]
    if not office:
        return  # the Postausgang lists the failure all the same
    text = gettext_(
        "Ein Zugangscode an {name} <{address}> wurde nicht zugestellt: {reason}\n\n"
        "Der Code ist aus Tagwerk gelöscht. Bitte für diese Person einen neuen Code "
        "erzeugen; ohne E-Mail-Adresse geht er als Brief."
    ).format(name=name, address=address, reason=reason)
    subject = gettext_("Zugangscode nicht zugestellt: {name}").format(name=name)
    queue(session, "core.code_unreached", [Mail(office, "", subject, text)])


def clear_delivered(ctx: JobContext) -> str:
    """Delivered messages hold letters with personal data: kept for questions ("did the
    mail go out?") for KEEP_DELIVERED, then deleted. Failed ones stay until someone acts."""
    with ctx.installation.db.transaction("system") as session:
        count = session.execute(
            delete(Message).where(
                Message.status.in_((SENT, LOCAL)), Message.sent_at < utcnow() - KEEP_DELIVERED
            )
        ).rowcount
        note = gettext_("{count} zugestellte Nachrichten entfernt.").format(count=count)
        ctx.complete(session, note)
    return note


JOB_KINDS = [
    JobKind(DELIVERY, N_("E-Mail zustellen"), deliver, max_attempts=MAX_ATTEMPTS),
    JobKind(
        "core.outbox_cleanup",
        N_("Zugestellte Nachrichten nach 90 Tagen löschen"),
        clear_delivered,
        schedule=Schedule("20 3 * * *"),
    ),
]
