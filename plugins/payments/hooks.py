"""How the Geldleistung module plugs into core."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from core.i18n import N_
from core.kernel.contributions import MenuItem, Permission, PortalSection, Tab, Widget
from core.kernel.hookspecs import hookimpl
from core.letters import letterhead
from core.models import Person
from core.models.persons import Role
from core.settings import SettingSpec
from plugins.payments import (  # noqa: F401
    demo,
    exports,
    letter_pages,
    models,
    portal_pages,
    proof_pages,
    rate_pages,
    retention,
    web,
)


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def permissions():
    return [
        Permission("payments.view", N_("Geldleistung ansehen"), ("admin", "finance")),
        Permission(
            "payments.edit", N_("Zahlläufe berechnen und abschließen"), ("admin", "finance")
        ),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem(N_("Geldleistung"), "/payments/", "payments.view", order=50)]


@hookimpl
def person_tabs(person):
    if person.has_role(Role.CHILDMINDER):
        url = f"/payments/person/{person.id}"
        return [Tab("payments", N_("Geldleistung"), url, "payments.view", order=40)]
    return []


@hookimpl
def setting_specs():
    return [
        SettingSpec(
            "payments.change_warning_percent",
            N_("Hinweis, wenn sich der Betrag gegenüber dem Vormonat um mehr als … % ändert"),
            20,
            int,
        ),
        SettingSpec(
            "payments.debtor_name",
            N_("Auszahlende Stelle, falls abweichend vom Briefkopf (Bescheid und Überweisung)"),
            "",
        ),
        SettingSpec(
            "payments.debtor_iban",
            N_("IBAN des auszahlenden Kontos, falls abweichend vom Briefkopf"),
            "",
            check=letterhead.iban,
        ),
        SettingSpec(
            "payments.sepa_format",
            N_("SEPA-Format der Überweisungsdatei (.03 nur, wo die Bank es noch verlangt)"),
            exports.SEPA_CURRENT,
            choices=exports.SEPA_FORMATS,
        ),
        SettingSpec(
            "payments.background_from",
            N_("Zahllauf im Hintergrund mit Fortschrittsanzeige ab … Tagespflegepersonen"),
            2000,
            int,
        ),
        SettingSpec(
            "payments.sender_street",
            N_("Anschrift der auszahlenden Stelle, falls abweichend vom Briefkopf: Straße"),
            "",
        ),
        SettingSpec(
            "payments.sender_city",
            N_("Anschrift der auszahlenden Stelle, falls abweichend vom Briefkopf: PLZ und Ort"),
            "",
        ),
        SettingSpec(
            retention.RETENTION_KEY,
            N_("Aufbewahrung der Zahlungsunterlagen: … Jahre nach Ende des Kalenderjahres"),
            10,  # § 147 Abs. 3 AO for vouchers of payments
            int,
        ),
    ]


@hookimpl
def job_kinds():
    from plugins.payments import letters
    from plugins.payments.runs import jobs

    return [*jobs.JOB_KINDS, *letters.JOB_KINDS]


@hookimpl
def letter_texts():
    from plugins.payments import letters

    return [letters.TEXT]


@hookimpl
def cli_commands():
    from plugins.payments.cli import payments

    return [payments]


@hookimpl
def offline_commands():
    from plugins.payments.cli_offline import payments_offline

    return [payments_offline]


@hookimpl
def delete_blockers(session, entity):
    if not isinstance(entity, Person):
        return []
    statuses = set(
        session.scalars(
            select(models.Run.status)
            .join(models.Statement, models.Statement.run_id == models.Run.id)
            .where(models.Statement.childminder_id == entity.id)
        )
    )
    if models.FINAL in statuses:
        return ["Für diese Person gibt es abgeschlossene Zahlläufe (Aufbewahrungspflicht)."]
    if models.DRAFT in statuses:
        return [
            "Die Person steht in einem Zahllauf-Entwurf; bitte ihn verwerfen oder neu berechnen."
        ]
    return []


@hookimpl
def dashboard_widgets(session, user):
    if not (set(permissions()[0].roles) & user.role_names):
        return []
    month = date.today().replace(day=1)
    found = session.scalars(
        select(models.Run).where(models.Run.month == month).order_by(models.Run.id.desc())
    ).first()
    context = {"month": month, "run": found, "status_labels": models.RUN_STATUS_LABELS}
    return [Widget(N_("Geldleistung"), "payments/_widget.html", context, order=30)]


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)


@hookimpl
def person_erased(session, person):
    retention.erase_person(session, person)


@hookimpl
def purge_records(session, on):
    return retention.purge_runs(session, on)


@hookimpl
def portal_sections(session, person):
    return [PortalSection("money", N_("Geld"), "/payments/portal/", order=30)]


@hookimpl
def portal_tasks(session, person, today):
    from plugins.payments import portal

    return portal.tasks(session, person, today)
