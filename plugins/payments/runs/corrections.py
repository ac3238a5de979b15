"""Correction runs: after a finalised run, a later run of the same month holds only the
lines that changed, the old as "bisher" (reversed) and the new as "neu"."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.format import format_money
from core.models import Person
from plugins.payments import models
from plugins.payments.runs import records, stored
from plugins.payments.runs.cases import Payee
from plugins.payments.runs.records import Line


def _line_key(line) -> tuple:
    return (line.child_id or 0, line.component)


def differences(session: Session, month: date, results):
    """Per childminder, the changed line groups: previous lines reversed, then the new ones."""
    paid = paid_lines(session, month)
    out = []
    for st, payee in results:
        old_groups = defaultdict(list)
        for line in paid.pop(payee.id, []):
            old_groups[_line_key(line)].append(line)
        new_groups = defaultdict(list)
        for line in st.lines:
            new_groups[_line_key(line)].append(line)
        diff = records.Statement(
            st.childminder_id,
            st.childminder_name,
            month,
            problems=st.problems,
            basis=list(st.basis),
        )
        for key in sorted(set(old_groups) | set(new_groups)):
            old, new = old_groups.get(key, []), new_groups.get(key, [])
            if _signature(old) == _signature(new):
                continue
            diff.lines += [_reversed(line) for line in old]
            diff.lines += [_relabel(line, "neu") for line in new]
            if any(ln.amount_cents for ln in old + new):  # a note at 0 € repays nothing
                diff.basis.append(_why(old, new))
        if diff.lines or diff.problems:
            out.append((diff, payee))
    for cm, lines in paid.items():  # paid before, nothing due now: reverse it all
        payee = _payee(session, cm)
        diff = records.Statement(cm, payee.name, month, lines=[_reversed(line) for line in lines])
        diff.basis.append(
            "Für diesen Monat ist nichts mehr zu zahlen (kein Vertrag, keine Leistung)."
        )
        if diff.total_cents:
            out.append((diff, payee))
    return out


def _why(old, new) -> str:
    """Why the group changed, for the statement: 'Geändert: Förderleistung (Mia): bisher
    943,94 €, neu 471,97 €' – a repayment says what it repays."""
    first = (old or new)[0]
    what = first.label + (f" ({first.child_name})" if first.child_name else "")
    before = format_money(sum(ln.amount_cents for ln in old), "de")
    after = format_money(sum(ln.amount_cents for ln in new), "de")
    return f"Geändert: {what}: bisher {before}, neu {after}"


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
        line.working,
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
        "bisher gezahlt, hier zurückgerechnet",
    )


def paid_lines(session: Session, month: date) -> dict[int, list[Line]]:
    """The net lines already paid for a month: finalised runs, reversals cancelled out."""
    sums: dict[tuple, list] = {}
    rows = session.execute(
        select(models.Statement.childminder_id, models.Statement.lines_text)
        .join(models.Run, models.Run.id == models.Statement.run_id)
        .where(models.Run.month == month, models.Run.status == models.FINAL)
        .order_by(models.Run.id)
    )
    for cm, ln in ((cm, ln) for cm, text in rows for ln in stored.decode(text)):
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
