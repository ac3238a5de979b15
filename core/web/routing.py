"""Routes declared with a permission; handlers are plain functions over a `Req`.

Every route goes through `RouteTable.page`: it loads the user, checks the permission,
opens one database session (a transaction for unsafe methods) and runs the handler in a
worker thread. A response with status >= 400 rolls the transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from core.db import busy
from core.errors import NotFound, ValidationError
from core.forms import whole_number
from core.i18n import current_locale, gettext_
from core.kernel.plugins import Kernel
from core.models import User
from core.services import form_uses, logins
from core.settings import settings_of
from core.web import once
from core.web.templating import render_block, template_owner

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
PUBLIC = "public"  # marks routes without login; anything else names a permission
MAX_ID = 2**31 - 1  # ids are 32-bit integer columns on PostgreSQL


@dataclass
class Req:
    """What a handler needs: the request, its session, the user and the plugin kernel."""

    request: Request
    session: Session
    user: User | None  # None on public pages
    kernel: Kernel
    form: FormData | None
    granted: frozenset[str] = field(default_factory=frozenset)

    @property
    def installation(self):
        return self.request.app.state.installation

    @property
    def hooks(self):
        return self.kernel.hook

    @property
    def htmx(self) -> bool:
        return self.request.headers.get("HX-Request") == "true"

    @property
    def query(self):
        return self.request.query_params

    def path_int(self, name: str) -> int:
        """An id from the path; one beyond every id column is simply not there."""
        value = int(self.request.path_params[name])
        if value > MAX_ID:
            raise NotFound(gettext_("Diesen Eintrag gibt es nicht."))
        return value

    def form_id(self, name: str) -> int:
        """A record id posted by a form; anything but digits is no id (and so not found)."""
        return _record_id(self.form.get(name) if self.form is not None else None)

    def query_id(self, name: str) -> int:
        return _record_id(self.query.get(name))

    def can(self, permission: str) -> bool:
        return permission in self.granted

    def setting(self, key: str):
        return self.kernel.settings.get(self.session, key)

    def back(self, default: str) -> str:
        """Where a form asks to return to (its `back` field), if that is on this site."""
        return same_site(self.form.get("back") if self.form is not None else None, default)

    def flash(self, message: str, kind: str = "success") -> None:
        # assigned, not appended in place: the session cookie is only rewritten on assignment
        flashes = [*self.request.session.get("flash", []), {"kind": kind, "text": message}]
        self.request.session["flash"] = flashes

    def redirect(self, url: str, message: str | None = None) -> Response:
        if message:
            self.flash(message)
        if self.htmx:  # a full navigation, so the URL bar and the whole page agree
            return Response(status_code=204, headers={"HX-Redirect": url})
        return RedirectResponse(url, status_code=303)

    def render(
        self, template: str, *, block: str | None = None, status: int = 200, **context
    ) -> HTMLResponse:
        """The whole page, or only `block` when htmx asks for a partial update."""
        owner = template_owner(template)
        if owner in self.kernel.available and not self.kernel.is_enabled(owner):
            raise NotFound(gettext_("Das Modul '{owner}' ist nicht aktiviert.").format(owner=owner))
        partial = bool(block and self.htmx)
        context = {**page_context(self, whole_page=not partial), **context}
        env = self.request.app.state.templates
        if partial:
            html = render_block(env, template, block, context)
        else:
            html = env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status, headers={"Vary": "HX-Request"})

    def form_error(self, template: str, error: ValidationError, *, block="form", **context):
        return self.render(template, block=block, status=422, errors=error.errors, **context)


def same_site(target: str | None, default: str = "/") -> str:
    """A path of this site to go back to, with its query; anything else is the default.

    Browsers read `//host` and `/\\host` as another site, and strip tabs and newlines
    before they do, so those never pass; neither does a scheme or a host."""
    if not target or any(c in target for c in "\\\t\r\n") or not target.startswith("/"):
        return default
    parts = urlsplit(target)
    if target.startswith("//") or parts.scheme or parts.netloc:
        return default
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _record_id(raw) -> int:
    number = whole_number(raw) or 0
    return number if number <= MAX_ID else 0


def download(body: bytes, media_type: str, filename: str) -> Response:
    """A file the browser saves (PDF, iCalendar, SEPA, exports) rather than shows."""
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": _attachment(filename)},
    )


def _attachment(filename: str) -> str:
    """RFC 6266: an ASCII name for every browser, the exact one (umlauts) for those that
    read filename*; quotes and line breaks never reach the header."""
    plain = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename
    )
    if plain == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


def page_context(req: Req, whole_page: bool = True) -> dict:
    """What base.html needs; a block swapped in by htmx skips the menu and the header."""
    menu = (
        sorted(
            (m for m in req.kernel.collect("menu_items", user=req.user) if req.can(m.permission)),
            key=lambda m: (m.order, m.label),
        )
        if req.user and whole_page
        else []
    )
    flashes = req.request.session.pop("flash", []) if not req.htmx else []
    return {
        "req": req,
        "user": req.user,
        "menu": menu,
        "path": req.request.url.path,
        "csrf_token": req.request.session.get("csrf", ""),
        "flashes": flashes,
        "errors": {},
        "agency_name": req.setting("core.agency_name") if whole_page else "",
        "lang": current_locale.get(),
    }


def granted_permissions(kernel: Kernel, user: User) -> frozenset[str]:
    roles = user.role_names
    return frozenset(name for name, p in kernel.permissions.items() if roles & set(p.roles))


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template("core/error.html").render(status=status, message=message)
    return HTMLResponse(html, status_code=status)


class RouteTable:
    """Collects a module's routes; `routes()` hands them to Starlette."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def page(self, path: str, *, permission: str, methods=("GET",)):
        def decorate(handler: Callable[[Req], Response]):
            self._routes.append(
                Route(
                    path,
                    _endpoint(handler, permission),
                    methods=list(methods),
                    name=handler.__name__,
                )
            )
            return handler

        return decorate

    def public(self, path: str, *, methods=("GET",)):
        """A page anyone may open without logging in (voting with a code, surveys)."""

        def decorate(handler: Callable[[Req], Response]):
            endpoint = _endpoint(handler, PUBLIC)
            self._routes.append(Route(path, endpoint, methods=list(methods), name=handler.__name__))
            return handler

        return decorate

    def routes(self) -> list[Route]:
        return list(self._routes)


