"""The demo agencies' districts: Dortmund's twelve Stadtbezirke, Beckum's four Ortsteile
(one postal code, told apart by street), and one district per town elsewhere.

The postal codes and streets are a sample for trying the screens out; an agency enters its
own on the districts page."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from core.demo.scales import BECKUM, DORTMUND, Region
from core.districts import AreaIndex, street_key
from core.models import District, DistrictArea
from core.services.districts import area_index


@dataclass(frozen=True)
class DemoDistrict:
    name: str
    postal_codes: tuple[str, ...] = ()
    streets: tuple[tuple[str, str], ...] = ()  # (postal code, street) of a split postal code


DORTMUND_DISTRICTS = (
    DemoDistrict(
        "Innenstadt-West",
        ("44135", "44137", "44139", "44149"),
    ),
    DemoDistrict("Innenstadt-Nord", ("44145", "44147")),
    DemoDistrict(
        "Innenstadt-Ost",
        ("44141", "44143"),
        (("44135", "Kaiserstraße"), ("44135", "Kronprinzenstraße")),
    ),
    DemoDistrict("Eving", ("44339",)),
    DemoDistrict("Scharnhorst", ("44328", "44329")),
    DemoDistrict("Brackel", ("44309", "44319")),
    DemoDistrict("Aplerbeck", ("44269", "44287", "44289")),
    DemoDistrict("Hörde", ("44263", "44265", "44267")),
    DemoDistrict("Hombruch", ("44225", "44227", "44229")),
    DemoDistrict("Lütgendortmund", ("44379", "44388")),
    DemoDistrict("Huckarde", ("44357", "44369")),
    DemoDistrict("Mengede", ("44359",)),
)
BECKUM_STREETS = {
    "Neubeckum": ("Spiekersstraße", "Vorhelmer Straße", "Ennigerloher Straße", "Jahnstraße"),
    "Beckum-Roland": ("Rolandstraße", "Am Höxberg"),
    "Beckum-Vellern": ("Vellerner Dorfstraße", "Zum Brook"),
}
BECKUM_DISTRICTS = (
    DemoDistrict("Beckum", ("59269",)),
    *(
        DemoDistrict(town.removeprefix("Beckum-"), streets=tuple(("59269", s) for s in streets))
        for town, streets in BECKUM_STREETS.items()
    ),
)


def districts_of(region: Region) -> tuple[DemoDistrict, ...]:
    if region is DORTMUND:
        return DORTMUND_DISTRICTS
    if region is BECKUM:
        return BECKUM_DISTRICTS
    towns: dict[str, list[str]] = {}
    for code, town in region.cities:
        towns.setdefault(town, []).append(code)
    return tuple(DemoDistrict(town, tuple(codes)) for town, codes in towns.items())


def street_for(town: str, street: str, rng: random.Random) -> str:
    """A street of the town's own part of a split postal code, else the one drawn."""
    streets = BECKUM_STREETS.get(town)
    if not streets:
        return street
    house_number = street.rsplit(" ", 1)[-1]
    return f"{rng.choice(streets)} {house_number}"


def create(session: Session, region: Region) -> AreaIndex:
    """The region's districts, unless the installation has districts of its own already;
    returns every area, to assign the demo's persons."""
    if session.scalar(select(District.id).limit(1)) is None:
        for demo in districts_of(region):
            district_id = session.execute(
                insert(District).values(name=demo.name).returning(District.id)
            ).scalar_one()
            places = [(code, "") for code in demo.postal_codes] + list(demo.streets)
            session.execute(
                insert(DistrictArea),
                [
                    {
                        "district_id": district_id,
                        "postal_code": code,
                        "street": street,
                        "street_key": street_key(street),
                    }
                    for code, street in places
                ],
            )
    return area_index(session)
