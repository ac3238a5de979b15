"""How the Qualifizierung module plugs into core."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete

from core.i18n import N_
from core.kernel.contributions import MenuItem, Permission, PortalSection, Tab, Widget
from core.kernel.hookspecs import hookimpl
from core.models.persons import Role
from core.settings import SettingSpec
from plugins.qhb_training import (  # noqa: F401  (*_pages: routes)
    credentials,
    demo,
    letter_pages,
    letters,
    person_pages,
    portal_pages,
    progress,
    recognition_pages,
    reports_pages,
    schedule,
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
    return [letters.INVITATION_TEXT, letters.INVITATION_LETTER_TEXT, letters.CERTIFICATE_TEXT]


@hookimpl
def permissions():
    return [
        Permission("qhb_training.view", N_("Qualifizierung ansehen"), ("admin", "staff")),
        Permission(
            "qhb_training.edit",
            N_("Kurse, Anwesenheit und Nachweise pflegen"),
            ("admin", "staff"),
        ),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem(N_("Qualifizierung"), "/qhb_training/", "qhb_training.view", order=40)]


@hookimpl
def person_tabs(person):
    if person.has_role(Role.CHILDMINDER) or person.has_role(Role.APPLICANT):
        url = f"/qhb_training/person/{person.id}"
        return [Tab("qhb_training", N_("Qualifizierung"), url, "qhb_training.view", order=35)]
    return []


@hookimpl
def setting_specs():
    defaults = credentials.Rules()  # one place for the numbers: the rules' defaults
    return [
        SettingSpec(f"qhb_training.{name}", label, getattr(defaults, name), int)
        for name, label in credentials.RULE_LABELS.items()
    ]


@hookimpl
def qualification_level(session, person, on):
    """The level from completed curricula and the professional background, if known here."""
    return progress.level_of(session, person.id, on)


@hookimpl
def qualification_levels(session, on):
    return progress.levels_on(session, on)


@hookimpl
def dashboard_widgets(session, user):
    if not (set(permissions()[0].roles) & user.role_names):  # those who may see the list
        return []
    r = credentials.Rules.of(session)
    dues = credentials.dues(session, r, date.today())
    overdue = sum(d.overdue for d in dues)
    context = {"overdue": overdue, "due": len(dues) - overdue, "due_days": r.due_days}
    return [Widget(N_("Qualifizierung: Fristen"), "qhb_training/_widget.html", context, order=20)]


@hookimpl
def calendar_events(session, start, end, childminder_id, granted):
    if permissions()[0].name not in granted:  # courses are for those who may see them
        return []
    return schedule.calendar_events(session, start, end, childminder_id)


@hookimpl
def cli_commands():
    from plugins.qhb_training.cli import qhb

    return [qhb]


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)


@hookimpl
def person_erased(session, person):
    from plugins.qhb_training import models

    for model in (
        models.Attendance,
        models.Evidence,
        models.Assessment,
        models.Completion,
        models.Credential,
        models.Profile,
        models.Enrolment,
        models.Recognition,
    ):
        session.execute(delete(model).where(model.person_id == person.id))


@hookimpl
def portal_sections(session, person):
    url = "/qhb_training/portal/"
    return [PortalSection("qualification", N_("Qualifizierung"), url, order=40)]


@hookimpl
def portal_tasks(session, person, today):
    from plugins.qhb_training import portal

    return portal.tasks(session, person, today)
