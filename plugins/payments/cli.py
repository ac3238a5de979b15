"""`tagwerk payments …`: check a rule offline, run, finalise and document a month."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import click
from sqlalchemy import func, select

from core.cli.context import ready_installation
from core.format import format_money
from core.models import Childminder
from core.settings import setting
from plugins.payments import cli_offline, documents, exports, models
from plugins.payments.rates import periods, ratefile
from plugins.payments.runs import cases, lifecycle


@click.group("payments")
def payments():
    """Geldleistung: Sätze, Zahlläufe, Bescheide, Überweisungen."""


@payments.group("rates")
def rates_group():
    """Satztabellen anzeigen, prüfen und einspielen."""


payments.add_command(cli_offline.calc_command)
rates_group.add_command(cli_offline.check_command)


@rates_group.command("list")
@click.pass_context
def rates_list(ctx):
    """Gespeicherte Satzzeiträume und mitgelieferte Vorlagen."""
    with ready_installation(ctx).db.read() as session:
        for row in periods.rate_periods(session):
            until = f"{row.valid_to:%d.%m.%Y}" if row.valid_to else "offen"
            click.echo(f"{row.valid_from:%d.%m.%Y} – {until:<10}  {row.table_name}")
    click.echo("Vorlagen: " + ", ".join(ratefile.presets()))


@rates_group.command("import")
@click.argument("source")
@click.option("--replace", is_flag=True, help="Überschneidende Zeiträume ersetzen.")
@click.pass_context
def rates_import(ctx, source, replace):
    """Eine Vorlage (z. B. beispiel) oder eine TOML-Datei einspielen."""
    table = ratefile.load_file(ratefile.presets().get(source, source))
    with ready_installation(ctx).db.transaction("cli") as session:
        count = periods.import_table(session, table, replace=replace)
    click.echo(f"{table.name}: {count} Zeitraum/Zeiträume gespeichert.")


@payments.command("run")
@click.argument("month")
@click.pass_context
def run_command(ctx, month):
    """Den Zahllauf eines Monats (JJJJ-MM) als Entwurf berechnen oder neu berechnen."""
    inst = ready_installation(ctx)
    kernel = inst.kernel()
    with inst.db.transaction("cli") as session:
        payees = session.scalar(select(func.count()).select_from(Childminder)) or 0
        with click.progressbar(length=payees, label="Bescheide berechnen", file=sys.stderr) as bar:
            run = lifecycle.compute(
                session,
                cases.month_of(month),
                hooks=kernel.hook,
                actor="cli",
                change_percent=setting(session, "payments.change_warning_percent"),
                progress=lambda done, total: bar.update(max(0, done - bar.pos)),
            )
        click.echo(
            f"{run.label} (Lauf {run.id}, Entwurf): {run.statement_count} Bescheide, "
            f"Summe {format_money(run.total_cents)}."
        )
        for p in run.problems:
            kind = "PROBLEM" if p.blocking else "Hinweis"
            click.echo(f"  {kind}: {p.person_name + ': ' if p.person_name else ''}{p.message}")


@payments.command("finalise")
@click.argument("month")
@click.pass_context
def finalise_command(ctx, month):
    """Den offenen Entwurf eines Monats abschließen (danach unveränderlich)."""
    inst = ready_installation(ctx)
    with inst.db.transaction("cli") as session:
        sender = documents.Sender.of(session)
        draft = session.scalars(
            select(models.Run).where(
                models.Run.month == cases.month_of(month), models.Run.status == models.DRAFT
            )
        ).first()
        if draft is None:
            raise click.ClickException(f"Für {month} gibt es keinen offenen Entwurf.")
        run = lifecycle.finalise(session, draft.id, "cli", sender)
        click.echo(f"{run.label} (Lauf {run.id}) abgeschlossen: {format_money(run.total_cents)}.")


@payments.command("pdf")
@click.argument("month")
@click.option("--run", "run_id", type=int, help="Lauf-Nummer; sonst der neueste des Monats.")
@click.option("--workers", type=int, default=None, help="Prozesse (Standard: alle Kerne).")
@click.pass_context
def pdf_command(ctx, month, run_id, workers):
    """Bescheide eines Laufs als PDF erzeugen (einzeln und gesammelt)."""
    inst = ready_installation(ctx)
    with inst.db.read() as session:
        run = _pick(session, month, run_id)
        data = documents.statement_data(session, run)
        context = documents.run_context(session, run)
    target = documents.run_dir(inst.settings.data_dir, run)
    with click.progressbar(length=len(data), label="Bescheide", file=sys.stderr) as bar:
        path = documents.render_run(context, data, target, workers=workers, progress=bar.update)
    click.echo(f"{len(data)} Bescheide: {path}")


@payments.command("sepa")
@click.argument("month")
@click.option("--run", "run_id", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False, writable=True))
@click.pass_context
def sepa_command(ctx, month, run_id, out):
    """SEPA-Überweisungsdatei (pain.001) eines abgeschlossenen Laufs schreiben."""
    inst = ready_installation(ctx)
    with inst.db.read() as session:
        run = _pick(session, month, run_id)
        xml = exports.sepa_transfer(
            session,
            run,
            sender=documents.Sender.of(session),
            execution_date=date.today() + timedelta(days=1),
        )
    with open(out, "wb") as fh:
        fh.write(xml)
    click.echo(f"SEPA-Datei geschrieben: {out}")


@payments.command("export")
@click.argument("month")
@click.option("--run", "run_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="csv")
@click.option("--out", required=True, type=click.Path(dir_okay=False, writable=True))
@click.pass_context
def export_command(ctx, month, run_id, fmt, out):
    """Zeilen eines Laufs für die Buchhaltung (CSV oder XLSX)."""
    with ready_installation(ctx).db.read() as session:
        run = _pick(session, month, run_id)
        data = exports.to_csv(session, run) if fmt == "csv" else exports.to_xlsx(session, run)
    with open(out, "wb") as fh:
        fh.write(data)
    click.echo(f"Export geschrieben: {out}")


def _pick(session, month: str, run_id: int | None) -> models.Run:
    if run_id:
        return lifecycle.get_run(session, run_id)
    run = session.scalars(
        select(models.Run)
        .where(models.Run.month == cases.month_of(month))
        .order_by(models.Run.id.desc())
    ).first()
    if run is None:
        raise click.ClickException(f"Für {month} gibt es keinen Zahllauf.")
    return run


if __name__ == "__main__":  # offline: python -m plugins.payments.cli calc --rates … --case …
    payments()
