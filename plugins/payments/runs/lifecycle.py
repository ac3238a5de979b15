"""Monthly payment runs: draft → review → finalise, and correction runs after that.

A run is computed in one transaction from the database state of the moment: cases are
loaded in a handful of set queries (no per-childminder queries), calculated by calc.py and
written back in bulk. Recomputing a draft replaces its statements, so the same data gives
the same run. A finalised run is never written again; a later run for the same month is a
correction run holding only the lines that changed, as "bisher" (reversed) and "neu".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db import bulk_work, insert_rows, utcnow
from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.iban import valid as iban_valid
from core.jobs import queue
from core.models import Person
from core.month import Month
from plugins.payments import models
from plugins.payments.rates.periods import stored_table
from plugins.payments.rates.tables import RateTable
from plugins.payments.runs import calc, stored
from plugins.payments.runs.cases import load_cases
from plugins.payments.runs.corrections import differences

# --- computing a run ----------------------------------------------------------------------


PROGRESS_EVERY = 500  # statements between two progress reports


def calculate_month(
    session: Session,
    month: date,
    hooks,
    rates: RateTable | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list:
    """Every childminder's statement of the month, not yet written anywhere."""
    rates = rates or stored_table(session)
    with bulk_work():
        cases = load_cases(session, month, hooks)
        results = []
        for n, (case, payee) in enumerate(cases, 1):
            results.append((calc.calculate(rates, case), payee))
            if progress and (n % PROGRESS_EVERY == 0 or n == len(cases)):
                progress(n, len(cases))
    return results


def compute(
    session: Session,
    month: date,
    *,
    hooks,
    actor: str = "",
    change_percent: int = 20,
    rates: RateTable | None = None,
    progress: Callable[[int, int], None] | None = None,
    results: list | None = None,
) -> models.Run:
    """Compute (or recompute) the month's open draft; a finalised month gets a correction.

    `results` from `calculate_month` may be handed in (a background job calculates in a
    read-only session first, so its progress reports can commit beside it)."""
    # One pause of the collector for the whole run; the month's objects are freed when
    # _compute returns, before it resumes (else it would walk all of them once more).
    with bulk_work():
        return _compute(session, month, hooks, actor, change_percent, rates, progress, results)


def _compute(session, month, hooks, actor, change_percent, rates, progress, results):
    rates = rates or stored_table(session)
    if results is None:
        results = calculate_month(session, month, hooks, rates, progress)
    regular = session.scalars(
        select(models.Run)
        .where(models.Run.month == month, models.Run.kind == models.REGULAR)
        .with_for_update()
    ).first()
    draft = session.scalars(  # locked, so a concurrent finalise cannot slip in between
        select(models.Run)
        .where(models.Run.month == month, models.Run.status == models.DRAFT)
        .with_for_update()
    ).first()
    if draft is None:
        draft = models.Run(
            month=month,
            created_by=actor,
            kind=models.CORRECTION if regular else models.REGULAR,
            corrects_id=regular.id if regular else None,
        )
        session.add(draft)
        session.flush()
    else:
        _clear(session, draft)
    previous = paid_totals(session, _previous_month(month))
    if draft.kind == models.CORRECTION:
        paid_now = paid_totals(session, month)
        results = differences(session, month, results)
        previous = paid_now
    problems = _review(results, previous, change_percent, month, draft.kind)
    if rates.period_on(month) is None and rates.period_on(Month.of(month).last) is None:
        problems.insert(
            0,
            (
                None,
                "",
                True,
                f"Für {month:%m/%Y} sind keine Sätze hinterlegt.",
            ),
        )
    _write(session, draft, results, previous, problems)
    draft.rates_name = rates.name[:200]
    draft.computed_at = utcnow()
    session.flush()
    session.expire(draft, ["problems"])
    return draft


def _clear(session: Session, run: models.Run) -> None:
    # Core deletes: the ORM would fetch every deleted id to update its session
    conn = session.connection()
    for model in (models.Statement, models.Problem):
        conn.execute(delete(model.__table__).where(model.run_id == run.id))
    queue.forget(session, f"payments.run:{run.id}")  # its documents are rebuilt or gone


def _review(results, previous: dict[int, int], change_percent: int, month: date, kind: str):
    """(childminder id, name, blocking, message) for everything a reviewer must see."""
    problems = []
    paid_now = set()
    for st, payee in results:
        paid_now.add(payee.id)
        for message in st.problems:
            problems.append((payee.id, payee.name, True, message))
        if st.total_cents > 0:
            if not payee.iban:
                problems.append(
                    (
                        payee.id,
                        payee.name,
                        True,
                        "IBAN fehlt – keine Überweisung möglich.",
                    )
                )
            elif not iban_valid(payee.iban):
                problems.append((payee.id, payee.name, True, f"IBAN {payee.iban} ist ungültig."))
        if kind == models.REGULAR:
            if not st.has_contracts and st.lines:
                problems.append(
                    (
                        payee.id,
                        payee.name,
                        False,
                        "Kein laufender Vertrag im Monat – nur Erstattungen oder Zusatzleistungen.",
                    )
                )
            before = previous.get(payee.id)
            if before and abs(st.total_cents - before) * 100 > change_percent * before:
                change = (st.total_cents - before) * 100 / before
                problems.append(
                    (
                        payee.id,
                        payee.name,
                        False,
                        f"Betrag ändert sich gegenüber dem Vormonat um {change:+.0f} %.",
                    )
                )
    if kind == models.REGULAR:
        for cm, total in previous.items():
            if cm not in paid_now and total > 0:
                problems.append(
                    (cm, "", False, "Im Vormonat bezahlt, in diesem Monat kein Vertrag.")
                )
    return problems


