"""Staff's side of the certificates handed in through the portal: the list waiting for a
decision, each file, accepting (it becomes a credential or external evidence) or
rejecting with a reason she reads."""

from __future__ import annotations

from core.i18n import gettext_
from core.services.persons import get_person
from core.web import submissions as pages
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

    def accepting() -> None:
        recognitions.accept(req.session, person, req.path_int("rid"), req.user.username)

    return pages.accept(
        req,
        accepting,
        f"/qhb_training/person/{person.id}",
        gettext_("Bescheinigung anerkannt und eingetragen."),
    )


@routes.page(
    "/person/{id:int}/recognitions/{rid:int}/reject", permission=EDIT, methods=("GET", "POST")
)
def recognition_reject(req: Req):
    person = get_person(req.session, req.path_int("id"))
    row = recognitions.recognition_of(req.session, person.id, req.path_int("rid"))
    return pages.reject_page(
        req,
        row,
        title=gettext_("Bescheinigung ablehnen"),
        describe=recognitions.described,
        back=f"/qhb_training/person/{person.id}",
        hint=gettext_("Sie liest ihn in ihrem Portal, z. B. „Der Kurs hatte weniger als 9 UE.“"),
        message=gettext_("Bescheinigung abgelehnt; sie sieht den Grund in ihrem Portal."),
    )
