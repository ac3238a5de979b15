"""`make mutation`: mutation testing of the pure rule modules (a developer tool, not CI)."""
