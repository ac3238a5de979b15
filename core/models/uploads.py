"""Files a person handed in (a proof of insurance, a certificate): the bytes lie in the
data folder under a random name, never under the web root; this row says whose they are."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class Upload(Base):
    __tablename__ = "core_upload"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the file's name on disk: 32 random hex digits, nothing a user chose
    token: Mapped[str] = mapped_column(String(32), unique=True)
    person_id: Mapped[int] = mapped_column(
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
    def audit_person_id(self) -> int:
        return self.person_id
