"""Uploaded files waiting between preview and import, and the reports of imports done: in
the data folder's `imports/`, 0600, under a random name that is the only way to them.
A file goes once imported or dropped; anything left is swept after a day."""

from __future__ import annotations

import csv
import io
import secrets
import shutil
import time
from pathlib import Path

from core import private_files
from core.errors import NotFound, ValidationError
from core.i18n import gettext_

FOLDER = "imports"
SUFFIXES = {".xlsx", ".csv", ".txt"}
KEEP_HOURS = 24


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def keep(data_dir: Path, stream, name: str, max_bytes: int) -> str:
    """Store an upload; its token. Copied in pieces, never whole in memory."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError({"file": gettext_("Datei: Bitte eine .xlsx- oder .csv-Datei.")})
    token = secrets.token_urlsafe(16)
    path = private_files.create(folder(data_dir) / f"{token}{suffix}", Path(data_dir))
    with path.open("wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    if path.stat().st_size > max_bytes:
        path.unlink()
        raise ValidationError(
            {"file": gettext_("Datei: höchstens {limit} MB.").format(limit=max_bytes // 1_000_000)}
        )
    private_files.write(path.with_suffix(".name"), Path(name).name[:200].encode(), data_dir)
    return token


def _checked(token: str) -> str:
    if not (token.isascii() and token.replace("-", "").replace("_", "").isalnum()):
        raise NotFound(gettext_("Diese Datei gibt es nicht mehr."))
    return token


def path_of(data_dir: Path, token: str) -> Path:
    """The waiting upload of this token; NotFound for any other name."""
    found = [p for p in folder(data_dir).glob(f"{_checked(token)}.*") if p.suffix in SUFFIXES]
    if not found:
        raise NotFound(gettext_("Diese Datei gibt es nicht mehr."))
    return found[0]


def shown_name(path: Path) -> str:
    label = path.with_suffix(".name")
    return label.read_text(encoding="utf-8") if label.exists() else path.name


def drop(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)


def keep_report(data_dir: Path, token: str, report) -> None:
    """The report of an import as CSV for a spreadsheet (UTF-8 with BOM, `;`)."""
    out = io.StringIO()
    rows = csv.writer(out, delimiter=";")
    rows.writerow([gettext_("Blatt"), gettext_("Zeile"), gettext_("Ergebnis"), gettext_("Was")])
    for sheet, row, action, what in report.outcomes:
        rows.writerow([sheet, row, gettext_(action), what])
    for note in report.warnings:
        rows.writerow([note.sheet, note.row, gettext_("Hinweis"), note.text()])
    text = "\ufeff" + out.getvalue()
    private_files.write(folder(data_dir) / f"{_checked(token)}.report", text.encode(), data_dir)


def report_of(data_dir: Path, token: str) -> bytes:
    path = folder(data_dir) / f"{_checked(token)}.report"
    if not path.exists():
        raise NotFound(gettext_("Diesen Bericht gibt es nicht mehr."))
    return path.read_bytes()


def sweep(data_dir: Path, hours: float = KEEP_HOURS) -> int:
    """Delete what waited longer than `hours`: uploads never imported, old reports."""
    oldest = time.time() - hours * 3600
    gone = 0
    for path in folder(data_dir).glob("*") if folder(data_dir).exists() else ():
        if path.is_file() and path.stat().st_mtime < oldest:
            path.unlink(missing_ok=True)
            gone += 1
    return gone
