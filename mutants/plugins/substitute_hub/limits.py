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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_broken__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_broken__mutmut)
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


def x_broken__mutmut_orig(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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


def x_broken__mutmut_1(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = None
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


def x_broken__mutmut_2(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if provider.active:
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


def x_broken__mutmut_3(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(None)
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


def x_broken__mutmut_4(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=None))
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


def x_broken__mutmut_5(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_(None).format(name=name))
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


def x_broken__mutmut_6(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("XX{name} ist nicht aktiv.XX").format(name=name))
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


def x_broken__mutmut_7(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{NAME} IST NICHT AKTIV.").format(name=name))
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


def x_broken__mutmut_8(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind in provider.accepts:
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


def x_broken__mutmut_9(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = None
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


def x_broken__mutmut_10(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(None)
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


def x_broken__mutmut_11(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(None, need.kind))
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


def x_broken__mutmut_12(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, None))
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


def x_broken__mutmut_13(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind))
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


def x_broken__mutmut_14(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, ))
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


def x_broken__mutmut_15(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            None
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


def x_broken__mutmut_16(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine Vertretung bei {value}.").format(
                name=None, value=label
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


def x_broken__mutmut_17(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine Vertretung bei {value}.").format(
                name=name, value=None
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


def x_broken__mutmut_18(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine Vertretung bei {value}.").format(
                value=label
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


def x_broken__mutmut_19(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine Vertretung bei {value}.").format(
                name=name, )
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


def x_broken__mutmut_20(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_(None).format(
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


def x_broken__mutmut_21(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("XX{name} übernimmt keine Vertretung bei {value}.XX").format(
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


def x_broken__mutmut_22(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{name} übernimmt keine vertretung bei {value}.").format(
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


def x_broken__mutmut_23(need: NeedInfo, provider: ProviderInfo) -> list[str]:
    """Every hard limit this provider breaks for this need, as sentences for the user."""
    name, reasons = provider.name, []
    if not provider.active:
        reasons.append(gettext_("{name} ist nicht aktiv.").format(name=name))
    if need.kind not in provider.accepts:
        label = gettext_(KINDS.get(need.kind, need.kind))
        reasons.append(
            gettext_("{NAME} ÜBERNIMMT KEINE VERTRETUNG BEI {VALUE}.").format(
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


def x_broken__mutmut_24(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if provider.planned_only or not need.planned:
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


def x_broken__mutmut_25(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if provider.planned_only and need.planned:
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


def x_broken__mutmut_26(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(None)
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


def x_broken__mutmut_27(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(gettext_("{name} nimmt nur geplante Abwesenheiten.").format(name=None))
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


def x_broken__mutmut_28(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(gettext_(None).format(name=name))
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


def x_broken__mutmut_29(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(gettext_("XX{name} nimmt nur geplante Abwesenheiten.XX").format(name=name))
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


def x_broken__mutmut_30(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(gettext_("{name} nimmt nur geplante abwesenheiten.").format(name=name))
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


def x_broken__mutmut_31(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        reasons.append(gettext_("{NAME} NIMMT NUR GEPLANTE ABWESENHEITEN.").format(name=name))
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


def x_broken__mutmut_32(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if need.day.weekday() in provider.weekdays:
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


def x_broken__mutmut_33(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            None
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


def x_broken__mutmut_34(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=None, day=format_date(need.day)
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


def x_broken__mutmut_35(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=name, day=None
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


def x_broken__mutmut_36(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                day=format_date(need.day)
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


def x_broken__mutmut_37(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=name, )
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


def x_broken__mutmut_38(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_(None).format(
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


def x_broken__mutmut_39(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("XX{name} ist am {day} geschlossen.XX").format(
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


def x_broken__mutmut_40(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("{NAME} IST AM {DAY} GESCHLOSSEN.").format(
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


def x_broken__mutmut_41(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=name, day=format_date(None)
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


def x_broken__mutmut_42(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if need.age_months is not None or not (
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


def x_broken__mutmut_43(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if need.age_months is None and not (
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


def x_broken__mutmut_44(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if need.age_months is not None and (
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


def x_broken__mutmut_45(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        provider.min_age_months < need.age_months <= provider.max_age_months
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


def x_broken__mutmut_46(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
        provider.min_age_months <= need.age_months < provider.max_age_months
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


def x_broken__mutmut_47(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            None
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_48(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=None, months=need.age_months
            )
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_49(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=need.child, months=None
            )
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_50(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                months=need.age_months
            )
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_51(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=need.child, )
        )
    if provider.id not in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_52(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_(None).format(
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


def x_broken__mutmut_53(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("XX{name} ist mit {months} Monaten außerhalb der Altersgrenzen.XX").format(
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


def x_broken__mutmut_54(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("{name} ist mit {months} monaten außerhalb der altersgrenzen.").format(
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


def x_broken__mutmut_55(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("{NAME} IST MIT {MONTHS} MONATEN AUSSERHALB DER ALTERSGRENZEN.").format(
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


def x_broken__mutmut_56(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
    if provider.id in need.enrolled:
        reasons.append(
            gettext_("{name} ist bei {name2} nicht zur Vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_57(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            None
        )
    return reasons


def x_broken__mutmut_58(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=None, name2=name
            )
        )
    return reasons


def x_broken__mutmut_59(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=need.child, name2=None
            )
        )
    return reasons


def x_broken__mutmut_60(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name2=name
            )
        )
    return reasons


def x_broken__mutmut_61(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
                name=need.child, )
        )
    return reasons


def x_broken__mutmut_62(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_(None).format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_63(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("XX{name} ist bei {name2} nicht zur Vertretung angemeldet.XX").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_64(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("{name} ist bei {name2} nicht zur vertretung angemeldet.").format(
                name=need.child, name2=name
            )
        )
    return reasons


def x_broken__mutmut_65(need: NeedInfo, provider: ProviderInfo) -> list[str]:
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
            gettext_("{NAME} IST BEI {NAME2} NICHT ZUR VERTRETUNG ANGEMELDET.").format(
                name=need.child, name2=name
            )
        )
    return reasons

mutants_x_broken__mutmut['_mutmut_orig'] = x_broken__mutmut_orig # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_1'] = x_broken__mutmut_1 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_2'] = x_broken__mutmut_2 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_3'] = x_broken__mutmut_3 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_4'] = x_broken__mutmut_4 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_5'] = x_broken__mutmut_5 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_6'] = x_broken__mutmut_6 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_7'] = x_broken__mutmut_7 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_8'] = x_broken__mutmut_8 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_9'] = x_broken__mutmut_9 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_10'] = x_broken__mutmut_10 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_11'] = x_broken__mutmut_11 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_12'] = x_broken__mutmut_12 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_13'] = x_broken__mutmut_13 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_14'] = x_broken__mutmut_14 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_15'] = x_broken__mutmut_15 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_16'] = x_broken__mutmut_16 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_17'] = x_broken__mutmut_17 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_18'] = x_broken__mutmut_18 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_19'] = x_broken__mutmut_19 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_20'] = x_broken__mutmut_20 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_21'] = x_broken__mutmut_21 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_22'] = x_broken__mutmut_22 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_23'] = x_broken__mutmut_23 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_24'] = x_broken__mutmut_24 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_25'] = x_broken__mutmut_25 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_26'] = x_broken__mutmut_26 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_27'] = x_broken__mutmut_27 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_28'] = x_broken__mutmut_28 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_29'] = x_broken__mutmut_29 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_30'] = x_broken__mutmut_30 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_31'] = x_broken__mutmut_31 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_32'] = x_broken__mutmut_32 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_33'] = x_broken__mutmut_33 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_34'] = x_broken__mutmut_34 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_35'] = x_broken__mutmut_35 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_36'] = x_broken__mutmut_36 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_37'] = x_broken__mutmut_37 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_38'] = x_broken__mutmut_38 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_39'] = x_broken__mutmut_39 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_40'] = x_broken__mutmut_40 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_41'] = x_broken__mutmut_41 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_42'] = x_broken__mutmut_42 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_43'] = x_broken__mutmut_43 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_44'] = x_broken__mutmut_44 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_45'] = x_broken__mutmut_45 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_46'] = x_broken__mutmut_46 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_47'] = x_broken__mutmut_47 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_48'] = x_broken__mutmut_48 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_49'] = x_broken__mutmut_49 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_50'] = x_broken__mutmut_50 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_51'] = x_broken__mutmut_51 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_52'] = x_broken__mutmut_52 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_53'] = x_broken__mutmut_53 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_54'] = x_broken__mutmut_54 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_55'] = x_broken__mutmut_55 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_56'] = x_broken__mutmut_56 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_57'] = x_broken__mutmut_57 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_58'] = x_broken__mutmut_58 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_59'] = x_broken__mutmut_59 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_60'] = x_broken__mutmut_60 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_61'] = x_broken__mutmut_61 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_62'] = x_broken__mutmut_62 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_63'] = x_broken__mutmut_63 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_64'] = x_broken__mutmut_64 # type: ignore # mutmut generated
mutants_x_broken__mutmut['x_broken__mutmut_65'] = x_broken__mutmut_65 # type: ignore # mutmut generated
mutants_x_age_months__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_age_months__mutmut)
def age_months(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_orig(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_1(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is not None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_2(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month + (day.day < birth.day)


def x_age_months__mutmut_3(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month + birth.month - (day.day < birth.day)


def x_age_months__mutmut_4(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 - day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_5(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) / 12 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_6(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year + birth.year) * 12 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_7(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 13 + day.month - birth.month - (day.day < birth.day)


def x_age_months__mutmut_8(birth: date | None, day: date) -> int | None:
    """Completed months of age on a day; None when the birth date is unknown."""
    if birth is None:
        return None
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day <= birth.day)

mutants_x_age_months__mutmut['_mutmut_orig'] = x_age_months__mutmut_orig # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_1'] = x_age_months__mutmut_1 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_2'] = x_age_months__mutmut_2 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_3'] = x_age_months__mutmut_3 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_4'] = x_age_months__mutmut_4 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_5'] = x_age_months__mutmut_5 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_6'] = x_age_months__mutmut_6 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_7'] = x_age_months__mutmut_7 # type: ignore # mutmut generated
mutants_x_age_months__mutmut['x_age_months__mutmut_8'] = x_age_months__mutmut_8 # type: ignore # mutmut generated
