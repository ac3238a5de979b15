"""What every `tagwerk` command shares: one installation per invocation, made on first use
and kept on the root context, so core's and the modules' commands work on the same one."""

from __future__ import annotations

import click

from core.config import Settings
from core.kernel.installation import Installation


def installation(ctx: click.Context) -> Installation:
    root = ctx.find_root()
    if root.obj is None:
        root.obj = Installation(Settings.from_env())
    return root.obj


def ready_installation(ctx: click.Context) -> Installation:
    """For module commands: this invocation's installation, refused if not migrated."""
    inst = installation(ctx)
    inst.check_ready()
    return inst
