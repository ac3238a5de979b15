"""The outbox at the size of a national statement run, against a floor of the same run.

10,000 e-mails, each with a rendered statement PDF attached, are queued in one transaction
(`core.messages.outbox.queue`: messages, attachments and one delivery job each) and then delivered
by worker processes, as `tagwerk worker` runs them, to a local SMTP server (aiosmtpd,
counting and discarding). Floor: smtplib sending the same MIME messages to the same
server over one connection in a bare loop, without a database.
Run: `.venv/bin/python bench/outbox.py [--backend postgresql]`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import smtplib
import socket
import sys
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiosmtpd.controller import Controller  # noqa: E402
from payments import in_database  # noqa: E402  (bench/payments.py)
from sqlalchemy import func, select  # noqa: E402

from core.config import Settings  # noqa: E402
from core.jobs.worker import Worker  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.letters import delivery  # noqa: E402
from core.letters.letterhead import Letterhead  # noqa: E402
from core.letters.pdf import render_pdf  # noqa: E402
from core.messages import outbox
from core.messages.mail import MailServer, Transport, mime  # noqa: E402
from core.models import Job, Message  # noqa: E402
from core.models.messages import SENT  # noqa: E402
from core.settings import settings_of  # noqa: E402

LH = Letterhead(
    name="Jugendamt Musterstadt",
    department="Kindertagespflege",
    street="Am Markt 1",
    postal_code="12345",
    city="Musterstadt",
    iban="DE02 1203 0000 0000 2020 51",
)


class Counter:
    """An SMTP server's handler that counts what arrives and keeps nothing."""

    def __init__(self):
        self.count, self.bytes = 0, 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        self.bytes += len(envelope.content)
        return "250 OK"


def attachment() -> bytes:
    """A rendered one-page letter on the agency's letterhead, as a statement is."""
    return render_pdf(
        "core/pdf/letterhead_sample.html",
        {"lh": LH, "today": date(2026, 12, 1)},
    )


def mails(n: int, pdf: bytes) -> list[outbox.Mail]:
    result = []
    for i in range(n):
        reader = SimpleNamespace(form_of_address="frau", first_name="Anna", last_name=f"M{i}")
        text, html = delivery.mail_body(
            LH, [reader], ("im Anhang finden Sie Ihren Bescheid für November 2026.",)
        )
        result.append(
            outbox.Mail(
                f"tpp{i}@example.org",
                f"Anna Muster{i}",
                "Bescheid über die laufende Geldleistung November 2026",
                text,
                html,
                (outbox.File(f"bescheid-2026-11-{i}.pdf", "application/pdf", pdf),),
            )
        )
    return result


def work_off(url: str, directory: str, smtp: str, limit: int) -> None:
    """One worker process, as `tagwerk worker` runs: its own installation and connection."""
    inst = Installation(Settings(database_url=url, data_dir=Path(directory), secret_key="bench"))
    inst.mail = Transport(MailServer.from_url(smtp, timeout=30))
    try:
        Worker(inst, schedules=False).work_off(limit=limit)
    finally:
        inst.mail.close()
        inst.db.engine.dispose()


def deliver(url: str, directory: Path, smtp: str, workers: int, total: int) -> float:
    """Seconds until every delivery job is done, with `workers` worker processes."""
    spawn = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    procs = [
        spawn.Process(target=work_off, args=(url, str(directory), smtp, total))
        for _ in range(workers)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def floor(port: int, raw: list[tuple[str, str, bytes]]) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as conn:
        for sender, to, body in raw:
            conn.sendmail(sender, [to], body)
    return time.perf_counter() - started


def run_bench(args, url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    inst.upgrade()
    with inst.db.transaction("bench") as session:
        settings_of(session).set(session, "core.mail_sender", "tagespflege@musterstadt.example")
    pdf = attachment()
    batch = mails(args.messages, pdf)
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        outbox.queue(session, "bench.statement", batch, actor="bench")
    queue_s = time.perf_counter() - started

    handler = Counter()
    port = free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port)
    server.start()
    try:
        smtp = f"smtp://127.0.0.1:{port}"
        deliver_s = deliver(url, directory, smtp, args.workers, args.messages)
        with inst.db.read() as session:
            sent = session.scalar(
                select(func.count()).select_from(Message).where(Message.status == SENT)
            )
            left = session.scalar(select(func.count()).select_from(Job).where(Job.status != "done"))
            sample = [outbox._outgoing(session, m) for m in session.scalars(select(Message))]
        raw = [(o.sender, o.to_address, mime(o).as_bytes()) for o in sample]
        delivered = handler.count
        floor_s = floor(port, raw)
    finally:
        server.stop()
    size_kb = len(raw[0][2]) / 1024
    print(
        f"Outbox on {args.backend}: {args.messages} messages of {size_kb:.0f} KB "
        f"(PDF {len(pdf) / 1024:.0f} KB), {args.workers} worker processes"
    )
    print(f"  queued in one transaction              {queue_s:7.2f} s")
    print(
        f"  floor: smtplib, one connection, loop   {floor_s:7.2f} s = "
        f"{args.messages / floor_s:6.0f} messages/s"
    )
    print(
        f"  Tagwerk workers (claim, send, record)  {deliver_s:7.2f} s = "
        f"{args.messages / deliver_s:6.0f} messages/s = {deliver_s / floor_s:.1f}x floor"
    )
    print(f"  sent {sent}, received {delivered}, jobs not done {left}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    in_database(args.backend, lambda url, directory: run_bench(args, url, directory))


if __name__ == "__main__":
    main()
