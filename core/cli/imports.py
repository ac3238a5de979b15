"""`tagwerk import FILE`: an agency's spreadsheet imported from the shell, with the same
checks as the upload – and `--dry-run` for the preview. Problems are listed with sheet,
row, column and value; then nothing is imported and the exit code is 2."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from core.cli.context import ready_installation
from core.i18n import gettext_, ngettext_
from core.imports import reading, run


@click.command("import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sheet", default=None, help="Art der Tabelle, z. B. children; sonst erkannt.")
@click.option("--dry-run", is_flag=True, help="Nur prüfen, nichts übernehmen (Vorschau).")
@click.pass_context
def import_command(ctx, source, sheet, dry_run):
    """Tagespflegepersonen, Kinder und Verträge aus einer Tabelle (XLSX oder CSV) übernehmen."""
    inst = ready_installation(ctx)
    kernel = inst.kernel()
    sheets = [s for found in kernel.hook.import_sheets() for s in found or ()]
    if sheet and sheet not in {s.key for s in sheets}:
        keys = ", ".join(s.key for s in sheets)
        raise click.UsageError(gettext_("--sheet: eine von {keys}.").format(keys=keys))
    with inst.db.read() as session:
        limits = reading.limits_of(session)
    plans = run.plan(source, sheets, limits, sheet)
    for p in plans:
        columns = ", ".join(
            f"{gettext_(p.sheet.field(k).label)} ← {p.table.header[i]}"
            for k, i in p.mapping.items()
        )
        click.echo(f"{p.table.name}: {gettext_(p.sheet.label)} ({columns})")
    report = run.import_file(
        inst.db,
        source,
        plans,
        hooks=kernel.hook,
        actor="import",
        today=date.today(),
        dry_run=dry_run,
    )
    for sheet_label, row, action, what in report.outcomes:
        click.echo(f"{sheet_label}, Zeile {row}: {what} – {gettext_(action)}")
    for warning in report.warnings:
        click.echo(gettext_("Hinweis: {problem}").format(problem=warning.text()))
    for problem in report.problems:
        click.echo(gettext_("Fehler: {problem}").format(problem=problem.text()), err=True)
    rows = ngettext_("{n} Zeile", "{n} Zeilen", report.rows).format(n=report.rows)
    counts = ", ".join(f"{n} {gettext_(a)}" for a, n in sorted(report.counts().items()))
    if report.stopped:
        click.echo(
            gettext_("Die Prüfung hat hier aufgehört; der Rest der Datei ist noch nicht gelesen."),
            err=True,
        )
    if report.problems:
        click.echo(
            gettext_("Nichts übernommen: {n} Problem(e) in {rows}.").format(
                n=len(report.problems), rows=rows
            ),
            err=True,
        )
        sys.exit(2)
    if dry_run:
        click.echo(
            gettext_("Vorschau ohne Fehler ({rows}): {counts}. Nichts übernommen.").format(
                rows=rows, counts=counts or "–"
            )
        )
    else:
        click.echo(
            gettext_("Übernommen ({rows}): {counts}.").format(rows=rows, counts=counts or "–")
        )


COMMANDS = [import_command]
