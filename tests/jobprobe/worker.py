"""`python -m tests.jobprobe.worker NAME`: a worker process as `tagwerk worker` runs it,
with the probe module known, configured from the environment."""

from __future__ import annotations

import sys
import threading

from core.config import Settings
from core.jobs.worker import Worker
from tests.jobprobe import probe_installation

if __name__ == "__main__":
    settings = Settings.from_env()
    inst = probe_installation(settings)
    worker = Worker(inst, name=sys.argv[1], lease=settings.job_lease, poll=0.05, schedules=False)
    worker.run_forever(threading.Event())
