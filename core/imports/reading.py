"""A file to import, read as tables of text cells, one row at a time.

CSV in UTF-8 (with or without BOM) or Windows-1252, separated by `;`, `,` or tabs; XLSX
through openpyxl in read-only mode, values only (a formula's last computed value, never
the formula). The kind of file is told from its first bytes, not its name. Refused with
a German message before anything is read into memory: too large, too many rows, a zip
whose parts unpack to far more than the file (a zip bomb), an encrypted workbook or an
old .xls, a web page saved as .xls or .csv, cells with control characters."""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from core.errors import ValidationError
from core.i18n import N_, gettext_
from core.settings import SettingSpec, settings_of

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted XLSX and old .xls are OLE2 files
ZIP = b"PK\x03\x04"
UNPACKED_PER_PACKED = 100  # how much larger a workbook's parts may be than the file
SNIFF = 64 * 1024  # bytes read to find the separator
CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"} | {"\x7f"}


SETTINGS = [
    SettingSpec("core.import_max_mb", N_("Import: größte Datei in MB"), 50, int),
    SettingSpec(
        "core.import_max_rows", N_("Import: höchstens so viele Zeilen je Datei"), 200_000, int
    ),
]


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_rows: int


def limits_of(session) -> Limits:
    megabytes, rows = settings_of(session).many(
        session, "core.import_max_mb", "core.import_max_rows"
    )
    return Limits(int(megabytes) * 1_000_000, int(rows))


@dataclass
class Table:
    """One sheet: its name, its header cells and its rows as (row number, cells); row
    numbers count as a spreadsheet does, the header being row 1."""

    name: str
    header: list[str]
    rows: Iterator[tuple[int, list[object]]]


def refuse(message: str) -> ValidationError:
    return ValidationError({"file": message})


def open_tables(path: Path, limits: Limits) -> list[Table]:
    """The file's tables, each streaming its rows; a ValidationError names what is wrong."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise refuse(
            gettext_("Datei: {size} MB sind zu groß, höchstens {limit} MB.").format(
                size=_mb(size), limit=_mb(limits.max_bytes)
            )
        )
    if size == 0:
        raise refuse(gettext_("Datei: Die Datei ist leer."))
    with path.open("rb") as f:
        head = f.read(SNIFF)
    if head.startswith(OLE2):
        raise refuse(
            gettext_(
                "Datei: Die Arbeitsmappe ist verschlüsselt oder im alten Format .xls. Bitte "
                "ohne Kennwort als .xlsx oder .csv speichern."
            )
        )
    if head.startswith(ZIP):
        return _workbook(path, size, limits)
    if _looks_like_html(head):
        raise refuse(
            gettext_(
                "Datei: Das ist eine Webseite (HTML), keine Tabelle. Bitte in der "
                "Tabellenkalkulation als .xlsx oder .csv speichern."
            )
        )
    return [_csv(path, head, limits)]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f}"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    return start.startswith((b"<!doctype", b"<html", b"<?xml", b"<table")) or b"<html" in start


# --- CSV -------------------------------------------------------------------------------


def encoding_of(path: Path) -> str:
    """UTF-8 (BOM or not) if the whole file decodes as such, else Windows-1252, which
    decodes any byte: read in pieces, so a large file is never whole in memory."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        bom = f.read(3) == codecs.BOM_UTF8
        f.seek(0)
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig" if bom else "utf-8"


def _separator(head: bytes, encoding: str) -> str:
    """The separator of the header line: the most frequent of ; , and tab."""
    first = head.decode(encoding, errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ";"


def _csv(path: Path, head: bytes, limits: Limits) -> Table:
    encoding = encoding_of(path)
    separator = _separator(head, encoding)
    with path.open(encoding=encoding, newline="") as text:
        try:
            header = next(csv.reader(text, delimiter=separator), None)
        except csv.Error as exc:
            message = gettext_("Datei: keine lesbare CSV-Datei ({error}).")
            raise refuse(message.format(error=exc)) from None
    if not header:
        raise refuse(gettext_("Datei: Die Datei ist leer."))

    def rows():
        with path.open(encoding=encoding, newline="") as text:
            reader = csv.reader(text, delimiter=separator)
            next(reader)
            try:
                for number, cells in enumerate(reader, 2):
                    yield _checked(number, cells, limits)
            except csv.Error as exc:
                raise refuse(
                    gettext_("Zeile {row}: nicht lesbar ({error}).").format(
                        row=reader.line_num, error=exc
                    )
                ) from None

    return Table(path.stem, _header(header), rows())


# --- XLSX ------------------------------------------------------------------------------


def _workbook(path: Path, size: int, limits: Limits) -> list[Table]:
    from openpyxl import load_workbook  # only for workbooks: it takes a while to import

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise refuse(gettext_("Datei: Die Arbeitsmappe ist beschädigt.")) from None
    if unpacked > max(size, 1 << 20) * UNPACKED_PER_PACKED or unpacked > 20 * limits.max_bytes:
        raise refuse(
            gettext_(
                "Datei: Die Arbeitsmappe entpackt sich auf {size} MB; das nehmen wir nicht an."
            ).format(size=_mb(unpacked))
        )
    if "xl/workbook.xml" not in names:
        raise refuse(gettext_("Datei: Das ist keine Excel-Arbeitsmappe (.xlsx)."))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on broken parts
        raise refuse(
            gettext_("Datei: Die Arbeitsmappe ist beschädigt ({error}).").format(
                error=type(exc).__name__
            )
        ) from None
    tables = []
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or not any(cell not in (None, "") for cell in header):
            continue  # an empty sheet
        tables.append(Table(sheet.title, _header(header), _sheet_rows(rows, limits)))
    if not tables:
        raise refuse(gettext_("Datei: Die Arbeitsmappe enthält keine ausgefüllte Tabelle."))
    return tables


def _sheet_rows(rows, limits: Limits):
    for number, cells in enumerate(rows, 2):
        yield _checked(number, list(cells), limits)


# --- cells -----------------------------------------------------------------------------


def _header(cells) -> list[str]:
    return [_text(cell).strip() for cell in cells]


def _checked(number: int, cells: list, limits: Limits) -> tuple[int, list[object]]:
    if number - 1 > limits.max_rows:
        raise refuse(
            gettext_("Datei: mehr als {limit} Zeilen; bitte in mehrere Dateien teilen.").format(
                limit=f"{limits.max_rows:,}".replace(",", ".")
            )
        )
    for column, cell in enumerate(cells, 1):
        if isinstance(cell, str) and not CONTROL.isdisjoint(cell):
            raise refuse(
                gettext_("Zeile {row}, Spalte {column}: enthält Steuerzeichen.").format(
                    row=number, column=column
                )
            )
    return number, cells


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime | date | time):
        return cell.isoformat()
    return str(cell)
