"""Background work stored in the database: what is to be done, who is doing it, how far."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
ACTIVE = (QUEUED, RUNNING)


class Job(Base):
    """One task for a worker process. `kind` names its handler (`core.jobs.queue.JobKind`);
    `ref` says what it is about ("payments.run:12"). At most one active job per kind and
    subject: the partial unique index lets the database refuse a second, so a double
    click or two clerks get the same job."""

    __tablename__ = "core_job"
    __audit__ = False  # progress reports would flood the log; the row keeps actor and times
    __table_args__ = (
        Index("ix_core_job_due", "status", "not_before"),
        Index(
            "uq_core_job_active",
            "kind",
            "ref",
            unique=True,
            postgresql_where=text("status IN ('queued', 'running') AND ref IS NOT NULL"),
            sqlite_where=text("status IN ('queued', 'running') AND ref IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    ref: Mapped[str | None] = mapped_column(String(100), index=True)
    # a scheduled slot ("core.jobs_cleanup@2026-12-02T03:15") is enqueued once, by any worker
    key: Mapped[str | None] = mapped_column(String(150), unique=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default=QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=3)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    # a running job whose lease ran out belongs to a worker that stopped answering
    lease_until: Mapped[datetime | None]
    worker: Mapped[str] = mapped_column(String(100), default="")
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[dict | None] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(100), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, int(self.done * 100 / self.total))
