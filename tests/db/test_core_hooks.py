"""One test per hook of core/kernel/hookspecs.py, named test_hook_<name>, through the kernel of
the real modules (tests/unit/test_core_plugins.py checks that none is missing). Hooks with a
story of their own are tested beside it: calendar_events, contract_changed,
absence_changed, delete_blockers, person_erased, purge_records, qualification_level(s),
payment_payees and payment_lines."""

from __future__ import annotations

import random
from datetime import date, datetime

import click
import pytest
from click.testing import CliRunner
from cronsim import CronSim
from sqlalchemy import func, select
from starlette.routing import BaseRoute

from core.demo.builder import build_demo
from core.kernel.contributions import ROLES
from core.models import Person, User
from core.services.users import create_user
from core.settings import settings_of
from core.web.routing import granted_permissions
from plugins.parent_council.models import Election
from plugins.payments import models as pay
from plugins.qhb_training.models import Course
from plugins.substitute_hub.models import Provider

MODULES = ("substitute_hub", "qhb_training", "payments", "parent_council")


@pytest.fixture
def kernel(installation):
    for name in MODULES:
        installation.enable(name)
    return installation.kernel()


def test_hook_routes(kernel):
    contributed = {impl.plugin_name: impl.function() for impl in kernel.hook.routes.get_hookimpls()}
    assert set(contributed) == set(MODULES)
    for name, routes in contributed.items():
        assert routes and all(isinstance(r, BaseRoute) for r in routes), name
        assert all(r.path.startswith("/") for r in routes), name  # mounted under /<module>


def test_hook_menu_items(kernel, installation):
    with installation.db.transaction("test") as s:
        admin = create_user(s, "chefin", "sicheres-passwort", ["admin"])
    items = kernel.collect("menu_items", user=admin)
    urls = {item.url for item in items}
    assert {f"/{name}/" for name in MODULES} <= urls and "/admin/jobs" in urls
    for item in items:  # every entry is guarded by a permission someone declared
        assert item.permission in kernel.permissions, item.url


def test_hook_permissions(kernel):
    assert {p.split(".")[0] for p in kernel.permissions} >= set(MODULES)
    for permission in kernel.permissions.values():
        assert permission.roles and set(permission.roles) <= set(ROLES), permission.name


def test_hook_person_tabs(kernel, make):
    childminder, child = make.childminder(), make.child()
    tabs = {
        "childminder": kernel.collect("person_tabs", person=childminder),
        "child": kernel.collect("person_tabs", person=child),
    }
    keys = {who: [t.key for t in found] for who, found in tabs.items()}
    assert {"payments", "qhb_training"} <= set(keys["childminder"])
    assert "substitute_hub" in keys["child"] and "payments" not in keys["child"]
    for found in tabs.values():
        assert len({t.key for t in found}) == len(found)  # no key twice on one page
        assert all(t.permission in kernel.permissions for t in found)


def test_hook_dashboard_widgets(kernel, installation):
    with installation.db.transaction("test") as s:
        create_user(s, "chefin", "sicheres-passwort", ["admin"])
        create_user(s, "kasse", "sicheres-passwort", ["finance"])
    with installation.db.read() as s:
        admin, finance = (
            s.scalar(select(User).where(User.username == n)) for n in ("chefin", "kasse")
        )
        for_admin, for_finance = (
            kernel.collect(
                "dashboard_widgets",
                session=s,
                user=user,
                district=None,
                granted=granted_permissions(kernel, user),
            )
            for user in (admin, finance)
        )
    assert [w.template for w in sorted(for_admin, key=lambda w: w.order)] == [
        "substitute_hub/_widget.html",
        "qhb_training/_widget.html",
        "payments/_widget.html",
        "parent_council/_widget.html",
    ]
    # finance staff see the payments panel, not the lists they may not open
    assert "payments/_widget.html" in {w.template for w in for_finance}
    assert "qhb_training/_widget.html" not in {w.template for w in for_finance}


def test_hook_setting_specs(kernel, installation):
    specs = kernel.settings.specs
    assert {key.split(".")[0] for key in specs} == {"core", *MODULES}
    with installation.db.transaction("test") as s:
        for key, spec in specs.items():  # every default is a value its own parser accepts
            assert spec.parse(spec.default) == spec.default, key
        settings_of(s).set(s, "payments.change_warning_percent", "35")
    with installation.db.read() as s:
        assert settings_of(s).get(s, "payments.change_warning_percent") == 35
        assert settings_of(s).get(s, "qhb_training.due_days") == 90  # the default


def test_hook_cli_commands(kernel, installation):
    commands = {c.name: c for c in kernel.collect("cli_commands")}
    assert set(commands) == {"payments", "qhb"}
    assert all(isinstance(c, click.Group) and c.commands for c in commands.values())
    from core.cli.main import main

    env = {"TAGWERK_DATABASE_URL": installation.settings.database_url}
    main.add_command(commands["qhb"])
    try:
        shown = CliRunner().invoke(main, ["qhb", "--help"], env=env)
    finally:
        main.commands.pop("qhb")
    assert shown.exit_code == 0 and "due" in shown.output


def test_hook_job_kinds(kernel):
    kinds = kernel.collect("job_kinds")
    names = [k.name for k in kinds]
    assert len(names) == len(set(names))
    assert {"payments.compute", "payments.documents", "core.purge", "core.jobs_cleanup"} <= set(
        names
    )
    for kind in kinds:
        assert callable(kind.run) and kind.label and kind.max_attempts >= 1
        if kind.schedule:  # a cron expression that names a next slot
            assert next(CronSim(kind.schedule.cron, datetime(2026, 12, 1, 12, 0)))
            if kind.schedule.setting:
                assert kind.schedule.setting in kernel.settings.specs


def test_hook_demo_data(kernel, installation):
    with installation.db.transaction("demo") as s:
        build_demo(s, "beckum", 2026, today=date(2026, 11, 20))
        kernel.hook.demo_data(session=s, rng=random.Random(2026), scale="beckum")
    with installation.db.read() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Person) > 100
        assert count(Provider) > 0 and count(Course) > 0 and count(pay.RatePeriod) > 0
        assert count(Election) > 0
