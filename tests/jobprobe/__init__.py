"""A module for job worker tests: one kind of job that reports progress, then waits until
the test opens its gate file, and records which worker finished it.

Real plugin mechanics (entry in `available`, enabled in the database, `job_kinds` hook);
only the work itself is a stand-in whose timing the test controls."""

from core.kernel.plugins import Plugin

PLUGIN = Plugin(
    name="jobprobe",
    version="1.0",
    label="Auftragsprobe",
    module="tests.jobprobe",
    table_prefix="jp_",
)


def probe_installation(settings):
    """An installation that knows the probe beside the shipped modules."""
    from core.kernel.installation import Installation
    from core.kernel.plugins import discover

    return Installation(settings, available={**discover(), "jobprobe": PLUGIN})
