"""Staff's side of the proofs handed in through the portal: the list waiting for a
decision, each file, accepting (it becomes a contribution) or rejecting with a reason."""

from __future__ import annotations

from core.i18n import gettext_
from core.services.persons import get_person
from core.web import submissions as pages
from core.web.routing import Req
from core.web.uploads import upload_download
from plugins.payments import proofs
from plugins.payments.rates.tables import INSURANCE_KINDS
from plugins.payments.web import routes


@routes.page("/proofs", permission="payments.view")
def open_proofs(req: Req):
    return req.render(
        "payments/proofs.html", proofs=proofs.open_proofs(req.session), kinds=INSURANCE_KINDS
    )


@routes.page("/person/{id:int}/proofs/{pid:int}/file", permission="payments.view")
def proof_file(req: Req):
    person = get_person(req.session, req.path_int("id"))
    return upload_download(req, proofs.proof_of(req.session, person.id, req.path_int("pid")).upload)


@routes.page(
    "/person/{id:int}/proofs/{pid:int}/accept", permission="payments.edit", methods=("POST",)
)
def proof_accept(req: Req):
    person = get_person(req.session, req.path_int("id"))
    return pages.accept(
        req,
        lambda: proofs.accept(req.session, person.id, req.path_int("pid"), req.user.username),
        f"/payments/person/{person.id}",
        gettext_("Nachweis anerkannt; der Beitrag wird ab dem nächsten Zahllauf erstattet."),
    )


@routes.page(
    "/person/{id:int}/proofs/{pid:int}/reject", permission="payments.edit", methods=("GET", "POST")
)
def proof_reject(req: Req):
    person = get_person(req.session, req.path_int("id"))
    proof = proofs.proof_of(req.session, person.id, req.path_int("pid"))
    return pages.reject_page(
        req,
        proof,
        title=gettext_("Nachweis ablehnen"),
        describe=proofs.described,
        back=f"/payments/person/{person.id}",
        hint=gettext_(
            "Sie liest ihn in ihrem Portal, z. B. „Der Bescheid nennt keinen Monatsbeitrag.“"
        ),
        message=gettext_("Nachweis abgelehnt; sie sieht den Grund in ihrem Portal."),
    )
