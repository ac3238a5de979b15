"""Her money in the portal: statements with their working and as PDF, the year's sums,
and proofs of insurance contributions she hands in. Every handler starts from her login
(core.services.portal.me); ids in the address are looked up within her records only."""

from __future__ import annotations

from datetime import date

from starlette.responses import FileResponse

from core.files import submissions, uploads
from core.i18n import gettext_
from core.services.portal import me
from core.web import submissions as pages
from core.web.portal import USE, portal_page
from core.web.routing import Req, download
from core.web.uploads import hand_in, upload_download
from plugins.payments import documents, portal, proofs
from plugins.payments.rates.tables import INSURANCE_KINDS
from plugins.payments.web import routes

ACTIVE = "money"


@routes.page("/portal/", permission=USE)
def money(req: Req):
    person = me(req.session, req.user)
    return portal_page(
        req,
        "payments/portal/money.html",
        person,
        ACTIVE,
        statements=portal.statements(req.session, person),
        years=portal.years(req.session, person),
    )


@routes.page("/portal/statements/{run:int}", permission=USE)
def statement(req: Req):
    person = me(req.session, req.user)
    run, st = portal.statement(req.session, person, req.path_int("run"))
    return portal_page(req, "payments/portal/statement.html", person, ACTIVE, run=run, st=st)


@routes.page("/portal/statements/{run:int}/pdf", permission=USE)
def statement_pdf(req: Req):
    person = me(req.session, req.user)
    run, _st = portal.statement(req.session, person, req.path_int("run"))
    # the very file that was sent to her, where the run's documents were drawn
    stored = (
        documents.run_dir(req.installation.settings.data_dir, run) / f"bescheid-{person.id}.pdf"
    )
    if stored.exists():
        return FileResponse(stored, media_type="application/pdf", filename=stored.name)
    data = documents.statement_data(req.session, run, [person.id])
    pdf = documents.render_statement(documents.run_context(req.session, run), data[0])
    return download(pdf, "application/pdf", f"bescheid-{run.month:%Y-%m}.pdf")


@routes.page("/portal/years/{year:int}", permission=USE)
def year(req: Req):
    person = me(req.session, req.user)
    found = portal.year(req.session, person, req.path_int("year"))
    return portal_page(req, "payments/portal/year.html", person, ACTIVE, overview=found)


def _proofs(req: Req, person, data: dict, errors: dict | None = None):
    return portal_page(
        req,
        "payments/portal/proofs.html",
        person,
        ACTIVE,
        proofs=proofs.proofs_of(req.session, person.id),
        kinds=INSURANCE_KINDS,
        status_labels=submissions.STATUS_LABELS,
        limit_kb=uploads.limit_of(req.session) // 1024,
        data=data,
        errors=errors or {},
        status=422 if errors else 200,
    )


@routes.page("/portal/proofs", permission=USE)
def proof_list(req: Req):
    person = me(req.session, req.user)
    return _proofs(req, person, {"valid_from": date.today().replace(day=1).isoformat()})


@routes.page("/portal/proofs", permission=USE, methods=("POST",))
def proof_submit(req: Req):
    person = me(req.session, req.user)
    return hand_in(
        req,
        proofs.submit,
        lambda data, errors: _proofs(req, person, data, errors),
        "/payments/portal/proofs",
        gettext_("Danke, Ihr Nachweis ist eingereicht. Das Büro prüft ihn."),
        person=person,
    )


@routes.page("/portal/proofs/{id:int}/file", permission=USE)
def proof_file(req: Req):
    person = me(req.session, req.user)
    proof = proofs.proof_of(req.session, person.id, req.path_int("id"))
    return upload_download(req, proof.upload)


@routes.page("/portal/proofs/{id:int}/withdraw", permission=USE, methods=("GET", "POST"))
def proof_withdraw(req: Req):
    person = me(req.session, req.user)
    proof = proofs.proof_of(req.session, person.id, req.path_int("id"))
    return pages.withdraw_page(
        req,
        person,
        proof,
        active=ACTIVE,
        title=gettext_("Nachweis zurückziehen?"),
        what=proofs.described(proof),
        back="/payments/portal/proofs",
        message=gettext_("Der Nachweis ist zurückgezogen."),
    )