def _write(session: Session, run: models.Run, results, previous, problems) -> None:
    statement_rows = [
        {
            "run_id": run.id,
            "childminder_id": p.id,
            "name": p.name,
            "street": p.street,
            "postal_code": p.postal_code,
            "city": p.city,
            "iban": p.iban,
            "total_cents": st.total_cents,
            "previous_cents": previous.get(p.id),
            "basis": "\n".join(st.basis),
            "lines": stored.encode(st.lines),
        }
        for st, p in results
    ]
    conn = session.connection()  # no ORM objects: a national month writes 45,000 rows
    insert_rows(conn, models.Statement.__table__, statement_rows)
    names = {p.id: p.name for _, p in results}
    unnamed = {cm for cm, name, _, _ in problems if cm and not name and cm not in names}
    if unnamed:  # paid last month, absent now: one query for all of them
        names |= {
            p.id: p.name for p in session.scalars(select(Person).where(Person.id.in_(unnamed)))
        }
    insert_rows(
        conn,
        models.Problem.__table__,
        [
            {
                "run_id": run.id,
                "childminder_id": cm,
                "blocking": blocking,
                "message": msg,
                "person_name": name or names.get(cm, ""),
            }
            for cm, name, blocking, msg in problems
        ],
    )
    run.total_cents = sum(st.total_cents for st, _ in results)
    run.statement_count = len(results)


# --- reading and finalising ---------------------------------------------------------------


def paid_totals(session: Session, month: date) -> dict[int, int]:
    """What each childminder was paid for a month by finalised runs (corrections included)."""
    return dict(
        session.execute(
            select(models.Statement.childminder_id, func.sum(models.Statement.total_cents))
            .join(models.Run, models.Run.id == models.Statement.run_id)
            .where(models.Run.month == month, models.Run.status == models.FINAL)
            .group_by(models.Statement.childminder_id)
        ).all()
    )


def _previous_month(month: date) -> date:
    return Month.of(month).previous.first


def statements_of(session: Session, person_id: int, limit: int = 24) -> list:
    """(run, statement) of a childminder's latest runs, newest first."""
    return session.execute(
        select(models.Run, models.Statement)
        .join(models.Statement, models.Statement.run_id == models.Run.id)
        .where(models.Statement.childminder_id == person_id)
        .order_by(models.Run.month.desc(), models.Run.id.desc())
        .limit(limit)
    ).all()


def get_run(session: Session, run_id: int) -> models.Run:
    run = session.get(models.Run, run_id)
    if run is None:
        raise NotFound(gettext_("Diesen Zahllauf gibt es nicht."))
    return run


def all_runs(session: Session) -> list[models.Run]:
    return list(
        session.scalars(select(models.Run).order_by(models.Run.month.desc(), models.Run.id.desc()))
    )


def statements(session: Session, run: models.Run) -> list[models.Statement]:
    return list(
        session.scalars(
            select(models.Statement)
            .where(models.Statement.run_id == run.id)
            .order_by(models.Statement.name, models.Statement.id)
        )
    )


def get_statement(session: Session, run: models.Run, childminder_id: int) -> models.Statement:
    st = session.scalars(
        select(models.Statement).where(
            models.Statement.run_id == run.id, models.Statement.childminder_id == childminder_id
        )
    ).first()
    if st is None:
        raise NotFound(gettext_("Für diese Person gibt es in diesem Lauf keinen Bescheid."))
    return st


def finalise(session: Session, run_id: int, actor: str, sender) -> models.Run:
    """Freeze a draft; refused while it has blocking problems or the paying office's
    name, IBAN or address are missing (`documents.Sender`)."""
    sender.check_complete()
    run = session.scalars(
        select(models.Run).where(models.Run.id == run_id).with_for_update()
    ).first()
    if run is None:
        raise NotFound(gettext_("Diesen Zahllauf gibt es nicht."))
    if run.is_final:
        raise ValidationError({"run": gettext_("Dieser Lauf ist bereits abgeschlossen.")})
    blocking = run.blocking
    if blocking:
        raise ValidationError(
            {
                "run": gettext_(
                    "Abschließen nicht möglich: {blocking} offene(s) Problem(e). "
                    "Bitte die Daten korrigieren und den Lauf neu berechnen."
                ).format(blocking=len(blocking))
            }
        )
    if run.statement_count == 0:
        raise ValidationError({"run": gettext_("Der Lauf enthält keine Bescheide.")})
    run.status = models.FINAL
    run.finalised_at = utcnow()
    run.finalised_by = actor
    return run


def discard(session: Session, run_id: int) -> date:
    run = get_run(session, run_id)
    if run.is_final:
        raise ValidationError(
            {"run": gettext_("Ein abgeschlossener Lauf kann nicht verworfen werden.")}
        )
    _clear(session, run)
    session.delete(run)
    return run.month
