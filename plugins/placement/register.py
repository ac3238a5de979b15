"""The register of free places: each childminder's capacity read in bulk (contracts,
Großtagespflege, places held by open offers) and her declaration, which she will maintain
herself in the portal; every read and write names the childminder it is for."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from core.capacity import Booking, Group
from core.errors import NotFound
from core.models import Childminder, Contract, LargeGroup, Person, PersonDistrict
from core.models.contracts import WEEKDAYS
from core.models.persons import Role
from core.settings import setting
from plugins.placement.models import Declaration, PlaceHold, WeekTimes
from plugins.placement.places import Capacity

# booked or not per weekday, decided in SQL: reading 170,000 contracts' hours as Decimal
# only to compare them with zero cost the board most of its time
BOOKED = [(getattr(Contract, f"hours_{d}") > 0).label(d) for d in WEEKDAYS]


@lru_cache(maxsize=128)
def _days(booked: tuple) -> frozenset[str]:
    """The weekdays of a row of seven flags; a few dozen patterns among all contracts."""
    return frozenset(d for d, flag in zip(WEEKDAYS, booked, strict=True) if flag)


def _booking(row) -> Booking:
    return Booking(row[1], row[2], _days(tuple(bool(flag) for flag in row[3:])))


def _bookings(session: Session, childminders, on: date) -> dict[int, list[Booking]]:
    """The contracts that still run on or after `on`, per childminder."""
    rows = session.execute(
        select(Contract.childminder_id, Contract.valid_from, Contract.valid_to, *BOOKED).where(
            Contract.childminder_id.in_(childminders),
            or_(Contract.valid_to.is_(None), Contract.valid_to >= on),
        )
    )
    found: dict[int, list[Booking]] = defaultdict(list)
    for row in rows:
        found[row[0]].append(_booking(row))
    return found


class Declared(WeekTimes):
    """A declaration as read for many childminders at once: its columns as attributes,
    without the cost of a thousand ORM objects."""

    def __init__(self, values) -> None:
        self.__dict__.update(values)


@dataclass(frozen=True)
class Place:
    """One childminder as the register sees her."""

    id: int
    name: str
    postal_code: str
    district_id: int | None
    permit_until: date | None
    capacity: Capacity
    holds: Mapping[str, int]  # weekday -> places promised by open offers
    declaration: Declared | None


def places(session: Session, childminders: Select, on: date) -> list[Place]:
    """Every childminder of the given id query with her capacity from `on` on."""
    ids = _ids(session, childminders)
    people = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.postal_code,
            Childminder.max_children,
            Childminder.permit_valid_until,
            Childminder.large_group_id,
            PersonDistrict.district_id,
            *DECLARED,
        )
        .join(Childminder, Childminder.person_id == Person.id)
        .outerjoin(PersonDistrict, PersonDistrict.person_id == Person.id)
        .outerjoin(Declaration, Declaration.childminder_id == Person.id)
        .where(Person.id.in_(ids))
        .order_by(Person.last_name, Person.first_name, Person.id)
    ).all()
    own = _bookings(session, ids, on)
    groups = {row.large_group_id for row in people if row.large_group_id is not None}
    shared = _group_bookings(session, groups, on)
    holds: dict[int, dict[str, int]] = defaultdict(dict)
    for person_id, weekday, n in session.execute(
        select(PlaceHold.childminder_id, PlaceHold.weekday, func.count())
        .where(PlaceHold.childminder_id.in_(ids))
        .group_by(PlaceHold.childminder_id, PlaceHold.weekday)
    ):
        holds[person_id][weekday] = n
    max_contracts = int(setting(session, "core.max_contracts"))
    return [
        Place(
            row.id,
            f"{row.first_name} {row.last_name}",
            row.postal_code,
            row.district_id,
            row.permit_valid_until,
            Capacity(
                row.max_children,
                max_contracts,
                tuple(own.get(row.id, ())),
                shared.get(row.large_group_id),
            ),
            holds.get(row.id, {}),
            Declared(zip(DECLARED_KEYS, row[-len(DECLARED_KEYS) :], strict=True))
            if row.childminder_id is not None
            else None,
        )
        for row in people
    ]


# her declaration read with her, in the same query (its column names meet none of hers),
# without the free texts the board and the matching never show
UNREAD = {"notes", "meals", "pets", "changed_at", "changed_by"}
DECLARED = [c.label(c.key) for c in Declaration.__table__.columns if c.key not in UNREAD]
DECLARED_KEYS = [c.key for c in Declaration.__table__.columns if c.key not in UNREAD]
ID_LIST_UP_TO = 5_000


def _ids(session: Session, childminders: Select):
    """The ids to read by: for a district's thousand childminders the list itself, read once
    (each of the five reads would otherwise run the district's query again); for more, the
    query, as a list would pass the databases' limits on parameters."""
    found = session.scalars(childminders.limit(ID_LIST_UP_TO + 1)).all()
    return found if len(found) <= ID_LIST_UP_TO else childminders.scalar_subquery()


def _group_bookings(session: Session, group_ids: set[int], on: date) -> dict[int, Group]:
    if not group_ids:
        return {}
    members = session.execute(
        select(Childminder.person_id, Childminder.large_group_id).where(
            Childminder.large_group_id.in_(group_ids)
        )
    ).all()
    booked = _bookings(session, [m for m, _ in members], on)
    by_group: dict[int, list[Booking]] = defaultdict(list)
    for member, group in members:
        by_group[group].extend(booked.get(member, ()))
    groups = session.execute(
        select(LargeGroup.id, LargeGroup.name, LargeGroup.max_children).where(
            LargeGroup.id.in_(group_ids)
        )
    )
    return {gid: Group(name, limit, by_group[gid]) for gid, name, limit in groups}


def childminder_ids() -> Select:
    return (
        select(Person.id)
        .join(Childminder, Childminder.person_id == Person.id)
        .where(Person.anonymised_on.is_(None))
    )


def place_of(session: Session, childminder_id: int, on: date) -> Place:
    """One childminder's place; NotFound for anyone who is not a childminder."""
    found = places(session, childminder_ids().where(Person.id == childminder_id), on)
    if not found:
        raise NotFound("Diese Tagespflegeperson gibt es nicht.")
    return found[0]


def is_childminder(person: Person) -> bool:
    return person.has_role(Role.CHILDMINDER) and person.childminder is not None
