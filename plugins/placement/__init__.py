"""Vermittlung: free places, care requests from families, matching, offers and contracts."""

from core.i18n import N_
from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="placement",
    version="0.1.0",
    label=N_("Vermittlung"),
    module=__name__,
    table_prefix="pl_",
    description=N_(
        "Freie Plätze, Betreuungsanfragen der Familien, Vorschläge, Angebote und Verträge."
    ),
)
