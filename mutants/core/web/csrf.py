"""CSRF protection for every unsafe request: a per-session token, sent as the
`X-CSRF-Token` header (htmx) or the `csrf_token` form field (plain forms)."""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from core.i18n import gettext_

HEADER = "x-csrf-token"
FIELD = "csrf_token"
MAX_BODY = 20 * 1024 * 1024


def ensure_token(session: dict) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


class CSRFMiddleware:
    """Runs inside SessionMiddleware; buffers the body of unsafe requests to read the field."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        expected = ensure_token(scope["session"])
        if scope["method"] in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                await PlainTextResponse(gettext_("Die Anfrage ist zu groß."), 413)(
                    scope, receive, send
                )
                return
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        if _has_nul(scope, body):
            await PlainTextResponse(
                gettext_("Die Eingabe enthält ein unzulässiges Steuerzeichen."), 400
            )(scope, receive, send)
            return
        token = await _token(scope, body, replay)
        if not token or not secrets.compare_digest(token.encode(), expected.encode()):
            response = PlainTextResponse(
                gettext_(
                    "Die Sitzung ist abgelaufen oder das Formular ist veraltet. "
                    "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
                ),
                status_code=403,
            )
            await response(scope, receive, send)
            return
        sent = False
        await self.app(scope, replay, send)


def _has_nul(scope: Scope, body: bytes) -> bool:
    """A NUL byte is never text a person typed (and PostgreSQL cannot store it)."""
    content_type = dict(scope["headers"]).get(b"content-type", b"")
    if content_type.startswith(b"application/x-www-form-urlencoded"):
        return b"%00" in body.lower() or b"\x00" in body
    return False


async def _token(scope: Scope, body: bytes, replay) -> str:
    headers = dict(scope["headers"])
    if token := headers.get(HEADER.encode(), b"").decode():
        return token
    content_type = headers.get(b"content-type", b"").decode()
    if content_type.startswith("application/x-www-form-urlencoded"):
        return parse_qs(body.decode("utf-8", "replace")).get(FIELD, [""])[0]
    if content_type.startswith("multipart/form-data"):
        form = await Request(scope, replay).form()
        value = form.get(FIELD, "")
        await form.close()
        return value if isinstance(value, str) else ""
    return ""
