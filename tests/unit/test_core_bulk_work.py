"""Bulk work pauses the cyclic garbage collector and always gives it back."""

from __future__ import annotations

import gc

import pytest

from core.db import bulk_work


def test_collector_paused_inside_and_running_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), bulk_work():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_nested_bulk_work_leaves_resuming_to_the_outermost():
    with bulk_work():
        with bulk_work():
            pass
        assert not gc.isenabled()  # the outer run's objects are still being built
    assert gc.isenabled()
