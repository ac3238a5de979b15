"""Districts: maintained by the office, found for each person from the address, and the
filter lists and the dashboard start with (the user's home districts)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import savepoint
from core.districts import Area, AreaIndex, postal_code_of, street_key
from core.errors import NotFound, ValidationError
from core.forms import Form, whole_number
from core.i18n import gettext_
from core.models import District, DistrictArea, HomeDistrict, Person, PersonDistrict, User

AREAS_FIELD = "areas"


def districts(session: Session) -> list[District]:
    return list(session.scalars(select(District).order_by(District.name)))


def get_district(session: Session, district_id: int) -> District:
    district = session.get(District, district_id)
    if district is None:
        raise NotFound(gettext_("Diesen Bezirk gibt es nicht."))
    return district


def member_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(PersonDistrict.district_id, func.count()).group_by(PersonDistrict.district_id)
    )
    return dict(rows.all())


def areas_text(district: District) -> str:
    """The areas as the form shows them: one per line, 'PLZ' or 'PLZ Straße'."""
    return "\n".join(f"{a.postal_code} {a.street}".strip() for a in district.areas)


def _read_areas(form: Form) -> list[tuple[str, str, str]]:
    """(postal code, street as written, street key) per line; errors name the line."""
    seen: dict[tuple[str, str], int] = {}
    areas, problems = [], []
    for number, line in enumerate(form.raw(AREAS_FIELD).splitlines(), start=1):
        code, _, street = line.strip().replace(",", " ", 1).partition(" ")
        street, key = street.strip(), street_key(street)
        if not code:
            continue
        if postal_code_of(code) is None:
            problem = gettext_("Zeile {line}: '{code}' ist keine Postleitzahl (fünf Ziffern).")
        elif len(street) > 200:
            problem = gettext_("Zeile {line}: Der Straßenname ist zu lang.")
        elif street and not key:
            problem = gettext_("Zeile {line}: '{street}' ist kein Straßenname.")
        elif (code, key) in seen:
            problem = gettext_("Zeile {line}: steht schon in Zeile {first}.")
        else:
            seen[(code, key)] = number
            areas.append((code, street, key))
            continue
        problems.append(
            problem.format(line=number, code=code, street=street, first=seen.get((code, key)))
        )
    if problems:
        label = gettext_("Postleitzahlen und Straßen")
        form.error(AREAS_FIELD, f"{label}: {' '.join(problems)}")
    return areas


def _check_taken(session: Session, form: Form, areas, district: District | None) -> None:
    """An address lies in one district only: name the district that already has it."""
    if not areas:
        return
    taken = session.execute(
        select(DistrictArea.postal_code, DistrictArea.street, District.name)
        .join(District)
        .where(
            tuple_(DistrictArea.postal_code, DistrictArea.street_key).in_(
                [(code, key) for code, _street, key in areas]
            ),
            District.id != (district.id if district is not None else -1),
        )
        .order_by(DistrictArea.postal_code, DistrictArea.street_key)
    ).first()
    if taken is not None:
        code, street, other = taken
        form.error(
            AREAS_FIELD,
            gettext_("{place} gehört schon zum Bezirk {other}.").format(
                place=f"{code} {street}".strip(), other=other
            ),
        )


def save_district(
    session: Session, data: Mapping, district: District | None = None
) -> tuple[District, int]:
    """Create or change a district; persons in the postal codes it had or has are assigned
    again (those chosen by hand keep their district). Returns it and how many persons
    changed district."""
    form = Form(data)
    name = form.text("name", gettext_("Name"), required=True, max_length=100)
    clash = session.scalar(select(District).where(District.name == name))
    if name and clash is not None and clash is not district:
        form.error("name", gettext_("Name: Einen Bezirk '{name}' gibt es schon.").format(name=name))
    areas = _read_areas(form)
    _check_taken(session, form, areas, district)
    form.done()
    touched = {a.postal_code for a in district.areas} if district is not None else set()
    try:
        with savepoint(session):
            if district is None:
                district = District(name=name)
                session.add(district)
            district.name = name
            _replace_areas(session, district, areas)
    except IntegrityError:  # another request took the name or an area a moment ago
        raise ValidationError(
            {
                AREAS_FIELD: gettext_(
                    "Gerade eben hat jemand anderes Bezirke geändert. Bitte neu laden."
                )
            }
        ) from None
    changed = reassign(session, touched | {code for code, _street, _key in areas})
    return district, changed


def _replace_areas(session: Session, district: District, areas) -> None:
    """Keep the areas that stay, drop the others first: a row written again in the same
    flush would meet its own old row in the unique constraint."""
    kept = {(a.postal_code, a.street_key): a for a in district.areas}
    wanted = {(code, key): street for code, street, key in areas}
    for place, area in kept.items():
        if place not in wanted:
            district.areas.remove(area)
    session.flush()
    for (code, key), street in wanted.items():
        if (code, key) in kept:
            kept[(code, key)].street = street
        else:
            district.areas.append(DistrictArea(postal_code=code, street=street, street_key=key))
    session.flush()


def delete_district(session: Session, district: District) -> int:
    """Remove a district; its persons are assigned again from their address. Returns how
    many persons belonged to it."""
    members = session.scalars(
        select(Person.postal_code)
        .join(PersonDistrict, PersonDistrict.person_id == Person.id)
        .where(PersonDistrict.district_id == district.id)
    ).all()
    # the members' own postal codes too: one chosen by hand may live elsewhere
    touched = {a.postal_code for a in district.areas} | set(members)
    session.delete(district)
    session.flush()
    reassign(session, touched)
    return len(members)


# --- a person's district ------------------------------------------------------


def area_index(session: Session, postal_codes: Iterable[str] | None = None) -> AreaIndex:
    """The areas of these postal codes, or every area (to assign many addresses at once,
    as the demo does)."""
    stmt = select(DistrictArea.district_id, DistrictArea.postal_code, DistrictArea.street_key)
    if postal_codes is not None:
        stmt = stmt.where(DistrictArea.postal_code.in_(set(postal_codes)))
    return AreaIndex(Area(*row) for row in session.execute(stmt))


def district_for_address(session: Session, postal_code: str, street: str) -> int | None:
    return area_index(session, [postal_code.strip()]).district_for(postal_code, street)


KEEP = object()  # the form has no district field: a choice made by hand stays


def read_choice(session: Session, form: Form):
    """The form's district field: '' finds it from the address, an id chooses it by hand."""
    if "district_id" not in form.data:
        return KEEP
    district_id = form.integer("district_id", gettext_("Bezirk"))
    if district_id is not None and session.get(District, district_id) is None:
        form.error("district_id", gettext_("Bezirk: Diesen Bezirk gibt es nicht."))
    return district_id


