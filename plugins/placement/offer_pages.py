"""Proposals and offers in the office: the ranked childminders for a request with their
reasons and the excluded ones with theirs, making an offer, the family's answer taken on the
phone, taking an offer back; the batch for all requests of a month; the reports."""

from __future__ import annotations

from datetime import date

from core.charts import columns_chart
from core.errors import NotFound, ValidationError
from core.forms import whole_number
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS
from core.services.districts import district_filter
from core.tables import to_csv, to_xlsx
from core.web.routing import Req, download
from plugins.placement import batch, offers, proposals, reports, requests
from plugins.placement.web import EDIT, VIEW, routes


@routes.page("/requests/{id:int}/proposals", permission=VIEW)
def proposal_list(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    return req.render(
        "placement/proposals.html",
        request=request,
        found=proposals.for_request(req.session, request, date.today()),
        open_offer=offers.open_offer(req.session, request),
        offerable=request.state in offers.OFFERABLE,
        weekday_labels=WEEKDAY_LABELS,
    )


@routes.page("/requests/{id:int}/offers", permission=EDIT, methods=("POST",))
def offer_new(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    childminder_id = whole_number(req.form.get("childminder_id"))
    try:
        if childminder_id is None:
            raise ValidationError(gettext_("Bitte eine Tagespflegeperson wählen."))
        offer = offers.make_offer(
            req.session, request, childminder_id, req.user.username, date.today()
        )
    except ValidationError as exc:
        req.session.rollback()
        return req.redirect(f"/placement/requests/{request.id}/proposals", str(exc))
    return req.redirect(
        f"/placement/requests/{request.id}",
        gettext_("Angebot gemacht; die Familie hat Zeit bis {day}.").format(
            day=f"{offer.answer_by:%d.%m.%Y}"
        ),
    )


@routes.page("/offers/{id:int}/accept", permission=EDIT, methods=("POST",))
def offer_accept(req: Req):
    offer = offers.get_offer(req.session, req.path_int("id"))
    try:
        contract = offers.accept(req.session, offer, req.hooks, date.today())
    except ValidationError as exc:
        req.session.rollback()
        return req.redirect(f"/placement/requests/{offer.request_id}", str(exc))
    return req.redirect(
        f"/persons/{contract.childminder_id}/contracts",
        gettext_("Angebot angenommen: Der Vertragsentwurf steht bei der Tagespflegeperson."),
    )


@routes.page("/offers/{id:int}/decline", permission=EDIT, methods=("POST",))
def offer_decline(req: Req):
    offer = offers.get_offer(req.session, req.path_int("id"))
    ends = req.form.get("ends") == "on"
    try:
        offers.decline(req.session, offer, str(req.form.get("reason", "")), ends, date.today())
    except ValidationError as exc:
        return req.redirect(f"/placement/requests/{offer.request_id}", str(exc))
    return req.redirect(
        f"/placement/requests/{offer.request_id}",
        gettext_("Abgelehnt; die Anfrage ist abgeschlossen.")
        if ends
        else gettext_("Abgelehnt; die Familie wartet weiter."),
    )


@routes.page("/offers/{id:int}/withdraw", permission=EDIT, methods=("POST",))
def offer_withdraw(req: Req):
    offer = offers.get_offer(req.session, req.path_int("id"))
    try:
        offers.withdraw(req.session, offer)
    except ValidationError as exc:
        return req.redirect(f"/placement/requests/{offer.request_id}", str(exc))
    return req.redirect(
        f"/placement/requests/{offer.request_id}",
        gettext_("Angebot zurückgenommen; der Platz ist wieder frei."),
    )


@routes.page("/batch", permission=VIEW)
def batch_page(req: Req):
    month = batch.month_asked(req.query.get("month", ""), date.today())
    chosen = district_filter(req.session, req.user, req.query.get("district"))
    return req.render(
        "placement/batch.html",
        result=batch.for_month(req.session, month, chosen),
        districts=chosen,
    )


@routes.page("/reports", permission=VIEW)
def report_page(req: Req):
    chosen = district_filter(req.session, req.user, req.query.get("district"))
    found = reports.report(req.session, date.today(), chosen)
    columns, rows = reports.table(found)
    return req.render(
        "placement/reports.html",
        found=found,
        columns=columns,
        rows=rows,
        districts=chosen,
        chart=columns_chart(
            [(f"{m:%m/%y}", n) for m, n in found.placements],
            gettext_("Vermittlungen je Monat"),
            col_w=36,
        ),
    )


@routes.page("/reports.{fmt}", permission=VIEW)
def report_export(req: Req):
    chosen = district_filter(req.session, req.user, req.query.get("district"))
    columns, rows = reports.table(reports.report(req.session, date.today(), chosen))
    name = f"vermittlung-{date.today():%Y-%m-%d}"
    fmt = req.request.path_params["fmt"]
    if fmt == "csv":
        return download(to_csv(columns, rows), "text/csv; charset=utf-8", f"{name}.csv")
    if fmt == "xlsx":
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return download(to_xlsx(gettext_("Vermittlung"), columns, rows), media, f"{name}.xlsx")
    raise NotFound(gettext_("Dieses Format gibt es nicht (csv oder xlsx)."))
