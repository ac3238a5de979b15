"""Geldleistung: Laufende Geldleistung: Sätze, monatliche Zahlläufe, Bescheide als PDF, SEPA."""

from core.i18n import N_
from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="payments",
    version="0.1.0",
    label=N_("Geldleistung"),
    module=__name__,
    table_prefix="pay_",
    description=N_("Laufende Geldleistung: Sätze, monatliche Zahlläufe, Bescheide als PDF, SEPA."),
)
