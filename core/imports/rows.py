"""Core's sheets: childminders, children with their guardians, care contracts.

A row becomes records through the services the office's forms use (`save_person`,
`add_link`, `save_contract`), so an imported record meets every rule a typed one does.
A row whose person or contract is already there is left as it is and counted as found:
importing the same file twice creates nothing twice. Imported contracts tell nobody – a
move-in records what already is; it is no news to the families."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.i18n import N_, gettext_
from core.models import Childminder, Person, PersonLink, PersonRole
from core.models.persons import Employment, LinkKind, Role
from core.services import persons
from core.settings import settings_of

NEW, FOUND, LINKED = N_("neu angelegt"), N_("schon vorhanden"), N_("verknüpft")


@dataclass
class Context:
    session: Session
    hooks: object
    today: date
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (what happened, to whom)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (field key, message)

    def note(self, action: str, what: str) -> None:
        self.outcomes.append((action, what))

    def warn(self, key: str, message: str) -> None:
        """Worth a look, but no reason to hold the file back."""
        self.warnings.append((key, message))


def store_childminder(ctx: Context, values: dict) -> None:
    name = _name(values)
    if existing(ctx.session, Role.CHILDMINDER, values) is not None:
        ctx.note(FOUND, gettext_("Tagespflegeperson {name}").format(name=name))
        return
    default_max = settings_of(ctx.session).get(ctx.session, "core.max_children_default")
    data = {**values, "roles": [Role.CHILDMINDER.value]}
    # most childminders work on their own account; a sheet without the column means that
    data["employment"] = values.get("employment") or Employment.SELF_EMPLOYED.value
    persons.save_person(ctx.session, data, default_max_children=int(default_max))
    ctx.note(NEW, gettext_("Tagespflegeperson {name}").format(name=name))


def store_child(ctx: Context, values: dict) -> None:
    own = {k: v for k, v in values.items() if not k.startswith("guardian")}
    child = existing(ctx.session, Role.CHILD, own)
    if child is None:
        child = persons.save_person(ctx.session, {**own, "roles": [Role.CHILD.value]})
        ctx.note(NEW, gettext_("Kind {name}").format(name=child.name))
    else:
        ctx.note(FOUND, gettext_("Kind {name}").format(name=child.name))
    named = 0
    for n in (1, 2):
        prefix = f"guardian{n}_"
        guardian = {k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix)}
        if guardian.get("first_name") or guardian.get("last_name"):
            _store_guardian(ctx, child, guardian, prefix)
            named += 1
    if not named and not persons.guardians(ctx.session, child):
        ctx.warn(
            "last_name",
            gettext_(
                "{name} hat keine sorgeberechtigte Person; Briefe erreichen niemanden."
            ).format(name=child.name),
        )


def _store_guardian(ctx: Context, child: Person, values: dict, prefix: str) -> None:
    linked = ctx.session.scalars(
        select(Person)
        .join(PersonLink, PersonLink.related_id == Person.id)
        .where(PersonLink.person_id == child.id, PersonLink.kind == LinkKind.GUARDIAN)
    ).all()
    name = _name(values)
    if any(_same_name(p, values) for p in linked):
        ctx.note(FOUND, gettext_("Sorgeberechtigte Person {name}").format(name=name))
        return
    guardian = existing(ctx.session, Role.GUARDIAN, values, contact=True)
    if guardian is None:
        address = {k: getattr(child, k) for k in ("street", "postal_code", "city")}
        try:
            guardian = persons.save_person(
                ctx.session, {**address, **values, "roles": [Role.GUARDIAN.value]}
            )
        except ValidationError as exc:  # the guardian's columns, not the child's
            raise ValidationError({prefix + k: v for k, v in exc.errors.items()}) from None
        ctx.note(NEW, gettext_("Sorgeberechtigte Person {name}").format(name=name))
    persons.add_link(ctx.session, child, guardian, LinkKind.GUARDIAN)
    ctx.note(
        LINKED,
        gettext_("{guardian} ist sorgeberechtigt für {child}").format(
            guardian=guardian.name, child=child.name
        ),
    )


def _name(values: dict) -> str:
    return f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()


def _same_name(person: Person, values: dict) -> bool:
    return (person.first_name.casefold(), person.last_name.casefold()) == (
        values.get("first_name", "").casefold(),
        values.get("last_name", "").casefold(),
    )


def existing(session: Session, role: Role, values: dict, *, contact=False) -> Person | None:
    """The person with this role already there: same names and, where both know it, the
    same birth date; a childminder also by her licence number, a guardian only with the
    same e-mail or phone (two parents may share a name)."""
    number = values.get("permit_number", "")
    if role is Role.CHILDMINDER and number:
        found = session.scalar(
            select(Person).join(Childminder).where(Childminder.permit_number == number)
        )
        if found is not None:
            return found
    query = (
        select(Person)
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(
            PersonRole.role == role,
            func.lower(Person.first_name) == values.get("first_name", "").lower(),
            func.lower(Person.last_name) == values.get("last_name", "").lower(),
        )
        .order_by(Person.id)
    )
    for person in session.scalars(query):
        born = values.get("birth_date", "")
        if born and person.birth_date and person.birth_date.isoformat() != born:
            continue
        if contact and not (
            (values.get("email") and values["email"].lower() == person.email.lower())
            or (values.get("phone") and values["phone"] == person.phone)
        ):
            continue
        return person
    return None
