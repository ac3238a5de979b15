"""Files to upload in tests: real PDFs and images, and one that ClamAV reports.

`CLAMAV_DATABASE` is a signature file of our own (MD5 signatures, ClamAV's .hdb format)
naming `INFECTED`: clamscan, really run, reports it, so the virus check is tested without
the official signatures (which need the internet to download)."""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from functools import cache
from io import BytesIO
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter


def pdf_bytes(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def huge_png(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height pixels, with a few bytes of data: what a
    decompression bomb looks like before anything is decoded."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def image_bytes(fmt: str = "PNG") -> bytes:
    out = BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(out, format=fmt)
    return out.getvalue()


# a valid PDF: it passes the type and structure checks, so only the virus check refuses it
INFECTED = pdf_bytes(pages=2) + b"%Tagwerk test signature\n"
SIGNATURE = "Tagwerk.Test.Upload"


@cache
def clamav_database() -> str:
    folder = Path(tempfile.mkdtemp(prefix="tagwerk-clamav-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "tagwerk-test.hdb"
    path.write_text(f"{hashlib.md5(INFECTED).hexdigest()}:{len(INFECTED)}:{SIGNATURE}\n")
    return str(path)
