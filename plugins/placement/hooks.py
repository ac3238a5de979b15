"""How the Vermittlung module plugs into core."""

from __future__ import annotations

from datetime import date

from core.i18n import N_
from core.kernel.contributions import MenuItem, Permission, PortalSection, Tab, Widget
from core.kernel.hookspecs import hookimpl
from core.models.persons import Role
from core.settings import SettingSpec
from plugins.placement import (  # noqa: F401  (*_pages, public: routes)
    demo,
    jobs,
    merging,
    notices,
    offer_pages,
    portal_pages,
    privacy,
    public,
    request_pages,
    web,
    widget,
)

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


@hookimpl
def job_kinds():
    return jobs.JOB_KINDS


@hookimpl
def events():
    return [*notices.EVENTS, *merging.EVENTS]


@hookimpl
def setting_specs():
    return [
        SettingSpec(
            "placement.min_fill_seconds",
            N_("Öffentliches Formular: frühestens nach … Sekunden absenden (Schutz vor Spam)"),
            5,
            int,
        ),
        SettingSpec(
            "placement.notice_months",
            N_("Bedarf anzumelden … Monate vor Betreuungsbeginn (§ 24 Abs. 5 SGB VIII)"),
            6,
            int,
        ),
        SettingSpec(
            "placement.kita_month",
            N_(
                "Wechsel in die Kita: Monat, in dem das Kita-Jahr beginnt – Verträge aus der "
                "Vermittlung enden davor nach dem dritten Geburtstag (0: unbefristet)"
            ),
            8,
            int,
        ),
        SettingSpec(
            "placement.answer_days", N_("Frist der Familie für ein Angebot in Tagen"), 14, int
        ),
        SettingSpec(
            "placement.retention_months",
            N_("Abgeschlossene Anfragen löschen nach … Monaten"),
            12,
            int,
        ),
    ]


@hookimpl
def dashboard_widgets(session, user, district):
    if not set(permissions()[0].roles) & user.role_names:
        return []
    found = widget.figures(session, date.today(), district)
    return [Widget(N_("Vermittlung"), "placement/_widget.html", found, order=15)]


@hookimpl
def person_erased(session, person):
    privacy.erase_person(session, person.id)


@hookimpl
def purge_records(session, on):
    return privacy.purge(session, on)


@hookimpl
def portal_sections(session, person):
    return [PortalSection("places", N_("Freie Plätze"), "/placement/portal/", order=20)]


@hookimpl
def portal_tasks(session, person, today):
    from plugins.placement import portal

    return portal.tasks(session, person, today)
