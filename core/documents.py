"""PDFs from the shared Jinja2 environment, with fonts from the system and no network."""

from __future__ import annotations

from functools import lru_cache
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


def render_pdf(template: str, context: dict) -> bytes:
    return html_document(template, context).write_pdf()


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
