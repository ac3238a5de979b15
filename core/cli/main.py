"""The `tagwerk` command line."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from core.cli.context import installation, ready_installation
from core.config import Settings
from core.errors import TagwerkError, ValidationError
from core.kernel.installation import Installation
from core.services.staff import OFFICE_ROLES

DEMO_USER, DEMO_PASSWORD = "admin", "tagwerk-demo"


class TagwerkGroup(click.Group):
    """Turns domain errors into one German line and exit code 2 instead of a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ValidationError as exc:
            for field, message in exc.errors.items():
                click.echo(f"Fehler: {message}" if field else f"Fehler: {message}", err=True)
            sys.exit(2)
        except TagwerkError as exc:
            click.echo(f"Fehler: {exc}", err=True)
            sys.exit(2)


@click.group(cls=TagwerkGroup)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Tagwerk – Verwaltung für Kindertagespflege."""


@main.command()
@click.pass_context
def init(ctx):
    """Datenbank anlegen bzw. aktualisieren."""
    inst = installation(ctx)
    done = inst.upgrade()
    click.echo(
        f"Datenbank bereit ({inst.db.engine.url.render_as_string(hide_password=True)}); "
        f"Module migriert: {', '.join(done)}."
    )


@main.group()
def db():
    """Datenbank-Migrationen."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx):
    """Alle Migrationen ausführen: Kern, dann aktivierte Module."""
    done = installation(ctx).upgrade()
    click.echo(f"Migriert: {', '.join(done)}.")


@db.command("revision")
@click.option("--module", "module_name", default="core", show_default=True)
@click.option("-m", "--message", required=True)
@click.pass_context
def db_revision(ctx, module_name, message):
    """Neue Migration eines Moduls aus den Modellen erzeugen (Entwicklung)."""
    from alembic import command

    from core.kernel import migrate

    inst = installation(ctx)
    if module_name == "core":
        module = migrate.CORE
    elif module_name in inst.available:
        module = migrate.modules_for([inst.available[module_name]])[-1]
        inst.available[module_name].load_models()
    else:
        raise TagwerkError(f"Ein Modul '{module_name}' gibt es nicht.")
    module.versions_dir.mkdir(parents=True, exist_ok=True)
    with inst.db.engine.begin() as conn:
        command.revision(
            migrate.alembic_config(module, conn),
            message=message,
            autogenerate=True,
            version_path=str(module.versions_dir),
        )


@main.group()
def plugins():
    """Module anzeigen, aktivieren, deaktivieren."""


@plugins.command("list")
@click.pass_context
def plugins_list(ctx):
    """Alle Module mit Zustand."""
    for row in installation(ctx).plugin_rows():
        state = "aktiviert" if row["state"] == "enabled" else "deaktiviert"
        requires = f"  benötigt: {', '.join(row['requires'])}" if row["requires"] else ""
        click.echo(f"{row['name']:<16} {row['version']:<8} {state:<12} {row['label']}{requires}")


@plugins.command("enable")
@click.argument("names", nargs=-1, required=True)
@click.pass_context
def plugins_enable(ctx, names):
    """Module aktivieren (migriert ihre Tabellen)."""
    inst = installation(ctx)
    for name in names:
        inst.enable(name)
        click.echo(f"{name}: aktiviert.")


@plugins.command("disable")
@click.argument("names", nargs=-1, required=True)
@click.pass_context
def plugins_disable(ctx, names):
    """Module deaktivieren; ihre Daten bleiben erhalten."""
    inst = installation(ctx)
    for name in names:
        inst.disable(name)
        click.echo(f"{name}: deaktiviert (Daten bleiben erhalten).")


@main.group()
def users():
    """Benutzerkonten."""


