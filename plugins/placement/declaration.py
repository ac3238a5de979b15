"""A childminder's declaration about new children: read and saved for one childminder,
named by id, so the office and later her own portal go through the same checks."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from core.errors import NotFound
from core.forms import Form
from core.i18n import N_, gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.services.persons import get_person
from plugins.placement.models import Declaration
from plugins.placement.register import is_childminder

OLDEST = 14 * 12  # Kindertagespflege ends with the 14th birthday
FLAGS = {
    "early": N_("Frühbetreuung vor 7 Uhr"),
    "late": N_("Spätbetreuung nach 17 Uhr"),
    "overnight": N_("Übernachtbetreuung"),
    "inclusion": N_("Qualifikation für inklusive Betreuung"),
}


def declaration_of(session: Session, childminder_id: int) -> Declaration | None:
    person = get_person(session, childminder_id)
    if not is_childminder(person):
        raise NotFound(gettext_("Diese Tagespflegeperson gibt es nicht."))
    return session.get(Declaration, childminder_id)


def read_week(form: Form, label_of=WEEKDAY_LABELS) -> dict:
    """Start and end per weekday: both or neither, the start before the end."""
    values = {}
    for day in WEEKDAYS:
        label = gettext_(label_of[day])
        start = form.time(f"{day}_start", gettext_("{day} von").format(day=label))
        end = form.time(f"{day}_end", gettext_("{day} bis").format(day=label))
        if (start is None) != (end is None):
            form.error(
                f"{day}_start",
                gettext_("{day}: Bitte Beginn und Ende angeben.").format(day=label),
            )
        elif start is not None and start >= end:
            form.error(
                f"{day}_start",
                gettext_("{day}: Der Beginn muss vor dem Ende liegen.").format(day=label),
            )
        values[f"{day}_start"], values[f"{day}_end"] = start, end
    return values


def save_declaration(
    session: Session, childminder_id: int, data: Mapping, actor: str
) -> Declaration:
    """Create or change the declaration; all fields are checked before anything is saved."""
    declaration = declaration_of(session, childminder_id)
    person = get_person(session, childminder_id)
    form = Form(data)
    youngest = form.integer(
        "min_age_months", gettext_("Kinder ab (Monate)"), minimum=0, maximum=OLDEST
    )
    oldest = form.integer(
        "max_age_months", gettext_("Kinder bis (Monate)"), minimum=0, maximum=OLDEST
    )
    if youngest is not None and oldest is not None and youngest > oldest:
        form.error(
            "max_age_months",
            gettext_("Kinder bis (Monate): nicht jünger als „Kinder ab“."),
        )
    values = {
        "min_age_months": 0 if youngest is None else youngest,
        "max_age_months": 36 if oldest is None else oldest,
        **read_week(form),
        **{flag: form.flag(flag) for flag in FLAGS},
        "languages": form.text("languages", gettext_("Sprachen"), max_length=200),
        "meals": form.text("meals", gettext_("Verpflegung"), max_length=200),
        "pets": form.text("pets", gettext_("Haustiere"), max_length=200),
        "free_from": form.date("free_from", gettext_("Neue Kinder ab")),
        "held_places": form.integer(
            "held_places",
            gettext_("Freihalteplätze"),
            minimum=0,
            maximum=person.childminder.max_children,
        )
        or 0,
        "notes": form.text("notes", gettext_("Hinweise"), max_length=2000),
    }
    form.done()
    if declaration is None:
        declaration = Declaration(childminder_id=childminder_id)
        session.add(declaration)
    for key, value in values.items():
        setattr(declaration, key, value)
    declaration.changed_by = actor
    session.flush()
    return declaration


def form_data(declaration: Declaration | None) -> dict[str, str]:
    if declaration is None:
        return {"min_age_months": "0", "max_age_months": "36", "held_places": "0"}
    data = {
        "min_age_months": str(declaration.min_age_months),
        "max_age_months": str(declaration.max_age_months),
        "held_places": str(declaration.held_places),
        "free_from": declaration.free_from.isoformat() if declaration.free_from else "",
        **{k: getattr(declaration, k) for k in ("languages", "meals", "pets", "notes")},
        **{flag: "on" if getattr(declaration, flag) else "" for flag in FLAGS},
    }
    for day in WEEKDAYS:
        for edge in ("start", "end"):
            value = getattr(declaration, f"{day}_{edge}")
            data[f"{day}_{edge}"] = value.strftime("%H:%M") if value else ""
    return data
