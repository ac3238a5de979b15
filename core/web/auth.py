"""Login and logout."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from core.db import busy
from core.i18n import current_locale, gettext_
from core.services import logins
from core.services.users import BLOCKED, WRONG, try_login
from core.web.csrf import ensure_token
from core.web.routing import browser_locale, busy_page, same_site


class _Routes:
    @staticmethod
    def routes():
        return [
            Route("/login", login, methods=["GET", "POST"]),
            Route("/logout", logout, methods=["POST"]),
        ]


routes = _Routes()


def _login_page(request: Request, status=200, error="", username="") -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template("core/login.html").render(
        csrf_token=ensure_token(request.session),
        next=same_site(request.query_params.get("next")),
        error=error,
        username=username,
        flashes=request.session.pop("flash", []),
        lang=current_locale.get(),
    )
    return HTMLResponse(html, status_code=status)


async def login(request: Request) -> Response:
    current_locale.set(browser_locale(request))
    if request.method != "POST":  # GET and HEAD only show the form, never count a guess
        return _login_page(request)
    form = await request.form()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    client = request.client.host if request.client else "-"
    db = request.app.state.installation.db
    try:
        outcome = await run_in_threadpool(try_login, db, username, password, client)
    except (DBAPIError, PoolTimeout) as exc:  # many logins at once wait on one lock
        if not busy(exc):
            raise
        return busy_page(request)
    if outcome == BLOCKED:
        return _login_page(
            request,
            429,
            gettext_("Zu viele Fehlversuche. Bitte warten Sie einige Minuten."),
            username,
        )
    if outcome == WRONG:
        return _login_page(
            request, 401, gettext_("Benutzername oder Passwort ist falsch."), username
        )
    locale = request.session.get("locale")
    request.session.clear()  # a fresh session (and CSRF token) after login
    request.session["login"] = outcome.token
    if locale:
        request.session["locale"] = locale
    ensure_token(request.session)
    return RedirectResponse(same_site(str(form.get("next", "/"))), status_code=303)


async def logout(request: Request) -> Response:
    """Ends the login in the database, so a saved copy of the cookie is worth nothing."""
    token = request.session.get("login")

    def end() -> None:
        with request.app.state.installation.db.transaction("abmelden") as session:
            logins.end(session, token)

    await run_in_threadpool(end)
    locale = request.session.get("locale")
    request.session.clear()
    if locale:  # the login page speaks the language she used
        request.session["locale"] = locale
    return RedirectResponse("/login", status_code=303)
