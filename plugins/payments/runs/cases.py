"""The cases of a month, loaded in a handful of set queries (no per-childminder queries):
contracts, absences, proven contributions, extras, other modules' lines and the payees.
Also the month a run is for, as typed and as its last day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache, reduce

from sqlalchemy import String, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session, lazyload

from core.errors import ValidationError
from core.forms import EARLIEST, LATEST
from core.i18n import gettext_
from core.kernel.contributions import Qualification
from core.models import Absence, Childminder, Contract, Person
from core.models.contracts import WEEKDAYS
from core.month import Month
from plugins.payments import models
from plugins.payments.runs import records
from plugins.payments.runs.records import Case

HOUR_COLUMNS = [getattr(Contract, f"hours_{d}") for d in WEEKDAYS]
# A national month reads 150,000 contracts of a few hundred weekly patterns: the seven
# hours come as one text ("8.00 8.00 8.00 8.00 8.00 0.00 0.00"), read once per pattern,
# instead of seven numbers converted for every contract.
WEEK_TEXT = reduce(lambda a, b: a.concat(" ").concat(b), [cast(c, String) for c in HOUR_COLUMNS])
CHILD_NAME = Person.first_name.concat(" ").concat(Person.last_name)
CENT_HOURS = Decimal("0.01")  # the columns' scale: the same Decimals the ORM reads


NO_PROFILE = (0, False, Decimal("0"))  # (teaching units, Fachkraft, other offices' hours)


@lru_cache(maxsize=256)
def _qualification(ue: int, fachkraft: bool) -> Qualification:
    """As the payments profile records it; a month has a few dozen distinct ones."""
    return Qualification(ue, fachkraft)


@lru_cache(maxsize=4096)
def _week(text: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(hours).quantize(CENT_HOURS) for hours in text.split())


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
        first = Month.parse(text).first
        if not EARLIEST <= first <= LATEST:
            raise ValueError(text)
        return first
    except ValueError:
        raise ValidationError(
            {"month": gettext_("Monat: '{text}' bitte als JJJJ-MM angeben.").format(text=text)}
        ) from None


def childminder_count(session: Session) -> int:
    """How many statements a month can have at most: what the progress bar counts to."""
    return session.scalar(select(func.count()).select_from(Childminder)) or 0


def load_cases(session: Session, month: date, hooks) -> list[tuple[Case, Payee]]:
    first, last = month, Month.of(month).last
    year_start = first.replace(month=1, day=1)
    contracts: dict[int, list[records.CareContract]] = defaultdict(list)
    ends: set[tuple[int, int, date]] = set()
    conn = session.connection()  # Core results: no ORM bookkeeping for 100,000s of rows
    rows = conn.execute(
        select(
            Contract.childminder_id,
            Contract.child_id,
            CHILD_NAME,
            Person.birth_date,
            Contract.valid_from,
            Contract.valid_to,
            Contract.special_needs,
            WEEK_TEXT,
        )
        .join(Person, Person.id == Contract.child_id)
        .where(
            Contract.valid_from <= last,
            Contract.draft.is_(False),  # paid from the day it is signed
            or_(Contract.valid_to.is_(None), Contract.valid_to >= year_start - timedelta(days=1)),
        )
    ).all()  # one fetch: iterating the result fetches row by row
    day_before = first - timedelta(days=1)
    for cm, child, name, birth, vfrom, vto, special, week in rows:
        contracts[cm].append(
            records.CareContract(child, name, birth, vfrom, vto, _week(week), bool(special))
        )
        if vto is not None and vto >= day_before:  # a contract of this month may continue it
            ends.add((cm, child, vto))
    payee_ids = {
        cm for cm, items in contracts.items() if any(c.overlap(first, last) for c in items)
    }
    earlier = _earlier_ends(conn, contracts, first, last)
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
    for ids in hooks.payment_payees(session=session, month=Month.of(first)):
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
    payees, permits = {}, {}
    for row in conn.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.street,
            Person.postal_code,
            Person.city,
            Childminder.iban,
            Childminder.permit_valid_until,
        ).join(Childminder, Childminder.person_id == Person.id)
    ).all():
        payees[row[0]] = Payee(row[0], f"{row[1]} {row[2]}", *row[3:6], row[6] or "")
        permits[row[0]] = row[7]
    # one batch answer where a module gives it, else one question per childminder
    levels = hooks.qualification_levels(session=session, on=first)
    ask_qualification = levels is None and hooks.qualification_level.get_hookimpls()
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
        ue, fachkraft, external = profiles.get(cm, NO_PROFILE)
        ask_lines = cm in with_lines
        person = persons.get(cm)
        qualification = None
        if levels is not None:
            qualification = levels.get(cm)
        elif ask_qualification:
            qualification = hooks.qualification_level(session=session, person=person, on=first)
        qualification = qualification or _qualification(ue, bool(fachkraft))
        own = [
            c
            if c.valid_from < first
            or (cm, c.child_id, c.valid_from - timedelta(days=1)) not in ends
            else _continued(c)
            for c in contracts.get(cm, [])
        ]
        for c in own:
            if c.new_child and c.valid_from >= first:
                c.previous_end = max(
                    (end for end in earlier.get((cm, c.child_id), ()) if end < c.valid_from),
                    default=None,
                )
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
                    hooks.payment_lines(session=session, childminder=person, month=Month.of(first))
                    if ask_lines
                    else []
                )
                for line in lines or []
            ],
            external_weekly_hours=external,
            permit_until=permits[cm],
        )
        cases.append((case, payees[cm]))
    return cases


def _earlier_ends(conn, contracts, first: date, last: date) -> dict:
    """(childminder, child) -> ends of every earlier contract, for the children whose
    contract starts this month: a child coming back after years is not new to her."""
    starting = {c.child_id for items in contracts.values() for c in items if c.valid_from >= first}
    if not starting:
        return {}
    ends = defaultdict(list)
    for cm, child, end in conn.execute(
        select(Contract.childminder_id, Contract.child_id, Contract.valid_to).where(
            Contract.child_id.in_(starting), Contract.valid_to < last
        )
    ).all():
        ends[(cm, child)].append(end)
    return ends


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