def _endpoint(handler: Callable[[Req], Response], permission: str):
    async def endpoint(request: Request) -> Response:
        form = await request.form() if request.method in UNSAFE else None
        return await run_in_threadpool(_handle, handler, permission, request, form)

    endpoint.__name__ = handler.__name__
    endpoint.permission = permission  # read by the authorisation matrix test
    return endpoint


def browser_locale(request: Request) -> str:
    """The language of the last login in this browser, for pages without one (the login
    page after logging out, a message after setting a password); else the installation's."""
    chosen = request.session.get("locale")
    return chosen or request.app.state.installation.settings.default_locale


def _handle(handler, permission: str, request: Request, form) -> Response:
    installation = request.app.state.installation
    kernel = request.state.kernel
    session = installation.db.sessions()
    session.info["kernel"] = kernel  # this request's modules and settings
    try:
        if permission is PUBLIC:  # in the language of the last login in this browser
            current_locale.set(browser_locale(request))
            session.info["actor"] = gettext_("öffentlich")
            req = Req(request, session, None, kernel, form)
        else:
            user = _logged_in(session, request)
            if user is None:
                return _login_redirect(request)
            granted = granted_permissions(kernel, user)
            if permission not in kernel.permissions:
                raise RuntimeError(
                    f"Route {request.url.path} checks unknown permission {permission}"
                )
            locale = user.locale or installation.settings.default_locale
            current_locale.set(locale)
            if request.session.get("locale") != locale:  # kept for the login page and after
                request.session["locale"] = locale
            if permission not in granted:
                if request.url.path == "/" and "portal.use" in granted:
                    return RedirectResponse("/portal/", status_code=303)  # her start page
                return error_page(request, 403, gettext_("Dafür fehlt Ihnen die Berechtigung."))
            session.info["actor"] = user.username
            req = Req(request, session, user, kernel, form, granted)
        token = once.token_of(form) if request.method in UNSAFE else None
        if token is not None and (earlier := form_uses.claim(session, token)) is not None:
            return _already_sent(req, earlier)
        try:
            response = handler(req)
        except NotFound as exc:
            session.rollback()
            return error_page(request, 404, str(exc))
        except ValidationError as exc:  # a rule broken outside a form: show it, change nothing
            session.rollback()
            return error_page(request, 422, str(exc))
        if request.method in UNSAFE and response.status_code < 400:
            if token is not None:
                target = response.headers.get("location") or response.headers.get("hx-redirect")
                form_uses.remember(session, token, target or "")
            session.commit()
        else:
            session.rollback()
        return response
    except (DBAPIError, PoolTimeout) as exc:
        session.rollback()
        if not busy(exc):
            raise
        return busy_page(request)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _logged_in(session: Session, request: Request) -> User | None:
    """The user of the request's login, if it is still valid (see core.services.logins)."""
    idle, absolute = settings_of(session).many(
        session, "core.session_idle_minutes", "core.session_absolute_hours"
    )
    user = logins.resolve(session, request.session.get("login"), idle, absolute)
    if session.dirty or session.deleted:  # last use noted or an expired login removed
        session.commit()
    return user


def _already_sent(req: Req, location: str) -> Response:
    req.flash(
        gettext_("Dieses Formular wurde schon abgeschickt; es wurde nichts doppelt angelegt."),
        "info",
    )
    return req.redirect(same_site(location, "/"))


def busy_page(request: Request) -> Response:
    """A timeout or deadlock: nothing was changed, and the browser may try again shortly."""
    message = gettext_(
        "Die Datenbank ist gerade ausgelastet; es wurde nichts geändert. "
        "Bitte versuchen Sie es in einigen Sekunden noch einmal."
    )
    response = error_page(request, 503, message)
    response.headers["Retry-After"] = "5"
    return response


def _login_redirect(request: Request) -> Response:
    target = "/login?next=" + quote(request.url.path)
    if request.headers.get("HX-Request") == "true":
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)
