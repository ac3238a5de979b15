"""How the Vermittlung module plugs into core."""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.i18n import N_
from core.models.persons import Role
from core.ui import MenuItem, Permission, Tab
from plugins.placement import demo, request_pages, web  # noqa: F401  (request_pages: routes)

VIEW, EDIT = "placement.view", "placement.edit"


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [
        Permission(VIEW, N_("Vermittlung ansehen"), ("admin", "staff")),
        Permission(EDIT, N_("Anfragen bearbeiten und Plätze anbieten"), ("admin", "staff")),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem(N_("Vermittlung"), "/placement/requests", VIEW, order=25)]


@hookimpl
def person_tabs(person):
    if person.has_role(Role.CHILDMINDER):
        url = f"/placement/person/{person.id}"
        return [Tab("placement", N_("Freie Plätze"), url, VIEW, order=15)]
    return []


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)
