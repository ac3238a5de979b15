"""Booking, moving and releasing substitute places; the database guards the capacity.

A booking first makes sure the provider's day row exists (insert, ignoring a concurrent
twin), then inserts the placement. The count of booked places is not written here: a
trigger on `sh_placement` (migration 0002_sh) adds and subtracts it for every insert,
delete and move, also for deletes cascading from absences, needs and children, and the
CHECK `booked <= places` refuses the one that would overfill a day. Row locks make that
atomic on PostgreSQL and SQLite serialises writers, so however many people click at once,
booked places equal placements and never exceed capacity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import savepoint, utcnow, violated
from core.errors import ValidationError
from core.format import format_date
from core.i18n import gettext_
from core.models import Absence, Childminder, Contract, Person
from core.models.contracts import WEEKDAYS
from plugins.substitute_hub import limits, notices
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider


def check(session: Session, need: Need, provider: Provider) -> list[str]:
    """Why this provider cannot take this need (empty if it can): see `limits`."""
    return limits.broken(need_info(session, need), provider_info(provider, {}))


def need_info(session: Session, need: Need) -> limits.NeedInfo:
    return need_infos(session, [need])[need.id]


def need_infos(session: Session, needs: Iterable[Need]) -> dict[int, limits.NeedInfo]:
    """Needs as the limits see them, by need id, in three queries however many there are."""
    needs = list(needs)
    child_ids = {n.child_id for n in needs}
    children = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(child_ids)))}
    absence_ids = {n.absence_id for n in needs}
    absences = {
        a.id: a for a in session.scalars(select(Absence).where(Absence.id.in_(absence_ids)))
    }
    enrolled = defaultdict(set)
    for child_id, provider_id in session.execute(
        select(Enrolment.child_id, Enrolment.provider_id).where(Enrolment.child_id.in_(child_ids))
    ):
        enrolled[child_id].add(provider_id)
    infos = {}
    for n in needs:
        child, absence = children[n.child_id], absences[n.absence_id]
        infos[n.id] = limits.NeedInfo(
            n.id,
            child.name,
            n.day,
            str(absence.kind),
            absence.planned,
            limits.age_months(child.birth_date, n.day),
            frozenset(enrolled[n.child_id]),
            postal_code=child.postal_code,
        )
    return infos


def provider_info(provider: Provider, free: dict[date, int]) -> limits.ProviderInfo:
    return limits.ProviderInfo(
        provider.id,
        provider.name,
        free,
        frozenset(provider.weekday_set),
        frozenset(provider.accepted_kinds),
        provider.planned_only,
        provider.min_age_months,
        provider.max_age_months,
        provider.postal_code,
        provider.active,
    )


def book(
    session: Session,
    need: Need,
    provider: Provider,
    *,
    manual: bool = False,
    reason: str = "",
    actor: str = "",
) -> Placement:
    """Place the child with the provider that day, or say why not and change nothing."""
    if need.placement is not None:
        raise ValidationError(
            {"need": gettext_("Für diesen Tag ist das Kind bereits untergebracht.")}
        )
    problems = check(session, need, provider)
    if problems:
        raise ValidationError({"provider": " ".join(problems)})
    _ensure_day(session, provider, need.day)
    placement = Placement(
        need_id=need.id,
        provider_id=provider.id,
        day=need.day,
        manual=manual,
        reason=reason,
        created_by=actor,
    )
    _count_on(session, provider, need.day, lambda: session.add(placement))
    session.expire(need, ["placement"])
    return placement


def move(session: Session, placement: Placement, provider: Provider, *, actor: str = "") -> None:
    """Give the child's day to another provider; the old place is freed in the same step.
    Both providers hear of it, and the family where it was told of the old place."""
    problems = check(session, placement.need, provider)
    if problems:
        raise ValidationError({"provider": " ".join(problems)})
    if provider.id == placement.provider_id:
        raise ValidationError(
            {
                "provider": gettext_("Das Kind ist an diesem Tag schon bei {name}.").format(
                    name=provider.name
                )
            }
        )
    _ensure_day(session, provider, placement.day)
    before = placement.provider_id
    # The calendar file's SEQUENCE is the placement's time: a move is always a later version,
    # even within the second it was booked in.
    changed_at = max(utcnow(), placement.created_at + timedelta(seconds=1))

    def change() -> None:
        moved = session.execute(
            update(Placement)
            .where(Placement.id == placement.id, Placement.provider_id == before)
            .values(provider_id=provider.id, manual=True, created_by=actor, created_at=changed_at)
            .execution_options(synchronize_session=False)
        ).rowcount
        if moved != 1:
            message = gettext_("Dieser Platz wurde inzwischen freigegeben oder umgebucht.")
            raise ValidationError({"need": message})

    _count_on(session, provider, placement.day, change)
    session.expire(placement)
    notices.care_moved(session, placement, before, today=date.today())


def _count_on(session: Session, provider: Provider, day: date, write) -> None:
    """Run a write that takes a place, in a savepoint: the database's trigger counts it
    under the day row's lock and its CHECK refuses an overfull day, whatever runs at the
    same time. The refusals become the user's message."""
    try:
        with savepoint(session):
            write()
            session.flush()
    except IntegrityError as exc:
        broken = violated(exc)
        if "no_overbooking" in broken:
            message = gettext_("{name} hat am {day} keinen freien Platz mehr.").format(
                name=provider.name, day=format_date(day)
            )
            raise ValidationError({"provider": message}) from None
        if "fk_sh_placement" in broken or "FOREIGN KEY" in broken:
            message = gettext_("Diesen Bedarf gibt es nicht mehr (Abwesenheit geändert?).")
            raise ValidationError({"need": message}) from None
        if "need_id" in broken:  # another request placed this need a moment ago
            message = gettext_("Für diesen Tag ist das Kind bereits untergebracht.")
            raise ValidationError({"need": message}) from None
        raise


