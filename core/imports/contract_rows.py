"""Core's contracts sheet: one care contract a row, its child and childminder named as a
person would name them (the child by name and birth date, the childminder by licence
number or name), found among the persons already there or brought by the same file."""

from __future__ import annotations

from sqlalchemy import select

from core.errors import ValidationError
from core.forms import parse_date
from core.i18n import gettext_
from core.imports.rows import FOUND, NEW, Context, existing
from core.models import Contract
from core.models.persons import Role
from core.services import contracts


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
    contract = contracts.save_contract(ctx.session, data, hooks=ctx.hooks, announce=False)
    ctx.note(NEW, what)
    licence = childminder.childminder and childminder.childminder.permit_valid_until
    # open-ended contracts are the rule and pay only while the licence lasts; a contract
    # that starts or is agreed to end after it is what a clerk mistyped
    if licence and (contract.valid_from > licence or (contract.valid_to or licence) > licence):
        ctx.warn(
            "valid_to",
            gettext_(
                "Der Vertrag läuft über das Ende der Pflegeerlaubnis von {name} am {day} hinaus."
            ).format(name=childminder.name, day=licence.strftime("%d.%m.%Y")),
        )
