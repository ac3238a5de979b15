"""How the Elternbeirat module plugs into core."""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.settings import SettingSpec
from core.ui import MenuItem, Permission
from plugins.parent_council import demo, public, web  # noqa: F401  (public adds its routes)
from plugins.parent_council.models import VOTE_BASES


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [
        Permission("parent_council.view", "Elternbeirat ansehen", ("admin", "staff")),
        Permission(
            "parent_council.edit", "Wahlen, Sitzungen und Befragungen führen", ("admin", "staff")
        ),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem("Elternbeirat", "/parent_council/", "parent_council.view", order=60)]


@hookimpl
def setting_specs():
    return [
        SettingSpec(
            "parent_council.basis",
            "Stimmrecht bei Wahlen",
            "child",
            choices=tuple(VOTE_BASES),
        ),
        SettingSpec("parent_council.seats", "Zu wählende Elternvertretungen", 3, int),
        SettingSpec("parent_council.deputies", "Zu wählende Stellvertretungen", 3, int),
        SettingSpec(
            "parent_council.quorum_percent",
            "Quorum: Mindestbeteiligung der Wahlberechtigten in %",
            0,
            int,
        ),
        SettingSpec("parent_council.term_months", "Amtszeit in Monaten", 12, int),
        SettingSpec(
            "parent_council.min_group",
            "Befragungen: keine Auswertung unter … Antworten",
            5,
            int,
        ),
    ]


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)
