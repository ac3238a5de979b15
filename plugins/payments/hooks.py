"""How the Geldleistung module plugs into core."""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.ui import MenuItem, Permission
from plugins.payments import web


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [Permission("payments.view", "Geldleistung ansehen", ("admin", "finance"))]


@hookimpl
def menu_items(user):
    return [MenuItem("Geldleistung", "/payments/", "payments.view", order=50)]
