"""The agency's logo for the letterhead: an upload checked by its content, kept as a data:
URI in the settings, so every PDF has it without a file or the network.

PNG (read by Pillow, which also tells the size) or SVG; at most 512 KB and 4000 pixels a
side. An SVG is drawn by the PDF renderer, so it must not carry scripts, event handlers,
entities or links to other files."""

from __future__ import annotations

import base64
from io import BytesIO
from xml.etree import ElementTree

from PIL import Image, UnidentifiedImageError

from core.errors import ValidationError
from core.i18n import gettext_

LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_PIXELS = 4000  # per side; a letterhead logo is printed about 4 cm wide


def checked_logo(filename: str, content: bytes) -> str:
    """The uploaded logo as a data: URI, or ValidationError naming what is wrong."""
    if not content:
        raise _refused(gettext_("Logo: Bitte eine Datei auswählen."))
    if len(content) > LOGO_MAX_BYTES:
        message = gettext_("Logo: höchstens 512 KB, die Datei hat {size} KB.")
        raise _refused(message.format(size=len(content) // 1024))
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        _check_png(content)
        kind = "image/png"
    elif _looks_like_svg(content):
        _check_svg(content)
        kind = "image/svg+xml"
    else:
        message = gettext_("Logo: nur PNG oder SVG ({name} ist keins von beiden).")
        raise _refused(message.format(name=filename or gettext_("die Datei")))
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


def _refused(message: str) -> ValidationError:
    return ValidationError({"logo": message})


def _check_png(content: bytes) -> None:
    try:
        with Image.open(BytesIO(content)) as image:
            width, height = image.size  # from the header: no pixels decoded yet
            image.verify()  # chunks and checksums, still without decoding
    except Image.DecompressionBombError:  # far beyond any logo: Pillow will not open it
        raise _refused(gettext_("Logo: höchstens 4000 × 4000 Pixel.")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _refused(gettext_("Logo: Die PNG-Datei ist beschädigt.")) from None
    if width > LOGO_MAX_PIXELS or height > LOGO_MAX_PIXELS:
        message = gettext_("Logo: höchstens 4000 × 4000 Pixel ({w} × {h}).")
        raise _refused(message.format(w=width, h=height))


def _looks_like_svg(content: bytes) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in content[:4096].lower()


def _check_svg(content: bytes) -> None:
    unsafe = gettext_("Logo: Das SVG enthält Skripte oder Entitäten; bitte ohne speichern.")
    lowered = content.lower()
    # a DOCTYPE is where entities are declared; no logo needs one
    if b"<!entity" in lowered or b"<!doctype" in lowered or b"<script" in lowered:
        raise _refused(unsafe)
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError:
        raise _refused(gettext_("Logo: Die SVG-Datei ist kein gültiges XML.")) from None
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise _refused(gettext_("Logo: Die Datei ist kein SVG-Bild."))
    for element in root.iter():
        tag = str(element.tag).rpartition("}")[2]
        if tag in ("script", "foreignObject"):
            raise _refused(unsafe)
        if tag == "style":
            _check_reference(element.text or "")
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2].lower()
            if local.startswith("on"):
                raise _refused(unsafe)
            if local == "href" and not value.startswith(("#", "data:image/")):
                raise _outside(value)
            _check_reference(value)


def _check_reference(value: str) -> None:
    """CSS may fetch too: url(…) only to a part of the same drawing, no @import."""
    squeezed = value.replace(" ", "").lower()
    if "@import" in squeezed or squeezed.replace("url(#", "").count("url("):
        raise _outside(value)


def _outside(ref: str) -> ValidationError:
    message = gettext_("Logo: Das SVG verweist auf andere Dateien ({ref}).")
    return _refused(message.format(ref=ref.strip()[:60]))
