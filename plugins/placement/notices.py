"""What an offer tells whom: the family hears where and from when, the childminder hears
only what the consent text promises her – first name, age and times – until it is taken;
the family's answer, yes or no, reaches both and the office; an offer taken back reaches
those who knew of it. All in the agency's own words (core.letters.events)."""

from __future__ import annotations

from core.i18n import N_, gettext_
from core.letters import events
from core.letters.events import Audience, Event, Reader, Told
from core.letters.texts import TextKind
from core.models.contracts import WEEKDAY_LABELS
from core.services.persons import get_person
from core.settings import setting
from plugins.placement import doubles
from plugins.placement.models import CareRequest, Offer
from plugins.placement.places import age_in_months

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
        "statusseite": "https://tagwerk.beckum.de/placement/anfrage/status",
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
TO_OFFICE_FIELDS = {
    **_ANSWER_FIELDS,
    "familie": N_("Name der Familie (Ansprechperson)"),
}
TO_OFFICE_SAMPLE = {
    **_ANSWER_SAMPLE,
    "familie": "Sara Brockmann",
}
ACCEPTED_OFFICE = TextKind(
    "placement.accepted_office",
    N_("Vermittlung: Platz angenommen (an das Büro) – E-Mail"),
    "{{ familie }} hat den Platz für {{ vorname_kind }} bei {{ tagespflegeperson }} ab "
    "{{ beginn }} angenommen. Der Entwurf des Betreuungsvertrags steht bereit.",
    fields=TO_OFFICE_FIELDS,
    sample=TO_OFFICE_SAMPLE,
)
DECLINED_OFFICE = TextKind(
    "placement.declined_office",
    N_("Vermittlung: Platz abgelehnt (an das Büro) – E-Mail"),
    "{{ familie }} hat den Platz für {{ vorname_kind }} bei {{ tagespflegeperson }} ab "
    "{{ beginn }} nicht angenommen. Grund: {{ grund }}",
    fields={**TO_OFFICE_FIELDS, "grund": N_("Grund, den die Familie nennt (– wenn keiner)")},
    sample={**TO_OFFICE_SAMPLE, "grund": "Zu weiter Weg"},
)
WITHDRAWN_FAMILY = TextKind(
    "placement.withdrawn_family",
    N_("Vermittlung: Angebot zurückgenommen (an die Familie) – E-Mail"),
    "leider können wir Ihnen den Platz für {{ vorname_kind }} bei {{ tagespflegeperson }} ab "
    "{{ beginn }} nicht mehr anbieten. Ihre Anfrage bleibt bestehen; wir suchen weiter für "
    "Sie und melden uns.",
    fields=_ANSWER_FIELDS,
    sample=_ANSWER_SAMPLE,
)
WITHDRAWN_CHILDMINDER = TextKind(
    "placement.withdrawn_childminder",
    N_("Vermittlung: Angebot zurückgenommen (an die Tagespflegeperson) – E-Mail"),
    "das Angebot Ihres Platzes ab {{ beginn }} für {{ vorname_kind }} ist zurückgenommen. "
    "Der Platz ist wieder frei.",
    fields=_ANSWER_FIELDS,
    sample=_ANSWER_SAMPLE,
)
OFFER_MADE = Event(
    "placement.offer_made",
    N_("Platz angeboten"),
    {Audience.FAMILY: TO_FAMILY, Audience.CHILDMINDER: TO_CHILDMINDER},
    N_("Platz gehalten bis zur Antwort"),
)
OFFER_ACCEPTED = Event(
    "placement.offer_accepted",
    N_("Angebot angenommen"),
    {
        Audience.FAMILY: ACCEPTED_FAMILY,
        Audience.CHILDMINDER: ACCEPTED_CHILDMINDER,
        Audience.OFFICE: ACCEPTED_OFFICE,
    },
    N_("Personen und Entwurf des Betreuungsvertrags"),
)
OFFER_DECLINED = Event(
    "placement.offer_declined",
    N_("Angebot abgelehnt"),
    {
        Audience.FAMILY: DECLINED_FAMILY,
        Audience.CHILDMINDER: DECLINED_CHILDMINDER,
        Audience.OFFICE: DECLINED_OFFICE,
    },
    N_("Platz frei; die Anfrage wartet weiter oder endet"),
)
OFFER_WITHDRAWN = Event(
    "placement.offer_withdrawn",
    N_("Angebot zurückgenommen"),
    {Audience.FAMILY: WITHDRAWN_FAMILY, Audience.CHILDMINDER: WITHDRAWN_CHILDMINDER},
    N_("Platz frei; die Anfrage wartet weiter"),
)
OUTSIDE = Event(
    "placement.request_outside",
    N_("Anfrage aus keinem Bezirk (Postleitzahl unbekannt oder außerhalb)"),
    {
        Audience.OFFICE: TextKind(
            "placement.outside_office",
            N_("Vermittlung: Anfrage aus keinem Bezirk (an das Büro) – E-Mail"),
            "die Anfrage für {{ vorname_kind }} nennt die Postleitzahl {{ plz }} {{ ort }}, die "
            "in keinem Ihrer Bezirke liegt. Bitte prüfen Sie, ob die Familie bei Ihnen "
            "richtig ist, und ordnen Sie die Anfrage zu oder geben Sie sie weiter.",
            fields={
                "vorname_kind": N_("Vorname des Kindes"),
                "plz": N_("Postleitzahl der Familie"),
                "ort": N_("Ort der Familie"),
            },
            sample={"vorname_kind": "Mia", "plz": "48143", "ort": "Münster"},
        )
    },
    N_("Die Anfrage ist als „kein Bezirk“ markiert"),
)
EXPIRED_FAMILY = TextKind(
    "placement.expired_family",
    N_("Vermittlung: Angebot ohne Antwort abgelaufen (an die Familie) – E-Mail"),
    "wir haben bis {{ antwort_bis }} keine Antwort auf unser Angebot eines Platzes für "
    "{{ vorname_kind }} bei {{ tagespflegeperson }} erhalten; der Platz ist deshalb wieder "
    "frei. Ihre Anfrage bleibt bestehen – melden Sie sich gern, wenn Sie weiter einen Platz "
    "suchen.",
    fields={**_ANSWER_FIELDS, "antwort_bis": N_("Antwort erbeten bis")},
    sample={**_ANSWER_SAMPLE, "antwort_bis": "15.01.2027"},
)
EXPIRED_CHILDMINDER = TextKind(
    "placement.expired_childminder",
    N_("Vermittlung: Angebot ohne Antwort abgelaufen (an die Tagespflegeperson) – E-Mail"),
    "die Familie hat auf das Angebot Ihres Platzes ab {{ beginn }} für {{ vorname_kind }} "
    "bis {{ antwort_bis }} nicht geantwortet. Der Platz ist wieder frei.",
    fields={**_ANSWER_FIELDS, "antwort_bis": N_("Antwort erbeten bis")},
    sample={**_ANSWER_SAMPLE, "antwort_bis": "15.01.2027"},
)
EXPIRED_OFFICE = TextKind(
    "placement.expired_office",
    N_("Vermittlung: Angebot ohne Antwort abgelaufen (an das Büro) – E-Mail"),
    "{{ familie }} hat auf das Angebot für {{ vorname_kind }} bei {{ tagespflegeperson }} "
    "bis {{ antwort_bis }} nicht geantwortet. Der Platz ist wieder frei, die Anfrage wartet "
    "weiter.",
    fields={**TO_OFFICE_FIELDS, "antwort_bis": N_("Antwort erbeten bis")},
    sample={**TO_OFFICE_SAMPLE, "antwort_bis": "15.01.2027"},
)
OFFER_EXPIRED = Event(
    "placement.offer_expired",
    N_("Angebot ohne Antwort abgelaufen"),
    {
        Audience.FAMILY: EXPIRED_FAMILY,
        Audience.CHILDMINDER: EXPIRED_CHILDMINDER,
        Audience.OFFICE: EXPIRED_OFFICE,
    },
    N_("Platz frei; die Anfrage wartet weiter"),
)
EVENTS = [OFFER_MADE, OFFER_ACCEPTED, OFFER_DECLINED, OFFER_WITHDRAWN, OFFER_EXPIRED, OUTSIDE]


