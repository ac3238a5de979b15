"""The Jinja2 environment shared by pages and PDFs, with German formatting filters and the
labels of core's domain values. The web adds its form helpers on top (core.web.templating)."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, select_autoescape

from core.config import TEMPLATES_DIR
from core.format import (
    format_date,
    format_datetime,
    format_money,
    format_month,
    format_number,
    format_quantity,
    format_rate,
    format_share,
    month_name,
)
from core.i18n import LANGUAGES, N_, gettext_, install_translations
from core.models.calendar import ABSENCE_LABELS
from core.models.contracts import CARE_TYPE_LABELS
from core.salutation import address_line, address_window, salutation


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(["html", "xml"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        # templates ship with the release: compile each once, no stat() per request
        auto_reload=False,
    )
    env.filters.update(
        date=format_date,
        datetime=format_datetime,
        money=format_money,
        number=format_number,
        rate=format_rate,
        share=format_share,
        quantity=format_quantity,
        month_name=month_name,
        month=format_month,
        translate=gettext_,  # a label from code or data, no placeholders to fill
        salutation=salutation,  # a list of persons: "Sehr geehrte Frau Baum,"
        address_line=address_line,  # "Herrn Jörg Weiß"
        address_window=address_window,  # the address field's lines
    )
    env.globals.update(
        absence_labels=ABSENCE_LABELS,
        care_type_labels=CARE_TYPE_LABELS,
        person_choices=person_choices,
        languages=LANGUAGES,
        N_=N_,  # marks labels in templates that are translated where they are shown
    )
    install_translations(env)
    return env


def person_choices(persons) -> list[tuple[int, str]]:
    return [
        (p.id, p.sort_name + (f" ({format_date(p.birth_date)})" if p.birth_date else ""))
        for p in persons
    ]
