"""Her money in the childminders' portal: the statements of finalised runs (a draft may
still change, so she never sees one), each with its working, and a year's sums per
component for her tax return. Every read is bounded by her person id."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from core.errors import NotFound
from core.files import submissions
from core.i18n import gettext_
from core.kernel.contributions import PortalTask
from core.models import Person
from plugins.payments import models, proofs
from plugins.payments.rates.periods import stored_table
from plugins.payments.rates.tables import INSURANCE_KINDS
from plugins.payments.runs import stored

EXPIRY_WARNING = timedelta(days=30)  # a contribution ending this soon asks for a new proof


def statements(session: Session, person: Person) -> list[tuple[models.Run, models.Statement]]:
    """(run, statement) of her finalised runs, newest month first."""
    return list(
        session.execute(
            select(models.Run, models.Statement)
            .join(models.Statement, models.Statement.run_id == models.Run.id)
            .where(
                models.Statement.childminder_id == person.id,
                models.Run.status == models.FINAL,
            )
            .order_by(models.Run.month.desc(), models.Run.id.desc())
        ).all()
    )


def statement(session: Session, person: Person, run_id: int) -> tuple[models.Run, models.Statement]:
    """Her statement in a finalised run; a draft or another's is not found."""
    found = session.execute(
        select(models.Run, models.Statement)
        .join(models.Statement, models.Statement.run_id == models.Run.id)
        .where(
            models.Run.id == run_id,
            models.Run.status == models.FINAL,
            models.Statement.childminder_id == person.id,
        )
    ).first()
    if found is None:
        raise NotFound(gettext_("Diesen Bescheid gibt es nicht."))
    return found[0], found[1]


@dataclass(frozen=True)
class YearRow:
    component: str
    label: str
    cents: int


@dataclass(frozen=True)
class Year:
    year: int
    rows: list[YearRow]
    months: list[tuple[date, int]]  # (month, paid that month across its runs)

    @property
    def total_cents(self) -> int:
        return sum(r.cents for r in self.rows)


def years(session: Session, person: Person) -> list[int]:
    """The years she has finalised statements in, newest first."""
    found = session.scalars(
        select(extract("year", models.Run.month))
        .join(models.Statement, models.Statement.run_id == models.Run.id)
        .where(models.Statement.childminder_id == person.id, models.Run.status == models.FINAL)
        .distinct()
    )
    return sorted({int(y) for y in found}, reverse=True)


def year(session: Session, person: Person, year: int) -> Year:
    """What her finalised runs of `year` paid, per component and per month; corrections
    count in the month they correct, so the sums are what the year owed her."""
    in_year = (
        models.Statement.childminder_id == person.id,
        models.Run.status == models.FINAL,
        models.Run.month >= date(year, 1, 1),
        models.Run.month <= date(year, 12, 31),
    )
    per_label = [
        (ln.component, ln.label, ln.amount_cents)
        for (text,) in session.execute(
            select(models.Statement.lines_text)
            .join(models.Run, models.Run.id == models.Statement.run_id)
            .where(*in_year)
        )
        for ln in stored.decode(text)
    ]
    months: dict[date, int] = defaultdict(int)
    for month, cents in session.execute(
        select(models.Run.month, models.Statement.total_cents)
        .join(models.Statement, models.Statement.run_id == models.Run.id)
        .where(*in_year)
    ):
        months[month] += cents
    # A component the rate table or the refunds name is one row whatever its lines say;
    # the others (settling-in per component, extras, other modules' lines) are summed
    # by their own label, so Sachaufwand stays Sachaufwand.
    names = _component_names(session)
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for component, label, cents in per_label:
        sums[(component, names.get(component, label))] += int(cents)
    rows = [YearRow(component, label, cents) for (component, label), cents in sums.items()]
    return Year(year, sorted(rows, key=lambda r: (-r.cents, r.label)), sorted(months.items()))


def _component_names(session: Session) -> dict[str, str]:
    """The components' names as the rate tables give them, e.g. "Förderleistung"."""
    names = {c.key: c.label for period in stored_table(session).periods for c in period.components}
    for kind, label in INSURANCE_KINDS.items():
        names[kind] = gettext_("Erstattung {label}").format(label=gettext_(label))
    return names


def tasks(session: Session, person: Person, today: date) -> list[PortalTask]:
    """A rejected proof to hand in again; a contribution about to end without a new one."""
    found = []
    mine = proofs.proofs_of(session, person.id)
    for proof in mine:
        if proof.status == submissions.REJECTED and not _handed_in_since(mine, proof):
            text = gettext_("Nachweis {kind} abgelehnt: {reason}").format(
                kind=gettext_(INSURANCE_KINDS[proof.kind]), reason=proof.reason
            )
            found.append(PortalTask(text, "/payments/portal/proofs"))
    ending = session.scalars(
        select(models.Contribution).where(
            models.Contribution.childminder_id == person.id,
            models.Contribution.valid_to.is_not(None),
            models.Contribution.valid_to >= today,
            models.Contribution.valid_to <= today + EXPIRY_WARNING,
        )
    )
    for contribution in ending:
        if any(p.kind == contribution.kind and p.valid_from > contribution.valid_to for p in mine):
            continue
        text = gettext_("Neuen Nachweis einreichen: {kind}").format(
            kind=gettext_(INSURANCE_KINDS[contribution.kind])
        )
        found.append(PortalTask(text, "/payments/portal/proofs", contribution.valid_to))
    return found


def _handed_in_since(mine: list[models.Proof], rejected: models.Proof) -> bool:
    return any(
        p.kind == rejected.kind and p.submitted_at > rejected.submitted_at and p.id != rejected.id
        for p in mine
    )
