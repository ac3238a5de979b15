"""The one way to show dates, money and numbers: in the reader's language, via Babel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

from core.i18n import current_locale

BERLIN = "Europe/Berlin"


def format_date(value: date | None, locale: str | None = None) -> str:
    locale = locale or current_locale.get()
    if value is None:
        return ""
    pattern = "dd.MM.yyyy" if locale.startswith("de") else "yyyy-MM-dd"
    return _babel_date(value, pattern, locale=locale)


def format_datetime(value: datetime | None, locale: str | None = None) -> str:
    """Stored times are UTC; people read them in Berlin time."""
    locale = locale or current_locale.get()
    if value is None:
        return ""
    from datetime import UTC

    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    pattern = "dd.MM.yyyy HH:mm" if locale.startswith("de") else "yyyy-MM-dd HH:mm"
    return _babel_datetime(aware, pattern, tzinfo=BERLIN, locale=locale)


def format_money(cents: int | None, locale: str | None = None) -> str:
    """Integer cents to '1.234,56 €'."""
    locale = locale or current_locale.get()
    if cents is None:
        return ""
    return format_currency(Decimal(cents) / 100, "EUR", locale=locale)


def format_number(value: Decimal | int | None, locale: str | None = None) -> str:
    locale = locale or current_locale.get()
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.##", locale=locale)


def format_quantity(value: Decimal | None, locale: str | None = None) -> str:
    """A line's quantity: '173,20', but whole numbers plain: '20', '5'."""
    locale = locale or current_locale.get()
    if value is None:
        return ""
    value = Decimal(value)  # also whole numbers given as int
    pattern = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    return format_decimal(value, format=pattern, locale=locale)


def format_share(value: Decimal | str | None, locale: str | None = None) -> str:
    """A percentage with one decimal, as stored for turnout and return rates: '50,0'."""
    locale = locale or current_locale.get()
    if value is None:
        return ""
    return format_decimal(Decimal(str(value)), format="#,##0.0", locale=locale)


def format_rate(value: Decimal | None, locale: str | None = None) -> str:
    """A unit price in euros with up to 4 decimals, e.g. '5,4500 €' → '5,45 €', the sign
    where the language puts it, as amounts have it ('€5.45' in English)."""
    locale = locale or current_locale.get()
    if value is None:
        return ""
    return format_currency(
        value, "EUR", format=_rate_pattern(locale), locale=locale, currency_digits=False
    )


@lru_cache(maxsize=16)
def _rate_pattern(locale: str) -> str:
    """The language's pattern for amounts, with two more optional decimals."""
    return Locale.parse(locale).currency_formats["standard"].pattern.replace("0.00", "0.00##")


def format_month(value: date, locale: str | None = None) -> str:
    """A month as in a payment run's name: '11/2026'."""
    return _babel_date(value, "MM/yyyy", locale=locale or current_locale.get())


def month_name(month: int, locale: str | None = None) -> str:
    locale = locale or current_locale.get()
    return _babel_date(date(2000, month, 1), "MMMM", locale=locale)
