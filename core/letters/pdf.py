"""PDFs from the shared Jinja2 environment, with fonts from the system and no network."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from core.config import STATIC_DIR
from core.i18n import current_locale


@lru_cache(maxsize=1)
def environment():
    from core.templating import make_environment

    return make_environment()


def html_document(template: str, context: dict, globals_: dict | None = None):
    """A WeasyPrint HTML document for a template, ready to render or write."""
    from weasyprint import HTML

    page = environment().get_template(template, globals=globals_)
    token = current_locale.set("de")  # letters and certificates are German documents
    try:
        html = page.render(**context)
    finally:
        current_locale.reset(token)
    return HTML(string=html, base_url=str(STATIC_DIR), url_fetcher=local_fetcher())


# Letters and sheets are tagged PDF/UA-1: a screen reader gets headings, paragraphs and
# tables in reading order, the language and the title. Certificates are tagged PDF/A-2a: the
# same structure tree, language and title, and archival besides (fonts embedded, colours
# defined, metadata in XMP), as their holder shows them for years. Payment statements are
# kept for ten years and are PDF/A-2b, archival but untagged: they are written 50 to a
# document and cut apart with pypdf, which cannot carry a structure tree, and writing each
# one as 2a costs about a quarter more (docs/architecture.md, "PDF-Standards").
LETTER, ARCHIVE, TAGGED_ARCHIVE = "pdf/ua-1", "pdf/a-2b", "pdf/a-2a"


def render_pdf(template: str, context: dict, variant: str = LETTER) -> bytes:
    return html_document(template, context).write_pdf(pdf_variant=variant)


def merge(pdfs: Iterable[bytes]) -> bytes:
    """PDFs one after another in one file, e.g. letters to print in one go."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(BytesIO(pdf))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def cut(reader, first: int, last: int) -> bytes:
    """Pages first..last-1 of an archival PDF as a file of their own that is PDF/A too:
    the output intent, the XMP metadata and the document information go along (the
    document information unchanged, so it still matches the XMP)."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    for page in reader.pages[first:last]:
        writer.add_page(page)
    root = reader.trailer["/Root"]
    for key in ("/OutputIntents", "/Metadata", "/Lang"):
        if key in root:
            writer._root_object[NameObject(key)] = writer._add_object(root[key].get_object())
    writer.add_metadata(dict(reader.metadata or {}))
    writer.generate_file_identifiers()  # PDF/A wants an ID; this file is a new one
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def local_fetcher(roots: tuple[Path, ...] = (STATIC_DIR,)):
    """A URL fetcher that loads files below `roots` and inline data: only, never the network.

    WeasyPrint 70 replaced the fetcher function (returning a dict) by a `URLFetcher` class
    whose responses it asserts; pyproject allows both, so both are served here."""
    allowed = tuple(root.resolve() for root in roots)

    def check(url: str) -> None:
        if url.startswith("data:"):  # inline, e.g. the agency's logo: nothing to fetch
            return
        parts = urlsplit(url)
        path = Path(url2pathname(parts.path)).resolve() if parts.scheme == "file" else None
        if path is None or parts.netloc not in ("", "localhost"):
            raise ValueError(f"Externe Ressource nicht erlaubt: {url}")
        if not any(path.is_relative_to(root) for root in allowed):
            raise ValueError(f"Datei außerhalb der erlaubten Ordner: {url}")

    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # WeasyPrint before 70
        from weasyprint.urls import default_url_fetcher

        def fetch(url: str, *args, **kwargs):
            check(url)
            return default_url_fetcher(url, *args, **kwargs)

        return fetch

    class LocalOnly(URLFetcher):
        def fetch(self, url, headers=None):
            check(url)
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols={"file", "data"}, fail_on_errors=False)
