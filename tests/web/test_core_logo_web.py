"""The agency's logo: PNG or SVG by content, size and pixels limited, an SVG that could
run or fetch anything refused with the reason; the sample page shows it."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from core.letters.letterhead import LOGO_KEY
from core.settings import settings_of
from tests.files import huge_png

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">'
    b'<defs><linearGradient id="g"><stop offset="0" stop-color="#07c"/></linearGradient></defs>'
    b'<rect width="40" height="10" fill="#0077cc"/><rect y="10" width="40" height="10" '
    b'fill="url(#g)"/></svg>'
)


def png(width: int, height: int) -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), (0, 112, 200)).save(out, "PNG")
    return out.getvalue()


def upload(admin, name: str, content: bytes, kind: str = "application/octet-stream"):
    return admin.post(
        "/admin/settings/logo", files={"logo": (name, content, kind)}, follow_redirects=True
    )


def stored(installation) -> str:
    with installation.db.read() as s:
        return settings_of(s).get(s, LOGO_KEY)


@pytest.mark.parametrize("name, content", [("logo.png", png(300, 100)), ("logo.svg", SVG)])
def test_a_good_logo_is_stored_and_printed(admin, installation, name, content):
    page = upload(admin, name, content)
    assert "Logo gespeichert." in page.text and 'alt="Aktuelles Logo"' in page.text
    assert stored(installation).startswith("data:image/")
    sample = admin.get("/admin/settings/letterhead.pdf")
    assert sample.headers["content-type"] == "application/pdf"
    first = PdfReader(BytesIO(sample.content)).pages[0]
    # a PNG is embedded as an image; an SVG is drawn, here the blue of its first rectangle
    assert first.images or b"0 0.466667 0.8 rg" in first.get_contents().get_data()
    assert "So sehen Ihre Briefe aus" in first.extract_text()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("logo.png", b"", "Logo: Bitte eine Datei auswählen."),
        (
            "logo.gif",
            b"GIF89a" + b"\0" * 40,
            "Logo: nur PNG oder SVG (logo.gif ist keins von beiden).",
        ),
        ("logo.png", png(4001, 2), "Logo: höchstens 4000 × 4000 Pixel (4001 × 2)."),
        ("logo.png", huge_png(30000, 30000), "Logo: höchstens 4000 × 4000 Pixel."),
        ("logo.png", png(10, 10)[:40], "Logo: Die PNG-Datei ist beschädigt."),
        ("big.svg", b"<svg>" + b" " * (513 * 1024) + b"</svg>", "Logo: höchstens 512 KB"),
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Skripte",
        ),
        ("x.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "Skripte"),
        (
            "x.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            "Entitäten",
        ),
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="file:///etc/passwd"/></svg>',
            "verweist auf andere Dateien (file:///etc/passwd)",
        ),
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://x.example/a.css";</style></svg>',
            "verweist auf andere Dateien",
        ),
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://x.example/p)"/></svg>',
            "verweist auf andere Dateien",
        ),
        ("x.svg", b"<svg><rect></svg>", "Logo: Die SVG-Datei ist kein gültiges XML."),
    ],
)
def test_a_bad_logo_is_refused_with_the_reason(admin, installation, name, content, message):
    page = upload(admin, name, content)
    assert message in page.text
    assert stored(installation) == ""


def test_the_logo_can_be_removed_after_confirming(admin, installation):
    upload(admin, "logo.svg", SVG)
    assert "Logo entfernen?" in admin.get("/admin/settings/logo/delete").text
    assert stored(installation)
    page = admin.post("/admin/settings/logo/delete", follow_redirects=True)
    assert "Logo entfernt." in page.text and stored(installation) == ""


def test_the_settings_form_cannot_set_the_logo_around_the_checks(admin, installation):
    admin.post("/admin/settings", data={LOGO_KEY: "data:image/svg+xml;base64,PHN2Zz4="})
    assert stored(installation) == ""


def test_only_administrators_change_the_logo(staff):
    assert upload(staff, "logo.svg", SVG).status_code == 403
    assert staff.get("/admin/settings/letterhead.pdf").status_code == 403