@users.command("create")
@click.argument("username")
@click.option(
    "--role",
    "roles",
    multiple=True,
    default=("staff",),
    show_default=True,
    help="mehrfach möglich: "
    + ", ".join(f"{key} ({label})" for key, label in OFFICE_ROLES.items())
    + "; Tagespflegepersonen bekommen ihr Konto mit der Einladung ins Portal",
)
@click.option("--name", "display_name", default="")
@click.password_option("--password", prompt="Passwort")
@click.pass_context
def users_create(ctx, username, roles, display_name, password):
    """Ein Benutzerkonto anlegen."""
    from core.services.users import create_user

    inst = installation(ctx)
    inst.check_ready()
    with inst.db.transaction("cli") as session:
        create_user(session, username, password, list(roles), display_name)
    click.echo(f"Benutzer {username} angelegt ({', '.join(roles)}).")


def _user(session, username: str):
    from sqlalchemy import select

    from core.models import User

    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise click.ClickException(f"Den Benutzer '{username}' gibt es nicht.")
    return user


@users.command("password")
@click.argument("username")
@click.password_option("--password", prompt="Neues Passwort")
@click.pass_context
def users_password(ctx, username, password):
    """Ein neues Passwort setzen; jede bestehende Anmeldung des Kontos endet."""
    from core.services.users import set_password

    inst = installation(ctx)
    inst.check_ready()
    with inst.db.transaction("cli") as session:
        set_password(_user(session, username), password)
    click.echo(f"Passwort von {username} geändert; alle Anmeldungen beendet.")


@users.command("deactivate")
@click.argument("username")
@click.pass_context
def users_deactivate(ctx, username):
    """Ein Konto sperren; jede bestehende Anmeldung endet sofort."""
    from core.services.users import deactivate

    inst = installation(ctx)
    inst.check_ready()
    with inst.db.transaction("cli") as session:
        deactivate(session, _user(session, username))
    click.echo(f"{username} gesperrt; alle Anmeldungen beendet.")


@main.command()
@click.option(
    "--scale",
    default="beckum",
    show_default=True,
    help="beckum, dueren, stuttgart, dortmund, national oder Zahl der Tagespflegepersonen",
)
@click.option("--seed", default=2026, show_default=True, type=int)
@click.option("--if-empty", is_flag=True, help="Nichts tun, wenn schon Personen erfasst sind.")
@click.option("--admin-password", default=DEMO_PASSWORD, show_default=True)
@click.pass_context
def demo(ctx, scale, seed, if_empty, admin_password):
    """Einen fiktiven Träger mit Personen, Verträgen und Abwesenheiten anlegen."""
    from sqlalchemy import func, select

    from core.demo.builder import build_demo
    from core.demo.scales import scale_named
    from core.models import Person

    inst = installation(ctx)
    inst.check_ready()
    spec = scale_named(scale)
    with inst.db.read() as session:
        has_people = session.scalar(select(func.count()).select_from(Person))
    if not (if_empty and has_people):
        started = time.perf_counter()
        expected = round(spec.childminders * (1 + spec.children_per_childminder))
        with (
            click.progressbar(length=expected, label="Demodaten", file=sys.stderr) as bar,
            inst.db.transaction("demo") as session,
        ):
            counts = build_demo(session, scale, seed, progress=lambda _l, n: bar.update(n))
            kernel = inst.kernel()
            import random

            kernel.hook.demo_data(session=session, rng=random.Random(seed), scale=scale)
        elapsed = time.perf_counter() - started
        click.echo(
            f"Demodaten ({spec.name}) in {elapsed:.1f} s: {counts.get('childminder', 0)} "
            f"Tagespflegepersonen, {counts.get('contract', 0)} Verträge, "
            f"{counts.get('person', 0)} Personen, {counts.get('absence', 0)} Abwesenheiten."
        )
    from core.demo.logins import ensure_demo_logins

    for line in ensure_demo_logins(inst, DEMO_USER, admin_password):
        click.echo(line)


@main.group()
def privacy():
    """Datenschutz: Löschen nach Ablauf der Aufbewahrung."""


