"""The hard limits of substitute care, stated once: which provider may take which child on
which day. The proposal (`assign`), manual booking and moving (`booking`), the week board
(`board`) and every explanation ask `broken()`; nothing else decides it.

A provider must be active, open on the weekday, accept the kind of absence (and, if it
takes planned absences only, the absence must be planned), take the child's age (when the
birth date is known), and the child must be enrolled there. Pure: the callers describe the
need and the provider with the two records below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.format import format_date
from core.i18n import N_, gettext_

KINDS = {  # as the sentence needs them: "übernimmt keine Vertretung bei …"
    "illness": N_("Krankheit"),
    "vacation": N_("Urlaub"),
    "training": N_("Fortbildung"),
    "other": N_("sonstige Abwesenheit"),
}


@dataclass(frozen=True)
class NeedInfo:
    id: int
    child: str
    day: date
    kind: str  # absence kind
    planned: bool
    age_months: int | None  # None: birth date unknown, no age limit applies
    enrolled: frozenset[int]  # provider ids the child is signed up with
    settled: frozenset[int] = frozenset()
    last_provider: int | None = None
    family: str = ""  # children with the same family key are siblings
    postal_code: str = ""


@dataclass(frozen=True)
class ProviderInfo:
    id: int
    name: str
    free: dict[date, int]  # free places per day
    weekdays: frozenset[int]
    accepts: frozenset[str]
    planned_only: bool = False
    min_age_months: int = 0
    max_age_months: int = 168
    postal_code: str = ""
    active: bool = True


def broken(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine Vertretung bei {value}.").format(
                name=name, value=label
            )
        )
    if provider.planned_only and not need.planned:
        reasons.append(gettext_("{name} nimmt nur geplante Abwesenheiten.").format(name=name))
    if need.day.weekday() not in provider.weekdays:
        reasons.append(
            gettext_("{name} ist am {day} geschlossen.").format(
                name=name, day=format_date(need.day)
            )
        )
    if need.age_months is not None and not (
        provider.min_age_months <= need.age_months <= provider.max_age_months
    ):
        reasons.append(
            gettext_("{name} ist mit {months} Monaten außerhalb der Altersgrenzen.").format(
                name=need.child, months=need.age_months
            )
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def age_months(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
