"""The floor for bench/search.py: the same person search as a bare Starlette endpoint that
returns the 25 rows as JSON – no session, no permissions, no templates."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, func, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse
from starlette.routing import Route

from core.models import Person, PersonRole
from core.services.persons import matching

engine = create_engine(os.environ["TAGWERK_DATABASE_URL"])


def _search(query: str, role: str, page: int) -> list[dict]:
    stmt = select(Person.id, Person.first_name, Person.last_name, Person.city).where(
        *matching(query)
    )
    if role:
        stmt = stmt.where(
            Person.id.in_(select(PersonRole.person_id).where(PersonRole.role == role))
        )
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(stmt.subquery()))
        rows = conn.execute(
            stmt.order_by(Person.last_name, Person.first_name, Person.id)
            .limit(25)
            .offset((page - 1) * 25)
        )
        return [{"total": total}, *(dict(r._mapping) for r in rows)]


async def search(request):
    params = request.query_params
    rows = await run_in_threadpool(
        _search, params.get("q", ""), params.get("role", ""), int(params.get("page", "1"))
    )
    return JSONResponse(rows)


app = Starlette(routes=[Route("/persons", search)])
