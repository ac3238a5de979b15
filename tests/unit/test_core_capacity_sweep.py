from datetime import date

from core.capacity import peak

D = date


def test_peak_counts_only_periods_running_on_the_same_day():
    periods = [(D(2026, 1, 1), D(2026, 3, 31)), (D(2026, 4, 1), None), (D(2026, 2, 1), None)]
    assert peak(periods, D(2026, 1, 1), None) == 2


def test_peak_is_clipped_to_the_window():
    periods = [(D(2025, 1, 1), D(2025, 12, 31)), (D(2026, 1, 1), None)]
    assert peak(periods, D(2026, 1, 1), D(2026, 6, 30)) == 1


def test_back_to_back_periods_do_not_overlap():
    periods = [(D(2026, 1, 1), D(2026, 1, 31)), (D(2026, 2, 1), D(2026, 2, 28))]
    assert peak(periods, D(2026, 1, 1), D(2026, 12, 31)) == 1


def test_no_periods_no_children():
    assert peak([], D(2026, 1, 1), None) == 0
