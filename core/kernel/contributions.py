"""The typed contributions: small values that hooks return and the kernel collects, and the
values modules exchange through hooks (a payment line, a qualification)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.i18n import N_


@dataclass(frozen=True)
class Permission:
    name: str  # "<module>.<action>", e.g. "persons.edit"
    label: str
    roles: tuple[str, ...] = ("admin",)


@dataclass(frozen=True)
class MenuItem:
    label: str
    url: str
    permission: str
    order: int = 100


@dataclass(frozen=True)
class Tab:
    key: str
    label: str
    url: str
    permission: str
    order: int = 100


@dataclass(frozen=True)
class PortalSection:
    """A part of a childminder's portal with its own page (her money, her courses)."""

    key: str
    label: str
    url: str
    order: int = 100


@dataclass(frozen=True)
class PortalTask:
    """Something the childminder should do: a proof due, a deadline, an unread document."""

    text: str
    url: str = ""
    due: date | None = None


@dataclass(frozen=True)
class Cover:
    """How a child is cared for on a day its childminder is away."""

    child: str
    day: date
    arranged: bool
    text: str  # "bei Tagespflege Sonnenschein", "noch offen", "von den Eltern abgesagt"


@dataclass(frozen=True)
class Widget:
    """A dashboard panel: core renders `template` (the module's own, e.g.
    "payments/_widget.html") with `context` as `data`, escaped like every page."""

    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


@dataclass(frozen=True)
class DataSection:
    """Part of a person's data export: a title and rows of label → value."""

    title: str
    rows: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarEvent:
    day: date
    title: str
    kind: str  # css class: holiday, closing, absence, ...
    person_id: int | None = None
    url: str | None = None
    uid: str = ""  # the record behind it, stable, for calendar files ("core.absence.12")


ROLES = {
    "admin": N_("Administration"),
    "staff": N_("Fachberatung"),
    "finance": N_("Finanzen"),
    "viewer": N_("Nur lesen"),
    "hub": N_("Vertretungsstützpunkt"),  # staff of a substitute care centre
    "council": N_("Elternbeirat"),  # a member of the parent council
    "childminder": N_("Tagespflegeperson"),  # her own portal, her own data only
}


@dataclass(frozen=True)
class PaymentLine:
    """A line another module adds to a childminder's monthly statement (hook
    `payment_lines`), e.g. the substitute care she gave."""

    component: str  # e.g. "vertretung"
    label: str
    quantity: Decimal
    unit: str
    rate: Decimal  # euros per unit; the amount is quantity × rate, rounded half-up
    child_name: str = ""
    # the quantity by day where it is work done on days (substitute care): days after her
    # Pflegeerlaubnis ended are then not paid, as her own care is not
    per_day: tuple[tuple[date, Decimal], ...] = ()


@dataclass(frozen=True)
class Qualification:
    """A childminder's training on a date as the modules exchange it: the training module
    knows it, the payments module grades the rate by it (hooks `qualification_level(s)`)."""

    ue: int = 0  # completed teaching units (QHB/DJI and recognised courses)
    fachkraft: bool = False  # pedagogical professional (e.g. Erzieher*in)
    label: str = ""
