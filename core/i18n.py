"""UI language: German source strings, other languages from .po catalogues read at start."""

from __future__ import annotations

import gettext
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
current_locale: ContextVar[str] = ContextVar("current_locale", default="de")
LANGUAGES = {"de": "Deutsch", "en": "English"}  # German is the source; others from catalogues


@lru_cache(maxsize=8)
def translations(locale: str) -> gettext.NullTranslations:
    po = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if locale == "de" or not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=locale)
    result = Translations()
    entries = {}
    for m in catalog:
        if isinstance(m.id, tuple):  # plural forms, keyed as gettext expects them
            entries.update({(m.id[0], i): form for i, form in enumerate(m.string) if form})
        elif m.id and m.string:
            entries[m.id] = m.string
    result._catalog = entries  # noqa: SLF001
    result.plural = catalog.plural_expr and _plural(catalog.plural_expr)
    return result


def _plural(expression: str):
    """The catalogue's plural rule, e.g. "(n != 1)", as a function of n."""
    from gettext import c2py

    return c2py(expression)


def N_(message: str) -> str:  # noqa: N802  (the usual gettext marker)
    """Marks a string for the catalogue; it is translated where it is shown."""
    return message


def gettext_(message: str) -> str:
    return translations(current_locale.get()).gettext(message)


@contextmanager
def german():
    """Within: German words, whoever is logged in – for letters and notices, which the
    agency writes in German."""
    token = current_locale.set("de")
    try:
        yield
    finally:
        current_locale.reset(token)


def ngettext_(singular: str, plural: str, n: int) -> str:
    return translations(current_locale.get()).ngettext(singular, plural, n)


def install_translations(env) -> None:
    env.install_gettext_callables(gettext_, ngettext_, newstyle=True)
