"""The agency's letterhead: who writes (name, department, address, contacts, logo), where
money goes (bank), who signs, and the authority named in an appeal clause. Every PDF and
every mail takes it from here, so the agency sets it once on the Briefkopf page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.i18n import N_, gettext_
from core.iban import parsed as parsed_iban
from core.messages.mail import checked_address
from core.settings import SettingSpec, settings_of

LOGO_KEY = "core.letterhead.logo"


def postal_code(raw: str, label: str) -> str:
    if not re.fullmatch(r"\d{5}", raw.strip()):
        raise ValueError(gettext_("{label}: fünf Ziffern, z. B. 59269.").format(label=label))
    return raw.strip()


def iban(raw: str, label: str) -> str:
    return parsed_iban(raw, label).formatted


def website(raw: str, label: str) -> str:
    value = raw.strip()
    if not re.fullmatch(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?", value, re.IGNORECASE):
        raise ValueError(
            gettext_("{label}: eine Adresse wie www.beckum.de, ohne Leerzeichen.").format(
                label=label
            )
        )
    return value


def _field(key: str, label: str, check=None) -> SettingSpec:
    return SettingSpec(f"core.letterhead.{key}", label, "", check=check, section="letterhead")


SETTINGS = [
    _field("department", N_("Abteilung oder Fachdienst")),
    _field("street", N_("Straße und Hausnummer")),
    _field("postal_code", N_("PLZ"), postal_code),
    _field("city", N_("Ort")),
    _field("phone", N_("Telefon")),
    _field("email", N_("E-Mail für Rückfragen"), checked_address),
    _field("website", N_("Website"), website),
    _field("contact", N_("Ansprechperson")),
    _field("bank", N_("Bank")),
    _field("iban", N_("IBAN"), iban),
    _field("signature", N_("Unterschriftszeile (z. B. „Im Auftrag, Anna Schulte“)")),
    _field("appeal_authority", N_("Widerspruch ist zu richten an (Behörde mit Anschrift)")),
    SettingSpec(LOGO_KEY, N_("Logo"), "", section="logo"),
]


@dataclass(frozen=True)
class Letterhead:
    name: str
    department: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contact: str = ""
    bank: str = ""
    iban: str = ""
    signature: str = ""
    appeal_authority: str = ""
    logo: str = ""  # a data: URI, so a PDF needs no file and no network

    def __str__(self) -> str:  # templates that print the sender print its name
        return self.name

    @classmethod
    def of(cls, session: Session) -> Letterhead:
        keys = [spec.key for spec in SETTINGS]
        name, *values = settings_of(session).many(session, "core.agency_name", *keys)
        fields = {k.rsplit(".", 1)[1]: str(v or "") for k, v in zip(keys, values, strict=True)}
        return cls(name=str(name), **fields)

    @property
    def city_line(self) -> str:
        return f"{self.postal_code} {self.city}".strip()

    @property
    def return_line(self) -> str:
        """The sender line above the address window (DIN 5008)."""
        return " · ".join(p for p in (self.name, self.street, self.city_line) if p)

    @property
    def appeal_to(self) -> str:
        return self.appeal_authority or self.name

    def mail_signature(self) -> str:
        """The block under every e-mail."""
        lines = [
            self.signature,
            self.name,
            self.department,
            self.street,
            self.city_line,
            " · ".join(p for p in (self.phone and f"Tel. {self.phone}", self.email) if p),
            self.website,
        ]
        return "\n".join(line for line in lines if line)
