"""The outbox: every e-mail Tagwerk sends, written in the transaction of the change that
causes it and delivered afterwards by the job worker."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow

QUEUED, SENT, FAILED, LOCAL = "queued", "sent", "failed", "local"
# a notice for someone who takes post: printed from the Postausgang, then marked SENT
POST = "post"


class Message(Base):
    """One e-mail to one recipient. `message_id` is fixed when the message is queued, so a
    delivery repeated after a worker crash carries the same Message-ID and mail programs
    show it once. `kind` names the document ("substitute_hub.confirmation"), `ref` what
    it is about ("core.absence:12")."""

    __tablename__ = "core_message"
    __audit__ = False  # the row itself records who queued it, when and what happened
    __table_args__ = (Index("ix_core_message_listing", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(60))
    ref: Mapped[str | None] = mapped_column(String(100), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_person.id", ondelete="SET NULL"), index=True
    )
    to_address: Mapped[str] = mapped_column(String(200))
    to_name: Mapped[str] = mapped_column(String(200), default="")
    sender: Mapped[str] = mapped_column(String(200))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    reply_to: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=QUEUED)
    # carries an access code (a voter's): never shown to staff, emptied once delivered
    confidential: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    # the mail server's own words when it refused, or why it could not be reached
    error: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message",
        cascade="all, delete-orphan",
        order_by="Attachment.id",
        lazy="selectin",
    )

    @property
    def audit_person_id(self) -> int | None:
        return self.person_id


class Attachment(Base):
    __tablename__ = "core_message_attachment"
    __audit__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("core_message.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int]

    message: Mapped[Message] = relationship(back_populates="attachments")


class LetterText(Base):
    """The agency's own words for one kind of letter or e-mail ("payments.statement"):
    the opening and the closing paragraphs, with placeholders. Without a row the text the
    module ships is used."""

    __tablename__ = "core_letter_text"

    kind: Mapped[str] = mapped_column(String(60), primary_key=True)
    intro: Mapped[str] = mapped_column(Text)
    closing: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
