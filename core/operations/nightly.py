"""Core's work for the job worker: the nightly retention purge (once the agency turned it
on), clearing finished jobs whose messages nobody needs any more, with their files, and
each morning the notices of licences about to end."""

from __future__ import annotations

from datetime import date, timedelta

from core.db import utcnow
from core.files import uploads
from core.i18n import N_, gettext_
from core.imports import waiting
from core.jobs.queue import JobContext, JobKind, Schedule, purge_finished
from core.letters import delivery
from core.services import permits, privacy
from core.settings import SettingSpec, setting

KEEP_FINISHED_JOBS = timedelta(days=30)


def purge_due(ctx: JobContext) -> str:
    inst = ctx.installation
    kernel = inst.kernel()
    with inst.db.transaction("datenschutz") as session:
        years = int(setting(session, "core.retention_years"))
        persons, records = privacy.purge(session, kernel.hook, date.today(), years)
        message = gettext_("{persons} Personen gelöscht, {records} Aufzeichnungen entfernt.")
        message = message.format(persons=persons, records=records)
        ctx.complete(session, message)
    with inst.db.transaction("datenschutz") as session:
        uploads.sweep(session, inst.settings.data_dir)  # the files of persons just erased
    return message


def clear_old_jobs(ctx: JobContext) -> str:
    with ctx.installation.db.transaction("system") as session:
        count = purge_finished(session, utcnow() - KEEP_FINISHED_JOBS)
        delivery.sweep_printouts(session, ctx.installation.settings.data_dir)
        uploads.sweep(session, ctx.installation.settings.data_dir)
        waiting.sweep(ctx.installation.settings.data_dir)  # uploads to import, left waiting
        message = gettext_("{count} erledigte Aufträge entfernt.").format(count=count)
        ctx.complete(session, message)
    return message


def tell_permits_ending(ctx: JobContext) -> str:
    with ctx.installation.db.transaction("system") as session:
        count = permits.tell_ending(session, date.today())
        message = gettext_("Pflegeerlaubnis endet bald – benachrichtigt: {count}.")
        message = message.format(count=count)
        ctx.complete(session, message)
    return message


SETTINGS = [
    SettingSpec(
        "core.code_printout_hours",
        N_(
            "Briefe mit Codes (Wahl, Befragung) zum Drucken: löschen nach … Stunden, wenn"
            " nicht schon heruntergeladen"
        ),
        24,
        int,
    ),
    SettingSpec(
        "core.purge_nightly",
        N_("Nachts automatisch löschen, wessen Aufbewahrungsfrist abgelaufen ist"),
        False,
        bool,
    ),
]
JOB_KINDS = [
    JobKind(
        "core.purge",
        N_("Löschen nach Ablauf der Aufbewahrung"),
        purge_due,
        schedule=Schedule("30 2 * * *", setting="core.purge_nightly"),
    ),
    JobKind(
        "core.permit_notices",
        N_("Pflegeerlaubnis endet bald: Tagespflegeperson und Büro benachrichtigen"),
        tell_permits_ending,
        schedule=Schedule("20 6 * * *"),
    ),
    JobKind(
        "core.jobs_cleanup",
        N_("Alte Aufträge aufräumen"),
        clear_old_jobs,
        schedule=Schedule("15 3 * * *"),
    ),
]
