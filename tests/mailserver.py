"""A real SMTP server for the tests (aiosmtpd on a free local port), keeping what it
receives; it can refuse recipients, demand STARTTLS and a login, or speak TLS from the
first byte, with a certificate from a throwaway CA."""

from __future__ import annotations

import email
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "tagwerk", "geheim-ä"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Inbox:
    """What the server received. `refuse` answers every RCPT with that reply instead."""

    received: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: str | None = None
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.arrived:
            self.received.append(email.message_from_bytes(envelope.content, policy=default))
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(
        self, count: int, timeout: float = 20.0, where=lambda mail: True
    ) -> list[EmailMessage]:
        """Until `count` mails arrived that `where` accepts (a worker thread delivers them
        meanwhile); those mails."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(found := [m for m in self.received if where(m)]) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"nach {timeout} s erst {len(found)} von {count} E-Mails"
                self.arrived.wait(left)
        return found


def _login(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (
        auth_data.login.decode(),
        auth_data.password.decode(),
    ) == (USER, PASSWORD)
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


@dataclass
class RunningServer:
    inbox: Inbox
    port: int
    url: str
    cafile: str | None = None


@contextmanager
def smtp_server(security: str = "plain", tmp_path=None, port: int | None = None):
    """security: plain (no TLS, no login), starttls (STARTTLS and login required), ssl."""
    inbox = Inbox()
    port = port or free_port()
    kwargs: dict = {}
    cafile = None
    if security != "plain":
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        server_context = _server_context(cert)
        cafile = str(tmp_path / "ca.pem")
        ca.cert_pem.write_to_path(cafile)
        kwargs["authenticator"] = _login
        # smtplib answers a failed PLAIN with AUTH LOGIN plus an initial response, which
        # aiosmtpd does not take: PLAIN only, as many providers do
        kwargs["auth_exclude_mechanism"] = ["LOGIN"]
        if security == "starttls":
            kwargs.update(tls_context=server_context, require_starttls=True)
        else:
            # the socket is TLS from the start, which aiosmtpd's AUTH check cannot see
            kwargs.update(ssl_context=server_context, auth_require_tls=False)
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    scheme = {"plain": "smtp", "starttls": "smtp+starttls", "ssl": "smtps"}[security]
    login = "" if security == "plain" else f"{USER}:geheim-%C3%A4@"
    try:
        yield RunningServer(inbox, port, f"{scheme}://{login}127.0.0.1:{port}", cafile)
    finally:
        controller.stop()


def _server_context(cert):
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context
