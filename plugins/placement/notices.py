"""What an offer tells whom: the family hears where and from when, the childminder hears
only what the consent text promises her – first name, age and times – until it is taken;
the family's answer, yes or no, reaches both. All in the agency's own words
(core.letters.notices)."""

from __future__ import annotations

from core.i18n import N_, gettext_
from core.letters import notices
from core.letters.texts import TextKind
from core.models.contracts import WEEKDAY_LABELS
from core.services.persons import get_person
from core.settings import setting
from plugins.placement.models import CareRequest, Offer
from plugins.placement.places import age_in_months

KIND = "placement.offer"
TO_FAMILY = TextKind(
    "placement.offer_family",
    N_("Vermittlung: Platzangebot an die Familie – E-Mail"),
    "wir können Ihnen für {{ vorname_kind }} einen Platz bei {{ tagespflegeperson }} ab "
    "{{ beginn }} anbieten ({{ zeiten }}).\n\n"
    "Bitte sagen Sie uns bis {{ antwort_bis }}, ob Sie ihn annehmen – mit Ihrem Status-Code "
    "auf {{ statusseite }} oder telefonisch.",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "tagespflegeperson": N_("Name der Tagespflegeperson"),
        "beginn": N_("Beginn der Betreuung, z. B. 01.02.2027"),
        "zeiten": N_("Betreuungszeiten, z. B. Montag 08:00–13:00"),
        "antwort_bis": N_("Antwort erbeten bis"),
        "statusseite": N_("Adresse der Statusseite für den Status-Code"),
    },
    sample={
        "vorname_kind": "Mia",
        "tagespflegeperson": "Anna Adler",
        "beginn": "01.02.2027",
        "zeiten": "Montag 08:00–13:00, Dienstag 08:00–13:00",
        "antwort_bis": "15.01.2027",
        "statusseite": "https://tagwerk.beckum.de/anfrage/status",
    },
)
TO_CHILDMINDER = TextKind(
    "placement.offer_childminder",
    N_("Vermittlung: Ihr Platz ist angeboten (an die Tagespflegeperson) – E-Mail"),
    "wir haben einer Familie Ihren Platz ab {{ beginn }} angeboten: {{ vorname_kind }}, "
    "{{ alter_monate }} Monate, {{ zeiten }}. Die Familie antwortet bis {{ antwort_bis }}; "
    "wir melden uns dann.",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "alter_monate": N_("Alter des Kindes bei Beginn in Monaten"),
        "beginn": N_("Beginn der Betreuung, z. B. 01.02.2027"),
        "zeiten": N_("Betreuungszeiten, z. B. Montag 08:00–13:00"),
        "antwort_bis": N_("Antwort der Familie erwartet bis"),
    },
    sample={
        "vorname_kind": "Mia",
        "alter_monate": 14,
        "beginn": "01.02.2027",
        "zeiten": "Montag 08:00–13:00, Dienstag 08:00–13:00",
        "antwort_bis": "15.01.2027",
    },
)
_ANSWER_FIELDS = {
    "vorname_kind": N_("Vorname des Kindes"),
    "tagespflegeperson": N_("Name der Tagespflegeperson"),
    "beginn": N_("Beginn der Betreuung, z. B. 01.02.2027"),
}
_ANSWER_SAMPLE = {"vorname_kind": "Mia", "tagespflegeperson": "Anna Adler", "beginn": "01.02.2027"}
ACCEPTED_FAMILY = TextKind(
    "placement.accepted_family",
    N_("Vermittlung: Platz angenommen (an die Familie) – E-Mail"),
    "Sie haben den Platz für {{ vorname_kind }} bei {{ tagespflegeperson }} ab {{ beginn }} "
    "angenommen. Wir bereiten den Betreuungsvertrag vor und melden uns bei Ihnen.",
    fields=_ANSWER_FIELDS,
    sample=_ANSWER_SAMPLE,
)
ACCEPTED_CHILDMINDER = TextKind(
    "placement.accepted_childminder",
    N_("Vermittlung: Platz angenommen (an die Tagespflegeperson) – E-Mail"),
    "die Familie hat Ihren Platz ab {{ beginn }} für {{ vorname_kind }} angenommen. Der "
    "Entwurf des Betreuungsvertrags steht bereit; wir melden uns zur Unterschrift.",
    fields=_ANSWER_FIELDS,
    sample=_ANSWER_SAMPLE,
)
DECLINED_FAMILY = TextKind(
    "placement.declined_family",
    N_("Vermittlung: Platz abgelehnt (an die Familie) – E-Mail"),
    "Sie haben den Platz für {{ vorname_kind }} bei {{ tagespflegeperson }} ab {{ beginn }} "
    "nicht angenommen.\n\n{% if wartet %}Ihre Anfrage bleibt bestehen; wir suchen weiter für "
    "Sie.{% endif %}{% if not wartet %}Ihre Anfrage ist damit abgeschlossen.{% endif %}",
    fields={**_ANSWER_FIELDS, "wartet": N_("Die Anfrage bleibt bestehen (ja/nein)")},
    sample={**_ANSWER_SAMPLE, "wartet": True},
)
DECLINED_CHILDMINDER = TextKind(
    "placement.declined_childminder",
    N_("Vermittlung: Platz abgelehnt (an die Tagespflegeperson) – E-Mail"),
    "die Familie hat Ihren Platz ab {{ beginn }} nicht angenommen. Der Platz ist wieder frei.",
    fields=_ANSWER_FIELDS,
    sample=_ANSWER_SAMPLE,
)
TEXTS = [
    TO_FAMILY,
    TO_CHILDMINDER,
    ACCEPTED_FAMILY,
    ACCEPTED_CHILDMINDER,
    DECLINED_FAMILY,
    DECLINED_CHILDMINDER,
]


