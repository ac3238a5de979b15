"""The agency's documents in the portal: the office publishes and withdraws them and sees
who has read them; she finds hers under Dokumente, and opening one marks it read."""

from __future__ import annotations

from core.i18n import gettext_
from core.services import portal as portal_service
from core.services import portal_documents as service
from core.web.portal import USE, portal_page
from core.web.routing import Req, RouteTable
from core.web.uploads import hand_in, upload_download

routes = RouteTable()
MANAGE = "portal.documents"


def _list(req: Req, data: dict, errors: dict | None = None):
    return req.render(
        "core/portal_documents.html",
        documents=service.all_documents(req.session),
        recipients=service.recipients(req.session),
        data=data,
        errors=errors or {},
        status=422 if errors else 200,
    )


@routes.page("/portal-documents", permission=MANAGE)
def documents(req: Req):
    return _list(req, {})


@routes.page("/portal-documents", permission=MANAGE, methods=("POST",))
def publish(req: Req):
    return hand_in(
        req,
        service.publish,
        lambda data, errors: _list(req, data, errors),
        "/portal-documents",
        gettext_("Das Dokument steht in den Portalen."),
    )


@routes.page("/portal-documents/{id:int}", permission=MANAGE)
def document(req: Req):
    found = service.get_document(req.session, req.path_int("id"))
    return req.render(
        "core/portal_document.html",
        document=found,
        readers=service.readers(req.session, found),
    )


@routes.page("/portal-documents/{id:int}/file", permission=MANAGE)
def document_file(req: Req):
    return upload_download(req, service.get_document(req.session, req.path_int("id")).upload)


@routes.page("/portal-documents/{id:int}/delete", permission=MANAGE, methods=("GET", "POST"))
def document_delete(req: Req):
    found = service.get_document(req.session, req.path_int("id"))
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Dokument zurückziehen?"),
            text=gettext_(
                "„{title}“ verschwindet aus allen Portalen, mit der Datei und dem Lesestand."
            ).format(title=found.title),
            url=f"/portal-documents/{found.id}/delete",
            label=gettext_("Zurückziehen"),
            back=f"/portal-documents/{found.id}",
        )
    service.withdraw(req.session, req.installation.settings.data_dir, found)
    return req.redirect("/portal-documents", gettext_("Das Dokument ist zurückgezogen."))


@routes.page("/portal/documents", permission=USE)
def her_documents(req: Req):
    person = portal_service.me(req.session, req.user)
    return portal_page(
        req,
        "core/portal/documents.html",
        person,
        "documents",
        documents=service.documents_for(req.session, person),
    )


@routes.page("/portal/documents/{id:int}", permission=USE)
def her_document(req: Req):
    person = portal_service.me(req.session, req.user)
    found = service.open_for(req.session, person, req.path_int("id"))
    with req.installation.db.transaction(req.user.username) as own:
        service.mark_read(own, found.id, person.id)
    return upload_download(req, found.upload)
