"""E-mail on the wire: the mail server from TAGWERK_SMTP_URL, a message as MIME, and the
one question the outbox asks after each try – sent, try again later, or refused for good.

    smtp://host:25                  plain, e.g. a relay on the same machine
    smtp+starttls://user:pw@host    STARTTLS required (port 587 unless given)
    smtps://user:pw@host            TLS from the start (port 465 unless given)

User name and password are URL-encoded (`%40` for an @).
"""

from __future__ import annotations

import base64
import smtplib
import ssl
import threading
import time
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from urllib.parse import unquote, urlsplit

from email_validator import EmailNotValidError, validate_email

from core.i18n import gettext_

SCHEMES = {"smtp": ("plain", 25), "smtp+starttls": ("starttls", 587), "smtps": ("ssl", 465)}
IDLE_REUSE = 30.0  # seconds a server connection is kept open between two messages


def checked_address(raw: str, label: str) -> str:
    """The address in its ASCII form, or ValueError with a German reason naming `label`."""
    try:
        found = validate_email(raw.strip(), check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise ValueError(
            gettext_("{label}: '{raw}' ist keine gültige E-Mail-Adresse ({reason}).").format(
                label=label, raw=raw.strip(), reason=exc
            )
        ) from None
    return found.ascii_email


def one_line(value: str, limit: int = 300) -> str:
    """A header value on one line: CR, LF and other control characters become spaces, so
    no name or subject can add a header of its own."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())[:limit]


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: str  # plain, starttls, ssl
    username: str = ""
    password: str = ""
    timeout: float = 20.0
    cafile: str | None = None  # a private CA, e.g. the company's own mail server

    @classmethod
    def from_url(cls, url: str, timeout: float = 20.0, cafile: str | None = None) -> MailServer:
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise ValueError(
                f"TAGWERK_SMTP_URL={url!r}: erwartet smtp://, smtp+starttls:// oder smtps:// "
                "mit Servername."
            )
        security, port = SCHEMES[parts.scheme]
        return cls(
            host=parts.hostname,
            port=parts.port or port,
            security=security,
            username=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            timeout=timeout,
            cafile=cafile or None,
        )

    def tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def connect(self) -> smtplib.SMTP:
        if self.security == "ssl":
            conn = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=self.tls())
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.security == "starttls":
                conn.starttls(context=self.tls())
            if self.username:
                self._login(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _login(self, conn: smtplib.SMTP) -> None:
        if (self.username + self.password).isascii():
            conn.login(self.username, self.password)
            return
        # smtplib encodes credentials as ASCII; AUTH PLAIN itself is UTF-8 (RFC 4616)
        conn.ehlo_or_helo_if_needed()
        token = base64.b64encode(f"\0{self.username}\0{self.password}".encode()).decode()
        code, reply = conn.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)


@dataclass(frozen=True)
class Outgoing:
    """What goes into one e-mail; built from an outbox row."""

    message_id: str
    sender: str
    sender_name: str
    reply_to: str
    to_address: str
    to_name: str
    subject: str
    text: str
    html: str
    date: object  # an aware datetime: when the message was queued
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # filename, content type, bytes


def mime(mail: Outgoing) -> EmailMessage:
    """Text, HTML as its alternative, then attachments. The SMTP policy writes CRLF lines and
    encodes non-ASCII names, subjects (RFC 2047) and file names (RFC 2231)."""
    msg = EmailMessage(policy=SMTP)
    msg["Message-ID"] = mail.message_id
    msg["Date"] = format_datetime(mail.date)
    msg["From"] = _address(mail.sender_name, mail.sender)
    msg["To"] = _address(mail.to_name, mail.to_address)
    if mail.reply_to:
        msg["Reply-To"] = mail.reply_to
    msg["Subject"] = one_line(mail.subject)
    msg["Auto-Submitted"] = "auto-generated"  # no out-of-office replies to the agency robot
    msg.set_content(mail.text)
    if mail.html:
        msg.add_alternative(mail.html, subtype="html")
    for filename, content_type, content in mail.attachments:
        maintype, _, subtype = content_type.partition("/")
        params = {}
        if maintype == "text":  # e.g. text/calendar; method=REQUEST
            subtype, _, rest = subtype.partition(";")
            params = dict(p.strip().split("=", 1) for p in rest.split(";") if "=" in p)
            msg.add_attachment(
                content.decode(), subtype=subtype.strip(), filename=filename, params=params
            )
        else:
            msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    # Python's header folding breaks a long display name with quotes, commas or colons
    # apart so that a reader finds a second recipient in it ("Eva, Bcc: …"). Headers are
    # written unfolded instead (one_line keeps each value short enough for SMTP's 998
    # characters); the body was encoded above, under the 78-character policy.
    msg.policy = SMTP.clone(max_line_length=998)
    return msg


def _address(name: str, address: str) -> Address:
    """An address the policy quotes or encodes as one display name and one mailbox."""
    return Address(display_name=one_line(name), addr_spec=address)


class Temporary(Exception):
    """The server could not be reached or asked to try later (4xx)."""


class Refused(Exception):
    """The server refused the message for good (5xx); the reason is its own words."""


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return f"{code} {words}".strip()


def _verdict(exc: Exception, server: MailServer) -> Temporary | Refused:
    """A 4xx answer or an unreachable server is worth another try; a 5xx answer and a
    failed TLS check are not (staff see the reason and resend once it is fixed)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return (Temporary if 400 <= code < 500 else Refused)(_reply(code, text))
    if isinstance(exc, smtplib.SMTPResponseException):
        kind = Temporary if 400 <= exc.smtp_code < 500 else Refused
        return kind(_reply(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPNotSupportedError):  # e.g. no STARTTLS offered
        return Refused(str(exc))
    if isinstance(exc, ssl.SSLError):
        return Refused(gettext_("TLS-Fehler: {reason}").format(reason=exc))
    return Temporary(
        gettext_("Mailserver {host}:{port} nicht erreichbar: {reason}").format(
            host=server.host, port=server.port, reason=str(exc) or type(exc).__name__
        )
    )


class Transport:
    """Sends over one connection per thread, kept open between messages for a short while:
    a statement run does not log in ten thousand times."""

    def __init__(self, server: MailServer):
        self.server = server
        self._local = threading.local()

    def send(self, msg: EmailMessage, sender: str, recipient: str) -> None:
        kept = getattr(self._local, "conn", None)
        if kept is not None and time.monotonic() - self._local.used > IDLE_REUSE:
            self.close()
            kept = None
        if kept is not None:
            try:
                kept.send_message(msg, sender, [recipient])
                self._local.used = time.monotonic()
                return
            except (smtplib.SMTPServerDisconnected, OSError):  # the server closed it meanwhile
                self.close()
            except smtplib.SMTPException as exc:
                self.close()
                raise _verdict(exc, self.server) from None
        try:
            self._local.conn = self.server.connect()
            self._local.conn.send_message(msg, sender, [recipient])
            self._local.used = time.monotonic()
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise _verdict(exc, self.server) from None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()
