"""Her qualification in the portal: progress and dues, certificates to download, courses
to sign up for or leave, and certificates she hands in for recognition. Every handler
starts from her login (core.services.portal.me); ids are looked up within her records."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.files import submissions, uploads
from core.i18n import gettext_
from core.services.portal import me
from core.web import submissions as pages
from core.web.portal import USE, portal_page
from core.web.routing import Req, download
from core.web.uploads import hand_in, upload_download
from plugins.qhb_training import certificates, portal, recognitions
from plugins.qhb_training.models import ENROLMENT_STATES, RECOGNITION_KINDS
from plugins.qhb_training.web import routes, sender

ACTIVE = "qualification"


@routes.page("/portal/", permission=USE)
def qualification(req: Req):
    person = me(req.session, req.user)
    return portal_page(
        req,
        "qhb_training/portal/qualification.html",
        person,
        ACTIVE,
        states=ENROLMENT_STATES,
        **portal.overview(req.session, person, date.today()),
    )


@routes.page("/portal/completions/{id:int}.pdf", permission=USE)
def completion_pdf(req: Req):
    person = me(req.session, req.user)
    completion = certificates.get_completion(req.session, person, req.path_int("id"))
    pdf = certificates.completion_certificate(req.session, completion, sender(req))
    return download(pdf, "application/pdf", f"zertifikat-{completion.certificate_no}.pdf")


def _courses(req: Req, person, error: str = ""):
    return portal_page(
        req,
        "qhb_training/portal/courses.html",
        person,
        ACTIVE,
        offers=portal.offers(req.session, person, date.today()),
        states=ENROLMENT_STATES,
        error=error,
        status=422 if error else 200,
    )


@routes.page("/portal/courses", permission=USE)
def course_offers(req: Req):
    return _courses(req, me(req.session, req.user))


@routes.page("/portal/courses/{id:int}/enrol", permission=USE, methods=("POST",))
def course_enrol(req: Req):
    person = me(req.session, req.user)
    try:
        enrolment = portal.enrol(req.session, person, req.path_int("id"), date.today())
    except ValidationError as exc:
        return _courses(req, person, str(exc))
    message = (
        gettext_("Sie sind angemeldet.")
        if enrolment.status == "enrolled"
        else gettext_("Der Kurs ist voll; Sie stehen auf der Warteliste.")
    )
    return req.redirect("/qhb_training/portal/courses", message)


@routes.page("/portal/courses/{id:int}/withdraw", permission=USE, methods=("GET", "POST"))
def course_withdraw(req: Req):
    person = me(req.session, req.user)
    try:
        course = portal.open_course(req.session, req.path_int("id"), date.today())
        if req.form is None:
            return portal_page(
                req, "qhb_training/portal/course_withdraw.html", person, ACTIVE, course=course
            )
        portal.withdraw(req.session, person, course.id, date.today())
    except ValidationError as exc:
        return _courses(req, person, str(exc))
    return req.redirect("/qhb_training/portal/courses", gettext_("Sie sind abgemeldet."))


def _certificates(req: Req, person, data: dict, errors: dict | None = None):
    return portal_page(
        req,
        "qhb_training/portal/certificates.html",
        person,
        ACTIVE,
        rows=recognitions.recognitions_of(req.session, person.id),
        kinds=RECOGNITION_KINDS,
        status_labels=submissions.STATUS_LABELS,
        limit_kb=uploads.limit_of(req.session) // 1024,
        data=data,
        errors=errors or {},
        status=422 if errors else 200,
    )


@routes.page("/portal/certificates", permission=USE)
def certificate_list(req: Req):
    person = me(req.session, req.user)
    return _certificates(req, person, {"kind": req.query.get("kind", "first_aid")})


@routes.page("/portal/certificates", permission=USE, methods=("POST",))
def certificate_submit(req: Req):
    person = me(req.session, req.user)
    return hand_in(
        req,
        recognitions.submit,
        lambda data, errors: _certificates(req, person, data, errors),
        "/qhb_training/portal/certificates",
        gettext_("Danke, Ihre Bescheinigung ist eingereicht. Das Büro prüft sie."),
        person=person,
    )


@routes.page("/portal/certificates/{id:int}/file", permission=USE)
def certificate_file(req: Req):
    person = me(req.session, req.user)
    row = recognitions.recognition_of(req.session, person.id, req.path_int("id"))
    return upload_download(req, row.upload)


@routes.page("/portal/certificates/{id:int}/withdraw", permission=USE, methods=("GET", "POST"))
def certificate_withdraw(req: Req):
    person = me(req.session, req.user)
    row = recognitions.recognition_of(req.session, person.id, req.path_int("id"))
    return pages.withdraw_page(
        req,
        person,
        row,
        active=ACTIVE,
        title=gettext_("Bescheinigung zurückziehen?"),
        what=recognitions.described(row),
        back="/qhb_training/portal/certificates",
        message=gettext_("Die Bescheinigung ist zurückgezogen."),
    )
