"""Background work of the payments module: a large month's calculation and the PDF batch of
a run. Each is a `pay_job` row whose progress the pages poll; the work runs in a thread of
the worker process that received the request, its failures are written to the row."""

from __future__ import annotations

import threading

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import bulk_work, utcnow
from core.errors import NotFound
from core.i18n import gettext_
from plugins.payments import documents, models, runs


def start_compute(inst, month, payees: int, actor: str, change_percent: int) -> int:
    """Record the job and start the month's calculation beside the request; its id."""
    with inst.db.transaction(actor) as session:
        job = models.Job(kind="compute", month=month, total=payees)
        session.add(job)
        session.flush()
        job_id = job.id
    threading.Thread(
        target=_compute_job, args=(inst, month, job_id, actor, change_percent), daemon=True
    ).start()
    return job_id


def start_documents(inst, settings, run: models.Run, actor: str) -> int:
    with inst.db.transaction(actor) as session:
        job = models.Job(run_id=run.id, total=run.statement_count)
        session.add(job)
        session.flush()
        job_id = job.id
    threading.Thread(target=_render_job, args=(inst, settings, run.id, job_id), daemon=True).start()
    return job_id


def compute_job(session: Session, job_id: int) -> models.Job:
    job = session.get(models.Job, job_id)
    if job is None or job.kind != "compute":
        raise NotFound(gettext_("Diese Berechnung gibt es nicht."))
    return job


def last_job(session: Session, run: models.Run) -> models.Job | None:
    return session.scalars(
        select(models.Job).where(models.Job.run_id == run.id).order_by(models.Job.id.desc())
    ).first()


def _compute_job(inst, month, job_id: int, actor: str, change_percent: int) -> None:
    """The month in one transaction, progress in short ones beside it."""

    def advance(done: int, total: int) -> None:
        with inst.db.transaction("system") as session:
            job = session.get(models.Job, job_id)
            job.done, job.total = done, total

    run_id, status = None, "done"
    try:
        with bulk_work():  # resumes after the month's objects are gone with _month_in
            run_id, message = _month_in(inst, month, actor, change_percent, advance)
    except IntegrityError:
        status, message = "failed", gettext_("Dieser Monat wurde gleichzeitig anderswo berechnet.")
    except Exception as exc:  # the page shows the failure; the month's transaction is undone
        status, message = "failed", f"Fehler beim Berechnen: {exc}"
    with inst.db.transaction("system") as session:
        job = session.get(models.Job, job_id)
        job.status, job.message, job.finished_at, job.run_id = status, message, utcnow(), run_id


def _month_in(inst, month, actor: str, change_percent: int, advance) -> tuple[int, str]:
    hooks = inst.kernel().hook
    with inst.db.read() as session:  # reading only, so progress can commit meanwhile
        rates = runs.stored_table(session)
        results = runs.calculate_month(session, month, hooks, rates, advance)
    with inst.db.transaction(actor) as session:
        run = runs.compute(
            session,
            month,
            hooks=hooks,
            actor=actor,
            change_percent=change_percent,
            rates=rates,
            results=results,
        )
        return run.id, f"{run.label} berechnet: {run.statement_count} Bescheide."


def _render_job(inst, settings, run_id: int, job_id: int) -> None:
    """Render the run's documents, recording progress per batch."""

    def advance(n: int) -> None:
        with inst.db.transaction("system") as session:
            job = session.get(models.Job, job_id)
            if job is not None:  # gone when the draft was recomputed meanwhile
                job.done += n

    try:
        with inst.db.read() as session:
            run = runs.get_run(session, run_id)
            data = documents.statement_data(session, run)
            context = documents.run_context(run, documents.Sender.from_settings(settings, session))
            target = documents.run_dir(inst.settings.data_dir, run)
        documents.render_run(context, data, target, progress=advance)
        status, message = "done", f"{len(data)} Bescheide erzeugt."
    except Exception as exc:  # the page shows the failure instead of spinning forever
        status, message = "failed", f"Fehler beim Erzeugen: {exc}"
    with inst.db.transaction("system") as session:
        job = session.get(models.Job, job_id)
        if job is not None:
            job.status, job.message, job.finished_at = status, message, utcnow()
