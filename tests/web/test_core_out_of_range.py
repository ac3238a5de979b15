"""Addresses no page can answer – a month beyond the calendar's years, a page beyond any
list – are a clear 404 in German, not a crash in date arithmetic or the database."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("month", ["9999-12", "0001-01", "1899-12", "2200-01"])
def test_a_month_outside_the_calendars_years_is_not_found(admin, month):
    response = admin.get(f"/calendar?month={month}")
    assert response.status_code == 404
    assert "Diesen Monat zeigt der Kalender nicht (1900 bis 2199)." in response.text


@pytest.mark.parametrize("month", ["2026-13", "nonsense", ""])
def test_a_month_that_is_no_month_shows_this_month(admin, month):
    assert admin.get(f"/calendar?month={month}").status_code == 200


@pytest.mark.parametrize(
    "page", ["99999999999999999999", "999999999999999999", "1000001", "9" * 5000]
)
def test_a_page_beyond_any_list_is_not_found(admin, page):
    response = admin.get(f"/persons?page={page}")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht." in response.text


@pytest.mark.parametrize("page", ["0", "-3", "zwei", "²", "1000000"])
def test_any_other_page_shows_a_list(admin, page):
    assert admin.get(f"/persons?page={page}").status_code == 200
