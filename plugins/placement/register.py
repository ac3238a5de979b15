"""The register of free places: each childminder's capacity read in bulk (contracts,
Großtagespflege, places held by open offers) and her declaration, which she will maintain
herself in the portal; every read and write names the childminder it is for."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import ColumnElement, Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from core.capacity import Booking, Group
from core.db import among
from core.errors import NotFound
from core.models import Childminder, Contract, LargeGroup, Person, PersonDistrict
from core.models.contracts import WEEKDAYS
from core.models.persons import Role
from core.settings import setting
from plugins.placement.models import Declaration, PlaceHold, WeekTimes
from plugins.placement.places import Capacity

# the weekdays a contract books as one number, a bit per weekday, decided in SQL: reading
# 170,000 contracts' hours as Decimal only to compare them with zero cost the board most of
# its time
BOOKED = sum(
    (case((getattr(Contract, f"hours_{d}") > 0, 1 << i), else_=0) for i, d in enumerate(WEEKDAYS)),
    start=literal(0),
).label("booked")


@lru_cache(maxsize=128)
def weekdays_of(mask: int) -> frozenset[str]:
    """The weekdays of a bit mask (bit 0 Monday); a few dozen patterns among all contracts."""
    return frozenset(d for i, d in enumerate(WEEKDAYS) if mask >> i & 1)


def _bookings(session: Session, childminders, on: date) -> dict[int, list[Booking]]:
    """The contracts that still run on or after `on`, per childminder."""
    rows = session.execute(
        select(Contract.childminder_id, Contract.valid_from, Contract.valid_to, BOOKED).where(
            among(session, Contract.childminder_id, childminders),
            or_(Contract.valid_to.is_(None), Contract.valid_to >= on),
        )
    )
    found: dict[int, list[Booking]] = defaultdict(list)
    for childminder, start, end, mask in rows:
        found[childminder].append(Booking(start, end, weekdays_of(mask)))
    return found


class Declared(WeekTimes):
    """A declaration as read for many childminders at once: its columns as attributes,
    without the cost of a thousand ORM objects. The weekdays she cares on come from SQL, so
    that the board can go without parsing fourteen times per childminder."""

    days: tuple[str, ...] = ()

    def __init__(self, values, days: int) -> None:
        self.__dict__.update(values)
        self.days = _ordered(days)


@lru_cache(maxsize=128)
def _ordered(mask: int) -> tuple[str, ...]:
    return tuple(d for d in WEEKDAYS if d in weekdays_of(mask))


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


def places(
    session: Session, on: date, where: ColumnElement | None = None, times: bool = True
) -> list[Place]:
    """Every childminder the condition chooses (on her person, childminder and district
    columns) with her capacity from `on` on; without `times`, her declaration tells the
    days she cares on but not the hours."""
    declared = DECLARED if times else UNTIMED
    people = session.execute(
        _chosen(
            where,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.postal_code,
            Childminder.max_children,
            Childminder.permit_valid_until,
            Childminder.large_group_id,
            PersonDistrict.district_id,
            OFFERED,
            *declared,
        )
        .outerjoin(Declaration, Declaration.childminder_id == Person.id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    ).all()
    ids = _ids(people, where)
    own = _bookings(session, ids, on)
    groups = {row.large_group_id for row in people if row.large_group_id is not None}
    shared = _group_bookings(session, groups, on)
    holds: dict[int, dict[str, int]] = defaultdict(dict)
    for person_id, weekday, n in session.execute(
        select(PlaceHold.childminder_id, PlaceHold.weekday, func.count())
        .where(among(session, PlaceHold.childminder_id, ids))
        .group_by(PlaceHold.childminder_id, PlaceHold.weekday)
    ):
        holds[person_id][weekday] = n
    max_contracts = int(setting(session, "core.max_contracts"))
    keys = [c.key for c in declared]
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
            Declared(zip(keys, row[-len(keys) :], strict=True), row.offered)
            if row.childminder_id is not None
            else None,
        )
        for row in people
    ]


# her declaration read with her, in the same query (its column names meet none of hers),
# without the free texts the board and the matching never show
UNREAD = {"notes", "meals", "pets", "changed_at", "changed_by"}
DECLARED = [c.label(c.key) for c in Declaration.__table__.columns if c.key not in UNREAD]
UNTIMED = [c for c in DECLARED if not c.key.endswith(("_start", "_end"))]
OFFERED = sum(
    (
        case(
            (
                getattr(Declaration, f"{d}_start").is_not(None)
                & getattr(Declaration, f"{d}_end").is_not(None),
                1 << i,
            ),
            else_=0,
        )
        for i, d in enumerate(WEEKDAYS)
    ),
    start=literal(0),
).label("offered")
ID_LIST_UP_TO = 5_000


def _chosen(where: ColumnElement | None, *columns) -> Select:
    """The childminders a condition chooses, the anonymised ones never; the district is
    joined, so that a district's condition needs no subquery (the databases plan a join
    through its index far better)."""
    query = (
        select(*columns)
        .join(Childminder, Childminder.person_id == Person.id)
        .outerjoin(PersonDistrict, PersonDistrict.person_id == Person.id)
        .where(Person.anonymised_on.is_(None))
    )
    return query if where is None else query.where(where)


def _ids(people, where: ColumnElement | None):
    """The ids the other reads go by: for a district's thousand childminders the list of
    those read (choosing them again in each read costs more); for more, the query, as a
    list would pass the databases' limits on parameters."""
    if len(people) <= ID_LIST_UP_TO:
        return [row.id for row in people]
    return _chosen(where, Person.id).scalar_subquery()


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


def place_of(session: Session, childminder_id: int, on: date) -> Place:
    """One childminder's place; NotFound for anyone who is not a childminder."""
    found = places(session, on, Person.id == childminder_id)
    if not found:
        raise NotFound("Diese Tagespflegeperson gibt es nicht.")
    return found[0]


def is_childminder(person: Person) -> bool:
    return person.has_role(Role.CHILDMINDER) and person.childminder is not None
