"""The Jinja2 environment of the web pages: the shared one (core.templating) with CSRF
fields, one-time form tokens and the form macros; rendering single blocks for htmx."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, nodes, pass_context
from markupsafe import Markup

from core.templating import make_environment as base_environment
from core.web.once import form_once


def make_environment() -> Environment:
    """The pages' environment: the shared one plus what only forms need."""
    env = base_environment()
    env.globals.update(
        form_once=form_once,  # the one-time token of a create form (core.web.once)
        csrf_field=csrf_field,
    )
    # Form macros are global, so a block rendered alone for htmx still finds them.
    macros = env.get_template("macros.html").module
    env.globals.update({name: getattr(macros, name) for name in MACROS})
    return env


MACROS = ("field", "select", "textarea", "checkbox", "error_summary", "district_select")


@pass_context
def csrf_field(context) -> Markup:
    """The hidden field every POST form carries: `{{ csrf_field() }}` (core.web.csrf).
    Without the page's token the form could never be sent (a macro imported without
    `with context`): that is a mistake in the template, so it fails loudly."""
    token = context.get("csrf_token")
    if not token:
        raise RuntimeError("csrf_field() without the page's token: import the macro 'with context'")
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(token)


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


def template_owner(name: str) -> str:
    """The module a template belongs to: its first folder (core/, payments/, pdf...)."""
    return name.split("/", 1)[0]
