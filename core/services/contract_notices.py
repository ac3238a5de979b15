"""What a change to a care contract tells the childminder: a contract entered, changed,
signed or deleted changes what she is paid and which children she cares for, so she hears
of it on her own way – not only by finding it in her portal. A draft (a place a family has
just accepted) is announced by the placement; she hears again when it is signed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.format import format_date
from core.i18n import N_
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind
from core.models import Contract
from core.models.contracts import WEEKDAYS

ENTERED, CHANGED, SIGNED, DELETED = (
    "neu eingetragen",
    "geändert",
    "unterschrieben",
    "gelöscht",
)
CONTRACT_CHANGED = Event(
    "core.contract_changed",
    N_("Betreuungsvertrag eingetragen, geändert, unterschrieben oder gelöscht"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.contract_changed",
            N_("Vertrag: eingetragen oder geändert (an die Tagespflegeperson) – E-Mail"),
            "der Betreuungsvertrag für {{ vorname_kind }} ist {{ was }}: {{ zeitraum }}, "
            "{{ stunden }} Stunden in der Woche.{% if entwurf %} Er ist noch nicht "
            "unterschrieben; die Geldleistung beginnt mit der Unterschrift.{% endif %}\n\n"
            "Sie sehen Ihre Kinder und Verträge in Ihrem Portal.",
            fields={
                "vorname_kind": N_("Vorname des Kindes"),
                "was": N_("neu eingetragen, geändert, unterschrieben oder gelöscht"),
                "zeitraum": N_("Laufzeit, z. B. ab 01.02.2027 oder 01.02.2027 bis 31.07.2028"),
                "stunden": N_("Betreuungsstunden in der Woche"),
                "entwurf": N_("Noch nicht unterschrieben (ja/nein)"),
            },
            sample={
                "vorname_kind": "Mia",
                "was": "geändert",
                "zeitraum": "01.02.2027 bis 31.07.2028",
                "stunden": "25",
                "entwurf": False,
            },
        )
    },
    N_("Geldleistung ab dem nächsten Lauf; Vertretungsbedarf folgt dem Vertrag"),
)


def announce(session: Session, contract: Contract, what: str) -> None:
    """`what`: ENTERED, CHANGED, SIGNED or DELETED."""
    start = format_date(contract.valid_from)
    span = f"{start} bis {format_date(contract.valid_to)}" if contract.valid_to else f"ab {start}"
    weekly = sum(contract.hours(day) for day in WEEKDAYS)
    facts = {
        "vorname_kind": contract.child.first_name,
        "was": what,
        "zeitraum": span,
        "stunden": f"{weekly.normalize():f}".replace(".", ","),
        "entwurf": contract.draft,
    }
    subject = f"Betreuungsvertrag {contract.child.first_name}: {what}"
    told = events.of_person(Audience.CHILDMINDER, contract.childminder, subject, facts)
    events.announce(session, CONTRACT_CHANGED, [told], ref=f"core.contract:{contract.id}")
