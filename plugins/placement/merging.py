"""Two requests for the same child made one (see `doubles.merge`), and the family told:
each sender hears, at the address they gave, that the requests go on as one – without a
word of what the other sender entered. A stranger who sent a request in a child's name
is thereby noticed by the family that really asked."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from core.i18n import N_
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind
from plugins.placement import doubles, notices
from plugins.placement.models import CareRequest

MERGED_FAMILY = TextKind(
    "placement.merged_family",
    N_("Vermittlung: Anfragen zusammengeführt (an die Familie) – E-Mail"),
    "wir haben zwei Anfragen für {{ vorname_kind }} erhalten und führen sie ab heute als "
    "eine weiter (Nr. {{ nummer }}); Sie warten seit der ersten. Ihr Status-Code zeigt "
    "weiter den Stand.\n\n"
    "Haben Sie nur eine Anfrage gestellt, oder stimmt etwas nicht, melden Sie sich bitte "
    "bei uns.",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "nummer": N_("Nummer der weitergeführten Anfrage"),
    },
    sample={"vorname_kind": "Mia", "nummer": 1042},
)
REQUESTS_MERGED = Event(
    "placement.requests_merged",
    N_("Anfragen für dasselbe Kind zusammengeführt"),
    {Audience.FAMILY: MERGED_FAMILY},
    N_("Die Anfragen warten als eine, seit der ersten"),
)
EVENTS = [REQUESTS_MERGED]


def merge(session: Session, keep: CareRequest, double: CareRequest, today: date) -> None:
    """Fold `double` into `keep` and tell every sender of both."""
    doubles.merge(session, keep, double, today)
    facts = {"vorname_kind": keep.child_first_name, "nummer": keep.id}
    subject = f"Ihre Anfrage für {keep.child_first_name}"
    told = notices.to_family(session, keep, subject, facts)
    events.announce(session, REQUESTS_MERGED, told, ref=f"placement.request:{keep.id}")
