"""What an offer tells whom: the family hears where and from when, the childminder hears
only what the consent text promises her – first name, age and times – until it is taken."""

from __future__ import annotations

from core.i18n import gettext_
from core.messages import outbox
from core.models.contracts import WEEKDAY_LABELS
from core.services.persons import get_person
from plugins.placement.models import CareRequest, Offer
from plugins.placement.places import age_in_months


def times_text(request: CareRequest) -> str:
    return ", ".join(
        f"{gettext_(WEEKDAY_LABELS[d])} {request.times(d)[0]:%H:%M}–{request.times(d)[1]:%H:%M}"
        for d in request.days
    )


def offer_made(session, offer: Offer) -> None:
    request = offer.request
    childminder = get_person(session, offer.childminder_id)
    mails = []
    if request.email:
        mails.append(
            outbox.Mail(
                request.email,
                request.guardian_name,
                gettext_("Ein Betreuungsplatz für {child}").format(child=request.child_first_name),
                gettext_(
                    "Guten Tag {name},\n\nwir können Ihnen einen Platz bei {childminder} ab {day}"
                    " anbieten ({times}).\n\nBitte sagen Sie uns bis {answer_by}, ob Sie ihn"
                    " annehmen – mit Ihrem Status-Code auf unserer Seite oder telefonisch.\n"
                ).format(
                    name=request.guardian_name,
                    childminder=childminder.name,
                    day=f"{offer.starts:%d.%m.%Y}",
                    times=times_text(request),
                    answer_by=f"{offer.answer_by:%d.%m.%Y}",
                ),
            )
        )
    if childminder.email:
        birth = request.child_birth_date or request.expected_birth
        age = age_in_months(birth, offer.starts) if birth else None
        mails.append(
            outbox.Mail(
                childminder.email,
                childminder.name,
                gettext_("Ihr freier Platz ist angeboten"),
                gettext_(
                    "Guten Tag {name},\n\nwir haben einer Familie Ihren Platz ab {day} angeboten:"
                    " {child}, {age} Monate, {times}. Die Familie antwortet bis {answer_by}; wir"
                    " melden uns dann.\n"
                ).format(
                    name=childminder.name,
                    day=f"{offer.starts:%d.%m.%Y}",
                    child=request.child_first_name,
                    age="–" if age is None else max(age, 0),
                    times=times_text(request),
                    answer_by=f"{offer.answer_by:%d.%m.%Y}",
                ),
                person_id=childminder.id,
            )
        )
    if mails:
        outbox.queue(session, "placement.offer", mails, ref=f"placement.offer:{offer.id}")
