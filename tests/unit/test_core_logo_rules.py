"""The logo checks on their own: exact messages, the limits at their bounds, and every way
an SVG could run a script or fetch another file."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from core.errors import ValidationError
from core.letters.logo import LOGO_MAX_BYTES, checked_logo

NS = b'xmlns="http://www.w3.org/2000/svg"'
SVG = b"<svg " + NS + b' viewBox="0 0 4 2"><rect width="4" height="2" fill="#07c"/></svg>'
UNSAFE = "Logo: Das SVG enthält Skripte oder Entitäten; bitte ohne speichern."


def png(width: int, height: int) -> bytes:
    out = BytesIO()
    Image.new("L", (width, height)).save(out, "PNG")
    return out.getvalue()


def refused(content: bytes, filename: str = "logo") -> str:
    with pytest.raises(ValidationError) as found:
        checked_logo(filename, content)
    (field, message), *_ = found.value.errors.items()
    assert field == "logo"
    return message


@pytest.mark.parametrize(
    "content",
    [
        SVG,
        b"  \n" + SVG,  # whitespace before the root
        b"<!-- Logo der Stadt -->" + SVG,
        b'<?xml version="1.0"?>' + SVG,
        b'<svg viewBox="0 0 4 2"><rect width="4" height="2"/></svg>',  # no namespace
        b"<svg " + NS + b'><defs><g id="g"/></defs><use href="#g"/></svg>',
        b"<svg " + NS + b'><image href="data:image/png;base64,iVBORw0KGgo="/></svg>',
        b"<svg " + NS + b'><rect fill="url( #g)"/></svg>',
        SVG + b" " * (LOGO_MAX_BYTES - len(SVG)),  # exactly 512 KB
        png(4000, 1),
        png(1, 4000),
    ],
)
def test_a_harmless_logo_within_the_limits_is_taken(content):
    kind = "image/png" if content.startswith(b"\x89PNG") else "image/svg+xml"
    assert checked_logo("logo", content).startswith(f"data:{kind};base64,")


@pytest.mark.parametrize(
    "content, filename, message",
    [
        (b"", "x.png", "Logo: Bitte eine Datei auswählen."),
        (b"GIF89a", "", "Logo: nur PNG oder SVG (die Datei ist keins von beiden)."),
        (b"GIF89a<svg/>", "a.gif", "Logo: nur PNG oder SVG (a.gif ist keins von beiden)."),
        (b" " * 1021 + SVG, "a.svg", "Logo: nur PNG oder SVG (a.svg ist keins von beiden)."),
        (
            b"<?xml?>" + b" " * 4086 + SVG,
            "a.svg",
            "Logo: nur PNG oder SVG (a.svg ist keins von beiden).",
        ),
        (b"x" * (600 * 1024 + 700), "a", "Logo: höchstens 512 KB, die Datei hat 600 KB."),
        (png(4001, 1), "a", "Logo: höchstens 4000 × 4000 Pixel (4001 × 1)."),
        (png(1, 4001), "a", "Logo: höchstens 4000 × 4000 Pixel (1 × 4001)."),
        (png(2, 2)[:30], "a", "Logo: Die PNG-Datei ist beschädigt."),
        (b"<svg><rect></svg>", "a", "Logo: Die SVG-Datei ist kein gültiges XML."),
        (b'<?xml version="1.0"?><html><svg/></html>', "a", "Logo: Die Datei ist kein SVG-Bild."),
    ],
)
def test_a_bad_file_is_refused_with_the_exact_reason(content, filename, message):
    assert refused(content, filename) == message


@pytest.mark.parametrize(
    "content",
    [
        b"<svg " + NS + b"><script>alert(1)</script></svg>",
        b"<svg " + NS + b"><SCRIPT>alert(1)</SCRIPT></svg>",
        b'<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>x</svg:script></svg:svg>',
        b"<svg " + NS + b"><foreignObject><p>x</p></foreignObject></svg>",
        b"<svg><foreignObject/></svg>",
        b"<svg " + NS + b' onload="alert(1)"/>',
        b'<?xml version="1.0"?><!DOCTYPE svg>' + SVG,
        b"<svg " + NS + b"><!ENTITY a 'x'></svg>",
        b"<svg " + NS + b"><!entity a 'x'></svg>",
    ],
)
def test_an_svg_that_could_run_anything_is_refused(content):
    assert refused(content) == UNSAFE


@pytest.mark.parametrize(
    "content, ref",
    [
        (
            b"<svg " + NS + b'><image href="https://x.example/a.png"/></svg>',
            "https://x.example/a.png",
        ),
        (
            b"<svg " + NS + b'><rect fill="url(http://x.example/p)"/></svg>',
            "url(http://x.example/p)",
        ),
        (b"<svg " + NS + b'><rect fill="url (file:///a)"/></svg>', "url (file:///a)"),
        (b"<svg " + NS + b"><style>@import 'a.css';</style></svg>", "@import 'a.css';"),
        (b"<svg " + NS + b'><image href="  ' + b"h" * 70 + b'"/></svg>', "h" * 60),
    ],
)
def test_an_svg_that_fetches_another_file_is_refused_naming_it(content, ref):
    assert refused(content) == f"Logo: Das SVG verweist auf andere Dateien ({ref})."
