"""`tagwerk payments calc` and `tagwerk payments rates check`: the rules on files alone, no
database needed, so a rule can be checked before anything is set up."""

from __future__ import annotations

import json

import click

from core.format import format_date, format_money
from plugins.payments.arithmetic import ROUNDINGS
from plugins.payments.rates import ratefile
from plugins.payments.runs import calc, casefile


@click.command("calc")
@click.option("--rates", "rates_file", required=True, type=click.Path(dir_okay=False))
@click.option("--case", "case_file", required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Ergebnis als JSON ausgeben.")
def calc_command(rates_file, case_file, as_json):
    """Einen Fall ohne Datenbank rechnen (Satzdatei TOML, Falldatei JSON)."""
    statement = calc.calculate(ratefile.load_file(rates_file), casefile.load_case(case_file))
    if as_json:
        click.echo(json.dumps(casefile.statement_to_dict(statement), ensure_ascii=False, indent=2))
        return
    click.echo(f"{statement.childminder_name} – {statement.month:%m/%Y}")
    for line in statement.lines:
        who = f"{line.child_name}: " if line.child_name else ""
        click.echo(
            f"  {who + line.label:<72} {line.quantity:>9} {line.unit:<8} × {line.rate:>8.4f} "
            f"= {format_money(line.amount_cents):>14}"
        )
        if line.working:
            click.echo(f"      {line.working}")
    for child, cents in statement.subtotals().items():
        click.echo(f"  {'Zwischensumme ' + child:<110} {format_money(cents):>14}")
    click.echo(f"  {'Summe':<110} {format_money(statement.total_cents):>14}")
    for basis in statement.basis:
        click.echo(f"  {basis}")
    for problem in statement.problems:
        click.echo(f"  PROBLEM: {problem}")


@click.command("check")
@click.argument("source")
def check_command(source):
    """Eine Satzdatei (oder Vorlage) prüfen, ohne sie einzuspielen."""
    path = ratefile.presets().get(source, source)
    table = ratefile.load_file(path)
    click.echo(f"{table.name}: in Ordnung, {len(table.periods)} Zeitraum/Zeiträume.")
    click.echo(f"  Quelle: {table.source}")
    for period in table.periods:
        until = format_date(period.valid_to) if period.valid_to else "offen"
        bands = f", {len(period.hour_bands)} Stundenstufen" if period.hour_bands else ""
        bands += " je Betreuungstag" if period.hours_per == "day" else ""
        click.echo(
            f"  {format_date(period.valid_from)} – {until}: {len(period.rates)} Sätze, "
            f"{len(period.levels)} Stufen, {len(period.age_bands)} Altersgruppen{bands}; "
            f"Monatsfaktor {period.monthly_factor_text}; {ROUNDINGS[period.rounding]}"
        )


@click.group("payments")
def payments_offline():
    """Geldleistung: Fälle und Satzdateien prüfen (Modul nicht eingerichtet)."""


@payments_offline.group("rates")
def rates_offline():
    """Satzdateien prüfen."""


payments_offline.add_command(calc_command)
rates_offline.add_command(check_command)
