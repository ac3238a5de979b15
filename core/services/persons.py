"""Persons, their roles, guardian and sibling links, childminder details."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from core import iban
from core.districts import postal_code_of
from core.errors import NotFound, ValidationError
from core.forms import Form
from core.i18n import gettext_
from core.kernel import lifecycle
from core.messages.mail import checked_address
from core.models import Childminder, Contract, LargeGroup, Person, PersonLink, PersonRole
from core.models.persons import (
    ADDRESS_LABELS,
    CHANNEL_LABELS,
    EMPLOYMENT_LABELS,
    ROLE_LABELS,
    SEARCH_TEXT,
    Address,
    Channel,
    LinkKind,
    Role,
)
from core.services import districts

PERSON_FIELDS = (
    "form_of_address",
    "first_name",
    "last_name",
    "street",
    "postal_code",
    "city",
    "phone",
    "email",
    "channel",
)


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(gettext_("Person {person_id} gibt es nicht.").format(person_id=person_id))
    return person


def matching(query: str) -> list:
    """One condition per word of a search: the word somewhere in name, city or e-mail."""
    return [SEARCH_TEXT.like(f"%{word.lower()}%") for word in query.split()]


# Measured at national size (docs/benchmarks.md): the planner cannot tell how rare a
# searched word is and walks the name index hoping for 25 early hits, but a searched name
# clusters in that order, so in a large table the walk reads most persons (0.36 s for
# "schmi" among 500,000). There, up to SORT_HITS_UP_TO hits are collected first (trigram
# index) and only they are sorted. In a smaller table the walk is cheaper than collecting.
SORT_HITS_UP_TO = 20_000
WALK_UP_TO = 50_000  # persons (by highest id)


def search_persons(
    session: Session,
    query: str = "",
    role: Role | None = None,
    page: int = 1,
    per_page: int = 25,
    district: districts.DistrictFilter | None = None,
) -> tuple[list[Person], int]:
    """A page of persons matching every word of the query in name, city or e-mail."""
    stmt = select(Person).where(*matching(query))
    in_district = district.of(Person.id) if district is not None else None
    if in_district is not None:
        stmt = stmt.where(in_district)
    if role is not None:
        stmt = stmt.where(
            Person.id.in_(select(PersonRole.person_id).where(PersonRole.role == role))
        )
    size = select(func.max(Person.id)).scalar_subquery()  # one round trip with the count
    total, largest = session.execute(select(func.count(), size).select_from(stmt.subquery())).one()
    found = Person
    if query.split() and total <= SORT_HITS_UP_TO and (largest or 0) > WALK_UP_TO:
        found = aliased(Person, stmt.cte("hits").prefix_with("MATERIALIZED"))
        stmt = select(found)
    rows = session.scalars(
        stmt.order_by(found.last_name, found.first_name, found.id)
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    ).all()
    return list(rows), total


def _read_person(form: Form, person: Person | None) -> dict:
    values = {
        "form_of_address": form.choice(
            "form_of_address", gettext_("Anrede"), ADDRESS_LABELS, required=False
        )
        or Address.NEUTRAL,
        "first_name": form.text("first_name", "Vorname", required=True, max_length=100),
        "last_name": form.text("last_name", "Nachname", required=True, max_length=100),
        "birth_date": form.date("birth_date", "Geburtsdatum"),
        "street": form.text("street", gettext_("Straße und Hausnummer")),
        "postal_code": form.text("postal_code", "PLZ", max_length=10),
        "city": form.text("city", "Ort", max_length=100),
        "phone": form.text("phone", "Telefon", max_length=50),
        "email": form.text("email", "E-Mail", max_length=200),
        "channel": form.choice("channel", gettext_("Briefe per"), CHANNEL_LABELS, required=False)
        or Channel.LETTER,
        "notes": form.text("notes", "Notizen", max_length=5000),
    }
    values["form_of_address"] = Address(values["form_of_address"]).value
    values["channel"] = Channel(values["channel"]).value
    consent = form.flag("email_consent")
    earlier = person.email_consent_on if person is not None else None
    values["email_consent_on"] = (earlier or date.today()) if consent else None
    if values["postal_code"] and postal_code_of(values["postal_code"]) is None:
        form.error("postal_code", gettext_("PLZ: fünf Ziffern, z. B. 59269."))
    if values["email"]:
        try:
            values["email"] = checked_address(values["email"], "E-Mail")
        except ValueError as exc:
            form.error("email", str(exc))
    if values["channel"] == Channel.EMAIL and not (values["email"] and consent):
        form.error(
            "channel",
            gettext_(
                "Briefe per: Für E-Mail braucht es eine Adresse und das Einverständnis der Person."
            ),
        )
    return values


def _read_roles(form: Form, data: Mapping) -> set[Role]:
    getlist = getattr(data, "getlist", None)
    raw = getlist("roles") if getlist else data.get("roles", [])
    if isinstance(raw, str):
        raw = [raw]
    roles = set()
    for value in raw:
        try:
            roles.add(Role(value))
        except ValueError:
            form.error("roles", gettext_("Rolle: '{value}' gibt es nicht.").format(value=value))
    if not roles:
        form.error("roles", gettext_("Rolle: Bitte mindestens eine Rolle wählen."))
    return roles


def _read_childminder(session: Session, form: Form, default_max: int) -> dict:
    values = {
        "permit_number": form.text(
            "permit_number", gettext_("Nummer der Pflegeerlaubnis"), max_length=50
        ),
        "permit_valid_until": form.date(
            "permit_valid_until", gettext_("Pflegeerlaubnis gültig bis")
        ),
        "max_children": form.integer(
            "max_children", gettext_("Gleichzeitig betreute Kinder"), minimum=1, maximum=10
        )
        or default_max,
        "employment": form.choice("employment", gettext_("Beschäftigung"), EMPLOYMENT_LABELS),
        "iban": "",
        "large_group_id": form.integer("large_group_id", gettext_("Großtagespflege")),
    }
    raw_iban = form.raw("iban")
    if raw_iban:
        try:
            values["iban"] = iban.parsed(raw_iban, gettext_("IBAN")).compact
        except ValueError as exc:
            form.error("iban", str(exc))
    group_id = values["large_group_id"]
    if group_id is not None and session.get(LargeGroup, group_id) is None:
        form.error(
            "large_group_id", gettext_("Großtagespflege: Diese Großtagespflege gibt es nicht.")
        )
    return values


def _check_dropped_roles(session: Session, form: Form, person: Person, roles: set[Role]) -> None:
    """A role that contracts depend on cannot be taken away."""
    as_childminder = select(func.count()).where(Contract.childminder_id == person.id)
    as_child = select(func.count()).where(Contract.child_id == person.id)
    dropped = person.role_set - roles
    if Role.CHILDMINDER in dropped and session.scalar(as_childminder):
        form.error("roles", gettext_("Rolle: Die Person hat Verträge als Tagespflegeperson."))
    if Role.CHILD in dropped and session.scalar(as_child):
        form.error("roles", gettext_("Rolle: Für dieses Kind gibt es Betreuungsverträge."))


def save_person(
    session: Session,
    data: Mapping,
    person: Person | None = None,
    *,
    default_max_children: int = 5,
) -> Person:
    """Create or update a person with roles and, for childminders, licence details."""
    form = Form(data)
    values = _read_person(form, person)
    roles = _read_roles(form, data)
    cm_values = (
        _read_childminder(session, form, default_max_children)
        if Role.CHILDMINDER in roles
        else None
    )
    district_choice = districts.read_choice(session, form)
    if person is not None:
        _check_dropped_roles(session, form, person, roles)
    form.done()

    if person is None:
        person = Person()
        session.add(person)
    for key, value in values.items():
        setattr(person, key, value)
    current = {Role(r.role): r for r in person.roles}
    for role in roles - current.keys():
        person.roles.append(PersonRole(role=role))
    for role in current.keys() - roles:
        person.roles.remove(current[role])
    if cm_values is not None:
        if person.childminder is None:
            person.childminder = Childminder()
        for key, value in cm_values.items():
            setattr(person.childminder, key, value)
    elif person.childminder is not None:
        person.childminder = None
    districts.assign(session, person, district_choice)
    session.flush()
    return person


def delete_blockers(session: Session, person: Person, *, hooks) -> list[str]:
    reasons = []
    n = session.scalar(
        select(func.count()).where(
            or_(Contract.child_id == person.id, Contract.childminder_id == person.id)
        )
    )
    if n:
        reasons.append(gettext_("Es gibt {n} Betreuungsverträge mit dieser Person.").format(n=n))
    return reasons + lifecycle.blockers(hooks, session, person)


def delete_person(session: Session, person: Person, *, hooks) -> None:
    reasons = delete_blockers(session, person, hooks=hooks)
    if reasons:
        raise ValidationError(" ".join(reasons))
    for link in session.scalars(
        select(PersonLink).where(
            or_(PersonLink.person_id == person.id, PersonLink.related_id == person.id)
        )
    ):
        session.delete(link)
    session.delete(person)
    session.flush()


def add_link(session: Session, person: Person, related: Person, kind: LinkKind) -> PersonLink:
    if person.id == related.id:
        raise ValidationError(
            {"related_id": gettext_("Eine Person kann nicht mit sich selbst verknüpft werden.")}
        )
    if kind is LinkKind.GUARDIAN and not related.has_role(Role.GUARDIAN):
        raise ValidationError(
            {
                "related_id": gettext_("{name} ist nicht als sorgeberechtigt erfasst.").format(
                    name=related.name
                )
            }
        )
    a, b = (
        (person, related)
        if kind is LinkKind.GUARDIAN
        else sorted((person, related), key=lambda p: p.id)
    )
    exists = session.scalar(
        select(PersonLink).where(
            PersonLink.person_id == a.id, PersonLink.related_id == b.id, PersonLink.kind == kind
        )
    )
    if exists:
        raise ValidationError({"related_id": gettext_("Diese Verknüpfung besteht bereits.")})
    link = PersonLink(person_id=a.id, related_id=b.id, kind=kind)
    session.add(link)
    session.flush()
    return link


def remove_link(session: Session, link_id: int) -> None:
    link = session.get(PersonLink, link_id)
    if link is None:
        raise NotFound(gettext_("Diese Verknüpfung gibt es nicht mehr."))
    session.delete(link)
    session.flush()


def guardians(session: Session, child: Person) -> list[tuple[PersonLink, Person]]:
    rows = session.execute(
        select(PersonLink, Person)
        .join(Person, Person.id == PersonLink.related_id)
        .where(PersonLink.person_id == child.id, PersonLink.kind == LinkKind.GUARDIAN)
        .order_by(Person.last_name, Person.first_name)
    )
    return [tuple(r) for r in rows]


def wards(session: Session, guardian: Person) -> list[tuple[PersonLink, Person]]:
    rows = session.execute(
        select(PersonLink, Person)
        .join(Person, Person.id == PersonLink.person_id)
        .where(PersonLink.related_id == guardian.id, PersonLink.kind == LinkKind.GUARDIAN)
        .order_by(Person.birth_date)
    )
    return [tuple(r) for r in rows]


def siblings(session: Session, child: Person) -> list[tuple[PersonLink, Person]]:
    links = session.scalars(
        select(PersonLink).where(
            PersonLink.kind == LinkKind.SIBLING,
            or_(PersonLink.person_id == child.id, PersonLink.related_id == child.id),
        )
    ).all()
    return [(link, link.related if link.person_id == child.id else link.person) for link in links]


def people_with_role(session: Session, role: Role) -> list[Person]:
    """Everyone with a role, by name: the choices of a picker."""
    return list(
        session.scalars(
            select(Person)
            .join(PersonRole)
            .where(PersonRole.role == role)
            .order_by(Person.last_name, Person.first_name)
        )
    )


def large_groups(session: Session) -> list[LargeGroup]:
    return list(session.scalars(select(LargeGroup).order_by(LargeGroup.name)))


def role_labels(person: Person) -> list[str]:
    return [gettext_(ROLE_LABELS[r]) for r in sorted(person.role_set)]
