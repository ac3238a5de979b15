"""`tagwerk qhb …`: the nightly due check, curricula and the yearly report."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import click

from core.cli.context import ready_installation
from core.forms import parse_date
from plugins.qhb_training import credentials, curricula, reports


@click.group("qhb")
def qhb():
    """Qualifizierung: Fristen, Curricula, Jahresbericht."""


@qhb.command("due")
@click.option("--days", type=click.IntRange(0, 3650), help="Vorlauf in Tagen (sonst Einstellung).")
@click.option("--on", "on", help="Stichtag TT.MM.JJJJ oder JJJJ-MM-TT (sonst heute).")
@click.option("--exit-code", is_flag=True, help="Mit Status 1 enden, wenn etwas überfällig ist.")
@click.pass_context
def due_command(ctx, days, on, exit_code):
    """Wer muss was bis wann nachweisen (Erste Hilfe, Pflegeerlaubnis, Fortbildung, Teil 2)."""
    inst = ready_installation(ctx)
    today = parse_date(on) if on else date.today()
    with inst.db.read() as session:
        rules = credentials.Rules.of(session)
        if days is not None:
            rules = replace(rules, due_days=days)
        dues = credentials.dues(session, rules, today)
    for d in dues:
        when = f"{d.due_on:%d.%m.%Y}" if d.due_on else "fehlt"
        mark = "ÜBERFÄLLIG" if d.overdue else "fällig"
        click.echo(f"{when:<10}  {mark:<10}  {d.name:<30}  {d.what}: {d.detail}")
    overdue = sum(d.overdue for d in dues)
    click.echo(
        f"{len(dues)} Einträge bis {today + timedelta(days=rules.due_days):%d.%m.%Y}, "
        f"davon {overdue} überfällig."
    )
    if exit_code and overdue:
        sys.exit(1)


@qhb.group("curricula")
def curricula_group():
    """Curricula anzeigen und einspielen."""


@curricula_group.command("list")
@click.pass_context
def curricula_list(ctx):
    with ready_installation(ctx).db.read() as session:
        for c in curricula.all_curricula(session):
            state = "" if c.active else " (inaktiv)"
            click.echo(f"{c.code:<14} {c.ue:>4} UE  {c.name}{state}")


@curricula_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Vorhandene Curricula gleichen Codes überschreiben.")
@click.pass_context
def curricula_import(ctx, file, replace):
    """Eigene Curricula aus einer TOML-Datei (Format wie curricula/standard.toml)."""
    records = curricula.parse(file.read_text(encoding="utf-8"), file.name)
    with ready_installation(ctx).db.transaction("cli") as session:
        added = curricula.import_records(session, records, replace=replace)
    click.echo(f"{len(added)} Curricula gespeichert, {len(records) - len(added)} unverändert.")


@curricula_group.command("builtin")
@click.pass_context
def curricula_builtin(ctx):
    """Die mitgelieferten Curricula ergänzen, wo sie fehlen."""
    with ready_installation(ctx).db.transaction("cli") as session:
        added = curricula.install_builtin(session)
    click.echo(f"{len(added)} mitgelieferte Curricula ergänzt.")


@qhb.command("report")
@click.argument("year", type=click.IntRange(2000, 2100))
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "xlsx"]), default="text")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def report_command(ctx, year, fmt, out):
    """Abgeschlossene Kurse, Teilnehmende und UE eines Jahres."""
    with ready_installation(ctx).db.read() as session:
        rows = reports.yearly(session, year)
    if fmt == "text":
        for r in rows:
            click.echo(
                f"{r.curriculum:<60} {r.courses:>3} Kurse {r.participants:>4} Teiln. "
                f"{r.ue_delivered:>8} UE {r.certificates:>4} Zertifikate"
            )
        return
    body = reports.to_csv(year, rows) if fmt == "csv" else reports.to_xlsx(year, rows)
    target = out or Path(f"qualifizierung-{year}.{fmt}")
    target.write_bytes(body)
    click.echo(f"{target} geschrieben ({len(rows)} Zeilen).")