def release(session: Session, placement: Placement, *, family_knows: bool = False) -> bool:
    """Free the place; False when another request freed it already (nothing changes). The
    provider hears of it, and the family where it was told and did not give it up itself
    (`family_knows`)."""
    need_id, provider_id = placement.need_id, placement.provider_id
    gone = session.execute(
        delete(Placement)
        .where(Placement.id == placement.id)
        .execution_options(synchronize_session=False)
    ).rowcount
    if placement in session:
        session.expunge(placement)
    need = session.get(Need, need_id)
    if need is not None:
        session.expire(need, ["placement"])
        if gone == 1:
            notices.care_released(
                session, need, provider_id, family_knows=family_knows, today=date.today()
            )
    return gone == 1


def free_places(session: Session, provider: Provider, day) -> int:
    row = session.execute(
        select(PlaceDay.places, PlaceDay.booked).where(
            PlaceDay.provider_id == provider.id, PlaceDay.day == day
        )
    ).first()
    return row.places - row.booked if row else day_capacity(session, provider, day)


def _ensure_day(session: Session, provider: Provider, day) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(PlaceDay)
        .values(
            provider_id=provider.id, day=day, places=day_capacity(session, provider, day), booked=0
        )
        .on_conflict_do_nothing()
    )


def day_capacity(session: Session, provider: Provider, day) -> int:
    return capacities(session, [provider], [day])[(provider.id, day)]


def capacities(session: Session, providers, days) -> dict[tuple[int, object], int]:
    """Places per (provider, day). A hub has its fixed places; childminders who substitute
    (group, tandem, pool) can only take what their Pflegeerlaubnis leaves beside their own
    children that weekday, and nothing while they are absent themselves. Three queries for
    any number of providers and days."""
    days = sorted(set(days))
    result = {(p.id, d): p.places for p in providers for d in days}
    counted = [p for p in providers if p.members and p.kind != "hub"]
    people = {m.person_id for p in counted for m in p.members}
    if not people or not days:
        return result
    first, last = days[0], days[-1]
    allowed = dict(
        session.execute(
            select(Childminder.person_id, Childminder.max_children).where(
                Childminder.person_id.in_(people)
            )
        ).all()
    )
    away = session.execute(
        select(Absence.childminder_id, Absence.start, Absence.end).where(
            Absence.childminder_id.in_(people), Absence.start <= last, Absence.end >= first
        )
    ).all()
    contracts = session.scalars(
        select(Contract).where(
            Contract.childminder_id.in_(people),
            Contract.valid_from <= last,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= first),
        )
    ).all()
    for provider in counted:
        for day in days:
            room = 0
            for member in provider.members:
                pid = member.person_id
                if pid not in allowed or any(c == pid and a <= day <= b for c, a, b in away):
                    continue
                own = sum(
                    1
                    for c in contracts
                    if c.childminder_id == pid
                    and c.active_on(day)
                    and c.hours(WEEKDAYS[day.weekday()]) > 0
                )
                room += max(0, allowed[pid] - own)
            result[(provider.id, day)] = min(provider.places, room)
    return result
