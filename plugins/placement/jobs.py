"""The placement's work that runs by itself: every morning, offers the family has not
answered by their day expire, so no place stays held for nobody."""

from __future__ import annotations

from datetime import date

from core.i18n import N_, gettext_
from core.jobs.queue import JobContext, JobKind, Schedule
from plugins.placement import offers


def expire_offers(ctx: JobContext) -> str:
    with ctx.installation.db.transaction("system") as session:
        count = offers.expire(session, date.today())
        note = gettext_("Abgelaufene Angebote: {count}.").format(count=count)
        ctx.complete(session, note)
    return note


JOB_KINDS = [
    JobKind(
        "placement.expire_offers",
        N_("Unbeantwortete Platzangebote ablaufen lassen"),
        expire_offers,
        schedule=Schedule("10 6 * * *"),
    )
]
