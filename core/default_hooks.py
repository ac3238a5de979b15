"""Core's own contributions, written as hook implementations like any plugin's.

They run last (trylast), so a plugin's entries come first where order matters.
"""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.i18n import N_
from core.models.persons import Role
from core.settings import CORE_SETTINGS
from core.ui import MenuItem, Permission, PortalSection, Tab

ALL = ("admin", "staff", "finance", "viewer")  # everyone working in the office
EVERYONE = (*ALL, "hub", "council")
STAFF = ("admin", "staff")


@hookimpl(trylast=True)
def permissions():
    return [
        Permission("dashboard.view", N_("Übersicht ansehen"), EVERYONE),
        Permission("persons.view", N_("Personen ansehen"), ALL),
        Permission("persons.edit", N_("Personen bearbeiten"), STAFF),
        Permission("contracts.edit", N_("Verträge bearbeiten"), STAFF),
        Permission("calendar.view", N_("Kalender ansehen"), (*ALL, "hub")),
        Permission("calendar.edit", N_("Abwesenheiten und Schließtage pflegen"), STAFF),
        Permission("audit.view", N_("Änderungsverlauf ansehen"), STAFF),
        Permission("admin.plugins", N_("Module ein- und ausschalten"), ("admin",)),
        Permission("admin.settings", N_("Einstellungen ändern"), ("admin",)),
        Permission("admin.districts", N_("Bezirke und ihre Gebiete pflegen"), ("admin",)),
        Permission("admin.jobs", N_("Hintergrundaufträge ansehen und neu starten"), ("admin",)),
        Permission("admin.outbox", N_("Postausgang lesen und erneut senden"), ("admin",)),
        Permission(
            "privacy.manage", N_("Personenbezogene Daten nach Fristablauf löschen"), ("admin",)
        ),
        Permission("portal.use", N_("Das eigene Portal nutzen"), ("childminder",)),
        Permission("portal.invite", N_("Zugänge zum Portal vergeben und entziehen"), STAFF),
        Permission("portal.documents", N_("Dokumente ins Portal stellen und zurückziehen"), STAFF),
        Permission("consultations.offer", N_("Beratungstermine anbieten"), STAFF),
    ]


@hookimpl(trylast=True)
def menu_items(user):
    return [
        MenuItem(N_("Übersicht"), "/", "dashboard.view", order=0),
        MenuItem(N_("Personen"), "/persons", "persons.view", order=10),
        MenuItem(N_("Kalender"), "/calendar", "calendar.view", order=20),
        MenuItem(N_("Beratungstermine"), "/consultations", "consultations.offer", order=25),
        MenuItem(N_("Portal-Dokumente"), "/portal-documents", "portal.documents", order=80),
        MenuItem(N_("Module"), "/admin/plugins", "admin.plugins", order=900),
        MenuItem(N_("Einstellungen"), "/admin/settings", "admin.settings", order=910),
        MenuItem(N_("Bezirke"), "/admin/districts", "admin.districts", order=915),
        MenuItem(N_("Datenschutz"), "/admin/privacy", "privacy.manage", order=920),
        MenuItem(N_("Aufträge"), "/admin/jobs", "admin.jobs", order=930),
        MenuItem(N_("Postausgang"), "/admin/outbox", "admin.outbox", order=940),
    ]


@hookimpl(trylast=True)
def person_tabs(person):
    tabs = [
        Tab("overview", N_("Stammdaten"), f"/persons/{person.id}", "persons.view", order=0),
    ]
    if person.has_role(Role.CHILD) or person.has_role(Role.CHILDMINDER):
        tabs.append(
            Tab("contracts", N_("Verträge"), f"/persons/{person.id}/contracts", "persons.view", 10)
        )
    if person.has_role(Role.CHILDMINDER):
        tabs.append(
            Tab(
                "absences",
                N_("Abwesenheiten"),
                f"/persons/{person.id}/absences",
                "persons.view",  # a person's page; hub staff see the calendar only
                20,
            )
        )
        tabs.append(
            Tab("portal", N_("Portal"), f"/persons/{person.id}/portal", "portal.invite", 90)
        )
    tabs.append(Tab("audit", N_("Verlauf"), f"/persons/{person.id}/audit", "audit.view", order=999))
    return tabs


@hookimpl(trylast=True)
def portal_sections(session, person):
    return [
        PortalSection("absences", N_("Abwesenheiten"), "/portal/absences", order=10),
        PortalSection("consultations", N_("Beratung"), "/portal/consultations", order=70),
        PortalSection("documents", N_("Dokumente"), "/portal/documents", order=80),
    ]


@hookimpl(trylast=True)
def portal_tasks(session, person, today):
    from core.services import portal_documents

    return portal_documents.tasks(session, person)


@hookimpl(trylast=True)
def upload_findings(session, content):
    from core.virus_scan import clamav_findings

    return clamav_findings(session, content)


@hookimpl(trylast=True)
def job_kinds():
    from core import nightly, outbox

    return [*nightly.JOB_KINDS, *outbox.JOB_KINDS]


@hookimpl(trylast=True)
def setting_specs():
    return list(CORE_SETTINGS)
