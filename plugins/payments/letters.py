"""A finalised run's statements to the childminders: by e-mail to those who chose it and
agreed, the rest in one file to print. The job draws the run's PDFs first (in batches, as
the documents job does) and sends what it drew, so the mailed statement is the filed one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.format import format_money, month_name
from core.i18n import N_, gettext_
from core.jobs.queue import JobContext, JobKind, latest
from core.letters import delivery, texts
from core.letters.delivery import Letter
from core.letters.texts import TextKind
from core.models import Job, Person
from plugins.payments import documents, models
from plugins.payments.runs import lifecycle

KIND = "payments.statement"
JOB = "payments.letters"
TEXT = TextKind(
    KIND,
    N_("Geldleistung: Bescheid an die Tagespflegeperson – E-Mail"),
    "im Anhang finden Sie Ihren {{ bescheid }} über die laufende Geldleistung in der "
    "Kindertagespflege für {{ monat }}.\n\n"
    "Überwiesen werden {{ betrag }} auf das Konto, das Sie uns genannt haben. Die "
    "Berechnung je Kind steht im Bescheid.",
    "Wenn Ihnen etwas nicht stimmig erscheint, melden Sie sich bitte.",
    fields={
        "bescheid": N_("„Bescheid“ oder „Korrekturbescheid“"),
        "monat": N_("Monat, z. B. November 2026"),
        "betrag": N_("Auszuzahlender Betrag"),
    },
    sample={"bescheid": "Bescheid", "monat": "November 2026", "betrag": "1.056,52 €"},
)


def ref(run: models.Run) -> str:
    return f"{JOB}:{run.id}"


def statements(session: Session, run: models.Run, files: Path) -> list[Letter]:
    """One letter per statement of the run, read from `files` (the run's document folder)."""
    rows = session.scalars(
        select(models.Statement)
        .where(models.Statement.run_id == run.id)
        .order_by(models.Statement.name, models.Statement.id)
    ).all()
    people = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_({s.childminder_id for s in rows}))
        )
    }
    return [_letter(session, run, st, people.get(st.childminder_id), files) for st in rows]


def _letter(
    session: Session, run: models.Run, st: models.Statement, person: Person | None, files: Path
) -> Letter:
    what = "Korrekturbescheid" if run.corrects_id else "Bescheid"
    path = files / f"bescheid-{st.childminder_id}.pdf"
    return Letter(
        about=st.name,
        readers=(person,) if person is not None else (),
        subject=f"{what} über die laufende Geldleistung {run.label}",
        filename=f"bescheid-{run.month:%Y-%m}-{st.childminder_id}.pdf",
        render=path.read_bytes,
        paragraphs=texts.paragraphs(
            session,
            KIND,
            {
                "bescheid": what,
                "monat": f"{month_name(run.month.month, 'de')} {run.month.year}",
                "betrag": format_money(st.total_cents, "de"),
            },
        ),
    )


def sendable(run: models.Run) -> None:
    """Only a finalised run's statements are sent: a draft may still change."""
    if not run.is_final:
        raise ValidationError(
            {"run": gettext_("Bescheide werden erst nach dem Abschließen versandt.")}
        )


def queue(session: Session, run: models.Run, actor: str) -> Job:
    sendable(run)
    return delivery.queue(
        session,
        JOB,
        ref(run),
        title=f"Bescheide {run.label} an die Tagespflegepersonen",
        back=f"/payments/runs/{run.id}",
        actor=actor,
        run_id=run.id,
    )


def last_sent(session: Session, run: models.Run) -> Job | None:
    job = latest(session, JOB, ref(run))
    return job if job is not None and job.status == "done" else None


def send(ctx: JobContext) -> str:
    inst, run_id = ctx.installation, int(ctx.payload["run_id"])
    with inst.db.read() as session:
        run = lifecycle.get_run(session, run_id)
        target = documents.run_dir(inst.settings.data_dir, run)
        if not (target / "alle-bescheide.pdf").exists():
            data = documents.statement_data(session, run)
            context = documents.run_context(session, run)
        else:
            data = None
    if data is not None:  # a final run's files never change: drawn once, then reused
        ctx.progress(0, total=len(data))
        documents.render_run(
            context, data, target, progress=ctx.advance, root=ctx.installation.settings.data_dir
        )
    return delivery.run(
        ctx, KIND, lambda session: statements(session, lifecycle.get_run(session, run_id), target)
    )


JOB_KINDS = [JobKind(JOB, N_("Bescheide an die Tagespflegepersonen senden"), send)]
