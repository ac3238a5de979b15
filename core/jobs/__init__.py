"""Background work: the job queue every module hands work to, and the worker that does it."""
