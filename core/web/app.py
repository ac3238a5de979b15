"""The Starlette app factory. Routes follow the enabled plugins without a restart."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.routing import Mount, Router
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from core.config import STATIC_DIR, Settings
from core.i18n import gettext_
from core.kernel.installation import Installation
from core.kernel.plugins import Kernel
from core.web import (
    admin,
    auth,
    calendar,
    consultations,
    contracts,
    dashboard,
    districts,
    imports,
    jobs,
    letters,
    outbox,
    persons,
    portal,
    portal_accounts,
    portal_documents,
    privacy,
    staff,
    texts,
)
from core.web.csrf import CSRFMiddleware
from core.web.routing import error_page
from core.web.security import SecurityHeadersMiddleware
from core.web.templating import make_environment

CORE_ROUTES = [
    *auth.routes.routes(),
    *dashboard.routes.routes(),
    *persons.routes.routes(),
    *contracts.routes.routes(),
    *calendar.routes.routes(),
    *admin.routes.routes(),
    *staff.routes.routes(),
    *imports.routes.routes(),
    *jobs.routes.routes(),
    *outbox.routes.routes(),
    *letters.routes.routes(),
    *privacy.routes.routes(),
    *texts.routes.routes(),
    *districts.routes.routes(),
    *portal.routes.routes(),
    *portal_accounts.routes.routes(),
    *portal_documents.routes.routes(),
    *consultations.routes.routes(),
]


class KernelRouter:
    """Dispatches to a router built for the current set of enabled plugins."""

    def __init__(self, installation: Installation):
        self.installation = installation
        self._routers: dict[int, Router] = {}

    def router_for(self, kernel: Kernel) -> Router:
        key = id(kernel)
        if key not in self._routers:
            mounts = [
                Mount(f"/{plugin.name}", routes=routes) for plugin, routes in _plugin_routes(kernel)
            ]
            self._routers = {key: Router(routes=[*CORE_ROUTES, *mounts], default=_not_found)}
        return self._routers[key]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        # the plugin state is read from the database: never on the event loop
        kernel = await run_in_threadpool(self.installation.kernel)
        scope.setdefault("state", {})["kernel"] = kernel
        await self.router_for(kernel)(scope, receive, send)


def _plugin_routes(kernel: Kernel):
    for impl in kernel.pm.hook.routes.get_hookimpls():
        plugin = kernel.available.get(impl.plugin_name)
        if plugin is not None and kernel.is_enabled(plugin.name):
            yield plugin, impl.function() or []


async def _not_found(scope: Scope, receive: Receive, send: Send) -> None:
    request = Request(scope, receive)
    await error_page(request, 404, gettext_("Diese Seite gibt es nicht."))(scope, receive, send)


class TagwerkApp(Starlette):
    """Security headers outermost, so even the answer to an unexpected error carries them
    (Starlette puts its error handler outside every middleware it is given)."""

    https_only = False

    def build_middleware_stack(self):
        return SecurityHeadersMiddleware(super().build_middleware_stack(), self.https_only)


async def _server_error(request: Request, exc: Exception):
    message = gettext_(
        "Ein unerwarteter Fehler ist aufgetreten; es wurde nichts gespeichert. "
        "Bitte versuchen Sie es noch einmal."
    )
    return error_page(request, 500, message)


def _inline_worker(installation: Installation):
    """The SQLite default: one worker thread beside the web server, started with it and
    stopped after its current job when the server shuts down."""

    @asynccontextmanager
    async def lifespan(app):
        from core.jobs.worker import Worker

        settings = installation.settings
        worker = Worker(installation, lease=settings.job_lease, poll=settings.worker_poll)
        stop = threading.Event()
        thread = threading.Thread(target=worker.run_forever, args=(stop,), daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            await run_in_threadpool(thread.join)

    return lifespan


def create_app(
    settings: Settings | None = None,
    installation: Installation | None = None,
    *,
    check_migrations: bool = True,
    inline_worker: bool | None = None,
) -> Starlette:
    """`inline_worker` overrides the settings' choice (a test server always has one)."""
    installation = installation or Installation(settings or Settings.from_env())
    settings = installation.settings
    if check_migrations:
        installation.check_ready()
    inline = settings.inline_worker if inline_worker is None else inline_worker
    app = TagwerkApp(
        lifespan=_inline_worker(installation) if inline else None,
        exception_handlers={Exception: _server_error},
        routes=[
            Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
            Mount("/", app=KernelRouter(installation)),
        ],
        middleware=[
            Middleware(
                SessionMiddleware,
                secret_key=settings.secret_key,
                session_cookie="tagwerk_session",
                max_age=12 * 3600,
                same_site="lax",
                https_only=settings.https_only,
            ),
            Middleware(CSRFMiddleware),
        ],
    )
    app.https_only = settings.https_only
    app.state.installation = installation
    app.state.templates = make_environment()
    return app


def app_from_env() -> Starlette:
    """The app as a factory for worker processes (`tagwerk serve --workers N`)."""
    return create_app()
