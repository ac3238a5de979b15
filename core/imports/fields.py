"""The columns of core's sheets: each field's template header, the other spellings
offices use for it (German and English), how its cells are read, an example."""

from __future__ import annotations

from core.i18n import N_
from core.imports.sheets import Field
from core.models.contracts import CARE_TYPE_LABELS, WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import ADDRESS_LABELS, EMPLOYMENT_LABELS

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
        f
        if f.key != "birth_date"
        else Field(**{**f.__dict__, "required": True, "example": "03.05.2024"})
        for f in PERSON
        if f.key not in ("phone", "email")
    ],
    *_guardian_fields(1),
    *_guardian_fields(2),
)


_SHORT = {"mo": "Mo", "tu": "Di", "we": "Mi", "th": "Do", "fr": "Fr", "sa": "Sa", "su": "So"}
HOUR_LABELS = {
    "mo": N_("Stunden Mo"),
    "tu": N_("Stunden Di"),
    "we": N_("Stunden Mi"),
    "th": N_("Stunden Do"),
    "fr": N_("Stunden Fr"),
    "sa": N_("Stunden Sa"),
    "su": N_("Stunden So"),
}

CONTRACT = (
    Field(
        "child_last_name",
        N_("Kind Nachname"),
        required=True,
        synonyms=("Nachname Kind", "Kind Name", "child last name"),
        example="Beispiel",
    ),
    Field(
        "child_first_name",
        N_("Kind Vorname"),
        required=True,
        synonyms=("Vorname Kind", "child first name"),
        example="Mia",
    ),
    Field(
        "child_birth_date",
        N_("Kind Geburtsdatum"),
        "date",
        required=True,
        synonyms=("Geburtsdatum Kind", "Kind geb.", "child birth date", "child date of birth"),
        example="03.05.2024",
    ),
    Field(
        "childminder_last_name",
        N_("Tagespflegeperson Nachname"),
        synonyms=(
            "Nachname Tagespflegeperson",
            "TPP Nachname",
            "Tagesmutter Nachname",
            "childminder last name",
        ),
        example="Beispiel",
    ),
    Field(
        "childminder_first_name",
        N_("Tagespflegeperson Vorname"),
        synonyms=(
            "Vorname Tagespflegeperson",
            "TPP Vorname",
            "Tagesmutter Vorname",
            "childminder first name",
        ),
        example="Anna",
    ),
    Field(
        "permit_number",
        N_("Nummer der Pflegeerlaubnis"),
        synonyms=("Erlaubnisnummer", "licence number", "permit number"),
        example="PE-2024-17",
    ),
    Field(
        "valid_from",
        N_("Beginn"),
        "date",
        required=True,
        synonyms=("Vertragsbeginn", "von", "ab", "Betreuungsbeginn", "start", "from"),
        example="01.08.2025",
    ),
    Field(
        "valid_to",
        N_("Ende"),
        "date",
        synonyms=("Vertragsende", "bis", "Betreuungsende", "end", "to"),
        example="",
    ),
    *(
        Field(
            f"hours_{day}",
            HOUR_LABELS[day],
            "decimal",
            synonyms=(f"{WEEKDAY_LABELS[day]}", f"Std {_SHORT[day]}", f"hours {day}"),
            example="0" if day in ("sa", "su") else "8",
        )
        for day in WEEKDAYS
    ),
    Field(
        "special_needs",
        N_("Erhöhter Förderbedarf"),
        "flag",
        synonyms=("Förderbedarf", "special needs"),
        example="nein",
    ),
    Field(
        "care_type",
        N_("Betreuungsform"),
        "choice",
        choices=CARE_TYPE_LABELS,
        synonyms=("care type",),
        example="im Haushalt der Tagespflegeperson",
    ),
    Field("reference", N_("Aktenzeichen"), synonyms=("Az", "Az.", "reference"), example=""),
)
