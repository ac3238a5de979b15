"""Which district an address lies in: the rule, apart from the database.

A district is made of areas: whole postal codes, and single streets where a postal code is
split between districts (Beckum's 59269 covers all four Ortsteile). A street area wins over
its whole postal code, so an agency can say "59269 is Beckum, except these streets".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# "12", "12a", "12 a", "12-14", "12/1": the house number at the end of the street line
_HOUSE_NUMBER = re.compile(r"\s+\d+\s*[a-z]?(\s*[-/]\s*\d+\s*[a-z]?)?$", re.IGNORECASE)
_ABBREVIATED = re.compile(r"str\.$")


def street_key(street: str) -> str:
    """The street without house number in one spelling, so that 'Vellerner Str. 12a',
    'Vellerner Straße' and 'vellerner-strasse' are the same street."""
    name = _HOUSE_NUMBER.sub("", street.strip()).casefold()  # casefold turns ß into ss
    name = _ABBREVIATED.sub("strasse", name)
    return "".join(ch for ch in name if ch.isalnum())


def postal_code_of(text: str) -> str | None:
    """A German postal code (five digits) or None."""
    code = text.strip()
    return code if len(code) == 5 and code.isascii() and code.isdigit() else None


def postal_gap(a: str, b: str) -> int | None:
    """How far apart two postal codes are as numbers: the cheap stand-in for travel
    distance the proposals of substitute care and of placement use; None unless both are
    postal codes."""
    if postal_code_of(a) is None or postal_code_of(b) is None:
        return None
    return abs(int(a.strip()) - int(b.strip()))


@dataclass(frozen=True)
class Area:
    district_id: int
    postal_code: str
    street_key: str = ""  # '' covers the whole postal code


class AreaIndex:
    """The districts' areas, looked up by address."""

    def __init__(self, areas: Iterable[Area]):
        self._by_place = {(a.postal_code, a.street_key): a.district_id for a in areas}

    def district_for(self, postal_code: str, street: str) -> int | None:
        code = postal_code.strip()
        key = street_key(street)
        if key and (code, key) in self._by_place:
            return self._by_place[(code, key)]
        return self._by_place.get((code, ""))
