"""The worker: claims queued jobs, keeps its lease alive, retries or fails what a dead
worker left behind, and queues the scheduled kinds when their time comes.

Any number of workers may run against one database (`tagwerk worker`, or the thread the
web process starts for the SQLite default). A claim is an UPDATE that only succeeds while
the job is still queued; on PostgreSQL the candidate row is read with FOR UPDATE SKIP
LOCKED so workers never queue up behind each other's claims.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import datetime, timedelta

from cronsim import CronSim
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from core.db import busy, savepoint, utcnow
from core.jobs.queue import JobContext, JobFailed, JobKind, JobLost, JobRetry, enqueue
from core.models.jobs import DONE, FAILED, QUEUED, RUNNING, Job
from core.settings import setting

log = logging.getLogger("tagwerk.worker")

RETRY_PAUSE = timedelta(seconds=30)  # doubled after each failed attempt


class Worker:
    def __init__(
        self,
        installation,
        *,
        name: str | None = None,
        lease: float = 60.0,
        poll: float = 1.0,
        schedules: bool = True,
    ):
        self.installation = installation
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
        self.lease = timedelta(seconds=lease)
        self.poll = poll
        self.schedules = schedules
        self._queued_slots: dict[str, datetime] = {}
        self._checked_minute: datetime | None = None

    # --- the loop -----------------------------------------------------------------------

    def run_forever(self, stop: threading.Event) -> None:
        log.info("Worker %s gestartet", self.name)
        while not stop.is_set():
            try:
                ran = self.run_once()
            except Exception:  # a database hiccup must not end the worker
                log.exception("Worker %s: Durchlauf fehlgeschlagen", self.name)
                ran = False
            if not ran:
                stop.wait(self.poll)

    def run_once(self, now: datetime | None = None) -> bool:
        """Queue due schedules, recover abandoned jobs, run one job; whether one ran."""
        kinds = self.kinds()
        if self.schedules:
            self.queue_schedules(kinds, now)
        self.recover()
        job = self.claim(list(kinds))
        if job is None:
            return False
        self.execute(kinds[job.kind], job)
        return True

    def work_off(self, limit: int = 1000) -> int:
        """Run jobs until none is due (the CLI's --once, and tests); how many ran."""
        ran = 0
        while ran < limit and self.run_once():
            ran += 1
        return ran

    def kinds(self) -> dict[str, JobKind]:
        return {kind.name: kind for kind in self.installation.kernel().collect("job_kinds")}

    # --- claiming and recovering --------------------------------------------------------

    def claim(self, kinds: list[str]) -> Job | None:
        if not kinds:
            return None
        now = utcnow()
        due = select(Job).where(Job.status == QUEUED, Job.not_before <= now, Job.kind.in_(kinds))
        if not self._any(due):  # an idle poll reads, it takes no write lock
            return None
        with self.installation.db.transaction("system") as session, savepoint(session):
            candidate = session.scalars(
                due.order_by(Job.not_before, Job.id).limit(1).with_for_update(skip_locked=True)
            ).first()
            if candidate is None:
                return None
            claimed = session.execute(
                update(Job)
                .where(Job.id == candidate.id, Job.status == QUEUED)
                .values(
                    status=RUNNING,
                    worker=self.name,
                    attempts=Job.attempts + 1,
                    lease_until=now + self.lease,
                    started_at=now,
                )
            )
            if claimed.rowcount != 1:  # another worker was quicker
                return None
            session.refresh(candidate)
            return candidate

    def recover(self) -> int:
        """A running job whose lease ran out lost its worker: queue it again, or fail it
        with a message once its attempts are used up."""
        now = utcnow()
        abandoned = select(Job).where(Job.status == RUNNING, Job.lease_until < now)
        if not self._any(abandoned):
            return 0
        recovered = 0
        with self.installation.db.transaction("system") as session, savepoint(session):
            stale = session.scalars(abandoned.with_for_update(skip_locked=True)).all()
            for job in stale:
                gone = (
                    f"Der Arbeitsprozess {job.worker} hat sich mitten im Auftrag nicht mehr "
                    f"gemeldet (Versuch {job.attempts} von {job.max_attempts})."
                )
                if job.attempts >= job.max_attempts:
                    values = {"status": FAILED, "message": gone, "finished_at": now}
                else:
                    values = {"status": QUEUED, "message": gone + " Neuer Versuch folgt."}
                recovered += session.execute(
                    update(Job)
                    .where(Job.id == job.id, Job.status == RUNNING, Job.lease_until < now)
                    .values(lease_until=None, not_before=now, **values)
                ).rowcount
        return recovered

    def _any(self, query) -> bool:
        with self.installation.db.read() as session:
            return session.scalar(query.with_only_columns(Job.id).limit(1)) is not None

    # --- running ------------------------------------------------------------------------

    def execute(self, kind: JobKind, job: Job) -> None:
        ctx = JobContext(
            installation=self.installation,
            job_id=job.id,
            payload=dict(job.payload or {}),
            actor=job.actor,
            attempt=job.attempts,
            worker=self.name,
            lease=self.lease,
        )
        stop = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(ctx, stop), daemon=True)
        beat.start()
        try:
            message = kind.run(ctx)
            outcome = None if ctx.completed else (DONE, message)
        except JobLost:
            log.warning("Auftrag %s: von einem anderen Arbeitsprozess übernommen", job.id)
            outcome = None
        except JobFailed as exc:
            outcome = (FAILED, str(exc))
        except Exception as exc:  # recorded for staff: the job page shows the reason
            log.exception("Auftrag %s (%s) fehlgeschlagen", job.id, kind.name)
            temporary = isinstance(exc, JobRetry) or (
                isinstance(exc, DBAPIError | PoolTimeout) and busy(exc)
            )
            outcome = self._retry_or_fail(kind, job, exc, temporary)
        finally:
            stop.set()
            beat.join()
        if outcome is not None:
            self._finish(ctx, *outcome)

    def _retry_or_fail(self, kind, job, exc, temporary: bool):
        reason = f"{kind.label} fehlgeschlagen: {exc}"
        if temporary and job.attempts < job.max_attempts:
            return (QUEUED, reason)
        return (FAILED, reason)

    def _finish(self, ctx: JobContext, status: str, message: str) -> None:
        values = {"status": status, "message": message, "lease_until": None}
        if status == QUEUED:  # a temporary failure: wait longer after each attempt
            values["not_before"] = utcnow() + RETRY_PAUSE * 2 ** (ctx.attempt - 1)
        else:
            values.update(finished_at=utcnow(), result=ctx.result or None)
        with self.installation.db.transaction("system") as session:
            session.execute(ctx.owned().values(**values))

    def _heartbeat(self, ctx: JobContext, stop: threading.Event) -> None:
        """Extend the lease while the handler works, also through long silent stretches."""
        while not stop.wait(self.lease.total_seconds() / 3):
            try:
                with self.installation.db.transaction("system") as session:
                    session.execute(ctx.owned().values(lease_until=utcnow() + self.lease))
            except Exception:  # a busy database: the next beat tries again
                log.warning("Auftrag %s: Lebenszeichen nicht gespeichert", ctx.job_id)

    # --- schedules ----------------------------------------------------------------------

    def queue_schedules(self, kinds: dict[str, JobKind], now: datetime | None = None) -> int:
        """Queue the latest due slot of every scheduled kind (never a backlog of missed
        nights). The slot is the job's key, so of several workers only one queues it."""
        local_now = (now or datetime.now()).replace(second=0, microsecond=0)
        if local_now == self._checked_minute:  # slots are minutes: look once a minute
            return 0
        self._checked_minute = local_now
        queued = 0
        scheduled = [k for k in kinds.values() if k.schedule is not None]
        if not scheduled:
            return 0
        for kind in scheduled:
            # CronSim excludes its start: from the next minute back, the current one counts
            start = local_now + timedelta(minutes=1)
            slot = next(CronSim(kind.schedule.cron, start, reverse=True))
            if self._queued_slots.get(kind.name) == slot:
                continue
            with self.installation.db.transaction("system") as session:
                gate = kind.schedule.setting
                if gate and not setting(session, gate):
                    continue
                key = f"{kind.name}@{slot:%Y-%m-%dT%H:%M}"
                if session.scalar(select(Job.id).where(Job.key == key)) is None:
                    try:
                        enqueue(session, kind.name, {"slot": slot.isoformat()}, key=key)
                        queued += 1
                    except IntegrityError:  # another worker queued this slot meanwhile
                        pass
            self._queued_slots[kind.name] = slot
        return queued
