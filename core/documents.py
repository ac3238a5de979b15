"""PDFs from the shared Jinja2 environment, with fonts from the system and no network."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from core.config import STATIC_DIR
from core.i18n import current_locale


@lru_cache(maxsize=1)
def environment():
    from core.web.templating import make_environment

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
    return HTML(string=html, base_url=str(STATIC_DIR), url_fetcher=local_only)


def render_pdf(template: str, context: dict) -> bytes:
    return html_document(template, context).write_pdf()


def local_only(url: str, *args, **kwargs):
    """Documents may load files from the static folder only, never the network."""
    from weasyprint.urls import default_url_fetcher

    if not url.startswith("file://") or not Path(url[7:]).resolve().is_relative_to(STATIC_DIR):
        raise ValueError(f"Externe Ressource nicht erlaubt: {url}")
    return default_url_fetcher(url, *args, **kwargs)
