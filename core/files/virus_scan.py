"""Core's virus check of uploaded files: ClamAV's `clamscan`, where it is installed and
the setting `core.virus_scan` is "clamav" (the default).

The file goes to clamscan on standard input; nothing is written for it. Exit code 0 means
clean, 1 a finding (its name is on standard output), anything else that the check could
not be done (no signatures yet, a broken database): then the file is refused too, since a
file nobody could check is not taken, and the message tells the administration what to
do. `TAGWERK_CLAMAV_DATABASE` points clamscan at other signatures than the system's."""

from __future__ import annotations

import os
import shutil
import subprocess

from sqlalchemy.orm import Session

from core.i18n import gettext_
from core.settings import setting

TIMEOUT_SECONDS = 60
CLAMAV, OFF = "clamav", "off"


def clamav_findings(session: Session, content: bytes) -> list[str]:
    if setting(session, "core.virus_scan") == OFF:
        return []
    done = _scan(content)
    if done is None or done.returncode == 0:
        return []
    if done.returncode == 1:
        names = [
            line.removeprefix("stdin:").removesuffix("FOUND").strip()
            for line in done.stdout.decode("utf-8", "replace").splitlines()
            if line.endswith("FOUND")
        ]
        return [gettext_("Die Virenprüfung meldet {name}.").format(name=", ".join(names))]
    return [
        gettext_(
            "Die Virenprüfung war nicht möglich; bitte später noch einmal versuchen "
            "(Administration: Signaturen mit freshclam laden)."
        )
    ]


def works() -> bool:
    """Whether ClamAV is installed and has signatures to check with."""
    done = _scan(b"")
    return done is not None and done.returncode == 0


def _scan(content: bytes) -> subprocess.CompletedProcess | None:
    """clamscan's answer, or None where it is not installed."""
    program = shutil.which("clamscan")
    if program is None:
        return None
    command = [program, "--no-summary", "--stdout"]
    if database := os.environ.get("TAGWERK_CLAMAV_DATABASE"):
        command += ["--database", database]
    try:
        return subprocess.run(
            [*command, "-"], input=content, capture_output=True, timeout=TIMEOUT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired):
        return subprocess.CompletedProcess(command, 2, b"", b"")
