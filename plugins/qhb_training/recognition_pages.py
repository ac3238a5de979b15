"""Staff's side of the certificates handed in through the portal: the list waiting for a
decision, each file, accepting (it becomes a credential or external evidence) or
rejecting with a reason she reads."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.services.persons import get_person
from core.web.routing import Req
from core.web.uploads import upload_download
from plugins.qhb_training import recognitions
from plugins.qhb_training.models import RECOGNITION_KINDS
from plugins.qhb_training.web import EDIT, VIEW, routes


@routes.page("/recognitions", permission=VIEW)
def waiting(req: Req):
    return req.render(
        "qhb_training/recognitions.html",
        rows=recognitions.waiting(req.session),
        kinds=RECOGNITION_KINDS,
    )


@routes.page("/person/{id:int}/recognitions/{rid:int}/file", permission=VIEW)
def recognition_file(req: Req):
    person = get_person(req.session, req.path_int("id"))
    row = recognitions.recognition_of(req.session, person.id, req.path_int("rid"))
    return upload_download(req, row.upload)


@routes.page("/person/{id:int}/recognitions/{rid:int}/accept", permission=EDIT, methods=("POST",))
def recognition_accept(req: Req):
    person = get_person(req.session, req.path_int("id"))
    try:
        recognitions.accept(req.session, person, req.path_int("rid"), req.user.username)
    except ValidationError as exc:
        req.flash(str(exc), "error")
        return req.redirect(f"/qhb_training/person/{person.id}")
    return req.redirect(
        f"/qhb_training/person/{person.id}",
        gettext_("Bescheinigung anerkannt und eingetragen."),
    )


@routes.page(
    "/person/{id:int}/recognitions/{rid:int}/reject", permission=EDIT, methods=("GET", "POST")
)
def recognition_reject(req: Req):
    person = get_person(req.session, req.path_int("id"))
    row = recognitions.recognition_of(req.session, person.id, req.path_int("rid"))
    errors, data = {}, {}
    if req.form is not None:
        data = dict(req.form)
        try:
            recognitions.reject(req.session, person, row.id, data, req.user.username)
        except ValidationError as exc:
            errors = exc.errors
        else:
            return req.redirect(
                f"/qhb_training/person/{person.id}",
                gettext_("Bescheinigung abgelehnt; sie sieht den Grund in ihrem Portal."),
            )
    return req.render(
        "qhb_training/recognition_reject.html",
        person=person,
        row=row,
        kinds=RECOGNITION_KINDS,
        data=data,
        errors=errors,
        status=422 if errors else 200,
    )
