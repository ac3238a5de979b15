"""Double registrations, pure: the same child asked for twice, found by a similar name
(typing errors, ä/ae) and a birth date that fits, or by the same guardian's contact with a
similar first name. Siblings of one family – same guardian, other first name, or twins
with their own names – are not doubles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from confusable_homoglyphs import confusables
from rapidfuzz import fuzz

from core.i18n import gettext_

SAME_NAME = 85  # token ratio of the whole name, 0–100
SAME_FIRST_NAME = 80
BIRTH_SLACK_DAYS = 31  # an expected birth is a guess


@dataclass(frozen=True)
class Applicant:
    """What a request says about whom it is for."""

    id: int
    first_name: str
    last_name: str
    born: date | None
    expected: date | None
    email: str = ""
    phone: str = ""


@lru_cache(maxsize=4096)
def _as_latin(ch: str) -> str:
    found = confusables.is_confusable(ch, preferred_aliases=["latin"])
    return found[0]["homoglyphs"][0]["c"] if found else ch


def latin(name: str) -> str:
    """Letters of other scripts that look like Latin ones (Unicode's confusables.txt) read
    as those: 'Lеna' with a Cyrillic е is 'Lena', and cannot pass as another child."""
    return name if name.isascii() else "".join(map(_as_latin, name))


def plain(name: str) -> str:
    """Latin letters, lower case, umlauts spelled out, so 'Müller' and 'Mueller' are the
    same."""
    name = latin(name).casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(a, b)
    return " ".join(name.split())


def _digits(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isascii() and ch.isdigit())
    return digits.removeprefix("49") if phone.strip().startswith("+") else digits


def births_fit(a: Applicant, b: Applicant) -> bool:
    """The same day of birth, or within the slack where one of them is only expected."""
    if a.born is not None and b.born is not None:
        return a.born == b.born
    one, other = a.born or a.expected, b.born or b.expected
    if one is None or other is None:
        return False
    return abs((one - other).days) <= BIRTH_SLACK_DAYS


def same_contact(a: Applicant, b: Applicant) -> list[str]:
    found = []
    if a.email and a.email.casefold() == b.email.casefold():
        found.append(gettext_("dieselbe E-Mail-Adresse"))
    if len(_digits(a.phone)) >= 6 and _digits(a.phone).lstrip("0") == _digits(b.phone).lstrip("0"):
        found.append(gettext_("dieselbe Telefonnummer"))
    return found


def reasons(a: Applicant, b: Applicant) -> list[str]:
    """Why b may be the same child as a; empty when it is not."""
    if a.id == b.id or not births_fit(a, b):
        return []
    shown_a, shown_b = f"{a.first_name} {a.last_name}", f"{b.first_name} {b.last_name}"
    name_a, name_b = plain(shown_a), plain(shown_b)
    whole = fuzz.token_sort_ratio(name_a, name_b)
    first = fuzz.ratio(plain(a.first_name), plain(b.first_name))
    contact = same_contact(a, b)
    if whole < SAME_NAME and not (contact and first >= SAME_FIRST_NAME):
        return []
    found = [
        gettext_("ähnlicher Name ({a} / {b})").format(a=shown_a, b=shown_b)
        if name_a != name_b
        else gettext_("gleicher Name"),
        gettext_("gleiches Geburtsdatum")
        if a.born is not None and a.born == b.born
        else gettext_("passender Geburtstermin"),
    ]
    disguised = [n for n in (shown_a, shown_b) if latin(n) != n]
    if disguised:  # looks the same on screen, is not the same text: worth a second look
        found.append(
            gettext_("Name mit Buchstaben eines anderen Alphabets ({name})").format(
                name=", ".join(disguised)
            )
        )
    return found + contact
