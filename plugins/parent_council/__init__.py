"""Elternbeirat: Wahlen der Elternvertretung, Sitzungen und Elternbefragungen."""

from core.i18n import N_
from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="parent_council",
    version="0.1.0",
    label=N_("Elternbeirat"),
    module=__name__,
    table_prefix="pc_",
    description=N_("Wahlen der Elternvertretung, Sitzungen und Elternbefragungen."),
)