def times_text(request: CareRequest) -> str:
    return ", ".join(
        f"{gettext_(WEEKDAY_LABELS[d])} {request.times(d)[0]:%H:%M}–{request.times(d)[1]:%H:%M}"
        for d in request.days
    )


def offer_made(session, offer: Offer) -> None:
    """Subjects are German like the words around them, whoever makes the offer."""
    request, childminder = offer.request, get_person(session, offer.childminder_id)
    facts = {
        "vorname_kind": request.child_first_name,
        "beginn": f"{offer.starts:%d.%m.%Y}",
        "zeiten": times_text(request),
        "antwort_bis": f"{offer.answer_by:%d.%m.%Y}",
    }
    birth = request.child_birth_date or request.expected_birth
    age = age_in_months(birth, offer.starts) if birth else None
    told = [
        *_family(
            request,
            TO_FAMILY,
            f"Ein Betreuungsplatz für {request.child_first_name}",
            {**facts, "tagespflegeperson": childminder.name, "statusseite": _status_page(session)},
        ),
        *_childminder(
            childminder,
            TO_CHILDMINDER,
            "Ihr freier Platz ist angeboten",
            {**facts, "alter_monate": "–" if age is None else max(age, 0)},
        ),
    ]
    notices.queue(session, KIND, told, ref=f"placement.offer:{offer.id}")


def offer_answered(session, offer: Offer, accepted: bool, waits: bool = False) -> None:
    """The family said yes or no (on its status page or to the office): it hears what
    follows, and so does the childminder whose place it was."""
    request, childminder = offer.request, get_person(session, offer.childminder_id)
    facts = {
        "vorname_kind": request.child_first_name,
        "tagespflegeperson": childminder.name,
        "beginn": f"{offer.starts:%d.%m.%Y}",
    }
    told = [
        *_family(
            request,
            ACCEPTED_FAMILY if accepted else DECLINED_FAMILY,
            f"Ihre Antwort zum Platz für {request.child_first_name}",
            {**facts, "wartet": waits},
        ),
        *_childminder(
            childminder,
            ACCEPTED_CHILDMINDER if accepted else DECLINED_CHILDMINDER,
            "Ihr Platz ist angenommen" if accepted else "Ihr Platz ist wieder frei",
            facts,
        ),
    ]
    notices.queue(session, KIND, told, ref=f"placement.offer:{offer.id}")


def _family(request: CareRequest, text: TextKind, subject: str, values: dict) -> list:
    """The family's notice, where it gave an e-mail address (else the office calls)."""
    if not request.email:
        return []
    reader = notices.Reader(request.guardian_first_name, request.guardian_last_name)
    return [
        notices.Notice(text.kind, request.email, request.guardian_name, subject, reader, values)
    ]


def _childminder(childminder, text: TextKind, subject: str, values: dict) -> list:
    if not childminder.email:
        return []
    return [
        notices.Notice(
            text.kind,
            childminder.email,
            childminder.name,
            subject,
            childminder,
            values,
            person_id=childminder.id,
        )
    ]


def _status_page(session) -> str:
    """Where the family answers with its code: the installation's address (never a request's
    Host header), or plainly "unserer Internetseite" where none is set."""
    base = setting(session, "core.site_url")
    return f"{base}/anfrage/status" if base else "unserer Internetseite"
