"""Monthly payment runs: draft → review → finalise, and correction runs after that.

A run is computed in one transaction from the database state of the moment: cases are
loaded in a handful of set queries (no per-childminder queries), calculated by calc.py and
written back in bulk. Recomputing a draft replaces its statements, so the same data gives
the same run. A finalised run is never written again; a later run for the same month is a
correction run holding only the lines that changed, as "bisher" (reversed) and "neu".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from sqlalchemy import String, delete, func, or_, select, type_coerce
from sqlalchemy.orm import Session, lazyload

from core.db import bulk_work, insert_rows, utcnow
from core.errors import NotFound, ValidationError
from core.forms import EARLIEST, LATEST
from core.i18n import gettext_
from core.models import Absence, Childminder, Contract, Person
from core.models.contracts import WEEKDAYS
from core.ui import Qualification
from plugins.payments import calc, models, records
from plugins.payments.rates import RateTable
from plugins.payments.records import Case, Line
from plugins.payments.service import stored_table

HOUR_COLUMNS = [getattr(Contract, f"hours_{d}") for d in WEEKDAYS]


@dataclass(frozen=True)
class Payee:
    id: int
    name: str
    street: str
    postal_code: str
    city: str
    iban: str


def month_of(text: str) -> date:
    """'2026-11' or '11/2026' → 1 Nov 2026, with a German error otherwise."""
    text = text.strip()
    try:
        if "/" in text:
            month, year = text.split("/")
        else:
            year, month = text.split("-")[:2]
        first = date(int(year), int(month), 1)
        if not EARLIEST <= first <= LATEST:
            raise ValueError(text)
        return first
    except ValueError:
        raise ValidationError(
            {"month": gettext_("Monat: '{text}' bitte als JJJJ-MM angeben.").format(text=text)}
        ) from None


def last_day(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


# --- loading cases -----------------------------------------------------------------------


def load_cases(session: Session, month: date, hooks=None) -> list[tuple[Case, Payee]]:
    first, last = month, last_day(month)
    year_start = first.replace(month=1, day=1)
    contracts: dict[int, list[records.CareContract]] = defaultdict(list)
    ends: set[tuple[int, int, date]] = set()
    conn = session.connection()  # Core results: no ORM bookkeeping for 100,000s of rows
    rows = conn.execute(
        select(
            Contract.childminder_id,
            Contract.child_id,
            Person.first_name,
            Person.last_name,
            Person.birth_date,
            Contract.valid_from,
            Contract.valid_to,
            Contract.special_needs,
            *HOUR_COLUMNS,
        )
        .join(Person, Person.id == Contract.child_id)
        .where(
            Contract.valid_from <= last,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= year_start - timedelta(days=1)),
        )
    ).all()  # one fetch: iterating the result fetches row by row
    for cm, child, first_name, last_name, birth, vfrom, vto, special, *hours in rows:
        contracts[cm].append(
            records.CareContract(
                child, f"{first_name} {last_name}", birth, vfrom, vto, tuple(hours), bool(special)
            )
        )
        if vto is not None:
            ends.add((cm, child, vto))
    payee_ids = {
        cm for cm, items in contracts.items() if any(c.overlap(first, last) for c in items)
    }
    contributions = _by_person(
        session,
        models.Contribution,
        first,
        last,
        models.Contribution.kind,
        models.Contribution.monthly_cents,
        models.Contribution.valid_from,
        models.Contribution.valid_to,
    )
    extras = _by_person(
        session, models.Extra, first, last, models.Extra.label, models.Extra.amount_cents
    )
    payee_ids |= set(contributions) | set(extras)
    with_lines: set[int] = set()  # only these are asked for lines: no query per childminder
    if hooks is not None:
        for ids in hooks.payment_payees(session=session, period=first):
            with_lines |= set(ids or ())
    payee_ids |= with_lines

    absences: dict[int, list[records.Absence]] = defaultdict(list)
    for cm, kind, start, end in conn.execute(
        select(
            Absence.childminder_id, type_coerce(Absence.kind, String), Absence.start, Absence.end
        ).where(Absence.start <= last, Absence.end >= year_start)
    ).all():
        absences[cm].append(records.Absence(kind, start, end))
    profiles = {
        row[0]: row[1:]
        for row in conn.execute(
            select(
                models.Profile.person_id,
                models.Profile.qualification_ue,
                models.Profile.fachkraft,
                models.Profile.external_weekly_hours,
            )
        ).all()
    }
    payees = {
        row[0]: Payee(row[0], f"{row[1]} {row[2]}", *row[3:6], row[6] or "")
        for row in conn.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.street,
                Person.postal_code,
                Person.city,
                Childminder.iban,
            ).join(Childminder, Childminder.person_id == Person.id)
        ).all()
    }
    # one batch answer where a module gives it, else one question per childminder
    levels = hooks.qualification_levels(session=session, on=first) if hooks is not None else None
    ask_qualification = (
        levels is None and hooks is not None and hooks.qualification_level.get_hookimpls()
    )
    persons = {}  # hooks take Person objects: load the ones they need in one query
    if ask_qualification:  # every childminder (a join, not an IN list of 45,000 ids)
        query = select(Person).join(Childminder, Childminder.person_id == Person.id)
        # roles load only if a hook reads them: 45,000 selectin loads otherwise
        persons = {p.id: p for p in session.scalars(query.options(lazyload(Person.roles)))}
    elif with_lines:
        persons = {
            p.id: p for p in session.scalars(select(Person).where(Person.id.in_(with_lines)))
        }
    cases = []
    for cm in sorted(payee_ids & payees.keys(), key=lambda i: (payees[i].name, i)):
        ue, fachkraft, external = profiles.get(cm, (0, False, Decimal("0")))
        qualification = Qualification(ue, bool(fachkraft))
        ask_lines = cm in with_lines
        person = persons.get(cm)
        if levels is not None:
            qualification = levels.get(cm) or qualification
        elif ask_qualification:
            qualification = (
                hooks.qualification_level(session=session, person=person, on=first) or qualification
            )
        own = [
            c
            if c.valid_from < first
            or (cm, c.child_id, c.valid_from - timedelta(days=1)) not in ends
            else _continued(c)
            for c in contracts.get(cm, [])
        ]
        case = Case(
            month=first,
            childminder_id=cm,
            childminder_name=payees[cm].name,
            qualification=qualification,
            contracts=own,
            absences=absences.get(cm, []),
            contributions=[
                records.Contribution(kind, Decimal(amount) / 100, vfrom, vto)
                for kind, amount, vfrom, vto in contributions.get(cm, [])
            ],
            extras=[
                records.Extra(label, Decimal(amount) / 100) for label, amount in extras.get(cm, [])
            ],
            lines=[
                line
                for lines in (
                    hooks.payment_lines(session=session, childminder=person, period=first)
                    if ask_lines
                    else []
                )
                for line in lines or []
            ],
            external_weekly_hours=external,
        )
        cases.append((case, payees[cm]))
    return cases


def _continued(c: records.CareContract) -> records.CareContract:
    return records.CareContract(
        c.child_id,
        c.child_name,
        c.birth_date,
        c.valid_from,
        c.valid_to,
        c.hours,
        c.special_needs,
        new_child=False,
    )


def _by_person(session: Session, model, first: date, last: date, *columns) -> dict[int, list]:
    """Rows valid in [first, last] as tuples of `columns`, grouped by childminder."""
    out = defaultdict(list)
    for cm, *values in (
        session.connection()
        .execute(
            select(model.childminder_id, *columns)
            .where(model.valid_from <= last, or_(model.valid_to.is_(None), model.valid_to >= first))
            .order_by(model.id)
        )
        .all()
    ):
        out[cm].append(tuple(values))
    return out


# --- computing a run ----------------------------------------------------------------------


PROGRESS_EVERY = 500  # statements between two progress reports


def calculate_month(
    session: Session,
    month: date,
    hooks=None,
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
    hooks=None,
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
        results = _differences(session, month, results)
        previous = paid_now
    problems = _review(results, previous, change_percent, month, draft.kind)
    if rates.period_on(month) is None and rates.period_on(last_day(month)) is None:
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
    ids = select(models.Statement.id).where(models.Statement.run_id == run.id)
    conn.execute(delete(models.Line.__table__).where(models.Line.statement_id.in_(ids)))
    for model in (models.Statement, models.Problem, models.Job):
        conn.execute(delete(model.__table__).where(model.run_id == run.id))


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
            else:
                try:
                    IBAN(payee.iban)
                except SchwiftyException:
                    problems.append(
                        (
                            payee.id,
                            payee.name,
                            True,
                            f"IBAN {payee.iban} ist ungültig.",
                        )
                    )
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
        }
        for st, p in results
    ]
    conn = session.connection()  # no ORM objects: a national month writes 100,000s of rows
    insert_rows(conn, models.Statement.__table__, statement_rows)
    table = models.Statement.__table__
    id_of = dict(
        conn.execute(
            select(table.c.childminder_id, table.c.id).where(table.c.run_id == run.id)
        ).all()
    )
    ids = [id_of[p.id] for _, p in results]
    line_rows = [
        {
            "statement_id": sid,
            "position": pos,
            "child_id": line.child_id,
            "child_name": line.child_name,
            "component": line.component,
            "label": line.label[:300],
            "quantity": line.quantity,
            "unit": line.unit,
            "rate": line.rate,
            "amount_cents": line.amount_cents,
            "period_from": line.period_from,
            "period_to": line.period_to,
        }
        for sid, (st, _) in zip(ids, results, strict=True)
        for pos, line in enumerate(st.lines)
    ]
    insert_rows(conn, models.Line.__table__, line_rows)
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


# --- corrections --------------------------------------------------------------------------


def _line_key(line) -> tuple:
    return (line.child_id or 0, line.component)


def _differences(session: Session, month: date, results):
    """Per childminder, the changed line groups: previous lines reversed, then the new ones."""
    paid = _paid_lines(session, month)
    out = []
    for st, payee in results:
        old_groups = defaultdict(list)
        for line in paid.pop(payee.id, []):
            old_groups[_line_key(line)].append(line)
        new_groups = defaultdict(list)
        for line in st.lines:
            new_groups[_line_key(line)].append(line)
        diff = records.Statement(
            st.childminder_id, st.childminder_name, month, problems=st.problems
        )
        for key in sorted(set(old_groups) | set(new_groups)):
            old, new = old_groups.get(key, []), new_groups.get(key, [])
            if _signature(old) == _signature(new):
                continue
            diff.lines += [_reversed(line) for line in old]
            diff.lines += [_relabel(line, "neu") for line in new]
        if diff.lines or diff.problems:
            out.append((diff, payee))
    for cm, lines in paid.items():  # paid before, nothing due now: reverse it all
        payee = _payee(session, cm)
        diff = records.Statement(cm, payee.name, month, lines=[_reversed(line) for line in lines])
        if diff.total_cents:
            out.append((diff, payee))
    return out


def _signature(lines) -> list[tuple]:
    return sorted(
        (str(ln.label), ln.quantity, ln.rate, ln.amount_cents, ln.period_from) for ln in lines
    )


def _relabel(line: Line, prefix: str) -> Line:
    return Line(
        line.component,
        f"{prefix}: {line.label}",
        line.quantity,
        line.unit,
        line.rate,
        line.amount_cents,
        line.child_id,
        line.child_name,
        line.period_from,
        line.period_to,
    )


def _reversed(line: Line) -> Line:
    return Line(
        line.component,
        f"bisher: {line.label}",
        -line.quantity,
        line.unit,
        line.rate,
        -line.amount_cents,
        line.child_id,
        line.child_name,
        line.period_from,
        line.period_to,
    )


def _paid_lines(session: Session, month: date) -> dict[int, list[Line]]:
    """The net lines already paid for a month: finalised runs, reversals cancelled out."""
    sums: dict[tuple, list] = {}
    rows = session.execute(
        select(models.Statement.childminder_id, models.Line)
        .join(models.Line, models.Line.statement_id == models.Statement.id)
        .join(models.Run, models.Run.id == models.Statement.run_id)
        .where(models.Run.month == month, models.Run.status == models.FINAL)
        .order_by(models.Run.id, models.Line.position)
    )
    for cm, ln in rows:
        label = (
            ln.label.split(": ", 1)[1] if ln.label.startswith(("bisher: ", "neu: ")) else ln.label
        )
        key = (
            cm,
            ln.child_id,
            ln.child_name,
            ln.component,
            label,
            ln.unit,
            ln.rate,
            ln.period_from,
            ln.period_to,
        )
        entry = sums.setdefault(key, [Decimal("0"), 0])
        entry[0] += ln.quantity
        entry[1] += ln.amount_cents
    out = defaultdict(list)
    for (cm, child_id, child, comp, label, unit, rate, pfrom, pto), (qty, amount) in sums.items():
        if qty or amount:
            out[cm].append(Line(comp, label, qty, unit, rate, amount, child_id, child, pfrom, pto))
    return out


def _payee(session: Session, person_id: int) -> Payee:
    person = session.get(Person, person_id)
    cm = person.childminder
    return Payee(
        person.id,
        person.name,
        person.street,
        person.postal_code,
        person.city,
        cm.iban if cm else "",
    )


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
    return (month - timedelta(days=1)).replace(day=1)


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
