"""Background jobs: what a module can hand to the worker, and the queue staff look at.

A module declares its kinds of work with the `job_kinds` hook and puts a job in the queue
with `enqueue` inside the transaction of the change that needs it – the job exists exactly
when the change was committed. A worker (core/jobs/worker.py) runs it; its handler reports
progress on the `JobContext` and finishes either in a short transaction of its own or, for
work that writes, in its own business transaction (`JobContext.complete`), so a crash
between the two can never record the work twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import savepoint, utcnow
from core.errors import NotFound, ValidationError
from core.i18n import N_, gettext_
from core.models.jobs import ACTIVE, DONE, FAILED, QUEUED, RUNNING, Job

STATUS_LABELS = {
    QUEUED: N_("wartet"),
    RUNNING: N_("läuft"),
    DONE: N_("erledigt"),
    FAILED: N_("fehlgeschlagen"),
}


class JobFailed(Exception):
    """The job cannot succeed (bad data, a conflict): fail now with this message, no retry."""


class JobRetry(Exception):
    """A temporary failure (a mail server not answering): try again after a pause."""


class JobLost(Exception):
    """This worker no longer owns the job (its lease ran out and another took it over, or
    the job was deleted): its work must not be recorded."""


@dataclass(frozen=True)
class Schedule:
    """When a kind runs by itself: a cron expression in the server's local time, e.g.
    "15 3 * * *" for 03:15 every night. With `setting`, only while that yes/no setting is on."""

    cron: str
    setting: str | None = None


@dataclass(frozen=True)
class JobKind:
    name: str  # prefixed with the module's name: "payments.compute"
    label: str  # German, marked with N_
    run: Callable[[JobContext], str]  # does the work; returns the message for staff
    max_attempts: int = 3  # a worker that died mid-job counts as one attempt
    schedule: Schedule | None = None


@dataclass
class JobContext:
    """What a handler sees of its job. Every write to the job row checks that this worker
    still owns it, so a worker that was given up for dead cannot overwrite its successor."""

    installation: object
    job_id: int
    payload: dict
    actor: str
    attempt: int
    worker: str
    lease: timedelta
    result: dict = field(default_factory=dict)
    completed: bool = False

    def progress(self, done: int, total: int | None = None) -> None:
        values = {"done": done, "lease_until": utcnow() + self.lease}
        if total is not None:
            values["total"] = total
        with self.installation.db.transaction("system") as session:
            self._owned_update(session, values)

    def advance(self, n: int) -> None:
        with self.installation.db.transaction("system") as session:
            self._owned_update(
                session, {"done": Job.done + n, "lease_until": utcnow() + self.lease}
            )

    def complete(self, session: Session, message: str) -> None:
        """Mark the job done inside the handler's own transaction (commits with its work)."""
        self._owned_update(session, _finished(DONE, message, self.result))
        self.completed = True

    def owned(self):
        """The job row, as long as this worker's attempt still holds it."""
        return update(Job).where(
            Job.id == self.job_id,
            Job.status == RUNNING,
            Job.worker == self.worker,
            Job.attempts == self.attempt,
        )

    def _owned_update(self, session: Session, values: dict) -> None:
        if session.execute(self.owned().values(**values)).rowcount != 1:
            raise JobLost(self.job_id)


def _finished(status: str, message: str, result: dict | None = None) -> dict:
    return {
        "status": status,
        "message": message,
        "result": result or None,
        "finished_at": utcnow(),
        "lease_until": None,
    }


# --- the queue --------------------------------------------------------------------------


def enqueue(
    session: Session,
    kind: str,
    payload: dict | None = None,
    *,
    ref: str | None = None,
    actor: str = "system",
    total: int = 0,
    key: str | None = None,
    max_attempts: int = 3,
    not_before: datetime | None = None,
) -> Job:
    """Queue a job in the caller's transaction. While a job of this kind for `ref` is
    queued or running, that job is returned instead of a second one."""
    if ref is not None and (running := active(session, kind, ref)) is not None:
        return running
    job = Job(
        kind=kind,
        ref=ref,
        key=key,
        payload=payload or {},
        actor=actor,
        total=total,
        max_attempts=max_attempts,
        not_before=not_before or utcnow(),
    )
    try:
        with savepoint(session):
            session.add(job)
            session.flush()
    except IntegrityError:  # a parallel request queued the same a moment ago
        running = active(session, kind, ref) if ref is not None else None
        if running is None:
            raise
        return running
    return job


def enqueue_many(
    session: Session, kind: str, items: list[tuple[str, dict]], *, actor: str, max_attempts: int
) -> None:
    """Queue one job per (ref, payload) in one statement, for refs of records created in
    this transaction (nobody can have queued a job for them yet)."""
    if not items:
        return
    now = utcnow()
    session.execute(
        insert(Job),
        [
            {
                "kind": kind,
                "ref": ref,
                "payload": payload,
                "actor": actor,
                "max_attempts": max_attempts,
                "not_before": now,
                "created_at": now,
            }
            for ref, payload in items
        ],
    )


def active(session: Session, kind: str, ref: str) -> Job | None:
    return session.scalars(
        select(Job).where(Job.kind == kind, Job.ref == ref, Job.status.in_(ACTIVE))
    ).first()


def get(session: Session, job_id: int, kind: str | None = None) -> Job:
    job = session.get(Job, job_id)
    if job is None or (kind is not None and job.kind != kind):
        raise NotFound(gettext_("Diesen Auftrag gibt es nicht."))
    return job


def latest(session: Session, kind: str, ref: str) -> Job | None:
    return session.scalars(
        select(Job).where(Job.kind == kind, Job.ref == ref).order_by(Job.id.desc())
    ).first()


def recent(session: Session, status: str | None = None, limit: int = 100) -> list[Job]:
    query = select(Job).order_by(Job.id.desc()).limit(limit)
    if status:
        query = query.where(Job.status == status)
    return list(session.scalars(query))


def forget(session: Session, ref: str) -> None:
    """Delete every job about `ref` (the record it served is gone or rebuilt)."""
    session.execute(delete(Job).where(Job.ref == ref))


def restart(session: Session, job_id: int, actor: str) -> Job:
    """Give a failed job a fresh set of attempts."""
    job = get(session, job_id)
    if job.status != FAILED:
        raise ValidationError(
            {"job": gettext_("Nur ein fehlgeschlagener Auftrag kann neu gestartet werden.")}
        )
    if job.ref is not None and active(session, job.kind, job.ref) is not None:
        raise ValidationError(
            {"job": gettext_("Für denselben Vorgang läuft schon ein Auftrag; bitte abwarten.")}
        )
    job.status, job.attempts, job.not_before = QUEUED, 0, utcnow()
    job.done, job.finished_at, job.worker = 0, None, ""
    job.message = gettext_("Neu gestartet von {actor}.").format(actor=actor)
    return job


def purge_finished(session: Session, before: datetime) -> int:
    """Delete finished jobs older than `before` (failed ones too: their message has been
    visible for weeks); returns how many."""
    return session.execute(
        delete(Job).where(Job.status.in_((DONE, FAILED)), Job.finished_at < before)
    ).rowcount
