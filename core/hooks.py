"""Core's own contributions, written as hook implementations like any plugin's, and
registered by name (`core.kernel.plugins.CORE_HOOKS`) like a module's `hooks.py`.

They run last (trylast), so a plugin's entries come first where order matters. The
settings of core's own domain are declared here; core's packages declare theirs beside
their code (letterhead, outbox, uploads, nightly work) and this collects them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import holidays

from core.files import submissions, uploads
from core.files.virus_scan import clamav_findings
from core.i18n import N_, gettext_
from core.imports import core_sheets, reading
from core.kernel.contributions import MenuItem, Permission, PortalSection, Tab
from core.kernel.hookspecs import hookimpl
from core.letters import letterhead
from core.messages import outbox
from core.messages.mail import checked_address
from core.models.persons import Role
from core.operations import nightly
from core.services import (
    accounts,
    consultations,
    contract_notices,
    permits,
    portal,
    portal_documents,
    throttle,
)
from core.settings import SettingSpec

ALL = ("admin", "staff", "finance", "viewer")  # everyone working in the office
EVERYONE = (*ALL, "hub", "council")
STAFF = ("admin", "staff")


def _site_url(raw: str, label: str) -> str:
    """The address links in mails start with: a scheme and a host, nothing after a path."""
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise ValueError(
            gettext_("{label}: eine Adresse wie https://tagwerk.beckum.de angeben.").format(
                label=label
            )
        )
    return raw.strip().rstrip("/")


AGENCY_SETTINGS = [
    SettingSpec(
        "core.state",
        N_("Bundesland (für Feiertage, Kürzel wie NW)"),
        "NW",
        choices=tuple(holidays.Germany.subdivisions),
    ),
    SettingSpec("core.agency_name", N_("Name des Trägers"), "Kindertagespflege"),
]
DOMAIN_SETTINGS = [
    SettingSpec("core.max_children_default", N_("Gleichzeitig betreute Kinder (Standard)"), 5, int),
    SettingSpec(
        "core.max_contracts", N_("Höchstzahl laufender Verträge je Tagespflegeperson"), 8, int
    ),
    SettingSpec(
        "core.large_group_max_children", N_("Kinder je Großtagespflege (Standard)"), 9, int
    ),
    SettingSpec("core.max_weekly_hours", N_("Höchste Wochenstunden je Vertrag"), 60, int),
    SettingSpec(
        "core.session_idle_minutes",
        N_("Anmeldung endet nach … Minuten ohne Nutzung"),
        120,
        int,
    ),
    SettingSpec(
        "core.session_absolute_hours", N_("Anmeldung endet spätestens nach … Stunden"), 12, int
    ),
    SettingSpec(
        "core.site_url",
        N_("Adresse von Tagwerk für Links in E-Mails (z. B. https://tagwerk.beckum.de)"),
        "",
        check=_site_url,
    ),
    SettingSpec(
        "core.portal_invite_days",
        N_("Einladungslink zum Portal gilt … Tage"),
        14,
        int,
    ),
    SettingSpec(
        "core.portal_notify",
        N_(
            "Mitteilungen an das Büro – aus dem Portal, Antworten von Familien, abgelaufene "
            "Angebote – an (E-Mail-Adresse, leer: keine)"
        ),
        "",
        check=checked_address,
    ),
]
RETENTION_SETTINGS = [
    SettingSpec(
        "core.retention_years",
        N_("Aufbewahrung: personenbezogene Daten löschen … Jahre nach Ende der Betreuung"),
        3,
        int,
    ),
]


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
        Permission("admin.import", N_("Daten aus Tabellen übernehmen (Umzug)"), ("admin",)),
        Permission("admin.users", N_("Konten des Büros und ihre Rollen verwalten"), ("admin",)),
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
        MenuItem(N_("Konten"), "/admin/users", "admin.users", order=905),
        MenuItem(N_("Einstellungen"), "/admin/settings", "admin.settings", order=910),
        MenuItem(N_("Bezirke"), "/admin/districts", "admin.districts", order=915),
        MenuItem(N_("Umzug"), "/admin/import", "admin.import", order=918),
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
    return portal_documents.tasks(session, person)


@hookimpl(trylast=True)
def upload_findings(session, content):
    return clamav_findings(session, content)


@hookimpl(trylast=True)
def job_kinds():
    return [*nightly.JOB_KINDS, *outbox.JOB_KINDS, *accounts.JOB_KINDS]


@hookimpl(trylast=True)
def events():
    return [
        *portal.EVENTS,
        *consultations.EVENTS,
        portal_documents.PUBLISHED,
        *submissions.EVENTS,
        contract_notices.CONTRACT_CHANGED,
        *permits.EVENTS,
    ]


@hookimpl(trylast=True)
def import_sheets():
    return core_sheets.SHEETS


@hookimpl(trylast=True)
def setting_specs():
    # the order is the settings page's order
    return [
        *AGENCY_SETTINGS,
        *letterhead.SETTINGS,
        *outbox.SETTINGS,
        *DOMAIN_SETTINGS,
        *permits.SETTINGS,
        *throttle.SETTINGS,
        *uploads.SETTINGS,
        *RETENTION_SETTINGS,
        *nightly.SETTINGS,
        *reading.SETTINGS,
    ]
