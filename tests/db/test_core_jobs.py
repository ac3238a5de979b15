"""The job worker: a killed worker's job finishes on another, claims never overlap, a
temporary failure is retried and a lasting one shown, schedules queue each slot once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from core.config import ROOT
from core.db import utcnow
from core.jobs import queue
from core.jobs.queue import JobKind, JobRetry
from core.jobs.worker import Worker
from core.models import Job, Setting
from tests.jobprobe import probe_installation
from tests.jobprobe.hooks import FINISHED_BY


@pytest.fixture
def probe(installation, tmp_path):
    """The test database with the probe module enabled; leases of one second."""
    inst = probe_installation(replace(installation.settings, job_lease=1.0))
    inst.enable("jobprobe")
    yield inst
    inst.db.dispose()


def queue_probe(inst, tmp_path, **kwargs) -> int:
    with inst.db.transaction("test") as s:
        return queue.enqueue(
            s, "jobprobe.gate", {"gate": str(tmp_path / "gate")}, ref="probe:1", **kwargs
        ).id


def start_worker(inst, name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "TAGWERK_DATABASE_URL": inst.settings.database_url,
        "TAGWERK_DATA_DIR": str(inst.settings.data_dir),
        "TAGWERK_SECRET_KEY": "test",
        "TAGWERK_JOB_LEASE": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.jobprobe.worker", name], cwd=ROOT, env=env
    )


def wait_until(check, what: str, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while not (found := check()):
        assert time.monotonic() < deadline, f"{what} did not happen"
        time.sleep(0.02)
    return found


def job_row(inst, job_id: int) -> Job:
    with inst.db.read() as s:
        return s.get(Job, job_id)


def kill_mid_job(inst, tmp_path, **kwargs) -> int:
    """Queue the probe, let a worker process start it, kill -9 that process mid-job."""
    job_id = queue_probe(inst, tmp_path, **kwargs)
    process = start_worker(inst, "A")
    try:
        wait_until(
            lambda: (j := job_row(inst, job_id)).status == "running" and j.done == 1,
            "worker A starting the job",
        )
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert job_row(inst, job_id).status == "running"  # A is gone; the row still says running
    return job_id


def run_until(worker: Worker, inst, job_id: int, status: str) -> Job:
    def settled():
        worker.run_once()
        return (job := job_row(inst, job_id)).status == status and job

    return wait_until(settled, f"job {job_id} becoming {status}")


def test_a_killed_workers_job_is_finished_by_another(probe, tmp_path):
    job_id = kill_mid_job(probe, tmp_path)
    (tmp_path / "gate").touch()
    job = run_until(Worker(probe, name="B", lease=1, schedules=False), probe, job_id, "done")
    assert (job.attempts, job.worker, job.result) == (2, "B", {"by": "B"})
    assert job.message == "Erledigt von B."
    with probe.db.read() as s:
        assert s.get(Setting, FINISHED_BY).value == ["B"]  # the work was recorded once


def test_a_job_out_of_attempts_fails_visibly_and_can_be_restarted(probe, tmp_path):
    job_id = kill_mid_job(probe, tmp_path, max_attempts=1)
    b = Worker(probe, name="B", lease=1, schedules=False)
    job = run_until(b, probe, job_id, "failed")
    assert job.message == (
        "Der Arbeitsprozess A hat sich mitten im Auftrag nicht mehr gemeldet (Versuch 1 von 1)."
    )
    assert job.finished_at is not None
    with probe.db.transaction("test") as s:
        queue.restart(s, job_id, "admin")
    (tmp_path / "gate").touch()
    assert b.run_once()
    assert job_row(probe, job_id).status == "done"


def test_a_worker_given_up_for_dead_cannot_record_its_work(probe, tmp_path):
    """A slow worker whose lease ran out is overtaken; its late completion is refused."""
    job_id = queue_probe(probe, tmp_path)
    slow, quick = Worker(probe, name="slow", lease=1), Worker(probe, name="quick", lease=60)
    job = slow.claim(["jobprobe.gate"])
    with probe.db.transaction("test") as s:  # its lease ran out while it was busy
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    assert quick.recover() == 1
    (tmp_path / "gate").touch()
    assert quick.run_once()
    slow.execute(slow.kinds()["jobprobe.gate"], job)  # the slow one finally gets going
    with probe.db.read() as s:
        assert s.get(Setting, FINISHED_BY).value == ["quick"]
        done = s.get(Job, job_id)
    assert (done.status, done.worker, done.attempts) == ("done", "quick", 2)


def test_two_workers_never_claim_the_same_job(installation):
    with installation.db.transaction("test") as s:
        ids = [queue.enqueue(s, "core.jobs_cleanup", ref=f"slot:{n}").id for n in range(12)]
    claimed: list[int] = []

    def claim_all(name: str) -> None:
        worker = Worker(installation, name=name)
        while (job := worker.claim(["core.jobs_cleanup"])) is not None:
            claimed.append(job.id)

    threads = [threading.Thread(target=claim_all, args=(f"w{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == ids  # every job once, none twice


def test_one_active_job_per_subject_even_when_asked_twice(installation):
    with installation.db.transaction("test") as s:
        first = queue.enqueue(s, "core.jobs_cleanup", ref="run:1")
        again = queue.enqueue(s, "core.jobs_cleanup", ref="run:1")
    assert again.id == first.id
    with pytest.raises(IntegrityError), installation.db.transaction("test") as s:
        s.add(Job(kind="core.jobs_cleanup", ref="run:1"))  # the database refuses a second
    with installation.db.transaction("test") as s:
        s.execute(update(Job).values(status="done"))
        assert queue.enqueue(s, "core.jobs_cleanup", ref="run:1").id != first.id


def kinds_of(worker: Worker, *extra: JobKind):
    known = worker.kinds()
    worker.kinds = lambda: {**known, **{k.name: k for k in extra}}


def test_a_temporary_failure_is_retried_later_and_a_lasting_one_is_shown(installation):
    calls = []

    def flaky(ctx):
        calls.append(ctx.attempt)
        if ctx.attempt == 1:
            raise JobRetry("Mailserver antwortet nicht")
        return "geschafft"

    def broken(ctx):
        raise ValueError("kaputt")

    worker = Worker(installation, name="w", schedules=False)
    kinds_of(
        worker, JobKind("core.flaky", "Probe", flaky), JobKind("core.broken", "Kaputt", broken)
    )
    with installation.db.transaction("test") as s:
        flaky_id = queue.enqueue(s, "core.flaky").id
        broken_id = queue.enqueue(s, "core.broken").id
    assert worker.work_off() == 2
    waiting, failed = job_row(installation, flaky_id), job_row(installation, broken_id)
    assert waiting.status == "queued" and waiting.not_before > utcnow() + timedelta(seconds=20)
    assert waiting.message == "Probe fehlgeschlagen: Mailserver antwortet nicht"
    assert (failed.status, failed.message) == ("failed", "Kaputt fehlgeschlagen: kaputt")
    with installation.db.transaction("test") as s:  # the pause has passed
        s.execute(update(Job).where(Job.id == flaky_id).values(not_before=utcnow()))
    assert worker.work_off() == 1
    assert job_row(installation, flaky_id).status == "done" and calls == [1, 2]


def test_each_scheduled_slot_is_queued_once_by_any_number_of_workers(installation):
    night = datetime(2026, 12, 2, 3, 20)
    workers = [Worker(installation, name=f"w{n}") for n in range(3)]
    for worker in workers:
        worker.queue_schedules(worker.kinds(), night)
        worker.queue_schedules(worker.kinds(), night + timedelta(minutes=1))
    with installation.db.read() as s:
        keys = s.scalars(select(Job.key)).all()
    # the purge stays off until the agency turns it on; the cleanup runs every night, the
    # licence notices every morning (the last morning's slot is caught up)
    assert sorted(keys) == [
        "core.jobs_cleanup@2026-12-02T03:15",
        "core.outbox_cleanup@2026-12-02T03:20",
        "core.permit_notices@2026-12-01T06:20",
    ]
    with installation.db.transaction("test") as s:
        s.add(Setting(key="core.purge_nightly", value=True))
    fresh = Worker(installation, name="later")
    fresh.queue_schedules(fresh.kinds(), night + timedelta(days=1))
    with installation.db.read() as s:
        keys = set(s.scalars(select(Job.key)))
    assert keys == {
        "core.jobs_cleanup@2026-12-02T03:15",
        "core.jobs_cleanup@2026-12-03T03:15",
        "core.outbox_cleanup@2026-12-02T03:20",
        "core.outbox_cleanup@2026-12-03T03:20",
        "core.permit_notices@2026-12-01T06:20",
        "core.permit_notices@2026-12-02T06:20",
        "core.purge@2026-12-03T02:30",
    }


def test_finished_jobs_are_cleared_after_thirty_days(installation):
    old = utcnow() - timedelta(days=31)
    with installation.db.transaction("test") as s:
        s.add(Job(kind="core.jobs_cleanup", status="done", finished_at=old))
        s.add(Job(kind="core.jobs_cleanup", status="failed", finished_at=utcnow()))
        s.add(Job(kind="core.jobs_cleanup", status="queued"))
    worker = Worker(installation, name="w", schedules=False)
    with installation.db.transaction("test") as s:
        queue.enqueue(s, "core.jobs_cleanup")
    assert worker.work_off() == 2
    with installation.db.read() as s:
        left = s.scalars(select(Job.message).order_by(Job.id)).all()
    assert left == ["", "1 erledigte Aufträge entfernt.", "0 erledigte Aufträge entfernt."]