@privacy.command("purge")
@click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Stichtag")
@click.option("--dry-run", is_flag=True, help="Nur anzeigen, wer fällig ist.")
@click.option("--yes", is_flag=True, help="Ohne Rückfrage.")
@click.pass_context
def privacy_purge(ctx, on, dry_run, yes):
    """Personen löschen, deren Betreuung länger als die eingestellte Frist zurückliegt."""
    from datetime import date

    from core.services import privacy as service
    from core.settings import setting

    inst = ready_installation(ctx)
    day = on.date() if on else date.today()
    kernel = inst.kernel()
    with inst.db.transaction("datenschutz") as session:
        years = int(setting(session, "core.retention_years"))
        due = service.due_for_erasure(session, day, years)
        for person, last in due:
            click.echo(f"{person.sort_name} (zuletzt {last:%d.%m.%Y})")
        if dry_run or not due:
            click.echo(f"{len(due)} Personen fällig (Frist {years} Jahre).")
            session.rollback()
            return
        if not yes:
            click.confirm(f"{len(due)} Personen endgültig löschen?", abort=True)
        persons, records = service.purge(session, kernel.hook, day, years)
    click.echo(f"{persons} Personen gelöscht, {records} Aufzeichnungen entfernt.")


@main.command()
@click.option("--out", "target", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.pass_context
def backup(ctx, target):
    """Die ganze Datenbank sichern (SQLite: Online-Backup, PostgreSQL: pg_dump)."""
    from core.operations import backup as backups

    inst = installation(ctx)
    done = backups.backup(inst, target or backups.default_path(inst))
    click.echo(f"Gesichert: {done} ({done.stat().st_size / 1e6:.1f} MB).")


@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Ohne Rückfrage.")
@click.pass_context
def restore(ctx, source, yes):
    """Eine Sicherung zurückspielen; ersetzt den gesamten Inhalt der Datenbank."""
    from core.operations import backup as backups

    inst = installation(ctx)
    if not yes:
        click.confirm(
            f"Alle Daten in {inst.settings.database_url.split('@')[-1]} werden durch {source} "
            "ersetzt. Fortfahren?",
            abort=True,
        )
    backups.restore(inst, source)
    click.echo(f"Zurückgespielt: {source}. Danach ggf. 'tagwerk db upgrade' ausführen.")


def _add_core_commands() -> None:
    from core.cli import imports, run, settings

    for command in run.COMMANDS + settings.COMMANDS + imports.COMMANDS:
        main.add_command(command)


_add_core_commands()


def _add_plugin_commands() -> None:
    """The enabled modules' commands when the database is ready, and the offline commands
    (no database needed) of installed modules that are not enabled – those cost a second
    kernel, built only when such a module exists."""
    from core.kernel.plugins import build_kernel, discover

    try:  # never let a plugin break `tagwerk init` or `db upgrade`
        kernel = _enabled_kernel()
        available = discover() if kernel is None else kernel.available
        enabled = set() if kernel is None else {p.name for p in kernel.enabled}
        if set(available) - enabled:
            for command in build_kernel(list(available), available).collect("offline_commands"):
                main.add_command(command)
        for command in kernel.collect("cli_commands") if kernel else []:
            main.add_command(command)  # a module's full group replaces its offline one
    except Exception:
        return


def _enabled_kernel():
    """The installation's kernel, or None before `tagwerk init` (no database is created)."""
    from core.kernel.plugin_state import core_installed

    settings = Settings.from_env()
    if not _database_exists(settings.database_url):
        return None
    inst = Installation(settings)
    return inst.kernel() if core_installed(inst.db.engine) else None


def _database_exists(url: str) -> bool:
    """False only for a SQLite file not yet created; a server database is asked later."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return True
    return Path(parsed.database).exists()


def run() -> None:
    _add_plugin_commands()
    main()


if __name__ == "__main__":
    run()
