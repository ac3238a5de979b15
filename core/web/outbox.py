"""The Postausgang: every e-mail with its state, the server's reason when it failed, and a
resend; without a mail server, the place where the messages can be read."""

from __future__ import annotations

from datetime import date

from starlette.responses import HTMLResponse

from core.errors import ValidationError
from core.i18n import gettext_
from core.letters import post
from core.messages import outbox
from core.web.routing import Req, RouteTable, download

routes = RouteTable()

# a message's HTML part is the agency's text, but shown apart from the app and inert
MAIL_HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@routes.page("/admin/outbox", permission="admin.outbox")
def message_list(req: Req):
    status = req.query.get("status") or None
    if status not in outbox.STATUS_LABELS:
        status = None
    return req.render(
        "core/outbox.html",
        block="messages",
        messages=outbox.recent(req.session, status),
        labels=outbox.STATUS_LABELS,
        shown=status,
        local=req.installation.mail is None,
    )


@routes.page("/admin/outbox/{id:int}", permission="admin.outbox")
def message_page(req: Req):
    return req.render(
        "core/outbox_message.html",
        message=outbox.get(req.session, req.path_int("id")),
        labels=outbox.STATUS_LABELS,
        confidential=outbox.CONFIDENTIAL,
        local=req.installation.mail is None,
    )


@routes.page("/admin/outbox/{id:int}/html", permission="admin.outbox")
def message_html(req: Req):
    message = outbox.get(req.session, req.path_int("id"), content=True)
    return HTMLResponse(
        message.html or "<p></p>",
        headers={"Content-Security-Policy": MAIL_HTML_POLICY, "X-Frame-Options": "DENY"},
    )


@routes.page("/admin/outbox/{id:int}/attachments/{aid:int}", permission="admin.outbox")
def message_attachment(req: Req):
    found = outbox.attachment(req.session, req.path_int("id"), req.path_int("aid"))
    return download(found.content, found.content_type.split(";")[0], found.filename)


@routes.page("/admin/outbox/{id:int}/resend", permission="admin.outbox", methods=("POST",))
def message_resend(req: Req):
    target = f"/admin/outbox/{req.path_int('id')}"
    try:
        outbox.resend(req.session, req.path_int("id"), req.user.username)
    except ValidationError as exc:
        req.flash(" ".join(exc.errors.values()), "error")
        return req.redirect(target)
    return req.redirect(target, gettext_("Die Nachricht ist wieder eingereiht."))


@routes.page("/admin/outbox/post", permission="admin.outbox")
def post_page(req: Req):
    """The letters waiting to be printed: print them as one PDF, then mark them printed."""
    return req.render("core/outbox_post.html", letters=post.waiting(req.session))


@routes.page("/admin/outbox/post.pdf", permission="admin.outbox")
def post_printout(req: Req):
    ids = _ids(req.query.getlist("id"))
    pdf = post.printout(req.session, ids, date.today())
    return download(pdf, "application/pdf", "briefe-zu-drucken.pdf")


@routes.page("/admin/outbox/post", permission="admin.outbox", methods=("POST",))
def post_printed(req: Req):
    count = post.printed(req.session, _ids(req.form.getlist("id")))
    return req.redirect(
        "/admin/outbox/post", gettext_("{count} Briefe als gedruckt vermerkt.").format(count=count)
    )


def _ids(raw) -> list[int]:
    return [int(v) for v in raw if str(v).isdigit()]
