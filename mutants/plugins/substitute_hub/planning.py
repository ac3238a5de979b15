"""The bridge between the database and the assignment: gather open needs, apply a proposal."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.db import savepoint
from core.errors import ValidationError
from core.models import PersonLink
from core.models.persons import LinkKind
from plugins.substitute_hub import assign, booking
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider, Visit

VISITS_TO_SETTLE = 2  # default of the setting substitute_hub.visits_to_settle


@dataclass
class Outcome:
    proposal: assign.Proposal
    needs: dict[int, Need]
    providers: dict[int, Provider]
    booked: int = 0
    failed: dict[int, str] | None = None


def settled_pairs(session: Session, visits_to_settle: int) -> set[tuple[int, int]]:
    """(child, provider) pairs with enough getting-to-know visits done."""
    rows = session.execute(
        select(Enrolment.child_id, Enrolment.provider_id)
        .join(Visit, Visit.enrolment_id == Enrolment.id)
        .where(Visit.done.is_(True))
        .group_by(Enrolment.child_id, Enrolment.provider_id)
        .having(func.count(Visit.id) >= visits_to_settle)
    )
    return {tuple(r) for r in rows}


def families(session: Session, child_ids: set[int]) -> dict[int, str]:
    """A family key per child: siblings by link or by a shared guardian share one key."""
    parent = {c: c for c in child_ids}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    def join(a, b):
        if a in parent and b in parent:
            parent[find(a)] = find(b)

    for a, b in session.execute(
        select(PersonLink.person_id, PersonLink.related_id).where(
            PersonLink.kind == LinkKind.SIBLING
        )
    ):
        join(a, b)
    by_guardian = defaultdict(list)
    for child, guardian in session.execute(
        select(PersonLink.person_id, PersonLink.related_id).where(
            PersonLink.kind == LinkKind.GUARDIAN, PersonLink.person_id.in_(child_ids)
        )
    ):
        by_guardian[guardian].append(child)
    for kids in by_guardian.values():
        for kid in kids[1:]:
            join(kids[0], kid)
    return {c: f"F{find(c)}" for c in child_ids}


def propose(
    session: Session, start: date, end: date, visits_to_settle: int = VISITS_TO_SETTLE
) -> Outcome:
    needs = {
        n.id: n
        for n in session.scalars(
            select(Need)
            .where(Need.day.between(start, end), ~Need.placement.has(), ~Need.declined)
            .order_by(Need.day, Need.id)
        )
    }
    providers = {p.id: p for p in session.scalars(select(Provider))}  # limits refuse inactive
    if not needs:
        return Outcome(assign.Proposal(), needs, providers)
    child_ids = {n.child_id for n in needs.values()}
    settled = settled_pairs(session, visits_to_settle)
    last = dict(
        session.execute(  # the provider of each child's most recent placement
            select(Need.child_id, Placement.provider_id)
            .join(Placement, Placement.need_id == Need.id)
            .where(Need.child_id.in_(child_ids))
            .order_by(Placement.day)
        ).all()
    )
    family = families(session, child_ids)
    known = {  # days with bookings already have their capacity fixed in the database
        (row.provider_id, row.day): row.places - row.booked
        for row in session.scalars(select(PlaceDay).where(PlaceDay.day.between(start, end)))
    }
    days = sorted({n.day for n in needs.values()})
    capacity = booking.capacities(session, list(providers.values()), days)
    infos = [
        booking.provider_info(
            p, {d: known[(p.id, d)] if (p.id, d) in known else capacity[(p.id, d)] for d in days}
        )
        for p in providers.values()
    ]
    base = booking.need_infos(session, needs.values())
    need_infos = [  # what the limits see, plus what the score weighs
        replace(
            base[n.id],
            settled=frozenset(p for p in base[n.id].enrolled if (n.child_id, p) in settled),
            last_provider=last.get(n.child_id),
            family=family[n.child_id],
        )
        for n in needs.values()
    ]
    return Outcome(assign.solve(need_infos, infos), needs, providers)


def apply(session: Session, outcome: Outcome, actor: str) -> Outcome:
    """Book every proposed place; a place someone took meanwhile is reported, not forced."""
    outcome.failed = {}
    for need_id, provider_id in outcome.proposal.placed.items():
        need, provider = outcome.needs[need_id], outcome.providers[provider_id]
        try:
            with savepoint(session):
                booking.book(
                    session, need, provider, reason=outcome.proposal.why[need_id], actor=actor
                )
            outcome.booked += 1
        except ValidationError as exc:
            outcome.failed[need_id] = " ".join(exc.errors.values())
    return outcome


def unsettled(session: Session, visits_to_settle: int = VISITS_TO_SETTLE) -> list[Enrolment]:
    """Enrolments still short of the visits that make a child settled: the reminder list."""
    done = (
        select(Visit.enrolment_id, func.count(Visit.id).label("n"))
        .where(Visit.done.is_(True))
        .group_by(Visit.enrolment_id)
        .subquery()
    )
    return list(
        session.scalars(
            select(Enrolment)
            .outerjoin(done, done.c.enrolment_id == Enrolment.id)
            .where(func.coalesce(done.c.n, 0) < visits_to_settle)
            .order_by(Enrolment.created_at)
        )
    )
