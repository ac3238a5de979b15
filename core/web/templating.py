"""The Jinja2 environment shared by pages and PDFs, with German formatting filters."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, select_autoescape

from core.config import TEMPLATES_DIR
from core.format import format_date, format_datetime, format_money, format_number, month_name
from core.i18n import install_translations
from core.models.calendar import ABSENCE_LABELS
from core.models.contracts import CARE_TYPE_LABELS


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(["html", "xml"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        date=format_date,
        datetime=format_datetime,
        money=format_money,
        number=format_number,
        month_name=month_name,
    )
    env.globals.update(
        absence_labels=ABSENCE_LABELS,
        care_type_labels=CARE_TYPE_LABELS,
        person_choices=person_choices,
    )
    install_translations(env)
    return env


def person_choices(persons) -> list[tuple[int, str]]:
    return [
        (p.id, p.sort_name + (f" ({format_date(p.birth_date)})" if p.birth_date else ""))
        for p in persons
    ]


def template_owner(name: str) -> str:
    """The module a template belongs to: its first folder (core/, payments/, pdf...)."""
    return name.split("/", 1)[0]
