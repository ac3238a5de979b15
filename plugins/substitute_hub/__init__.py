"""Vertretung: Vertretungsstützpunkte, Tandems und Pools; Vertretungsbedarf bei Abwesenheiten."""

from core.i18n import N_
from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="substitute_hub",
    version="0.1.0",
    label=N_("Vertretung"),
    module=__name__,
    table_prefix="sh_",
    description=N_(
        "Vertretungsstützpunkte, Tandems und Pools; Vertretungsbedarf bei Abwesenheiten."
    ),
)
