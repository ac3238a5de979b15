"""A Pflegeerlaubnis about to end: the childminder and the office hear of it once per
end date, a set number of days ahead (`core.permit_notice_days`), so a renewal can be
applied for in time. Mülheim an der Ruhr, for example, wants the renewal applied for at
least eight weeks before the end, takes four to six weeks to decide, and pays nothing
after the end (https://www.muelheim-ruhr.de/cms/ktp_pflegeerlaubnis_gem_sgb_viii__43__
verlaengerung.html; https://service.muelheim-ruhr.de/leistung/erlaubnis-zur-
kindertagespflege-verlaengern). The month's run likewise pays nothing for days after the
end (plugins.payments: a blocking problem in the review).

A licence renewed (a later end date) is told again when that date comes near; the date
last told is kept on the childminder (`permit_told_for`)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.format import format_date
from core.i18n import N_
from core.letters import events
from core.letters.events import Audience, Event, Told
from core.letters.texts import TextKind
from core.models import Childminder, Person
from core.settings import SettingSpec, setting

SETTINGS = [
    SettingSpec(
        "core.permit_notice_days",
        N_("Pflegeerlaubnis: Tage vor dem Ende, an denen Tagespflegeperson und Büro es erfahren"),
        90,
        int,
    ),
]

_FIELDS = {
    "name": N_("Name der Tagespflegeperson"),
    "gueltig_bis": N_("Letzter Tag der Pflegeerlaubnis"),
}
_SAMPLE = {"name": "Jana Wolf", "gueltig_bis": "28.02.2027"}

PERMIT_ENDING = Event(
    "core.permit_ending",
    N_("Pflegeerlaubnis endet bald (Auftrag jeden Morgen)"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.permit_ending",
            N_("Pflegeerlaubnis: endet bald (an die Tagespflegeperson) – E-Mail"),
            "Ihre Pflegeerlaubnis gilt bis zum {{ gueltig_bis }}. Bitte beantragen Sie die "
            "Verlängerung rechtzeitig: Die Bearbeitung dauert einige Wochen, und ohne gültige "
            "Erlaubnis darf die Geldleistung für die Tage danach nicht gezahlt werden.",
            fields=_FIELDS,
            sample=_SAMPLE,
        ),
        Audience.OFFICE: TextKind(
            "core.permit_ending_office",
            N_("Pflegeerlaubnis: endet bald (an das Büro) – E-Mail"),
            "Die Pflegeerlaubnis von {{ name }} endet am {{ gueltig_bis }}.",
            fields=_FIELDS,
            sample=_SAMPLE,
        ),
    },
    N_("Ohne Verlängerung: Tage nach dem Ende unbezahlt, blockierendes Problem im Monatslauf"),
)
EVENTS = [PERMIT_ENDING]


def notice_from(session: Session, today: date) -> date:
    """The last end date that is told of today – and listed on the overview."""
    return today + timedelta(days=int(setting(session, "core.permit_notice_days")))


def tell_ending(session: Session, today: date) -> int:
    """Tell of every licence ending within the notice period not yet told for its end
    date; how many childminders were told."""
    ahead = notice_from(session, today)
    due = session.execute(
        select(Childminder, Person)
        .join(Person, Person.id == Childminder.person_id)
        .where(
            Childminder.permit_valid_until.between(today, ahead),
            or_(
                Childminder.permit_told_for.is_(None),
                Childminder.permit_told_for != Childminder.permit_valid_until,
            ),
            Person.anonymised_on.is_(None),
        )
        .order_by(Childminder.permit_valid_until, Person.id)
    ).all()
    for childminder, person in due:
        facts = {"name": person.name, "gueltig_bis": format_date(childminder.permit_valid_until)}
        told = [
            Told(Audience.CHILDMINDER, person, "Ihre Pflegeerlaubnis endet bald", facts),
            events.office(
                f"Pflegeerlaubnis endet: {person.name}",
                facts,
                path=f"/persons/{person.id}",
                person_id=person.id,
            ),
        ]
        events.announce(session, PERMIT_ENDING, told, ref=f"core.person:{person.id}")
        childminder.permit_told_for = childminder.permit_valid_until
    return len(due)
