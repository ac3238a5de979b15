"""What a family does itself, without an account: send a request from the public form,
then see its state, change it or withdraw it with the personal status code.

The code is drawn once, shown once and mailed once; only its SHA-256 hash is stored, so
the office never sees it and a stolen database opens no request.

A code opens what its own sender gave. When the office merged that request into another
for the same child, the code shows the other's state and offer, never its data (another
guardian's name, address, e-mail – or a family's, when the sender was a stranger who knew
the child's name and birthday), and cannot change, withdraw or answer it: that is done
with the other request's code or by telephone with the office, which knows both."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import ValidationError
from core.forms import Form
from core.i18n import N_, gettext_
from plugins.placement import requests
from plugins.placement.models import CareRequest, RequestState

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone
GROUPS, GROUP = 4, 4  # 16 characters, 80 bits
UNKNOWN = N_("Status-Code: Diesen Code kennen wir nicht. Bitte prüfen Sie die Schreibweise.")
CHANGEABLE = (RequestState.RECEIVED, RequestState.IN_PROGRESS)
WITHDRAWABLE = (RequestState.RECEIVED, RequestState.IN_PROGRESS, RequestState.OFFERED)


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP))
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def plain_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def hashed(code: str) -> str:
    return hashlib.sha256(plain_code(code).encode()).hexdigest()


def submit(session: Session, data: Mapping, locale: str, now: datetime | None = None):
    """A request from the public form, with the family's consent; (request, code)."""
    now = now or utcnow()
    form = Form(data)
    if not form.flag("consent"):
        form.error(
            "consent",
            gettext_("Einwilligung: Ohne sie dürfen wir Ihre Angaben nicht speichern."),
        )
    try:
        request = requests.save_request(session, data, public=True, today=now.date())
    except ValidationError as exc:
        raise ValidationError({**exc.errors, **form.errors}) from None
    form.done()  # the consent, after every other field was checked; rolled back with it
    code = new_code()
    request.status_code_hash, request.consent_at, request.locale = hashed(code), now, locale
    session.flush()
    return request, code


@dataclass(frozen=True)
class Opened:
    """What a status code opens: its own request, and the one whose state it follows –
    the same, or the request its own was merged into."""

    own: CareRequest
    request: CareRequest

    @property
    def merged(self) -> bool:
        return self.own.id != self.request.id

    @property
    def changeable(self) -> bool:
        return not self.merged and RequestState(self.request.state) in CHANGEABLE

    @property
    def withdrawable(self) -> bool:
        return not self.merged and RequestState(self.request.state) in WITHDRAWABLE

    def acting(self) -> CareRequest:
        """The request this code may act on; refused for a merged one (see above)."""
        if self.merged:
            raise ValidationError(gettext_(MERGED))
        return self.request


MERGED = N_(
    "Ihre Anfrage ist mit einer weiteren Anfrage für dasselbe Kind zusammengeführt. Ändern,"
    " zurückziehen oder ein Angebot beantworten können Sie telefonisch mit unserem Büro."
)


def find(session: Session, code: str) -> Opened:
    """What a status code opens; a merged request follows the request it went into."""
    if len(plain_code(code)) != GROUPS * GROUP:
        raise ValidationError({"code": gettext_(UNKNOWN)})
    own = session.scalar(select(CareRequest).where(CareRequest.status_code_hash == hashed(code)))
    found = own
    for _ in range(5):  # merges chain rarely; never follow a loop
        if found is None or found.merged_into_id is None:
            break
        found = session.get(CareRequest, found.merged_into_id)
    if own is None or found is None:
        raise ValidationError({"code": gettext_(UNKNOWN)})
    return Opened(own, found)


def change(session: Session, opened: Opened, data: Mapping, today: date) -> None:
    """The family corrects its request while it waits; every field checked as on the form."""
    request = opened.acting()
    if RequestState(request.state) not in CHANGEABLE:
        raise ValidationError(
            gettext_("Ihre Anfrage ist schon weiter; Änderungen bitte telefonisch mit dem Büro.")
        )
    requests.save_request(session, data, request, public=True, today=today)


def withdraw(session: Session, opened: Opened, today: date) -> None:
    request = opened.acting()
    if RequestState(request.state) not in WITHDRAWABLE:
        raise ValidationError(gettext_("Diese Anfrage ist schon abgeschlossen."))
    requests.move(session, request, RequestState.WITHDRAWN, today)
