"""The `tagwerk` commands that keep running: the web server, the job worker, and the job
queue as an administrator sees it from the shell."""

from __future__ import annotations

import signal
import threading
import time

import click

from core.cli.context import installation
from core.i18n import gettext_
from core.jobs import queue


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--workers", default=1, show_default=True, type=int, help="Prozesse (Betrieb: 2–4 je Kern)."
)
@click.option(
    "--forwarded-allow-ips",
    envvar="TAGWERK_FORWARDED_ALLOW_IPS",
    default=None,
    help="Adressen des TLS-Proxys, dessen X-Forwarded-For/-Proto gelten (z. B. 127.0.0.1).",
)
@click.pass_context
def serve(ctx, host, port, workers, forwarded_allow_ips):
    """Die Weboberfläche starten."""
    import uvicorn

    from core.web.app import create_app

    proxy = {"proxy_headers": bool(forwarded_allow_ips), "forwarded_allow_ips": forwarded_allow_ips}
    if workers > 1:
        # Each worker builds its own app from the environment; nothing lives in one process
        # only (sessions are signed cookies, throttles and jobs sit in the database).
        installation(ctx).check_ready()
        click.echo(f"Tagwerk mit {workers} Prozessen: http://{host}:{port}/")
        uvicorn.run(
            "core.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
            **proxy,
        )
        return
    started = time.perf_counter()
    app = create_app(installation=installation(ctx))
    click.echo(f"Tagwerk bereit nach {time.perf_counter() - started:.2f} s: http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="info", **proxy)


@click.command()
@click.option("--once", is_flag=True, help="Nur die fälligen Aufträge erledigen, dann enden.")
@click.option("--name", default=None, help="Name des Prozesses in der Auftragsliste.")
@click.pass_context
def worker(ctx, once, name):
    """Hintergrundaufträge abarbeiten (Zahlläufe, Bescheide, nächtliche Arbeiten)."""
    import logging

    from core.jobs.worker import Worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    inst = installation(ctx)
    inst.check_ready()
    settings = inst.settings
    runner = Worker(inst, name=name, lease=settings.job_lease, poll=settings.worker_poll)
    if once:
        click.echo(f"{runner.work_off()} Aufträge erledigt.")
        return
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):  # finish the current job, then end
        signal.signal(sig, lambda *_: stop.set())
    click.echo(f"Hintergrunddienst {runner.name} läuft; Strg+C beendet ihn.")
    runner.run_forever(stop)


@click.group("jobs")
def jobs_group():
    """Hintergrundaufträge ansehen und neu starten."""


@jobs_group.command("list")
@click.option("--status", type=click.Choice(sorted(queue.STATUS_LABELS)), default=None)
@click.option("--limit", default=30, show_default=True, type=int)
@click.pass_context
def jobs_list(ctx, status, limit):
    """Die letzten Aufträge mit Stand und Meldung."""
    inst = installation(ctx)
    labels = {k.name: gettext_(k.label) for k in inst.kernel().collect("job_kinds")}
    with inst.db.read() as session:
        listing = queue.recent(session, status, limit)
    for job in listing:
        progress = f" {job.done}/{job.total}" if job.total else ""
        status = gettext_(queue.STATUS_LABELS[job.status])
        message = f": {job.message}" if job.message else ""
        click.echo(
            f"#{job.id} {labels.get(job.kind, job.kind)} – {status}{progress}"
            f" (Versuch {job.attempts}/{job.max_attempts}){message}"
        )
    if not listing:
        click.echo("Keine Aufträge.")


@jobs_group.command("restart")
@click.argument("job_id", type=int)
@click.pass_context
def jobs_restart(ctx, job_id):
    """Einen fehlgeschlagenen Auftrag neu einreihen."""
    inst = installation(ctx)
    with inst.db.transaction("cli") as session:
        job = queue.restart(session, job_id, "cli")
    click.echo(f"Auftrag #{job.id} ist wieder eingereiht.")


COMMANDS = [serve, worker, jobs_group]
