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
from core.imports.sheets import Field
from core.models import Childminder, Person, PersonLink, PersonRole
from core.models.persons import ADDRESS_LABELS, EMPLOYMENT_LABELS, Employment, LinkKind, Role
from core.services import persons
from core.settings import settings_of

NEW, FOUND, LINKED = N_("neu angelegt"), N_("schon vorhanden"), N_("verknüpft")


@dataclass
class Context:
    session: Session
    hooks: object
    today: date
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (what happened, to whom)

    def note(self, action: str, what: str) -> None:
        self.outcomes.append((action, what))


# --- persons ---------------------------------------------------------------------------

PERSON = (
    Field(
        "last_name",
        N_("Nachname"),
        required=True,
        synonyms=("Name", "Familienname", "last name", "surname", "family name"),
        example="Beispiel",
    ),
    Field(
        "first_name",
        N_("Vorname"),
        required=True,
        synonyms=("Rufname", "first name", "given name", "firstname"),
        example="Anna",
    ),
    Field(
        "birth_date",
        N_("Geburtsdatum"),
        "date",
        synonyms=(
            "Geburtstag",
            "geb.",
            "geboren",
            "geb am",
            "Geb.-Datum",
            "Geb.Dat.",
            "birth date",
            "date of birth",
            "dob",
        ),
        example="12.08.1971",
    ),
    Field(
        "street",
        N_("Straße und Hausnummer"),
        synonyms=("Straße", "Strasse", "Adresse", "Anschrift", "street", "address"),
        example="Marktstraße 1",
    ),
    Field(
        "postal_code",
        N_("PLZ"),
        synonyms=("Postleitzahl", "postal code", "zip", "postcode"),
        example="59269",
    ),
    Field("city", N_("Ort"), synonyms=("Wohnort", "Stadt", "city", "town"), example="Beckum"),
    Field(
        "phone",
        N_("Telefon"),
        synonyms=("Tel", "Tel.", "Telefonnummer", "Handy", "Mobil", "phone"),
        example="02521 12345",
    ),
    Field(
        "email",
        N_("E-Mail"),
        synonyms=("Email", "Mail", "E-Mail-Adresse", "e-mail address"),
        example="anna@example.org",
    ),
)
CHILDMINDER = (
    Field(
        "form_of_address",
        N_("Anrede"),
        "choice",
        choices=ADDRESS_LABELS,
        synonyms=("salutation", "title"),
        example="Frau",
    ),
    *PERSON,
    Field(
        "permit_number",
        N_("Nummer der Pflegeerlaubnis"),
        synonyms=(
            "Erlaubnisnummer",
            "Pflegeerlaubnis Nr",
            "Aktenzeichen Erlaubnis",
            "licence number",
            "permit number",
        ),
        example="PE-2024-17",
    ),
    Field(
        "permit_valid_until",
        N_("Pflegeerlaubnis gültig bis"),
        "date",
        synonyms=(
            "Erlaubnis bis",
            "Pflegeerlaubnis bis",
            "gültig bis",
            "licence valid until",
            "permit valid until",
        ),
        example="31.07.2029",
    ),
    Field(
        "max_children",
        N_("Gleichzeitig betreute Kinder"),
        "integer",
        synonyms=("Plätze", "Anzahl Kinder", "Kinder max", "max children", "places"),
        example="5",
    ),
    Field(
        "employment",
        N_("Beschäftigung"),
        "choice",
        choices=EMPLOYMENT_LABELS,
        synonyms=("employment",),
        example="selbstständig",
    ),
    Field(
        "iban",
        N_("IBAN"),
        synonyms=("Bankverbindung", "Konto", "bank account"),
        example="DE02120300000000202051",
    ),
)


# (last name, first name, phone, e-mail) of each guardian's columns: marked one by one,
# so the English screen names them too
GUARDIAN_LABELS = {
    1: (
        N_("Sorgeberechtigte 1 Nachname"),
        N_("Sorgeberechtigte 1 Vorname"),
        N_("Sorgeberechtigte 1 Telefon"),
        N_("Sorgeberechtigte 1 E-Mail"),
    ),
    2: (
        N_("Sorgeberechtigte 2 Nachname"),
        N_("Sorgeberechtigte 2 Vorname"),
        N_("Sorgeberechtigte 2 Telefon"),
        N_("Sorgeberechtigte 2 E-Mail"),
    ),
}


def _guardian_fields(n: int) -> tuple[Field, ...]:
    prefix = f"guardian{n}_"
    last, first, phone, email = GUARDIAN_LABELS[n]
    return (
        Field(
            prefix + "last_name",
            last,
            synonyms=(
                f"Elternteil {n} Nachname",
                "Mutter Nachname" if n == 1 else "Vater Nachname",
                f"guardian {n} last name",
                f"parent {n} last name",
            ),
            example="Beispiel",
        ),
        Field(
            prefix + "first_name",
            first,
            synonyms=(
                f"Elternteil {n} Vorname",
                "Mutter Vorname" if n == 1 else "Vater Vorname",
                f"guardian {n} first name",
                f"parent {n} first name",
            ),
            example="Eva" if n == 1 else "",
        ),
        Field(
            prefix + "phone",
            phone,
            synonyms=(f"Elternteil {n} Telefon", f"guardian {n} phone", f"parent {n} phone"),
            example="02521 555" if n == 1 else "",
        ),
        Field(
            prefix + "email",
            email,
            synonyms=(f"Elternteil {n} E-Mail", f"guardian {n} email", f"parent {n} email"),
            example="eva@example.org" if n == 1 else "",
        ),
    )


CHILD = (
    *[
        f if f.key != "birth_date" else Field(**{**f.__dict__, "required": True})
        for f in PERSON
        if f.key not in ("phone", "email")
    ],
    *_guardian_fields(1),
    *_guardian_fields(2),
)


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
    for n in (1, 2):
        prefix = f"guardian{n}_"
        guardian = {k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix)}
        if guardian.get("first_name") or guardian.get("last_name"):
            _store_guardian(ctx, child, guardian, prefix)


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
