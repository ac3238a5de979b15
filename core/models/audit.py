"""The audit log: who changed what, when, field by field."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "core_audit"
    __table_args__ = (
        Index("ix_core_audit_person", "person_id", "at"),
        Index("ix_core_audit_entity", "entity", "entity_id"),
    )

    # the database's defaults are not read back after a write (see `source`)
    __mapper_args__ = {"eager_defaults": False}

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    entity: Mapped[str] = mapped_column(String(100))  # table name
    entity_id: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[int | None]  # no FK: the log outlives the person
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    # where it came from when not typed: "kinder.xlsx, Kinder, Zeile 12" for an import;
    # no Python default, so a write without a source leaves the column out (the database
    # fills it), as the migrations of older releases need
    source: Mapped[str] = mapped_column(String(300), server_default="")
