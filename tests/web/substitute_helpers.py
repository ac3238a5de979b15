"""Builders for the substitute screens' tests: an absence through the calendar form, a hub
with enrolled children, a provider through its form."""

from __future__ import annotations

from plugins.substitute_hub.models import Enrolment, Provider


def absent(client, childminder, kind, start, end, planned=True):
    """Records an absence through the calendar form, as a coordinator would."""
    return client.post(
        "/absences/new",
        data={
            "childminder_id": str(childminder.id),
            "kind": kind,
            "start": start,
            "end": end,
            "planned": "planned" if planned else "short_notice",
        },
    )


def hub_with(installation, *children, places=1, name="Stützpunkt Nord") -> int:
    """A hub (by default 'Stützpunkt Nord') with the children enrolled; its id."""
    with installation.db.transaction("test") as s:
        provider = Provider(name=name, kind="hub", places=places)
        s.add(provider)
        s.flush()
        s.add_all(Enrolment(child_id=c.id, provider_id=provider.id) for c in children)
        return provider.id


def new_provider(client, **fields):
    data = {
        "name": "Stützpunkt Nord",
        "kind": "hub",
        "places": "9",
        "day_mo": "on",
        "day_tu": "on",
        "day_we": "on",
        "day_th": "on",
        "day_fr": "on",
        "accepts_vacation": "on",
        "accepts_training": "on",
        "planned_only": "on",
        "min_age_months": "0",
        "max_age_months": "72",
        "active": "on",
    }
    data.update(fields)
    return client.post("/substitute_hub/providers/new", data=data, follow_redirects=True)
