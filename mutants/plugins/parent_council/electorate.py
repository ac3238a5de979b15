"""Who may vote or is asked: children in care on a day, their guardians, their childminders."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.models import Contract, Person, PersonLink
from core.models.persons import LinkKind
from plugins.parent_council.models import PER_CHILD


@dataclass(frozen=True)
class Entry:
    """One vote's worth: the person the letter goes to and what it is for."""

    addressee_id: int
    label: str
    guardian_ids: frozenset[int]


def in_care(session: Session, on: date) -> list[tuple[int, int]]:
    """(child, childminder) of every contract running on the day."""
    return list(
        session.execute(
            select(Contract.child_id, Contract.childminder_id)
            .where(
                Contract.valid_from <= on,
                or_(Contract.valid_to.is_(None), Contract.valid_to >= on),
            )
            .distinct()
        )
    )


def entries(session: Session, on: date, basis: str) -> tuple[list[Entry], int]:
    """The electorate on a day, and how many children have no guardian on record."""
    pairs = in_care(session, on)
    children = {c for c, _ in pairs}
    guardians: dict[int, list[int]] = defaultdict(list)
    for child, guardian in session.execute(
        select(PersonLink.person_id, PersonLink.related_id)
        .where(PersonLink.kind == LinkKind.GUARDIAN, PersonLink.person_id.in_(children))
        .order_by(PersonLink.related_id)
    ):
        guardians[child].append(guardian)
    people = children | {m for _, m in pairs}
    first, full = {}, {}
    for pid, first_name, last_name in session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(people))
    ):
        first[pid], full[pid] = first_name, f"{first_name} {last_name}"
    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    without = set()
    for child, minder in sorted(pairs):
        if not guardians.get(child):
            without.add(child)
            continue
        # per child, or one vote per family at each childminder
        key = (child,) if basis == PER_CHILD else (minder, frozenset(guardians[child]))
        groups[key].append((child, minder))
    result = []
    for members in groups.values():
        kids = sorted({c for c, _ in members}, key=lambda c: first[c])
        minders = sorted({m for _, m in members})
        label = ", ".join(first[c] for c in kids)
        label += " (bei " + ", ".join(full[m] for m in minders) + ")"
        result.append(Entry(guardians[kids[0]][0], label, frozenset(guardians[kids[0]])))
    return sorted(result, key=lambda e: e.label), len(without)


def guardians_of_electorate(session: Session, on: date) -> set[int]:
    children = {c for c, _ in in_care(session, on)}
    return set(
        session.scalars(
            select(PersonLink.related_id).where(
                PersonLink.kind == LinkKind.GUARDIAN, PersonLink.person_id.in_(children)
            )
        )
    )
