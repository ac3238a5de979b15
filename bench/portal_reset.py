"""Whether the portal's "Passwort vergessen?" tells by its time which addresses have an
account: a whole request through the app (session, CSRF, throttle, rendering) for the
address of a childminder whose account is set up, alternated with an unknown address.
The floor is the unknown address itself; the figure is the known address's median as a
ratio to it (1.0: the two cannot be told apart by their medians).

    .venv/bin/python bench/portal_reset.py --backend sqlite|postgresql [--rounds 200]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from payments import in_database  # noqa: E402  (bench/payments.py)
from sqlalchemy import delete  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from core.config import Settings  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.models import FailedAttempt  # noqa: E402
from core.services import accounts, persons  # noqa: E402
from core.settings import settings_of  # noqa: E402
from core.web.app import create_app  # noqa: E402

KNOWN, UNKNOWN = "jana.wolf@example.org", "niemand@example.org"
PASSWORD = "Sonnenblume-Wiese-42"


def build(inst) -> None:
    inst.upgrade()
    with inst.db.transaction("bench") as session:
        settings_of(session).set(session, "core.site_url", "https://tagwerk.example.org")
        jana = persons.save_person(
            session,
            {
                "first_name": "Jana",
                "last_name": "Wolf",
                "email": KNOWN,
                "roles": ["childminder"],
                "employment": "self_employed",
                "max_children": "5",
            },
        )
        link = accounts.invite(session, jana.id, "bench").link
        token = link.rsplit("/", 1)[1]
        accounts.redeem(session, token, PASSWORD, PASSWORD)


def measure(url: str, directory: Path, rounds: int) -> dict[str, float]:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    build(inst)
    took: dict[str, list[float]] = {KNOWN: [], UNKNOWN: []}
    with TestClient(create_app(installation=inst)) as client:
        page = client.get("/portal/reset").text
        client.headers["X-CSRF-Token"] = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
        for n in range(rounds):
            for address in (KNOWN, UNKNOWN) if n % 2 else (UNKNOWN, KNOWN):
                with inst.db.transaction("bench") as session:  # the limit of 5 an hour
                    session.execute(delete(FailedAttempt))
                started = time.perf_counter()
                response = client.post("/portal/reset", data={"email": address})
                took[address].append(time.perf_counter() - started)
                assert response.status_code == 200, response.status_code
    known, unknown = (statistics.median(took[a]) * 1000 for a in (KNOWN, UNKNOWN))
    return {"known_ms": known, "unknown_ms": unknown, "ratio": known / unknown}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    def bench(url, directory):
        found = measure(url, directory, args.rounds)
        print(
            f"{args.backend}: known {found['known_ms']:.1f} ms, unknown (floor)"
            f" {found['unknown_ms']:.1f} ms, ratio {found['ratio']:.2f}×"
        )

    in_database(args.backend, bench)


if __name__ == "__main__":
    main()
