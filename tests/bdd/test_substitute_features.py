"""Business stories of the Vertretung module (features/substitute_hub/)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select

from core.forms import parse_date
from core.models import Absence
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider, Visit
from tests.bdd.conftest import page_text, split_name
from tests.bdd.lebenslagen_steps import *  # noqa: F403 – features/*/lebenslagen.feature

scenarios("substitute_hub")

KINDS = {"Urlaub": "vacation", "Krankheit": "illness", "Fortbildung": "training"}


@pytest.fixture(autouse=True)
def _module_on(installation):
    installation.enable("substitute_hub")


def provider_named(installation, name) -> Provider:
    with installation.db.read() as s:
        return s.scalars(select(Provider).where(Provider.name == name)).one()


def add_provider(installation, name, kind, places, accepts, planned_only):
    with installation.db.transaction("test") as s:
        s.add(
            Provider(
                name=name, kind=kind, places=places, accepts=accepts, planned_only=planned_only
            )
        )


@given(
    parsers.parse(
        'der Vertretungsstützpunkt "{name}" mit {places:d} Plätzen '
        "für geplanten Urlaub und Fortbildung"
    )
)
def planned_hub(installation, name, places):
    add_provider(installation, name, "hub", places, "vacation,training", True)


@given(
    parsers.parse('der Vertretungsstützpunkt "{name}" mit {places:d} Plätzen, auch bei Krankheit')
)
def hub_with_illness(installation, name, places):
    add_provider(installation, name, "hub", places, "vacation,training,illness,other", False)


@given(
    parsers.parse(
        'die Kooperationsgruppe "{name}" mit {places:d} freien Plätzen, auch bei Krankheit'
    )
)
def group(installation, name, places):
    add_provider(installation, name, "group", places, "vacation,training,illness,other", False)


@given(
    parsers.parse(
        '"{minder}" betreut "{child}" (geboren am {birth}), deren Familie Vertretung wünscht'
    )
)
def cares_with_wish(world, make, minder, child, birth):
    world["people"][minder] = make.childminder(**split_name(minder))
    world["people"][child] = make.child(
        first_name=child, last_name="Kind", birth_date=parse_date(birth)
    )
    make.contract(world["people"][child], world["people"][minder], substitute_wanted="on")


@given(
    parsers.parse(
        '"{minder}" betreut {n:d} Kinder, deren Familien Vertretung wünschen und die in "{name}" '
        "angemeldet sind"
    )
)
def cares_for_many(world, make, installation, minder, n, name):
    world["people"][minder] = make.childminder(**split_name(minder))
    provider = provider_named(installation, name)
    for _ in range(n):
        child = make.child(birth_date=date(2025, 1, 1))
        make.contract(child, world["people"][minder], substitute_wanted="on")
        with installation.db.transaction("test") as s:
            s.add(Enrolment(child_id=child.id, provider_id=provider.id))


@given(
    parsers.parse(
        'im "{name}" arbeiten die angestellten Tagespflegepersonen "{first}" und "{second}"'
    )
)
def hub_staff(world, make, installation, name, first, second):
    from plugins.substitute_hub.models import ProviderMember

    staff = [make.childminder(employment="employed", **split_name(n)) for n in (first, second)]
    with installation.db.transaction("test") as s:
        provider = s.scalars(select(Provider).where(Provider.name == name)).one()
        s.add_all(ProviderMember(provider_id=provider.id, person_id=p.id) for p in staff)


@given(parsers.parse('"{child}" ist bei "{first}" und "{second}" angemeldet'))
def enrolled(world, installation, child, first, second):
    with installation.db.transaction("test") as s:
        for name in (first, second):
            provider = s.scalars(select(Provider).where(Provider.name == name)).one()
            s.add(Enrolment(child_id=world["people"][child].id, provider_id=provider.id))


@given(parsers.parse('"{child}" war {n:d}-mal zum Kennenlernen bei "{name}"'))
def visited(world, installation, child, n, name):
    with installation.db.transaction("test") as s:
        enrolment = s.scalars(
            select(Enrolment)
            .join(Provider)
            .where(Enrolment.child_id == world["people"][child].id, Provider.name == name)
        ).one()
        s.add_all(
            Visit(enrolment_id=enrolment.id, day=date(2026, 11, 2 + 7 * i), done=True)
            for i in range(n)
        )


@when(
    parsers.re(
        r'die Fachberatung für "(?P<minder>[^"]+)" (?P<kind>Urlaub|Krankheit|Fortbildung) '
        r"vom (?P<start>\S+) bis (?P<end>\S+)(?P<short> kurzfristig)? einträgt"
    )
)
def enter_absence(world, client, minder, kind, start, end, short):
    world["response"] = client.post(
        "/absences/new",
        follow_redirects=True,
        data={
            "childminder_id": str(world["people"][minder].id),
            "kind": KINDS[kind],
            "start": start,
            "end": end,
            "planned": "short_notice" if short else "planned",
        },
    )
    assert world["response"].status_code == 200, page_text(world["response"])[:300]


@when(parsers.parse('die Fachberatung den Urlaub von "{minder}" löscht'))
def delete_absence(world, client, installation, minder):
    with installation.db.read() as s:
        absence_id = s.scalars(
            select(Absence.id).where(Absence.childminder_id == world["people"][minder].id)
        ).one()
    client.post(f"/absences/{absence_id}/delete")


def _propose(world, client, start, end, apply):
    world["response"] = client.post(
        "/substitute_hub/needs/propose",
        follow_redirects=True,
        data={
            "start": parse_date(start).isoformat(),
            "end": parse_date(end).isoformat(),
            "apply": apply,
        },
    )
    assert world["response"].status_code == 200


@when(parsers.parse("die Fachberatung den Vorschlag für den {start} bis {end} übernimmt"))
def take_proposal(world, client, start, end):
    _propose(world, client, start, end, "1")


@when(parsers.parse("die Fachberatung den Vorschlag für den {start} bis {end} berechnet"))
def see_proposal(world, client, start, end):
    _propose(world, client, start, end, "0")


@then(parsers.parse('ist "{child}" am {day} bei "{name}" untergebracht'))
def placed(world, installation, child, day, name):
    with installation.db.read() as s:
        placement = s.scalars(
            select(Placement)
            .join(Need)
            .where(Need.child_id == world["people"][child].id, Need.day == parse_date(day))
        ).one()
        assert placement.provider.name == name
        world["reason"] = placement.reason


@then(parsers.parse('lautet die Begründung für "{child}" "{reason}"'))
def reason(world, child, reason):
    assert world["reason"] == reason


@then(parsers.parse('sind bei "{name}" am {day} noch {free:d} von {places:d} Plätzen frei'))
def free_places(installation, name, day, free, places):
    provider = provider_named(installation, name)
    with installation.db.read() as s:
        booked = (
            s.scalar(
                select(PlaceDay.booked).where(
                    PlaceDay.provider_id == provider.id, PlaceDay.day == parse_date(day)
                )
            )
            or 0
        )
    assert (provider.places - booked, provider.places) == (free, places)


@then(parsers.parse("schlägt Tagwerk {placed:d} von {total:d} Bedarfen vor"))
def proposal_size(world, placed, total):
    text = re.sub(r"<[^>]+>", " ", page_text(world["response"]))
    assert f"Vorschlag: {placed} von {total} offenen Bedarfen untergebracht" in text


@then(parsers.parse('steht bei einem Kind "{message}"'))
def one_left(world, message):
    assert page_text(world["response"]).count(message) == 1


@then("kann die Fachberatung das zehnte Kind dort nicht mehr unterbringen")
def tenth_refused(world, client, installation):
    with installation.db.read() as s:
        need = s.scalars(select(Need).where(~Need.placement.has())).one()
        provider = s.scalars(select(Provider)).one()
    page = client.post(
        f"/substitute_hub/needs/{need.id}/place",
        follow_redirects=True,
        data={"provider_id": str(provider.id)},
    )
    assert "hat am 07.12.2026 keinen freien Platz mehr." in page_text(page)
    with installation.db.read() as s:
        assert s.scalar(select(PlaceDay.booked)) == 9
