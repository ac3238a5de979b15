"""How the Vertretung module plugs into core."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete

from core.i18n import N_
from core.kernel.contributions import MenuItem, Permission, Tab, Widget
from core.kernel.hookspecs import hookimpl
from core.models.persons import Role
from core.settings import SettingSpec
from plugins.substitute_hub import (  # noqa: F401  (child_pages, letter_pages: routes)
    billing,
    child_pages,
    cover,
    demo,
    documents,
    letter_pages,
    letters,
    needs,
    notices,
    outlook,
    reach,
    web,
)


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def job_kinds():
    return letters.JOB_KINDS


@hookimpl
def letter_texts():
    return [letters.TEXT, documents.LETTER_TEXT]


@hookimpl
def events():
    return notices.EVENTS


@hookimpl
def permissions():
    return [
        Permission("substitute_hub.view", N_("Vertretung ansehen"), ("admin", "staff", "hub")),
        Permission(
            "substitute_hub.edit", N_("Vertretung planen und buchen"), ("admin", "staff", "hub")
        ),
        Permission(  # without it a login sees only its own provider(s): see reach.py
            reach.ALL, N_("Alle Anbieter und Kinder der Vertretung"), ("admin", "staff")
        ),
    ]


@hookimpl
def setting_specs():
    return [
        SettingSpec(
            "substitute_hub.visits_to_settle",
            N_("Eingewöhnt nach so vielen Kennenlernbesuchen"),
            2,
            int,
        ),
        # Which substitute days the Jugendamt pays (payable.py); e.g. Rems-Murr-Kreis: 4, 12
        SettingSpec(
            "substitute_hub.paid_from_absence_day",
            N_("Vertretung bezahlt ab diesem Tag einer Abwesenheit"),
            1,
            int,
        ),
        SettingSpec(
            "substitute_hub.paid_weeks_per_care_year",
            N_("Vertretung bezahlt höchstens so viele Wochen je Kind und Jahr (0: ohne Grenze)"),
            0,
            int,
        ),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem(N_("Vertretung"), "/substitute_hub/", "substitute_hub.view", order=30)]


@hookimpl
def person_tabs(person):
    if person.has_role(Role.CHILD):
        return [
            Tab(
                "substitute_hub",
                N_("Vertretung"),
                f"/substitute_hub/person/{person.id}",
                "substitute_hub.view",
                order=30,
            )
        ]
    return []


@hookimpl
def absence_changed(session, absence, action):
    if action != "delete":
        needs.ensure_contracts(session, absence)
    needs.sync(session, absence, deleting=action == "delete")


@hookimpl
def absence_cover(session, absence):
    return cover.absence_cover(session, absence)


@hookimpl
def contract_changed(session, contract, action):
    needs.follow_contract(session, contract, deleting=action == "delete")


@hookimpl
def calendar_events(session, start, end, childminder_id, user, granted):
    within = reach.of(session, user.id, reach.ALL in granted)
    return outlook.calendar_events(session, start, end, childminder_id, within)


@hookimpl
def payment_payees(session, month):
    return billing.payees(session, month)


@hookimpl
def payment_lines(session, childminder, month):
    return billing.payment_lines(session, childminder, month)


@hookimpl
def dashboard_widgets(session, user, granted):
    if "substitute_hub.view" not in granted:
        return []
    within = reach.of(session, user.id, reach.ALL in granted)
    today = date.today()
    absent = outlook.absent_on(session, today, within)
    children = sum(a.children for a in absent)
    monday = today - timedelta(days=today.weekday())
    open_needs = outlook.open_needs(session, monday, monday + timedelta(days=6), within)
    context = {"absent": len(absent), "children": children, "open_needs": open_needs}
    return [Widget(N_("Vertretung heute"), "substitute_hub/_widget.html", context, order=10)]


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)


@hookimpl
def person_erased(session, person):
    """Enrolments and visits, needs and placements of the child or childminder, membership."""
    from plugins.substitute_hub import models

    session.execute(delete(models.Enrolment).where(models.Enrolment.child_id == person.id))
    session.execute(
        delete(models.Need).where(
            (models.Need.child_id == person.id) | (models.Need.childminder_id == person.id)
        )
    )
    session.execute(
        delete(models.ProviderMember).where(models.ProviderMember.person_id == person.id)
    )
