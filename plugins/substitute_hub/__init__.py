"""Vertretung: Vertretungsstützpunkte, Tandems und Pools; Vertretungsbedarf bei Abwesenheiten."""

from core.plugins import Plugin

PLUGIN = Plugin(
    name="substitute_hub",
    version="0.1.0",
    label="Vertretung",
    module=__name__,
    table_prefix="sh_",
    description="Vertretungsstützpunkte, Tandems und Pools; Vertretungsbedarf bei Abwesenheiten.",
)
