"""Qualifizierung: QHB-Kurse, Teilnahme in UE, Zertifikate und ablaufende Nachweise."""

from core.plugins import Plugin

PLUGIN = Plugin(
    name="qhb_training",
    version="0.1.0",
    label="Qualifizierung",
    module=__name__,
    table_prefix="qhb_",
    description="QHB-Kurse, Teilnahme in UE, Zertifikate und ablaufende Nachweise.",
)
