"""PDFs embed files from the allowed folders and nothing else, on this WeasyPrint version."""

from __future__ import annotations

import struct
import zlib
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from core.letters.pdf import local_fetcher


def png(path: Path) -> Path:
    """A real 2×2 red PNG, written byte by byte."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def images_in(html: str, allowed: Path) -> int:
    from weasyprint import HTML

    pdf = HTML(string=html, url_fetcher=local_fetcher((allowed,))).write_pdf()
    page = PdfReader(BytesIO(pdf)).pages[0]
    return len(page.images)


def test_a_local_image_is_embedded_and_nothing_else_is_fetched(tmp_path):
    allowed, other = tmp_path / "erlaubt", tmp_path / "anderswo"
    allowed.mkdir(), other.mkdir()
    logo, secret = png(allowed / "logo.png"), png(other / "geheim.png")
    assert images_in(f'<img src="{logo.as_uri()}" width="40">', allowed) == 1
    assert images_in(f'<img src="{secret.as_uri()}" width="40">', allowed) == 0
    climbing = allowed.as_uri() + "/../anderswo/geheim.png"
    assert images_in(f'<img src="{climbing}" width="40">', allowed) == 0
    assert images_in('<img src="http://127.0.0.1:9/x.png" width="40">', allowed) == 0
