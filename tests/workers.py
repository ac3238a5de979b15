"""Running queued jobs inside a test, at the point where a user would wait for them."""

from __future__ import annotations

from core.jobs.worker import Worker


def work_off(installation) -> int:
    """Run every due job to its end in this thread (scheduled kinds are not queued:
    a test's database must not be purged by the nightly run); how many ran."""
    return Worker(installation, name="test", schedules=False).work_off()
