"""`tagwerk settings list|get|set`: the installation's settings from the shell, so finance can
be set up (payer name, IBAN, …) without the browser. The same checks as the settings page;
the logo is an upload and stays on that page."""

from __future__ import annotations

from difflib import get_close_matches

import click

from core.cli.context import ready_installation
from core.errors import ValidationError
from core.i18n import gettext_
from core.letters.letterhead import LOGO_KEY


def _store(ctx: click.Context):
    inst = ready_installation(ctx)
    return inst, inst.kernel().settings


def _known(inst, store, key: str) -> None:
    if key in store.specs and key != LOGO_KEY:
        return
    module = key.split(".", 1)[0]
    if key == LOGO_KEY:
        message = gettext_("Das Logo wird auf der Seite Einstellungen hochgeladen.")
    elif module in inst.available and module not in {p.name for p in inst.kernel().enabled}:
        message = gettext_(
            "Die Einstellung '{key}' gehört zum Modul '{module}', das nicht aktiviert ist."
        ).format(key=key, module=module)
    else:
        near = get_close_matches(key, sorted(store.specs), n=1, cutoff=0.6)
        message = gettext_("Unbekannte Einstellung '{key}'.").format(key=key)
        if near:
            message += " " + gettext_("Gemeint ist wohl '{near}'.").format(near=near[0])
    raise ValidationError({"key": message})


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return str(value)


@click.group("settings")
def settings():
    """Einstellungen der Installation anzeigen und ändern."""


@settings.command("list")
@click.pass_context
def list_command(ctx):
    """Alle Einstellungen mit Wert; * = eigener Wert statt Voreinstellung."""
    inst, store = _store(ctx)
    with inst.db.read() as session:
        values = store.all(session)
    for key, spec in store.specs.items():
        if key == LOGO_KEY:
            continue
        own = "*" if values[key] != spec.default else " "
        click.echo(f"{own} {key} = {_shown(values[key])}    # {gettext_(spec.label)}")


@settings.command("get")
@click.argument("key")
@click.pass_context
def get_command(ctx, key):
    """Den Wert einer Einstellung ausgeben."""
    inst, store = _store(ctx)
    _known(inst, store, key)
    with inst.db.read() as session:
        click.echo(_shown(store.get(session, key)))


@settings.command("set")
@click.argument("key")
@click.argument("value")
@click.pass_context
def set_command(ctx, key, value):
    """Eine Einstellung setzen (geprüft wie auf der Seite Einstellungen)."""
    inst, store = _store(ctx)
    _known(inst, store, key)
    with inst.db.transaction("cli") as session:
        store.set(session, key, value)
        stored = store.get(session, key)
    click.echo(
        gettext_("{label}: gespeichert ({value}).").format(
            label=gettext_(store.specs[key].label), value=_shown(stored)
        )
    )


COMMANDS = [settings]
