"""Substitute providers, children's enrolments and getting-to-know visits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form, whole_number
from core.i18n import gettext_
from core.models import Person
from core.models.calendar import ABSENCE_LABELS
from core.models.persons import Role
from plugins.substitute_hub.models import (
    PROVIDER_KINDS,
    Enrolment,
    PlaceDay,
    Provider,
    ProviderMember,
    Visit,
)

WEEKDAY_KEYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def all_providers(session: Session) -> list[Provider]:
    return list(session.scalars(select(Provider).order_by(Provider.active.desc(), Provider.name)))


def get_provider(session: Session, provider_id: int) -> Provider:
    provider = session.get(Provider, provider_id)
    if provider is None:
        raise NotFound(gettext_("Diesen Anbieter gibt es nicht."))
    return provider


def provider_form_data(provider: Provider) -> dict:
    data = {
        "name": provider.name,
        "kind": provider.kind,
        "places": str(provider.places),
        "opening": provider.opening,
        "min_age_months": str(provider.min_age_months),
        "max_age_months": str(provider.max_age_months),
        "postal_code": provider.postal_code,
        "city": provider.city,
        "street": provider.street,
        "notes": provider.notes,
        "planned_only": provider.planned_only,
        "active": provider.active,
    }
    data.update({f"day_{d}": d in provider.weekdays.split(",") for d in WEEKDAY_KEYS})
    data.update({f"accepts_{k}": k in provider.accepted_kinds for k in ABSENCE_LABELS})
    return data


def save_provider(session: Session, data: Mapping, provider: Provider | None = None) -> Provider:
    form = Form(data)
    name = form.text("name", "Name", required=True)
    kind = form.choice("kind", "Art", PROVIDER_KINDS)
    address = {
        "opening": form.text("opening", "Öffnungszeiten", max_length=50),
        "postal_code": form.text("postal_code", "PLZ", max_length=10),
        "city": form.text("city", "Ort", max_length=100),
        "street": form.text("street", "Straße", max_length=200),
    }
    notes = form.text("notes", "Notizen", max_length=2000)
    places = form.integer(
        "places", gettext_("Plätze je Tag"), required=True, minimum=0, maximum=100
    )
    min_age = form.integer("min_age_months", "Mindestalter (Monate)", minimum=0, maximum=200)
    max_age = form.integer(
        "max_age_months", gettext_("Höchstalter (Monate)"), minimum=0, maximum=200
    )
    days = [d for d in WEEKDAY_KEYS if form.flag(f"day_{d}")]
    kinds = [str(k.value) for k in ABSENCE_LABELS if form.flag(f"accepts_{k.value}")]
    fee = form.decimal("monthly_fee", gettext_("Pauschale je Monat"), minimum=0, maximum=100000)
    rate = form.decimal(
        "hourly_rate", gettext_("Satz je vertretener Stunde"), minimum=0, maximum=1000
    )
    payee_id = form.integer("payee_id", gettext_("Zahlungsempfängerin"))
    if payee_id:
        payee = session.get(Person, payee_id)
        if payee is None or not payee.has_role(Role.CHILDMINDER):
            form.error(
                "payee_id", gettext_("Zahlungsempfängerin: bitte eine Tagespflegeperson wählen.")
            )
    member_ids = _member_ids(data)
    if member_ids:
        people = session.scalars(select(Person).where(Person.id.in_(member_ids))).all()
        allowed = {Role.CHILDMINDER, Role.STAFF}
        if len(people) != len(member_ids) or any(not (p.role_set & allowed) for p in people):
            form.error(
                "members",
                gettext_("Mitwirkende: bitte Tagespflegepersonen oder Mitarbeitende wählen."),
            )
    if not days:
        form.error("day_mo", gettext_("Öffnungstage: Bitte mindestens einen Tag wählen."))
    if not kinds:
        form.error("accepts_vacation", gettext_("Abwesenheiten: Bitte mindestens eine Art wählen."))
    if min_age is not None and max_age is not None and max_age < min_age:
        form.error("max_age_months", gettext_("Höchstalter: liegt unter dem Mindestalter."))
    clash = session.scalar(
        select(Provider.id).where(
            Provider.name == name, Provider.id != (provider.id if provider else 0)
        )
    )
    if name and clash:
        form.error("name", gettext_("Name: Einen Anbieter dieses Namens gibt es schon."))
    if provider is not None and places is not None:
        fuller = session.scalar(
            select(PlaceDay.day)
            .where(
                PlaceDay.provider_id == provider.id,
                PlaceDay.day >= date.today(),
                PlaceDay.booked > places,
            )
            .order_by(PlaceDay.day)
        )
        if fuller:
            form.error(
                "places",
                gettext_(
                    "Plätze je Tag: am {fuller} sind schon mehr Kinder "
                    "untergebracht. Bitte erst dort umplanen."
                ).format(fuller=format_date(fuller)),
            )
    form.done()
    if provider is None:
        provider = Provider()
        session.add(provider)
    provider.name, provider.kind, provider.places = name, kind, places
    provider.weekdays, provider.accepts = ",".join(days), ",".join(kinds)
    provider.planned_only = form.flag("planned_only")
    provider.active = form.flag("active")
    provider.min_age_months = 0 if min_age is None else min_age
    provider.max_age_months = 168 if max_age is None else max_age
    for key, value in address.items():
        setattr(provider, key, value)
    provider.notes = notes
    provider.payee_id = payee_id or None
    kept = [m for m in provider.members if m.person_id in member_ids]
    provider.members = kept + [
        ProviderMember(person_id=pid) for pid in sorted(member_ids - {m.person_id for m in kept})
    ]
    provider.monthly_fee_cents = int((fee or 0) * 100)
    provider.hourly_rate = rate or 0
    session.flush()
    if provider.id:  # future days follow the new number of places
        session.execute(
            update(PlaceDay)
            .where(PlaceDay.provider_id == provider.id, PlaceDay.day >= date.today())
            .values(places=places)
        )
    return provider


def _member_ids(data: Mapping) -> set[int]:
    raw = data.getlist("members") if hasattr(data, "getlist") else data.get("members", [])
    if isinstance(raw, str):
        raw = [raw]
    return {n for v in raw if (n := whole_number(v)) is not None}


def enrolments_of(session: Session, child_id: int) -> list[Enrolment]:
    return list(
        session.scalars(
            select(Enrolment).where(Enrolment.child_id == child_id).order_by(Enrolment.created_at)
        )
    )


def enrol(session: Session, child: Person, data: Mapping) -> Enrolment:
    form = Form(data)
    provider_id = form.integer("provider_id", gettext_("Anbieter"), required=True)
    form.done()
    if not child.has_role(Role.CHILD):
        raise ValidationError(
            {"provider_id": gettext_("Nur Kinder können zur Vertretung angemeldet werden.")}
        )
    provider = get_provider(session, provider_id)
    exists = session.scalar(
        select(Enrolment.id).where(
            Enrolment.child_id == child.id, Enrolment.provider_id == provider.id
        )
    )
    if exists:
        raise ValidationError(
            {
                "provider_id": gettext_("Anbieter: bei {name} schon angemeldet.").format(
                    name=provider.name
                )
            }
        )
    enrolment = Enrolment(child_id=child.id, provider_id=provider.id)
    session.add(enrolment)
    session.flush()
    return enrolment


def add_visit(session: Session, enrolment: Enrolment, data: Mapping) -> Visit:
    form = Form(data)
    day = form.date("day", "Datum", required=True)
    note = form.text("note", "Notiz", max_length=200)
    form.done()
    visit = Visit(enrolment_id=enrolment.id, day=day, done=form.flag("done"), note=note)
    session.add(visit)
    session.flush()
    return visit


def get_enrolment(session: Session, enrolment_id: int, child_id: int) -> Enrolment:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.child_id != child_id:
        raise NotFound(gettext_("Diese Anmeldung gibt es nicht."))
    return enrolment
