"""A line another module adds to a childminder's monthly statement (hook `payment_lines`),
e.g. the substitute care she gave."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PaymentLine:
    """A line another module adds to a childminder's monthly statement (e.g. substitute care)."""

    component: str  # e.g. "vertretung"
    label: str
    quantity: Decimal
    unit: str
    rate: Decimal  # euros per unit; the amount is quantity × rate, rounded half-up
    child_name: str = ""
