"""Qualifizierung: QHB-Kurse, Teilnahme in UE, Zertifikate und ablaufende Nachweise."""

from core.i18n import N_
from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="qhb_training",
    version="0.1.0",
    label=N_("Qualifizierung"),
    module=__name__,
    table_prefix="qhb_",
    description=N_("QHB-Kurse, Teilnahme in UE, Zertifikate und ablaufende Nachweise."),
)
