"""The floor of bench/portal_load.py: the portal start page's queries with nothing around
them – no login, no middleware, no template – served by uvicorn like the app. What the
page costs beyond this is Tagwerk's own (session, permissions, rendering).

    TAGWERK_DATABASE_URL=... uvicorn --app-dir bench portal_floor:app --workers 2
"""

from __future__ import annotations

from datetime import date

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from core.config import Settings
from core.kernel.installation import Installation
from core.models import Person
from core.services import portal

_inst = Installation(Settings.from_env())
_kernel = _inst.kernel()


def home(request):
    with _inst.db.read() as session:
        session.info["kernel"] = _kernel
        person = session.get(Person, int(request.path_params["person"]))
        today = date.today()
        children = portal.children_on(session, person, today)
        coming, _past = portal.absences(session, person, today)
        tasks = portal.tasks(session, person, today, _kernel)
        sections = portal.sections(session, person, _kernel)
    return PlainTextResponse(f"{len(children)} {len(coming)} {len(tasks)} {len(sections)}")


app = Starlette(routes=[Route("/home/{person:int}", home)])
