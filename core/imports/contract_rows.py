"""Core's contracts sheet: one care contract a row, its child and childminder named as a
person would name them (the child by name and birth date, the childminder by licence
number or name), found among the persons already there or brought by the same file."""

from __future__ import annotations

from sqlalchemy import select

from core.errors import ValidationError
from core.forms import parse_date
from core.i18n import N_, gettext_
from core.imports.rows import FOUND, NEW, Context, existing
from core.imports.sheets import Field
from core.models import Contract
from core.models.contracts import CARE_TYPE_LABELS, WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import Role
from core.services import contracts

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


def _day(raw: str):
    try:
        return parse_date(raw)
    except ValueError:
        return None  # the form names it


def store_contract(ctx: Context, values: dict) -> None:
    child = existing(
        ctx.session,
        Role.CHILD,
        {
            "first_name": values.get("child_first_name", ""),
            "last_name": values.get("child_last_name", ""),
            "birth_date": values.get("child_birth_date", ""),
        },
    )
    if child is None or not values.get("child_birth_date"):
        raise ValidationError(
            {
                "child_last_name": gettext_(
                    "Kind: {name} ist weder erfasst noch in der Tabelle Kinder dieser Datei."
                ).format(
                    name=f"{values.get('child_first_name', '')} {values.get('child_last_name', '')}"
                )
            }
        )
    childminder = existing(
        ctx.session,
        Role.CHILDMINDER,
        {
            "first_name": values.get("childminder_first_name", ""),
            "last_name": values.get("childminder_last_name", ""),
            "permit_number": values.get("permit_number", ""),
        },
    )
    if childminder is None:
        column = "permit_number" if values.get("permit_number") else "childminder_last_name"
        raise ValidationError(
            {
                column: gettext_(
                    "Tagespflegeperson: {name} ist weder erfasst noch in der Tabelle "
                    "Tagespflegepersonen dieser Datei."
                ).format(
                    name=" ".join(
                        filter(
                            None,
                            (
                                values.get("childminder_first_name"),
                                values.get("childminder_last_name"),
                                values.get("permit_number"),
                            ),
                        )
                    )
                    or "–"
                )
            }
        )
    what = gettext_("Vertrag {child} bei {childminder} ab {start}").format(
        child=child.name, childminder=childminder.name, start=values.get("valid_from", "")
    )
    start = _day(values.get("valid_from", ""))
    there = start and ctx.session.scalar(
        select(Contract.id).where(
            Contract.child_id == child.id,
            Contract.childminder_id == childminder.id,
            Contract.valid_from == start,
        )
    )
    if there:
        ctx.note(FOUND, what)
        return
    data = {
        **{k: v for k, v in values.items() if not k.startswith(("child_", "childminder_"))},
        "child_id": str(child.id),
        "childminder_id": str(childminder.id),
    }
    data.setdefault("care_type", "regular")
    data["care_type"] = data["care_type"] or "regular"
    contracts.save_contract(ctx.session, data, hooks=ctx.hooks, announce=False)
    ctx.note(NEW, what)