def assign(session: Session, person: Person, chosen) -> None:
    """Set the person's district: the chosen one by hand, else the one of the address."""
    link = person.district_link
    if chosen is KEEP:
        if link is not None and link.manual:
            return
        chosen = None
    district_id = chosen
    if district_id is None:
        district_id = district_for_address(session, person.postal_code, person.street)
    if district_id is None:
        person.district_link = None
        return
    link = link or PersonDistrict()
    link.district_id, link.manual = district_id, chosen is not None
    person.district_link = link


def names_of(session: Session, person_ids: Iterable[int]) -> dict[int, str]:
    """District names for a page of persons."""
    rows = session.execute(
        select(PersonDistrict.person_id, District.name)
        .join(District)
        .where(PersonDistrict.person_id.in_(list(person_ids)))
    )
    return dict(rows.all())


def reassign(session: Session, postal_codes: set[str]) -> int:
    """Find the district again for everyone in these postal codes whose district was not
    chosen by hand, after the areas changed. Set-wise, since a postal code of a large city
    holds thousands of persons; returns how many changed."""
    if not postal_codes:
        return 0
    index = area_index(session, postal_codes)
    rows = session.execute(
        select(Person.id, Person.postal_code, Person.street, PersonDistrict.district_id)
        .outerjoin(PersonDistrict, PersonDistrict.person_id == Person.id)
        .where(Person.postal_code.in_(postal_codes), PersonDistrict.manual.is_not(True))
    )
    gone, new, moved = [], [], []
    for person_id, code, street, current in rows:
        found = index.district_for(code, street)
        if found == current:
            continue
        if found is None:
            gone.append(person_id)
        elif current is None:
            new.append({"person_id": person_id, "district_id": found, "manual": False})
        else:
            moved.append({"pid": person_id, "did": found})
    if gone:
        session.execute(delete(PersonDistrict).where(PersonDistrict.person_id.in_(gone)))
    if new:
        session.execute(insert(PersonDistrict), new)
    if moved:
        session.connection().execute(
            update(PersonDistrict.__table__)
            .where(PersonDistrict.__table__.c.person_id == bindparam("pid"))
            .values(district_id=bindparam("did")),
            moved,
        )
    session.expire_all()  # links loaded before are stale now
    return len(gone) + len(new) + len(moved)


