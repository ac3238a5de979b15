"""The pages every kind of handed-in record shares: staff accept or reject one with a
reason, she withdraws one nobody has decided on. The module names the record and its
own effect of accepting; the decision itself is core.files.submissions'."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from core.db import savepoint
from core.errors import ValidationError
from core.files import submissions
from core.web.portal import portal_page
from core.web.routing import Req


def accept(req: Req, accepting: Callable[[], str | None], back: str, message: str) -> Response:
    """Staff accept: the module's `accepting` (decision and its effect) or why not. What it
    returns is what else it changed, said after the message; refused, nothing it did stays
    (the answer is a redirect, which commits the request)."""
    try:
        with savepoint(req.session):
            note = accepting()
    except ValidationError as exc:
        req.flash(str(exc), "error")
        return req.redirect(back)
    return req.redirect(back, f"{message} {note or ''}".strip())


def reject_page(
    req: Req,
    row: submissions.Submission,
    *,
    title: str,
    describe: Callable[[submissions.Submission], str],
    back: str,
    hint: str,
    message: str,
) -> Response:
    """Staff reject with a reason she reads: the form, then the decision."""
    errors, data = {}, {}
    if req.form is not None:
        data = dict(req.form)
        try:
            submissions.reject(req.session, row, data, req.user.username, describe=describe)
        except ValidationError as exc:
            errors = exc.errors
        else:
            return req.redirect(back, message)
    return req.render(
        "core/submission_reject.html",
        title=title,
        what=describe(row),
        url=req.request.url.path,
        back=back,
        hint=hint,
        data=data,
        errors=errors,
        status=422 if errors else 200,
    )


def withdraw_page(
    req: Req,
    person,
    row: submissions.Submission,
    *,
    active: str,
    title: str,
    what: str,
    back: str,
    message: str,
) -> Response:
    """She takes back what nobody has decided on yet, after saying so; the file goes too."""
    if req.form is None:
        return portal_page(
            req,
            "core/portal/submission_withdraw.html",
            person,
            active,
            title=title,
            what=what,
            url=req.request.url.path,
            back=back,
        )
    submissions.take_back(req.session, req.installation.settings.data_dir, row)
    return req.redirect(back, message)
