"""Proposals for one request and the batch for many: the register read for the candidates
(the families' postal region with all its districts, and those they name),
turned into the shapes `matching` decides on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_
from sqlalchemy.orm import Session

from core.db import bulk_work
from core.format import format_date
from core.i18n import gettext_
from core.models import Person, PersonDistrict
from plugins.placement import board
from plugins.placement.matching import Need, Offerer, Proposal, languages_of, rank
from plugins.placement.models import CareRequest
from plugins.placement.places import age_in_months
from plugins.placement.register import Place, places


def need_of(request: CareRequest) -> Need:
    birth = request.child_birth_date or request.expected_birth
    return Need(
        id=request.id,
        days={d: request.times(d) for d in request.days},
        starts=request.needed_from,
        age_months=age_in_months(birth, request.needed_from) if birth else None,
        district_id=request.district_id,
        postal_code=request.postal_code,
        languages=languages_of(request.languages),
        special_needs=bool(request.special_needs.strip()),
        wished=frozenset(w.childminder_id for w in request.named if not w.sibling),
        siblings_at=frozenset(w.childminder_id for w in request.named if w.sibling),
        urgent=request.urgent,
    )


def offerer_of(place: Place, starts: date) -> Offerer | None:
    row = board.row(place, starts)
    if row is None:
        return None
    decl = place.declaration
    return Offerer(
        id=place.id,
        name=place.name,
        free=row.free,
        held=row.held,
        frees_up=row.frees_up,
        times={d: decl.times(d) for d in decl.days} if decl else None,
        ages=(decl.min_age_months, decl.max_age_months) if decl else None,
        district_id=place.district_id,
        postal_code=place.postal_code,
        languages=languages_of(decl.languages) if decl else frozenset(),
        inclusion=decl.inclusion if decl else False,
        new_from=decl.free_from if decl else None,
    )


def candidates(needs: list[Need]):
    """The one rule for a request's proposals and the month's batch: every childminder in
    the families' postal region (the first two digits: a city with all its districts and
    its surroundings) – `matching` ranks her district and her distance –, without a usable
    postal code the family's district, and always those the families name."""
    regions = {n.postal_code[:2] for n in needs if len(n.postal_code) == 5}
    districts = {n.district_id for n in needs if len(n.postal_code) != 5 and n.district_id}
    named = {c for n in needs for c in (*n.wished, *n.siblings_at)}
    conditions = [Person.postal_code.like(f"{region}%") for region in sorted(regions)]
    if districts:
        conditions.append(PersonDistrict.district_id.in_(districts))
    if named:
        conditions.append(Person.id.in_(named))
    if not conditions:
        return None  # nothing to go by: everyone, ranked
    return or_(*conditions)


def scope(need: Need) -> str:
    """What the proposals considered, said on their page."""
    if len(need.postal_code) == 5:
        return gettext_(
            "Berücksichtigt: alle Tagespflegepersonen mit Postleitzahl {region}… (alle "
            "Bezirke) und die von der Familie genannten, gereiht nach Eignung, Bezirk und "
            "Entfernung."
        ).format(region=need.postal_code[:2])
    if need.district_id is not None:
        return gettext_(
            "Berücksichtigt: die Tagespflegepersonen im Bezirk der Familie und die von ihr "
            "genannten (die Anfrage hat keine gültige Postleitzahl)."
        )
    return gettext_(
        "Berücksichtigt: alle Tagespflegepersonen (die Anfrage hat keine gültige Postleitzahl)."
    )


@dataclass(frozen=True)
class Proposals:
    need: Need
    ranked: list[Proposal]
    excluded: list[tuple[Offerer, list[str]]]
    unavailable: list[tuple[Place, str]]  # no licence from the start, and why
    scope: str = ""  # what was considered, for the page


def without_licence(place: Place, today: date) -> str:
    """Why she cannot take a child from the requested start: her licence has ended, or it
    ends before the start (then she may still work today)."""
    if place.permit_until is not None and place.permit_until >= today:
        return gettext_("Pflegeerlaubnis endet am {day}, vor dem gewünschten Beginn").format(
            day=format_date(place.permit_until)
        )
    return gettext_("Pflegeerlaubnis abgelaufen am {day}").format(
        day=format_date(place.permit_until)
    )


def for_request(session: Session, request: CareRequest, today: date) -> Proposals:
    need = need_of(request)
    offerers, unavailable = [], []
    with bulk_work():  # the district's childminders with their contracts, as objects
        for place in places(session, need.starts, candidates([need])):
            found = offerer_of(place, need.starts)
            if found is None:
                unavailable.append((place, without_licence(place, today)))
            else:
                offerers.append(found)
        ranked, excluded = rank(need, offerers)
    return Proposals(need, ranked, excluded, unavailable, scope(need))
