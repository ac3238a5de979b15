"""How the Elternbeirat module plugs into core."""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.ui import MenuItem, Permission
from plugins.parent_council import web


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [Permission("parent_council.view", "Elternbeirat ansehen", ("admin", "staff"))]


@hookimpl
def menu_items(user):
    return [MenuItem("Elternbeirat", "/parent_council/", "parent_council.view", order=60)]
