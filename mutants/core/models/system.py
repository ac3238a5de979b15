"""Installation state: which plugins are on, and settings an agency can change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class InstalledPlugin(Base):
    __tablename__ = "core_plugin"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50))
    state: Mapped[str] = mapped_column(String(20))  # enabled / disabled
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Setting(Base):
    __tablename__ = "core_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class FailedAttempt(Base):
    """A wrong password or code, counted in the database so every worker sees the same count.

    The key is a hash (user name and client address never stored in plain text)."""

    __tablename__ = "core_failed_attempt"
    __audit__ = False
    __table_args__ = (Index("ix_core_failed_attempt_key", "scope", "key", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class FormUse(Base):
    """A create form that was submitted: its one-time token and where it led. A second
    submission of the same rendered form (double click, two tabs, a retry) is sent there
    instead of creating the record twice; the primary key makes that hold for parallel
    posts too."""

    __tablename__ = "core_form_use"
    __audit__ = False

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    used_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    location: Mapped[str] = mapped_column(String(500), default="")
