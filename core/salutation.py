"""How a letter greets its readers: "Sehr geehrte Frau Baum", "Sehr geehrter Herr Baum",
and, where no form of address is known or wanted, "Guten Tag Kim Baum" (the full name,
so no gender is assumed). Several readers are greeted one after the other."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from core.models.persons import Address

FRAU, HERR = Address.FRAU.value, Address.HERR.value


class Addressee(Protocol):
    form_of_address: str
    first_name: str
    last_name: str


def greeting(person: Addressee) -> str:
    if person.form_of_address == FRAU:
        return f"Sehr geehrte Frau {person.last_name}"
    if person.form_of_address == HERR:
        return f"Sehr geehrter Herr {person.last_name}"
    return f"Guten Tag {_full_name(person)}".strip()


def salutation(readers: Sequence[Addressee], fallback: str = "Guten Tag") -> str:
    """The opening line with its comma: formal greetings first in the reader's order, the
    following ones in lower case as DIN 5008 writes them ("…, sehr geehrter Herr Baum,")."""
    if not readers:
        return f"{fallback},"
    lines = [greeting(p) for p in readers]
    return ", ".join([lines[0], *(_lower_first(line) for line in lines[1:])]) + ","


def _lower_first(line: str) -> str:
    return line[0].lower() + line[1:]  # every greeting starts with "Sehr" or "Guten"


def address_line(person: Addressee) -> str:
    """The name as it stands in the address field: "Frau Pauline Baum", "Kim Baum"."""
    title = {FRAU: "Frau ", HERR: "Herrn "}.get(person.form_of_address, "")
    return f"{title}{_full_name(person)}"


def _full_name(person: Addressee) -> str:
    return " ".join(part for part in (person.first_name, person.last_name) if part)


def address_window(person: Addressee) -> list[str]:
    """The lines in a letter's address window: name, street, postal code and town."""
    return [address_line(person), person.street, f"{person.postal_code} {person.city}".strip()]
