"""Qualifizierung: a person's tab – progress per curriculum, evidence, assessments,
recognition, credentials, profile, licence, completions and their certificates."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.format import format_date
from core.i18n import gettext_
from core.models.persons import Role
from core.services.persons import get_person
from core.web.persons import person_page
from core.web.routing import Req, download
from plugins.qhb_training import (
    certificates,
    credentials,
    curricula,
    licence,
    progress,
    recognitions,
)
from plugins.qhb_training.models import (
    CREDENTIAL_KINDS,
    ENROLMENT_STATES,
    EVIDENCE_KINDS,
    RECOGNITION_KINDS,
)
from plugins.qhb_training.web import EDIT, VIEW, confirm, routes, rules, sender


@routes.page("/person/{id:int}", permission=VIEW)
def person_tab(req: Req, errors=None, status=200, data=None):
    person = get_person(req.session, req.path_int("id"))
    r = rules(req)
    profile = licence.stored_profile(req.session, person.id)
    return person_page(
        req,
        person,
        "qhb_training",
        "qhb_training/person_tab.html",
        progress=progress.progress(req.session, person.id),
        curricula=curricula.all_curricula(req.session, active_only=True),
        profile=profile,
        may_be_licensed=progress.has_unlocking_completion(req.session, person.id, date.today()),
        part2_deadline=licence.part2_deadline(req.session, person.id, r.part2_months),
        credentials=credentials.credentials_of(req.session, person.id),
        dues=credentials.dues(req.session, r, date.today(), person.id)
        if person.has_role(Role.CHILDMINDER)
        else [],
        evidence=progress.evidence_of(req.session, person.id),
        enrolments=progress.enrolments_of(req.session, person.id),
        evidence_kinds=EVIDENCE_KINDS,
        credential_kinds=CREDENTIAL_KINDS,
        recognitions=recognitions.recognitions_of(req.session, person.id),
        recognition_kinds=RECOGNITION_KINDS,
        enrolment_states=ENROLMENT_STATES,
        level=progress.level_of(req.session, person.id, date.today()),
        curriculum_choices=lambda items: [(c.id, c.name) for c in items],
        form_state=lambda prefix: (_scoped(data or {}, prefix), _scoped(errors or {}, prefix)),
        errors=errors or {},
        status=status,
    )


def _scoped(mapping: dict, prefix: str) -> dict:
    """The entries of one form on a page with several: its prefix removed."""
    return {k[len(prefix) :]: v for k, v in mapping.items() if k.startswith(prefix)}


def _person_action(req: Req, prefix: str, action, message):
    """Run one form of the person tab; errors come back prefixed to their form."""
    person = get_person(req.session, req.path_int("id"))
    try:
        result = action(person)
    except ValidationError as exc:
        errors = {f"{prefix}{k}": v for k, v in exc.errors.items()}
        data = {f"{prefix}{k}": v for k, v in req.form.items()}
        return person_tab(req, errors, 422, data)
    return req.redirect(f"/qhb_training/person/{person.id}", message(result))


@routes.page("/person/{id:int}/evidence", permission=EDIT, methods=("POST",))
def person_evidence(req: Req):
    return _person_action(
        req,
        "ev_",
        lambda p: progress.add_evidence(req.session, p, req.form),
        lambda e: gettext_("{kind} eingetragen.").format(
            kind=gettext_(EVIDENCE_KINDS[e.kind]).split(" (")[0]
        ),
    )


@routes.page("/person/{id:int}/assessment", permission=EDIT, methods=("POST",))
def person_assessment(req: Req):
    return _person_action(
        req,
        "lef_",
        lambda p: progress.record_assessment(req.session, p, req.form),
        lambda a: (
            "Lernergebnisfeststellung eingetragen: "
            + ("bestanden." if a.passed else gettext_("nicht bestanden."))
        ),
    )


@routes.page("/person/{id:int}/recognise", permission=EDIT, methods=("POST",))
def person_recognise(req: Req):
    return _person_action(
        req,
        "rec_",
        lambda p: progress.recognise(req.session, p, req.form),
        lambda c: gettext_("{name} als abgeschlossen anerkannt.").format(name=c.curriculum.name),
    )


@routes.page("/person/{id:int}/credential", permission=EDIT, methods=("POST",))
def person_credential(req: Req):
    return _person_action(
        req,
        "cr_",
        lambda p: credentials.add_credential(req.session, p, req.form, rules(req)),
        lambda c: (
            gettext_("{title} eingetragen, gültig bis {valid_until}.").format(
                title=c.title, valid_until=format_date(c.valid_until)
            )
            if c.valid_until
            else gettext_("{title} eingetragen.").format(title=c.title)
        ),
    )


@routes.page("/person/{id:int}/profile", permission=EDIT, methods=("POST",))
def person_profile(req: Req):
    return _person_action(
        req,
        "pr_",
        lambda p: licence.save_profile(req.session, p, req.form),
        lambda _: gettext_("Beruflicher Hintergrund gespeichert."),
    )


@routes.page("/person/{id:int}/licence", permission=EDIT, methods=("POST",))
def person_licence(req: Req):
    return _person_action(
        req,
        "lic_",
        lambda p: licence.grant_licence(
            req.session, p, req.form, licence_years=rules(req).licence_years
        ),
        lambda cm: gettext_("Pflegeerlaubnis eingetragen, gültig bis {permit_valid_until}.").format(
            permit_valid_until=format_date(cm.permit_valid_until)
        ),
    )


@routes.page("/person/{id:int}/complete/{cid:int}", permission=EDIT, methods=("POST",))
def person_complete(req: Req):
    person = get_person(req.session, req.path_int("id"))
    curriculum = curricula.get_curriculum(req.session, req.path_int("cid"))
    completion = progress.complete(req.session, person, curriculum, date.today())
    return req.redirect(
        f"/qhb_training/person/{person.id}",
        f"{curriculum.name} abgeschlossen, Zertifikat {completion.certificate_no}.",
    )


@routes.page(
    "/person/{id:int}/completions/{cid:int}/delete", permission=EDIT, methods=("GET", "POST")
)
def completion_delete(req: Req):
    person = get_person(req.session, req.path_int("id"))
    completion = certificates.get_completion(req.session, person, req.path_int("cid"))
    url = f"/qhb_training/person/{person.id}"
    if req.form is None:
        return confirm(
            req,
            gettext_("Abschluss {name} zurücknehmen?").format(name=completion.curriculum.name),
            gettext_(
                "Nur bei einem Fehler: Das Zertifikat {certificate_no} gilt dann nicht "
                "mehr, und die Stufe für die Geldleistung richtet sich nach den übrigen "
                "Abschlüssen."
            ).format(certificate_no=completion.certificate_no),
            f"{url}/completions/{completion.id}/delete",
            gettext_("Abschluss zurücknehmen"),
            url,
        )
    progress.withdraw_completion(req.session, completion)
    return req.redirect(url, gettext_("Abschluss zurückgenommen."))


@routes.page("/person/{id:int}/completions/{cid:int}.pdf", permission=VIEW)
def completion_pdf(req: Req):
    person = get_person(req.session, req.path_int("id"))
    completion = certificates.get_completion(req.session, person, req.path_int("cid"))
    body = certificates.completion_certificate(req.session, completion, sender(req))
    return download(body, "application/pdf", f"zertifikat-{completion.certificate_no}.pdf")
