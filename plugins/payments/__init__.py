"""Geldleistung: Laufende Geldleistung: Sätze, monatliche Zahlläufe, Bescheide als PDF, SEPA."""

from core.plugins import Plugin

PLUGIN = Plugin(
    name="payments",
    version="0.1.0",
    label="Geldleistung",
    module=__name__,
    table_prefix="pay_",
    description="Laufende Geldleistung: Sätze, monatliche Zahlläufe, Bescheide als PDF, SEPA.",
)
