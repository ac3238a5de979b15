"""Data protection screens: a person's data as JSON or PDF, and erasure after retention."""

from __future__ import annotations

from datetime import date

from core.i18n import gettext_, ngettext_
from core.letters.letterhead import Letterhead
from core.models import AuditEntry, Person
from core.models.persons import Role
from core.services import persons as person_service
from core.services import privacy
from core.web.routing import Req, RouteTable, download

routes = RouteTable()


def record_access(req: Req, person: Person, what: str) -> None:
    """Who opened a child's data, when and which page – in the audit log, even for reading.

    Reading requests never commit their own session, so the entry has a short one."""
    if not person.has_role(Role.CHILD):
        return
    with req.installation.db.transaction(req.user.username) as session:
        session.add(
            AuditEntry(
                actor=req.user.username,
                action="read",
                entity="core_person",
                entity_id=str(person.id),
                person_id=person.id,
                changes={"seite": what},
            )
        )


def _record(req: Req):
    person = person_service.get_person(req.session, req.path_int("id"))
    return person, privacy.person_record(req.session, person)


@routes.page("/persons/{id:int}/export.json", permission="persons.edit")
def export_json(req: Req):
    person, sections = _record(req)
    record_access(req, person, req.request.url.path)
    return download(
        privacy.record_json(person, sections), "application/json", f"auskunft-{person.id}.json"
    )


@routes.page("/persons/{id:int}/export.pdf", permission="persons.edit")
def export_pdf(req: Req):
    person, sections = _record(req)
    record_access(req, person, req.request.url.path)
    sender = Letterhead.of(req.session)
    return download(
        privacy.record_pdf(person, sections, sender), "application/pdf", f"auskunft-{person.id}.pdf"
    )


@routes.page("/admin/privacy", permission="privacy.manage")
def retention(req: Req):
    years = int(req.setting("core.retention_years"))
    due = privacy.due_for_erasure(req.session, date.today(), years)
    return req.render("core/privacy.html", due=due, years=years)


@routes.page("/admin/privacy/erase", permission="privacy.manage", methods=("GET", "POST"))
def erase_due(req: Req):
    years = int(req.setting("core.retention_years"))
    today = date.today()
    if req.form is None:
        count = len(privacy.due_for_erasure(req.session, today, years))
        return req.render(
            "core/confirm.html",
            title=ngettext_(
                "%(num)d Person endgültig löschen?", "%(num)d Personen endgültig löschen?", count
            )
            % {"num": count},
            text=gettext_(
                "Namen, Anschriften, Kontaktdaten, Notizen, Verknüpfungen und die Daten der "
                "Module werden gelöscht; das lässt sich nicht rückgängig machen. Bescheide "
                "bleiben bis zum Ende ihrer eigenen Aufbewahrungsfrist."
            ),
            url="/admin/privacy/erase",
            label=gettext_("Endgültig löschen"),
            back="/admin/privacy",
        )
    persons, records = privacy.purge(req.session, req.kernel.hook, today, years)
    return req.redirect(
        "/admin/privacy",
        gettext_("{persons} Personen gelöscht, {records} Aufzeichnungen entfernt.").format(
            persons=persons, records=records
        ),
    )
