"""Elternbeirat: Wahlen der Elternvertretung, Sitzungen und Elternbefragungen."""

from core.plugins import Plugin

PLUGIN = Plugin(
    name="parent_council",
    version="0.1.0",
    label="Elternbeirat",
    module=__name__,
    table_prefix="pc_",
    description="Wahlen der Elternvertretung, Sitzungen und Elternbefragungen.",
)
