"""Files handed in through a form: a proof of insurance, a first-aid certificate.

Only PDF, JPEG and PNG are taken, decided by the content (the browser's word and the
file's name count for nothing), and each must open as what it claims to be. A size limit
(setting `core.upload_max_kb`) and the virus check of every module (`upload_findings`, by
default ClamAV where it is installed) come first. The bytes are kept under
`<data>/uploads/` with a random name; the row (`core.models.Upload`) says whose they are,
and every way back to them goes through the module that asked for them and its checks.
A form checks the file with its other fields (`check`), then keeps it (`keep`).
"""

from __future__ import annotations

import hashlib
import secrets
import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import private_files
from core.errors import ValidationError
from core.i18n import N_, gettext_
from core.models import Upload
from core.settings import SettingSpec, setting

PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
SUFFIXES = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png"}
FOLDER = "uploads"
MAX_KB = 15 * 1024  # a request is refused beyond 20 MB anyway (core.web.csrf.MAX_BODY)

SETTINGS = [
    SettingSpec(
        "core.upload_max_kb",
        N_("Hochgeladene Nachweise: höchstens … KB je Datei (bis 15360)"),
        10240,
        int,
    ),
    SettingSpec(
        "core.virus_scan",
        N_("Virenprüfung hochgeladener Dateien (clamav: mit ClamAV, wo installiert; off: keine)"),
        "clamav",
        choices=("clamav", "off"),
    ),
]


@dataclass(frozen=True)
class Incoming:
    """A file as the form brought it: her name for it and the bytes (at most limit + 1)."""

    filename: str
    content: bytes


def incoming(form, name: str, limit: int) -> Incoming | None:
    """The file in form field `name`, read no further than one byte past the limit."""
    upload = form.get(name) if form is not None else None
    if not getattr(upload, "filename", ""):
        return None
    return Incoming(upload.filename, upload.file.read(limit + 1))


def limit_of(session: Session) -> int:
    """The largest file taken, in bytes."""
    return max(1, min(int(setting(session, "core.upload_max_kb")), MAX_KB)) * 1024


def media_type(content: bytes) -> str | None:
    """PDF, JPEG or PNG by the first bytes, or None."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


def check(session: Session, field: str, label: str, file: Incoming | None, hooks) -> str:
    """The file's media type, or ValidationError naming the field and what is wrong."""
    if file is None or not file.content:
        raise _refused(field, gettext_("{label}: Bitte eine Datei auswählen."), label)
    limit = limit_of(session)
    if len(file.content) > limit:
        message = gettext_("{label}: Die Datei ist größer als {kb} KB.")
        raise _refused(field, message, label, kb=limit // 1024)
    kind = media_type(file.content)
    if kind is None:
        message = gettext_("{label}: nur PDF, JPEG oder PNG ({name} ist nichts davon).")
        raise _refused(field, message, label, name=_plain(file.filename))
    if _too_many_pixels(kind, file.content):
        message = gettext_("{label}: Das Bild hat zu viele Pixel (höchstens {most} Millionen).")
        raise _refused(field, message, label, most=MAX_PIXELS // 1_000_000)
    if not _opens(kind, file.content):
        message = gettext_("{label}: Die Datei lässt sich nicht öffnen (beschädigt?).")
        raise _refused(field, message, label)
    answers = hooks.upload_findings(session=session, content=file.content)
    findings = [finding for found in answers for finding in found]
    if findings:
        message = gettext_("{label}: Die Datei wurde abgelehnt: {why}")
        raise _refused(field, message, label, why="; ".join(findings))
    return kind


def check_in_form(session: Session, form, file: Incoming | None, label: str, hooks) -> str | None:
    """`check` for a form with other fields (`core.forms.Form`): the media type, or None
    with the file's refusal among the form's errors, so everything wrong shows at once."""
    try:
        return check(session, "file", label, file, hooks)
    except ValidationError as exc:
        form.errors.update(exc.errors)
        return None


def keep(
    session: Session,
    data_dir: Path,
    *,
    person_id: int | None,
    purpose: str,
    file: Incoming,
    kind: str,
    actor: str,
) -> Upload:
    """Keep a file `check` passed as `kind`, from `person_id` (None: the agency's own).
    The bytes are on disk before the row is committed; if the transaction fails, the
    nightly sweep removes the file."""
    token = secrets.token_hex(16)
    private_files.write(path_of(data_dir, token), file.content, data_dir)
    row = Upload(
        token=token,
        person_id=person_id,
        purpose=purpose,
        filename=_plain(file.filename) or f"datei{SUFFIXES[kind]}",
        media_type=kind,
        size=len(file.content),
        sha256=hashlib.sha256(file.content).hexdigest(),
        created_by=actor,
    )
    session.add(row)
    session.flush()
    return row


def path_of(data_dir: Path, token: str) -> Path:
    return Path(data_dir) / FOLDER / token[:2] / token


def content_of(data_dir: Path, upload: Upload) -> bytes:
    return path_of(data_dir, upload.token).read_bytes()


def discard(session: Session, data_dir: Path, upload: Upload) -> None:
    """Delete the file with its row (a withdrawn proof, an erased person)."""
    path_of(data_dir, upload.token).unlink(missing_ok=True)
    session.delete(upload)


def sweep(session: Session, data_dir: Path) -> int:
    """Delete files without a row: a failed transaction's, an erased person's, or a
    deleted person's (the row went with her by cascade). How many."""
    folder = Path(data_dir) / FOLDER
    files = {f.name: f for f in folder.glob("*/*") if f.is_file()}
    if not files:
        return 0
    kept = set(session.scalars(select(Upload.token)))
    stray = [f for name, f in files.items() if name not in kept]
    for f in stray:
        f.unlink(missing_ok=True)
    return len(stray)


# A scan of a page at 600 dpi has 35 million pixels; an image far beyond it is meant to
# exhaust memory when decoded (a "decompression bomb"), which Pillow refuses with an error.
MAX_PIXELS = 100_000_000


def _too_many_pixels(kind: str, content: bytes) -> bool:
    """From the image's header alone: Pillow reads the size without decoding, and refuses
    by itself (DecompressionBombError) what is far beyond its own limit."""
    if kind == PDF:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(BytesIO(content)) as image:
                width, height = image.size
    except Image.DecompressionBombError:
        return True
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False  # not readable at all: `_opens` says so
    return width * height > MAX_PIXELS


def _opens(kind: str, content: bytes) -> bool:
    """Whether the file is what its first bytes say: an image's chunks check out, a PDF
    has pages. A renamed program or a truncated scan fails here."""
    try:
        if kind == PDF:
            return len(PdfReader(BytesIO(content)).pages) > 0
        with Image.open(BytesIO(content)) as image:
            image.verify()
            return image.format in ("JPEG", "PNG")
    except (PyPdfError, UnidentifiedImageError, OSError, SyntaxError, ValueError, KeyError):
        return False


def _plain(filename: str) -> str:
    """Her file's name without folders or control characters, for display only."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in name if c.isprintable())[:200]


def _refused(field: str, message: str, label: str, **values) -> ValidationError:
    return ValidationError({field: message.format(label=label, **values)})
