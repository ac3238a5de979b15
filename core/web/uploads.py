"""Files in the portal's forms: receiving a form with a file, and handing a kept upload
back – always as a download with the type its content showed, never inline, so a PDF or
an image runs nothing in the page's origin."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from core.errors import ValidationError
from core.files import uploads
from core.models import Upload
from core.web.routing import Req, download


def upload_download(req: Req, upload: Upload) -> Response:
    content = uploads.content_of(req.installation.settings.data_dir, upload)
    return download(content, upload.media_type, upload.filename)


def hand_in(
    req: Req,
    submit: Callable,
    again: Callable[[dict, dict], Response],
    done_url: str,
    message: str,
    **bound,
) -> Response:
    """A form with a file: its fields and file go to the module's `submit` (session, data
    folder, data, file, actor, hooks and `bound`, e.g. person=…); refused, `again` draws
    the form with what was typed and every error; taken, the browser goes to `done_url`."""
    file = uploads.incoming(req.form, "file", uploads.limit_of(req.session))
    data = {k: v for k, v in req.form.items() if isinstance(v, str)}
    try:
        submit(
            req.session,
            req.installation.settings.data_dir,
            data=data,
            file=file,
            actor=req.user.username,
            hooks=req.hooks,
            **bound,
        )
    except ValidationError as exc:
        return again(data, exc.errors)
    return req.redirect(done_url, message)
