"""What an offer tells whom: the family hears where and from when, the childminder hears
only what the consent text promises her – first name, age and times – until it is taken.
Both in the agency's own words (core.letters.notices)."""

from __future__ import annotations

from core.i18n import N_, gettext_
from core.letters import notices
from core.letters.texts import TextKind
from core.models.contracts import WEEKDAY_LABELS
from core.services.persons import get_person
from plugins.placement.models import CareRequest, Offer
from plugins.placement.places import age_in_months

KIND = "placement.offer"
TO_FAMILY = TextKind(
    "placement.offer_family",
    N_("Vermittlung: Platzangebot an die Familie – E-Mail"),
    "wir können Ihnen für {{ vorname_kind }} einen Platz bei {{ tagespflegeperson }} ab "
    "{{ beginn }} anbieten ({{ zeiten }}).\n\n"
    "Bitte sagen Sie uns bis {{ antwort_bis }}, ob Sie ihn annehmen – mit Ihrem Status-Code "
    "auf unserer Seite oder telefonisch.",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "tagespflegeperson": N_("Name der Tagespflegeperson"),
        "beginn": N_("Beginn der Betreuung, z. B. 01.02.2027"),
        "zeiten": N_("Betreuungszeiten, z. B. Montag 08:00–13:00"),
        "antwort_bis": N_("Antwort erbeten bis"),
    },
    sample={
        "vorname_kind": "Mia",
        "tagespflegeperson": "Anna Adler",
        "beginn": "01.02.2027",
        "zeiten": "Montag 08:00–13:00, Dienstag 08:00–13:00",
        "antwort_bis": "15.01.2027",
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
TEXTS = [TO_FAMILY, TO_CHILDMINDER]


def times_text(request: CareRequest) -> str:
    return ", ".join(
        f"{gettext_(WEEKDAY_LABELS[d])} {request.times(d)[0]:%H:%M}–{request.times(d)[1]:%H:%M}"
        for d in request.days
    )


def offer_made(session, offer: Offer) -> None:
    """Subjects are German like the words around them, whoever makes the offer."""
    request = offer.request
    childminder = get_person(session, offer.childminder_id)
    facts = {
        "vorname_kind": request.child_first_name,
        "beginn": f"{offer.starts:%d.%m.%Y}",
        "zeiten": times_text(request),
        "antwort_bis": f"{offer.answer_by:%d.%m.%Y}",
    }
    told = []
    if request.email:
        told.append(
            notices.Notice(
                TO_FAMILY.kind,
                request.email,
                request.guardian_name,
                f"Ein Betreuungsplatz für {request.child_first_name}",
                notices.Reader(request.guardian_first_name, request.guardian_last_name),
                {**facts, "tagespflegeperson": childminder.name},
            )
        )
    if childminder.email:
        birth = request.child_birth_date or request.expected_birth
        age = age_in_months(birth, offer.starts) if birth else None
        told.append(
            notices.Notice(
                TO_CHILDMINDER.kind,
                childminder.email,
                childminder.name,
                "Ihr freier Platz ist angeboten",
                childminder,
                {**facts, "alter_monate": "–" if age is None else max(age, 0)},
                person_id=childminder.id,
            )
        )
    notices.queue(session, KIND, told, ref=f"placement.offer:{offer.id}")
