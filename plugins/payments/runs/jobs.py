"""Background work of the payments module, run by the job worker: a large month's
calculation and the PDF batch of a run. The pages poll the job's progress.

Both handlers may run twice for one job (a worker died and another took over): the month
is written and its job marked done in one transaction, so a second run finds nothing left
to do; the documents of a run are rendered again over the same files."""

from __future__ import annotations

from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import bulk_work
from core.i18n import N_, gettext_
from core.jobs import queue
from core.jobs.queue import JobContext, JobFailed, JobKind
from core.models import Job
from plugins.payments import documents, models
from plugins.payments.runs import lifecycle

COMPUTE, DOCUMENTS = "payments.compute", "payments.documents"


def run_ref(run_id: int) -> str:
    return f"payments.run:{run_id}"


def queue_compute(session: Session, month: date, payees: int, actor: str, change: int) -> Job:
    """The month's calculation for the worker, in the caller's transaction."""
    return queue.enqueue(
        session,
        COMPUTE,
        {"month": month.isoformat(), "change_percent": change},
        ref=f"payments.month:{month:%Y-%m}",
        actor=actor,
        total=payees,
    )


def queue_documents(session: Session, run: models.Run, actor: str) -> Job:
    return queue.enqueue(
        session,
        DOCUMENTS,
        {"run_id": run.id},
        ref=run_ref(run.id),
        actor=actor,
        total=run.statement_count,
    )


def compute_job(session: Session, job_id: int) -> Job:
    return queue.get(session, job_id, kind=COMPUTE)


def last_job(session: Session, run: models.Run) -> Job | None:
    return queue.latest(session, DOCUMENTS, run_ref(run.id))


def job_month(job: Job) -> date:
    return date.fromisoformat(job.payload["month"])


def compute_month(ctx: JobContext) -> str:
    """Calculate while only reading, so progress can commit beside it; then write the month
    and mark the job done in one transaction."""
    inst, month = ctx.installation, date.fromisoformat(ctx.payload["month"])
    hooks = inst.kernel().hook
    try:
        with bulk_work():  # resumes after the month's objects are gone
            with inst.db.read() as session:
                rates = lifecycle.stored_table(session)
                results = lifecycle.calculate_month(session, month, hooks, rates, ctx.progress)
            with inst.db.transaction(ctx.actor) as session:
                run = lifecycle.compute(
                    session,
                    month,
                    hooks=hooks,
                    actor=ctx.actor,
                    change_percent=int(ctx.payload["change_percent"]),
                    rates=rates,
                    results=results,
                )
                ctx.result["run_id"] = run.id
                message = f"{run.label} berechnet: {run.statement_count} Bescheide."
                ctx.complete(session, message)
    except IntegrityError as exc:
        raise JobFailed(gettext_("Dieser Monat wurde gleichzeitig anderswo berechnet.")) from exc
    except (queue.JobLost, JobFailed):
        raise
    except Exception as exc:  # the page shows the failure; the month's transaction is undone
        raise JobFailed(f"Fehler beim Berechnen: {exc}") from exc
    return message


def render_documents(ctx: JobContext) -> str:
    """Render the run's documents, recording progress per batch."""
    inst = ctx.installation
    ctx.progress(0)  # a second attempt starts counting again
    try:
        with inst.db.read() as session:
            run = lifecycle.get_run(session, int(ctx.payload["run_id"]))
            data = documents.statement_data(session, run)
            context = documents.run_context(session, run)
            target = documents.run_dir(inst.settings.data_dir, run)
        documents.render_run(
            context, data, target, progress=ctx.advance, root=ctx.installation.settings.data_dir
        )
    except queue.JobLost:
        raise
    except Exception as exc:  # the page shows the failure instead of spinning forever
        raise JobFailed(f"Fehler beim Erzeugen: {exc}") from exc
    return f"{len(data)} Bescheide erzeugt."


JOB_KINDS = [
    JobKind(COMPUTE, N_("Monatslauf berechnen"), compute_month),
    JobKind(DOCUMENTS, N_("Bescheide erzeugen"), render_documents),
]