# --- home districts and the district filter ----------------------------------------


def home_districts(session: Session, user: User) -> list[District]:
    return list(
        session.scalars(
            select(District)
            .join(HomeDistrict, HomeDistrict.district_id == District.id)
            .where(HomeDistrict.user_id == user.id)
            .order_by(District.name)
        )
    )


def set_home_districts(session: Session, user: User, raw_ids: Iterable[str]) -> None:
    known = {d.id for d in districts(session)}
    chosen = set()
    for raw in raw_ids:
        if whole_number(raw) not in known:
            raise ValidationError(
                {"districts": gettext_("Meine Bezirke: Bitte nur angebotene Bezirke wählen.")}
            )
        chosen.add(whole_number(raw))
    session.execute(delete(HomeDistrict).where(HomeDistrict.user_id == user.id))
    session.add_all(HomeDistrict(user_id=user.id, district_id=d) for d in sorted(chosen))
    session.flush()


ALL, MINE, NONE = "all", "mine", "none"


@dataclass(frozen=True)
class DistrictFilter:
    """What a list or the dashboard shows: everyone, the user's home districts, one
    district, or the persons without one. Without a choice, the home districts if any."""

    value: str  # the option chosen: ALL, MINE, NONE or a district id
    ids: tuple[int, ...] | None  # None: no restriction
    mine: tuple[District, ...]
    options: tuple[District, ...]

    @property
    def active(self) -> bool:
        return self.ids is not None

    def on(self, district_id: ColumnElement) -> ColumnElement | None:
        """The condition on a district id column of another record, or None."""
        if self.ids is None:
            return None
        return district_id.is_(None) if not self.ids else district_id.in_(self.ids)

    def of(self, person_id: ColumnElement) -> ColumnElement | None:
        """The condition on a person id column, or None for no restriction."""
        if self.ids is None:
            return None
        assigned = select(PersonDistrict.person_id)
        if not self.ids:
            return person_id.not_in(assigned)
        return person_id.in_(assigned.where(PersonDistrict.district_id.in_(self.ids)))


def district_filter(session: Session, user: User, raw: str | None) -> DistrictFilter:
    options = tuple(districts(session))
    mine = tuple(home_districts(session, user))
    value = raw if raw is not None else (MINE if mine else ALL)
    by_id = {str(d.id): d for d in options}
    if value == MINE and mine:
        return DistrictFilter(MINE, tuple(d.id for d in mine), mine, options)
    if value == NONE and options:
        return DistrictFilter(NONE, (), mine, options)
    if value in by_id:
        return DistrictFilter(value, (by_id[value].id,), mine, options)
    return DistrictFilter(ALL, None, mine, options)