def offer_expired(session, offer: Offer) -> None:
    """Nobody answered by the day asked: the place is free; all three hear of it."""
    request, childminder = offer.request, get_person(session, offer.childminder_id)
    facts = {**_facts(offer, request, childminder), "antwort_bis": f"{offer.answer_by:%d.%m.%Y}"}
    told = [
        *to_family(session, request, f"Der Platz für {request.child_first_name}", facts),
        Told(Audience.CHILDMINDER, childminder, "Ihr Platz ist wieder frei", facts),
        events.office(
            f"Angebot abgelaufen: {request.child_first_name} bei {childminder.name}",
            {**facts, "familie": request.guardian_name},
            path=f"/placement/requests/{request.id}",
        ),
    ]
    events.announce(session, OFFER_EXPIRED, told, ref=f"placement.offer:{offer.id}")


def outside_every_district(session, request: CareRequest) -> None:
    """A request whose postal code lies in none of the districts: the office checks it."""
    facts = {
        "vorname_kind": request.child_first_name,
        "plz": request.postal_code,
        "ort": request.city,
    }
    told = events.office(
        f"Anfrage aus keinem Bezirk: PLZ {request.postal_code}",
        facts,
        path=f"/placement/requests/{request.id}",
    )
    events.announce(session, OUTSIDE, [told], ref=f"placement.request:{request.id}")


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
        *to_family(
            session,
            request,
            f"Ein Betreuungsplatz für {request.child_first_name}",
            {**facts, "tagespflegeperson": childminder.name, "statusseite": _status_page(session)},
        ),
        Told(
            Audience.CHILDMINDER,
            childminder,
            "Ihr freier Platz ist angeboten",
            {**facts, "alter_monate": "–" if age is None else max(age, 0)},
        ),
    ]
    events.announce(session, OFFER_MADE, told, ref=f"placement.offer:{offer.id}")


