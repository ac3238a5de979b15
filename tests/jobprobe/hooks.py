"""The probe's one job kind."""

from __future__ import annotations

import time
from pathlib import Path

from core.jobs.queue import JobContext, JobFailed, JobKind
from core.kernel.hookspecs import hookimpl
from core.models import Setting

FINISHED_BY = "jobprobe.finished_by"


def wait_at_gate(ctx: JobContext) -> str:
    ctx.progress(1, 2)
    gate = Path(ctx.payload["gate"])
    deadline = time.monotonic() + 60
    while not gate.exists():
        if time.monotonic() > deadline:
            raise JobFailed("Die Probe wurde nie freigegeben.")
        time.sleep(0.02)
    with ctx.installation.db.transaction("system") as session:
        row = session.get(Setting, FINISHED_BY)
        if row is None:
            session.add(Setting(key=FINISHED_BY, value=[ctx.worker]))
        else:
            row.value = [*row.value, ctx.worker]
        ctx.result["by"] = ctx.worker
        ctx.complete(session, f"Erledigt von {ctx.worker}.")
    return f"Erledigt von {ctx.worker}."


@hookimpl
def job_kinds():
    return [JobKind("jobprobe.gate", "Probe", wait_at_gate)]
