"""The Jinja2 environment shared by pages and PDFs, with German formatting filters."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, nodes, pass_context, select_autoescape
from markupsafe import Markup

from core.config import TEMPLATES_DIR
from core.format import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_quantity,
    format_rate,
    format_share,
    month_name,
)
from core.i18n import N_, gettext_, install_translations
from core.models.calendar import ABSENCE_LABELS
from core.models.contracts import CARE_TYPE_LABELS
from core.web.once import form_once


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
        translate=gettext_,  # a label from code or data, no placeholders to fill
    )
    env.globals.update(
        absence_labels=ABSENCE_LABELS,
        care_type_labels=CARE_TYPE_LABELS,
        person_choices=person_choices,
        N_=N_,  # marks labels in templates that are translated where they are shown
        form_once=form_once,  # the one-time token of a create form (core.web.once)
        csrf_field=csrf_field,
    )
    install_translations(env)
    # Form macros are global, so a block rendered alone for htmx still finds them.
    macros = env.get_template("macros.html").module
    env.globals.update({name: getattr(macros, name) for name in MACROS})
    return env


MACROS = ("field", "select", "textarea", "checkbox", "error_summary")


@pass_context
def csrf_field(context) -> Markup:
    """The hidden field every POST form carries: `{{ csrf_field() }}` (core.web.csrf)."""
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(
        context.get("csrf_token", "")
    )


def render_block(env: Environment, template_name: str, block_name: str, context: dict) -> str:
    """Render one block of a template, including blocks it inherits from its parents."""
    template = env.get_template(template_name)
    ctx = template.new_context(context)
    current = template_name
    while parent := _parent_of(env, current):
        for name, func in env.get_template(parent).blocks.items():
            ctx.blocks.setdefault(name, []).append(func)
        current = parent
    if block_name not in ctx.blocks:
        raise KeyError(f"Template {template_name} has no block {block_name}")
    return "".join(ctx.blocks[block_name][0](ctx))


@lru_cache(maxsize=512)
def _parent_of(env: Environment, name: str) -> str | None:
    """The template `name` extends (read once: templates do not change while running)."""
    source, _, _ = env.loader.get_source(env, name)
    extends = env.parse(source).find(nodes.Extends)
    return extends.template.value if extends and isinstance(extends.template, nodes.Const) else None


def person_choices(persons) -> list[tuple[int, str]]:
    return [
        (p.id, p.sort_name + (f" ({format_date(p.birth_date)})" if p.birth_date else ""))
        for p in persons
    ]


def template_owner(name: str) -> str:
    """The module a template belongs to: its first folder (core/, payments/, pdf...)."""
    return name.split("/", 1)[0]