def offer_answered(session, offer: Offer, accepted: bool, waits: bool = False) -> None:
    """The family said yes or no (on its status page or to the office): it hears what
    follows, and so do the childminder whose place it was and the office."""
    request, childminder = offer.request, get_person(session, offer.childminder_id)
    facts = _facts(offer, request, childminder)
    subject = "Platz angenommen" if accepted else "Platz abgelehnt"
    told = [
        *to_family(
            session,
            request,
            f"Ihre Antwort zum Platz für {request.child_first_name}",
            {**facts, "wartet": waits},
        ),
        Told(
            Audience.CHILDMINDER,
            childminder,
            "Ihr Platz ist angenommen" if accepted else "Ihr Platz ist wieder frei",
            facts,
        ),
        events.office(
            f"{subject}: {request.child_first_name} bei {childminder.name}",
            {
                **facts,
                "familie": request.guardian_name,
                "grund": offer.reason or "–",
            },
            path=f"/placement/requests/{request.id}",
        ),
    ]
    event = OFFER_ACCEPTED if accepted else OFFER_DECLINED
    events.announce(session, event, told, ref=f"placement.offer:{offer.id}")


def offer_withdrawn(session, offer: Offer, family: bool) -> None:
    """The office took the offer back: the childminder's place is free; the family hears
    of it unless it ended the request itself."""
    request, childminder = offer.request, get_person(session, offer.childminder_id)
    facts = _facts(offer, request, childminder)
    told = [Told(Audience.CHILDMINDER, childminder, "Ihr Platz ist wieder frei", facts)]
    if family:
        told += to_family(session, request, f"Der Platz für {request.child_first_name}", facts)
    events.announce(session, OFFER_WITHDRAWN, told, ref=f"placement.offer:{offer.id}")


def _facts(offer: Offer, request: CareRequest, childminder) -> dict:
    return {
        "vorname_kind": request.child_first_name,
        "tagespflegeperson": childminder.name,
        "beginn": f"{offer.starts:%d.%m.%Y}",
    }


def to_family(session, request: CareRequest, subject: str, values: dict) -> list[Told]:
    """Every sender of the family's request – merged ones too, at the e-mail address each
    gave (none: the office calls)."""
    told, seen = [], set()
    for sender in doubles.senders(session, request):
        reader = Reader(sender.guardian_first_name, sender.guardian_last_name)
        key = sender.email.casefold() or reader
        if key not in seen:
            seen.add(key)
            told.append(Told(Audience.FAMILY, reader, subject, values, email=sender.email))
    return told


def _status_page(session) -> str:
    """Where the family answers with its code: the installation's address (never a request's
    Host header), or plainly "unserer Internetseite" where none is set."""
    base = setting(session, "core.site_url")
    return f"{base}/placement/anfrage/status" if base else "unserer Internetseite"
