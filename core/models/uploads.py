"""Files kept by Tagwerk: what a person handed in (a proof of insurance, a certificate) and
what the agency gives its childminders (a leaflet, a form). The bytes lie in the data
folder under a random name, never under the web root; the rows say whose they are."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow


class Upload(Base):
    __tablename__ = "core_upload"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the file's name on disk: 32 random hex digits, nothing a user chose
    token: Mapped[str] = mapped_column(String(32), unique=True)
    # who handed it in; None for the agency's own documents
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(50))  # "payments.proof", "qhb.cpd"
    filename: Mapped[str] = mapped_column(String(200))  # as she named it, for the download
    media_type: Mapped[str] = mapped_column(String(50))  # by content, never by her browser
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    @property
    def audit_person_id(self) -> int | None:
        return self.person_id


class PortalDocument(Base):
    """A document the agency gives its childminders in their portal: to all of them, or to
    one (`person_id`). Who has opened it is kept in DocumentRead."""

    __tablename__ = "core_portal_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    upload_id: Mapped[int] = mapped_column(ForeignKey("core_upload.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    upload: Mapped[Upload] = relationship(lazy="joined")


class DocumentRead(Base):
    """She opened the document (the first time counts)."""

    __tablename__ = "core_document_read"
    __audit__ = False

    document_id: Mapped[int] = mapped_column(
        ForeignKey("core_portal_document.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
