"""How the Qualifizierung module plugs into core."""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.ui import MenuItem, Permission
from plugins.qhb_training import web


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [Permission("qhb_training.view", "Qualifizierung ansehen", ("admin", "staff"))]


@hookimpl
def menu_items(user):
    return [MenuItem("Qualifizierung", "/qhb_training/", "qhb_training.view", order=40)]
