"""The agency's letterhead: who writes (name, department, address, contacts, logo), where
money goes (bank), who signs, and the authority named in an appeal clause. Every PDF and
every mail takes it from here, so the agency sets it once on the Briefkopf page."""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass
from xml.etree import ElementTree

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.i18n import gettext_

LOGO_KEY = "core.letterhead.logo"
LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_PIXELS = 4000  # per side; a letterhead logo is printed about 4 cm wide
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def postal_code(raw: str, label: str) -> str:
    if not re.fullmatch(r"\d{5}", raw.strip()):
        raise ValueError(gettext_("{label}: fünf Ziffern, z. B. 59269.").format(label=label))
    return raw.strip()


def iban(raw: str, label: str) -> str:
    try:
        return IBAN(raw).formatted
    except SchwiftyException:
        raise ValueError(
            gettext_("{label}: Die IBAN ist ungültig (Prüfziffer oder Länge stimmt nicht).").format(
                label=label
            )
        ) from None


def website(raw: str, label: str) -> str:
    value = raw.strip()
    if not re.fullmatch(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?", value, re.IGNORECASE):
        raise ValueError(
            gettext_("{label}: eine Adresse wie www.beckum.de, ohne Leerzeichen.").format(
                label=label
            )
        )
    return value


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
        from core.settings import LETTERHEAD_SETTINGS, settings_of  # settings checks with us

        keys = [spec.key for spec in LETTERHEAD_SETTINGS]
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

    @property
    def complete(self) -> bool:
        return all((self.name, self.street, self.city_line, self.phone or self.email))

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


# --- the logo --------------------------------------------------------------------------


def checked_logo(filename: str, content: bytes) -> str:
    """The uploaded logo as a data: URI, or ValidationError naming what is wrong: PNG or
    SVG only (by content, not by name), at most 512 KB and 4000 pixels a side, an SVG
    without scripts, entities or links to other files."""
    if not content:
        raise _refused(gettext_("Logo: Bitte eine Datei auswählen."))
    if len(content) > LOGO_MAX_BYTES:
        message = gettext_("Logo: höchstens 512 KB, die Datei hat {size} KB.")
        raise _refused(message.format(size=len(content) // 1024))
    if content.startswith(PNG_MAGIC):
        _check_png(content)
        kind = "image/png"
    elif _looks_like_svg(content):
        _check_svg(content)
        kind = "image/svg+xml"
    else:
        message = gettext_("Logo: nur PNG oder SVG ({name} ist keins von beiden).")
        raise _refused(message.format(name=filename or "die Datei"))
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


def _refused(message: str) -> ValidationError:
    return ValidationError({"logo": message})


def _check_png(content: bytes) -> None:
    if len(content) < 24 or content[12:16] != b"IHDR":
        raise _refused(gettext_("Logo: Die PNG-Datei ist beschädigt."))
    width, height = struct.unpack(">II", content[16:24])
    if not (0 < width <= LOGO_MAX_PIXELS and 0 < height <= LOGO_MAX_PIXELS):
        message = gettext_("Logo: höchstens 4000 × 4000 Pixel ({w} × {h}).")
        raise _refused(message.format(w=width, h=height))


def _looks_like_svg(content: bytes) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in content[:4096].lower()


def _check_svg(content: bytes) -> None:
    unsafe = gettext_("Logo: Das SVG enthält Skripte oder Entitäten; bitte ohne speichern.")
    lowered = content.lower()
    if b"<!entity" in lowered or b"<!doctype" in lowered or b"<script" in lowered:
        raise _refused(unsafe)
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError:
        raise _refused(gettext_("Logo: Die SVG-Datei ist kein gültiges XML.")) from None
    if not root.tag.endswith("svg"):
        raise _refused(gettext_("Logo: Die Datei ist kein SVG-Bild."))
    for element in root.iter():
        for name, value in element.attrib.items():
            if name.endswith("href") and not value.startswith(("#", "data:image/")):
                message = gettext_("Logo: Das SVG verweist auf andere Dateien ({ref}).")
                raise _refused(message.format(ref=value[:60]))
            if name.lower().startswith("on"):
                raise _refused(unsafe)
