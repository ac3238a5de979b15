"""The child's Vertretung tab: contracts, coming absences, enrolments with their visits,
placements, and the parents' confirmation (PDF) and calendar file – within the user's reach."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.forms import whole_number
from core.i18n import gettext_
from core.services.persons import get_person
from core.web.persons import person_page
from core.web.routing import Req, download
from plugins.substitute_hub import board, documents, outlook, planning, providers
from plugins.substitute_hub.web import routes, visits_rule, within_reach


@routes.page("/person/{id:int}", permission="substitute_hub.view")
def person_tab(req: Req, errors=None, status=200):
    within = within_reach(req)
    person = get_person(req.session, within.child(req.path_int("id")))
    contracts, absences = outlook.child_outlook(req.session, person, date.today())
    history = board.history(req.session, within, person.id)
    return person_page(
        req,
        person,
        "substitute_hub",
        "substitute_hub/person_tab.html",
        contracts=contracts,
        absences=absences,
        within=within,
        enrolments=[
            e
            for e in providers.enrolments_of(req.session, person.id)
            if within.has_provider(e.provider_id)
        ],
        providers=[p for p in within.shown(providers.all_providers(req.session)) if p.active],
        settled=planning.settled_pairs(req.session, visits_rule(req)),
        history=history,
        errors=errors or {},
        status=status,
    )


@routes.page("/person/{id:int}/enrol", permission="substitute_hub.edit", methods=("POST",))
def person_enrol(req: Req):
    within = within_reach(req)
    person = get_person(req.session, within.child(req.path_int("id")))
    try:
        if not within.has_provider(whole_number(req.form.get("provider_id", ""))):
            raise ValidationError(
                {"provider_id": gettext_("Anbieter: nur der eigene Stützpunkt ist möglich.")}
            )
        enrolment = providers.enrol(req.session, person, req.form)
    except ValidationError as exc:
        return person_tab(req, exc.errors, 422)
    return req.redirect(
        f"/substitute_hub/person/{person.id}", f"Bei {enrolment.provider.name} angemeldet."
    )


@routes.page(
    "/person/{id:int}/enrolments/{eid:int}/visits",
    permission="substitute_hub.edit",
    methods=("POST",),
)
def person_visit(req: Req):
    within = within_reach(req)
    person = get_person(req.session, within.child(req.path_int("id")))
    enrolment = providers.get_enrolment(req.session, req.path_int("eid"), person.id)
    within.provider(req.session, enrolment.provider_id)
    try:
        providers.add_visit(req.session, enrolment, req.form)
    except ValidationError as exc:
        return person_tab(req, {f"visit{enrolment.id}.{k}": v for k, v in exc.errors.items()}, 422)
    return req.redirect(f"/substitute_hub/person/{person.id}", "Besuch eingetragen.")


@routes.page(
    "/person/{id:int}/absences/{aid:int}/confirmation.pdf", permission="substitute_hub.view"
)
def confirmation_pdf(req: Req):
    child = get_person(req.session, within_reach(req).child(req.path_int("id")))
    pdf = documents.confirmation(req.session, child, req.path_int("aid"))
    return download(pdf, "application/pdf", f"vertretung-{child.id}.pdf")


@routes.page("/person/{id:int}/absences/{aid:int}/placements.ics", permission="substitute_hub.view")
def placements_ics(req: Req):
    child = get_person(req.session, within_reach(req).child(req.path_int("id")))
    ics = documents.calendar_file(req.session, child, req.path_int("aid"))
    return download(ics, "text/calendar; charset=utf-8", f"vertretung-{child.id}.ics")
