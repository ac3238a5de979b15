"""The one IBAN check: schwifty verifies country, length and check digits; the message
names the field, as every form's does."""

from __future__ import annotations

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from core.i18n import gettext_


def parsed(raw: str, label: str) -> IBAN:
    try:
        return IBAN(raw)
    except SchwiftyException:
        raise ValueError(
            gettext_("{label}: Die IBAN ist ungültig (Prüfziffer oder Länge stimmt nicht).").format(
                label=label
            )
        ) from None


def valid(raw: str) -> bool:
    try:
        parsed(raw, "IBAN")
    except ValueError:
        return False
    return True
