"""Which keys a rate file may hold, section by section (the format is in presets/README.md).

A misspelt key (`monthly_faktor`, `continues_in_absense`) would otherwise be ignored and its
default used without anyone noticing; here it is refused with the nearest valid key.
"""

from __future__ import annotations

from difflib import get_close_matches

from core.i18n import gettext_
from plugins.payments.rates.tables import INSURANCE_KINDS

SECTIONS: dict[str, frozenset[str]] = {
    "table": frozenset({"name", "source", "as_of", "note", "period"}),
    "period": frozenset(
        {
            "valid_from",
            "valid_to",
            "monthly_factor",
            "proration",
            "rounding",
            "total_rounding",
            "levels",
            "age_bands",
            "hour_bands",
            "components",
            "rates",
            "eingewoehnung",
            "absence",
            "insurance",
        }
    ),
    "levels": frozenset({"key", "label", "min_ue", "fachkraft"}),
    "age_bands": frozenset({"key", "label", "below"}),
    "hour_bands": frozenset({"key", "label", "per", "up_to", "below", "at_least", "above"}),
    "components": frozenset({"key", "label", "special_needs_factor", "continues_in_absence"}),
    "rates": frozenset(
        {"component", "level", "age", "hours", "rate", "monthly", "percent", "of", "full_time"}
    ),
    "eingewoehnung": frozenset({"mode", "hours", "amount", "again_after_weeks"}),
    "absence": frozenset({"paid_days_per_year", "kinds"}),
    "insurance": frozenset(
        set(INSURANCE_KINDS) | {f"{kind}_max_contribution" for kind in INSURANCE_KINDS}
    ),
}


def unknown_key(raw: dict, section: str) -> str | None:
    """A German message for the first key `raw` may not hold in `section`, else None."""
    allowed = SECTIONS[section]
    for key in raw:
        if key in allowed:
            continue
        near = get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.6)
        if near:
            return gettext_(
                "unbekannter Schlüssel '{key}' in {section} – gemeint ist wohl '{near}'"
            ).format(key=key, section=section, near=near[0])
        return gettext_("unbekannter Schlüssel '{key}' in {section}; erlaubt: {allowed}").format(
            key=key, section=section, allowed=", ".join(sorted(allowed))
        )
    return None
