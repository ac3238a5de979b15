"""Proposing substitute places for open needs: a small integer program, solved by HiGHS.

Pure data in, pure data out. Each (need, provider) pair that passes the hard limits
(`limits.broken`, the one statement of them) is a
0/1 variable; each need takes at most one place; each provider takes at most its free
places per day. The objective places as many children as possible first (a weight far
above all preferences), then prefers a provider the child is settled with, the provider of
its last placement, siblings at the same provider on the same day, and short distance
(weights: placed 1000, settled 50, siblings together 30, last provider 20, distance up to
−25 — so a child stays where it is settled rather than join its sibling elsewhere).
Siblings are a soft bonus (variable z ≤ x for every sibling), so one sibling still gets a
place when only one is left. Every decision comes with its reasons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from plugins.substitute_hub.limits import NeedInfo, ProviderInfo, broken

PLACED, SETTLED, LAST, SIBLINGS = 1000.0, 50.0, 20.0, 30.0
DISTANCE_MAX = 25.0  # the largest penalty distance can add


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass
class Proposal:
    placed: dict[int, int] = field(default_factory=dict)  # need id -> provider id
    why: dict[int, str] = field(default_factory=dict)  # need id -> explanation
    score: float = 0.0
mutants_x_preference__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_preference__mutmut)
def preference(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_orig(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_1(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = None
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_2(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id not in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_3(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value = SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_4(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value -= SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_5(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append(None)
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_6(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("XXeingewöhntXX")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_7(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("EINGEWÖHNT")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_8(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id != need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_9(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value = LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_10(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value -= LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_11(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append(None)
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_12(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("XXzuletzt dort betreutXX")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_13(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("ZULETZT DORT BETREUT")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_14(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = None
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_15(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(None, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_16(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, None)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_17(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_18(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, )
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_19(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value = distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_20(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value += distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_21(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code or provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_22(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append(None)
    return value, notes


def x_preference__mutmut_23(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if (distance < 5) and False else "weiter entfernt")
    return value, notes


def x_preference__mutmut_24(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if (distance < 5) or True else "weiter entfernt")
    return value, notes


def x_preference__mutmut_25(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("XXin der NäheXX" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_26(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der nähe" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_27(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("IN DER NÄHE" if distance < 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_28(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance <= 5 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_29(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 6 else "weiter entfernt")
    return value, notes


def x_preference__mutmut_30(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "XXweiter entferntXX")
    return value, notes


def x_preference__mutmut_31(need: NeedInfo, provider: ProviderInfo) -> tuple[float, list[str]]:
    value, notes = PLACED, []
    if provider.id in need.settled:
        value += SETTLED
        notes.append("eingewöhnt")
    if provider.id == need.last_provider:
        value += LAST
        notes.append("zuletzt dort betreut")
    distance = _distance(need.postal_code, provider.postal_code)
    value -= distance
    if need.postal_code and provider.postal_code:
        notes.append("in der Nähe" if distance < 5 else "WEITER ENTFERNT")
    return value, notes

mutants_x_preference__mutmut['_mutmut_orig'] = x_preference__mutmut_orig # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_1'] = x_preference__mutmut_1 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_2'] = x_preference__mutmut_2 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_3'] = x_preference__mutmut_3 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_4'] = x_preference__mutmut_4 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_5'] = x_preference__mutmut_5 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_6'] = x_preference__mutmut_6 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_7'] = x_preference__mutmut_7 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_8'] = x_preference__mutmut_8 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_9'] = x_preference__mutmut_9 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_10'] = x_preference__mutmut_10 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_11'] = x_preference__mutmut_11 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_12'] = x_preference__mutmut_12 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_13'] = x_preference__mutmut_13 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_14'] = x_preference__mutmut_14 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_15'] = x_preference__mutmut_15 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_16'] = x_preference__mutmut_16 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_17'] = x_preference__mutmut_17 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_18'] = x_preference__mutmut_18 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_19'] = x_preference__mutmut_19 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_20'] = x_preference__mutmut_20 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_21'] = x_preference__mutmut_21 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_22'] = x_preference__mutmut_22 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_23'] = x_preference__mutmut_23 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_24'] = x_preference__mutmut_24 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_25'] = x_preference__mutmut_25 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_26'] = x_preference__mutmut_26 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_27'] = x_preference__mutmut_27 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_28'] = x_preference__mutmut_28 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_29'] = x_preference__mutmut_29 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_30'] = x_preference__mutmut_30 # type: ignore # mutmut generated
mutants_x_preference__mutmut['x_preference__mutmut_31'] = x_preference__mutmut_31 # type: ignore # mutmut generated
mutants_x__distance__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__distance__mutmut)
def _distance(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_orig(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_1(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_2(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() or b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_3(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 1.0
    return min(abs(int(a) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_4(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(None, DISTANCE_MAX)


def x__distance__mutmut_5(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, None)


def x__distance__mutmut_6(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(DISTANCE_MAX)


def x__distance__mutmut_7(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 10.0, )


def x__distance__mutmut_8(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) * 10.0, DISTANCE_MAX)


def x__distance__mutmut_9(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(None) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_10(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) + int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_11(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(None) - int(b)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_12(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(None)) / 10.0, DISTANCE_MAX)


def x__distance__mutmut_13(a: str, b: str) -> float:
    """A cheap stand-in for travel distance: how far apart two German postal codes are."""
    if not (a.isdigit() and b.isdigit()):
        return 0.0
    return min(abs(int(a) - int(b)) / 11.0, DISTANCE_MAX)

mutants_x__distance__mutmut['_mutmut_orig'] = x__distance__mutmut_orig # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_1'] = x__distance__mutmut_1 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_2'] = x__distance__mutmut_2 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_3'] = x__distance__mutmut_3 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_4'] = x__distance__mutmut_4 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_5'] = x__distance__mutmut_5 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_6'] = x__distance__mutmut_6 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_7'] = x__distance__mutmut_7 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_8'] = x__distance__mutmut_8 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_9'] = x__distance__mutmut_9 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_10'] = x__distance__mutmut_10 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_11'] = x__distance__mutmut_11 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_12'] = x__distance__mutmut_12 # type: ignore # mutmut generated
mutants_x__distance__mutmut['x__distance__mutmut_13'] = x__distance__mutmut_13 # type: ignore # mutmut generated
mutants_x_score__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_score__mutmut)
def score(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_orig(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_1(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = None
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_2(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = None
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_3(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(None)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_4(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(None, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_5(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, None)[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_6(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_7(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, )[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_8(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[1] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_9(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id not in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_10(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = None  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_11(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(None)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_12(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family or n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_13(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id not in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_14(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] = 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_15(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] -= 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_16(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 2
    return total + SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_17(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total - SIBLINGS * sum(1 for count in together.values() if count > 1)


def x_score__mutmut_18(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS / sum(1 for count in together.values() if count > 1)


def x_score__mutmut_19(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(None)


def x_score__mutmut_20(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(2 for count in together.values() if count > 1)


def x_score__mutmut_21(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count >= 1)


def x_score__mutmut_22(needs: list[NeedInfo], providers: list[ProviderInfo], placed: dict[int, int]) -> float:
    """The objective of any assignment, so the solver and other methods compare fairly."""
    by_id = {p.id: p for p in providers}
    total = sum(preference(n, by_id[placed[n.id]])[0] for n in needs if n.id in placed)
    together = defaultdict(int)  # (family, day, provider) -> siblings placed there
    for n in needs:
        if n.family and n.id in placed:
            together[(n.family, n.day, placed[n.id])] += 1
    return total + SIBLINGS * sum(1 for count in together.values() if count > 2)

mutants_x_score__mutmut['_mutmut_orig'] = x_score__mutmut_orig # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_1'] = x_score__mutmut_1 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_2'] = x_score__mutmut_2 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_3'] = x_score__mutmut_3 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_4'] = x_score__mutmut_4 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_5'] = x_score__mutmut_5 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_6'] = x_score__mutmut_6 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_7'] = x_score__mutmut_7 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_8'] = x_score__mutmut_8 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_9'] = x_score__mutmut_9 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_10'] = x_score__mutmut_10 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_11'] = x_score__mutmut_11 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_12'] = x_score__mutmut_12 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_13'] = x_score__mutmut_13 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_14'] = x_score__mutmut_14 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_15'] = x_score__mutmut_15 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_16'] = x_score__mutmut_16 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_17'] = x_score__mutmut_17 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_18'] = x_score__mutmut_18 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_19'] = x_score__mutmut_19 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_20'] = x_score__mutmut_20 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_21'] = x_score__mutmut_21 # type: ignore # mutmut generated
mutants_x_score__mutmut['x_score__mutmut_22'] = x_score__mutmut_22 # type: ignore # mutmut generated
mutants_x_solve__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_solve__mutmut)
def solve(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_orig(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_1(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = None
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_2(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(None):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_3(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(None):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_4(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) or provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_5(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_6(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(None, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_7(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, None) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_8(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_9(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, ) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_10(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(None, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_11(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, None) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_12(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_13(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, ) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_14(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 1) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_15(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) >= 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_16(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 1:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_17(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = None
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_18(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(None, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_19(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, None)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_20(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_21(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, )
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_22(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append(None)
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_23(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(None)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_24(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(None)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_25(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = None  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_26(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(None)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_27(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(None):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_28(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(None)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_29(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = None
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_30(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) >= 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_31(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 2]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_32(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = None
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_33(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = None
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_34(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = None
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_35(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = +np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_36(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate(None)
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_37(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(None), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_38(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(None, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_39(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, None)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_40(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_41(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, )])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_42(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = None
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_43(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = None

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_44(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 1

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_45(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(None)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_46(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(None)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_47(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(None)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_48(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(None)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_49(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(None)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_50(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row = 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_51(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row -= 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_52(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 2

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_53(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = None
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_54(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(None), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_55(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(None)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_56(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(None):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_57(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(None)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_58(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(None)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_59(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain(None, 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_60(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], None, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_61(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, None)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_62(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain(0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_63(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_64(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, )
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_65(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 2) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_66(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 1, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_67(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 2)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_68(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain(None, 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_69(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], None, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_70(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, None)
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_71(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain(0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_72(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_73(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, )
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_74(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 2) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_75(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 1, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_76(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(None):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_77(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain(None, -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_78(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], None, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_79(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, None)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_80(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain(-np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_81(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_82(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, )
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_83(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x - g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_84(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 2), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_85(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, +1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_86(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -2)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_87(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], +np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_88(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 1)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_89(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = None
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_90(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix(None, shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_91(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=None)
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_92(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix(shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_93(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), )
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_94(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x - n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_95(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = None
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_96(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            None,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_97(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=None,
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_98(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=None,
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_99(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=None,
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_100(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_101(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_102(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_103(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_104(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(None, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_105(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, None, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_106(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, None),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_107(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_108(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_109(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, ),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_110(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(None),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_111(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x - n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_112(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(None, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_113(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, None),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_114(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_115(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, ),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_116(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(1, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_117(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 2),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_118(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is not None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_119(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(None)
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_120(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = None
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_121(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(None) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_122(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] >= 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_123(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 1.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_124(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = None
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_125(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(None) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_126(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x - g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_127(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] >= 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_128(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 1.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_129(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(None):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_130(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = None
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_131(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = None
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_132(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = None
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_133(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] - (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_134(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if (k in together) and False else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_135(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if (k in together) or True else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_136(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["XXGeschwister gemeinsamXX"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_137(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_138(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["GESCHWISTER GEMEINSAM"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_139(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k not in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_140(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = None
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_141(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" - (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_142(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if (extra) and False else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_143(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if (extra) or True else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_144(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(None)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_145(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({'XX, XX'.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_146(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else "XXXX"
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_147(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_148(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = None
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_149(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(None, providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_150(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, None)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_151(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(providers)
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_152(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, )
    proposal.score = score(needs, providers, proposal.placed)
    return proposal


def x_solve__mutmut_153(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = None
    return proposal


def x_solve__mutmut_154(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(None, providers, proposal.placed)
    return proposal


def x_solve__mutmut_155(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, None, proposal.placed)
    return proposal


def x_solve__mutmut_156(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, None)
    return proposal


def x_solve__mutmut_157(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(providers, proposal.placed)
    return proposal


def x_solve__mutmut_158(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, proposal.placed)
    return proposal


def x_solve__mutmut_159(needs: list[NeedInfo], providers: list[ProviderInfo]) -> Proposal:
    pairs, values, notes = [], [], []
    for i, need in enumerate(needs):
        for j, provider in enumerate(providers):
            if not broken(need, provider) and provider.free.get(need.day, 0) > 0:
                value, why = preference(need, provider)
                pairs.append((i, j))
                values.append(value)
                notes.append(why)
    groups = defaultdict(list)  # (family, day, provider) -> pair indexes
    for k, (i, j) in enumerate(pairs):
        if needs[i].family:
            groups[(needs[i].family, needs[i].day, providers[j].id)].append(k)
    sibling_groups = [ks for ks in groups.values() if len(ks) > 1]
    n_x, n_z = len(pairs), len(sibling_groups)
    proposal = Proposal()
    if n_x:
        c = -np.concatenate([np.array(values), np.full(n_z, SIBLINGS)])
        rows, cols, data, lower, upper = [], [], [], [], []
        row = 0

        def constrain(entries, lo, hi):
            nonlocal row
            for col, coef in entries:
                rows.append(row)
                cols.append(col)
                data.append(coef)
            lower.append(lo)
            upper.append(hi)
            row += 1

        by_need, by_place = defaultdict(list), defaultdict(list)
        for k, (i, j) in enumerate(pairs):
            by_need[i].append(k)
            by_place[(j, needs[i].day)].append(k)
        for ks in by_need.values():
            constrain([(k, 1) for k in ks], 0, 1)
        for (j, day), ks in by_place.items():
            constrain([(k, 1) for k in ks], 0, providers[j].free[day])
        for g, ks in enumerate(sibling_groups):  # z_g <= x_k for every sibling's pair
            for k in ks:
                constrain([(n_x + g, 1), (k, -1)], -np.inf, 0)
        matrix = coo_matrix((data, (rows, cols)), shape=(row, n_x + n_z))
        result = milp(
            c,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.ones(n_x + n_z),
            bounds=Bounds(0, 1),
        )
        if result.x is None:
            raise RuntimeError(f"Zuordnung nicht lösbar: {result.message}")
        chosen = {k for k in range(n_x) if result.x[k] > 0.5}
        together = {k for g, ks in enumerate(sibling_groups) if result.x[n_x + g] > 0.5 for k in ks}
        for k in sorted(chosen):
            i, j = pairs[k]
            proposal.placed[needs[i].id] = providers[j].id
            extra = notes[k] + (["Geschwister gemeinsam"] if k in together else [])
            proposal.why[needs[i].id] = f"{providers[j].name}" + (
                f" ({', '.join(extra)})" if extra else ""
            )
    for need in needs:
        if need.id not in proposal.placed:
            proposal.why[need.id] = _unplaced_reason(need, providers)
    proposal.score = score(needs, providers, )
    return proposal

mutants_x_solve__mutmut['_mutmut_orig'] = x_solve__mutmut_orig # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_1'] = x_solve__mutmut_1 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_2'] = x_solve__mutmut_2 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_3'] = x_solve__mutmut_3 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_4'] = x_solve__mutmut_4 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_5'] = x_solve__mutmut_5 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_6'] = x_solve__mutmut_6 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_7'] = x_solve__mutmut_7 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_8'] = x_solve__mutmut_8 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_9'] = x_solve__mutmut_9 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_10'] = x_solve__mutmut_10 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_11'] = x_solve__mutmut_11 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_12'] = x_solve__mutmut_12 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_13'] = x_solve__mutmut_13 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_14'] = x_solve__mutmut_14 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_15'] = x_solve__mutmut_15 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_16'] = x_solve__mutmut_16 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_17'] = x_solve__mutmut_17 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_18'] = x_solve__mutmut_18 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_19'] = x_solve__mutmut_19 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_20'] = x_solve__mutmut_20 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_21'] = x_solve__mutmut_21 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_22'] = x_solve__mutmut_22 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_23'] = x_solve__mutmut_23 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_24'] = x_solve__mutmut_24 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_25'] = x_solve__mutmut_25 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_26'] = x_solve__mutmut_26 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_27'] = x_solve__mutmut_27 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_28'] = x_solve__mutmut_28 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_29'] = x_solve__mutmut_29 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_30'] = x_solve__mutmut_30 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_31'] = x_solve__mutmut_31 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_32'] = x_solve__mutmut_32 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_33'] = x_solve__mutmut_33 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_34'] = x_solve__mutmut_34 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_35'] = x_solve__mutmut_35 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_36'] = x_solve__mutmut_36 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_37'] = x_solve__mutmut_37 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_38'] = x_solve__mutmut_38 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_39'] = x_solve__mutmut_39 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_40'] = x_solve__mutmut_40 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_41'] = x_solve__mutmut_41 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_42'] = x_solve__mutmut_42 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_43'] = x_solve__mutmut_43 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_44'] = x_solve__mutmut_44 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_45'] = x_solve__mutmut_45 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_46'] = x_solve__mutmut_46 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_47'] = x_solve__mutmut_47 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_48'] = x_solve__mutmut_48 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_49'] = x_solve__mutmut_49 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_50'] = x_solve__mutmut_50 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_51'] = x_solve__mutmut_51 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_52'] = x_solve__mutmut_52 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_53'] = x_solve__mutmut_53 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_54'] = x_solve__mutmut_54 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_55'] = x_solve__mutmut_55 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_56'] = x_solve__mutmut_56 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_57'] = x_solve__mutmut_57 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_58'] = x_solve__mutmut_58 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_59'] = x_solve__mutmut_59 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_60'] = x_solve__mutmut_60 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_61'] = x_solve__mutmut_61 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_62'] = x_solve__mutmut_62 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_63'] = x_solve__mutmut_63 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_64'] = x_solve__mutmut_64 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_65'] = x_solve__mutmut_65 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_66'] = x_solve__mutmut_66 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_67'] = x_solve__mutmut_67 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_68'] = x_solve__mutmut_68 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_69'] = x_solve__mutmut_69 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_70'] = x_solve__mutmut_70 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_71'] = x_solve__mutmut_71 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_72'] = x_solve__mutmut_72 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_73'] = x_solve__mutmut_73 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_74'] = x_solve__mutmut_74 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_75'] = x_solve__mutmut_75 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_76'] = x_solve__mutmut_76 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_77'] = x_solve__mutmut_77 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_78'] = x_solve__mutmut_78 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_79'] = x_solve__mutmut_79 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_80'] = x_solve__mutmut_80 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_81'] = x_solve__mutmut_81 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_82'] = x_solve__mutmut_82 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_83'] = x_solve__mutmut_83 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_84'] = x_solve__mutmut_84 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_85'] = x_solve__mutmut_85 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_86'] = x_solve__mutmut_86 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_87'] = x_solve__mutmut_87 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_88'] = x_solve__mutmut_88 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_89'] = x_solve__mutmut_89 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_90'] = x_solve__mutmut_90 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_91'] = x_solve__mutmut_91 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_92'] = x_solve__mutmut_92 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_93'] = x_solve__mutmut_93 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_94'] = x_solve__mutmut_94 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_95'] = x_solve__mutmut_95 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_96'] = x_solve__mutmut_96 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_97'] = x_solve__mutmut_97 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_98'] = x_solve__mutmut_98 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_99'] = x_solve__mutmut_99 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_100'] = x_solve__mutmut_100 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_101'] = x_solve__mutmut_101 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_102'] = x_solve__mutmut_102 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_103'] = x_solve__mutmut_103 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_104'] = x_solve__mutmut_104 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_105'] = x_solve__mutmut_105 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_106'] = x_solve__mutmut_106 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_107'] = x_solve__mutmut_107 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_108'] = x_solve__mutmut_108 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_109'] = x_solve__mutmut_109 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_110'] = x_solve__mutmut_110 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_111'] = x_solve__mutmut_111 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_112'] = x_solve__mutmut_112 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_113'] = x_solve__mutmut_113 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_114'] = x_solve__mutmut_114 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_115'] = x_solve__mutmut_115 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_116'] = x_solve__mutmut_116 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_117'] = x_solve__mutmut_117 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_118'] = x_solve__mutmut_118 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_119'] = x_solve__mutmut_119 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_120'] = x_solve__mutmut_120 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_121'] = x_solve__mutmut_121 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_122'] = x_solve__mutmut_122 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_123'] = x_solve__mutmut_123 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_124'] = x_solve__mutmut_124 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_125'] = x_solve__mutmut_125 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_126'] = x_solve__mutmut_126 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_127'] = x_solve__mutmut_127 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_128'] = x_solve__mutmut_128 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_129'] = x_solve__mutmut_129 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_130'] = x_solve__mutmut_130 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_131'] = x_solve__mutmut_131 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_132'] = x_solve__mutmut_132 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_133'] = x_solve__mutmut_133 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_134'] = x_solve__mutmut_134 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_135'] = x_solve__mutmut_135 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_136'] = x_solve__mutmut_136 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_137'] = x_solve__mutmut_137 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_138'] = x_solve__mutmut_138 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_139'] = x_solve__mutmut_139 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_140'] = x_solve__mutmut_140 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_141'] = x_solve__mutmut_141 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_142'] = x_solve__mutmut_142 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_143'] = x_solve__mutmut_143 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_144'] = x_solve__mutmut_144 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_145'] = x_solve__mutmut_145 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_146'] = x_solve__mutmut_146 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_147'] = x_solve__mutmut_147 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_148'] = x_solve__mutmut_148 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_149'] = x_solve__mutmut_149 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_150'] = x_solve__mutmut_150 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_151'] = x_solve__mutmut_151 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_152'] = x_solve__mutmut_152 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_153'] = x_solve__mutmut_153 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_154'] = x_solve__mutmut_154 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_155'] = x_solve__mutmut_155 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_156'] = x_solve__mutmut_156 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_157'] = x_solve__mutmut_157 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_158'] = x_solve__mutmut_158 # type: ignore # mutmut generated
mutants_x_solve__mutmut['x_solve__mutmut_159'] = x_solve__mutmut_159 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unplaced_reason__mutmut)
def _unplaced_reason(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_orig(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_1(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = None
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_2(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_3(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(None, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_4(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, None)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_5(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_6(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, )]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_7(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_8(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = None
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_9(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id not in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_10(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(None, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_11(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, None)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_12(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_13(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, )]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_14(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " - (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_15(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "XXKein passender Anbieter: XX" + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_16(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "kein passender anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_17(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "KEIN PASSENDER ANBIETER: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_18(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) and "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_19(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(None) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_20(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + ("XX XX".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_21(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "XXnirgends angemeldet.XX")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_22(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "NIRGENDS ANGEMELDET.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_23(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) - "."


def x__unplaced_reason__mutmut_24(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " - ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_25(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "XXAlle passenden Plätze sind vergeben: XX" + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_26(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "alle passenden plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_27(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "ALLE PASSENDEN PLÄTZE SIND VERGEBEN: " + ", ".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_28(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(None) + "."


def x__unplaced_reason__mutmut_29(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + "XX, XX".join(p.name for p in suitable) + "."


def x__unplaced_reason__mutmut_30(need: NeedInfo, providers: list[ProviderInfo]) -> str:
    suitable = [p for p in providers if not broken(need, p)]
    if not suitable:
        reasons = [r for p in providers if p.id in need.enrolled for r in broken(need, p)]
        return "Kein passender Anbieter: " + (" ".join(reasons) or "nirgends angemeldet.")
    return "Alle passenden Plätze sind vergeben: " + ", ".join(p.name for p in suitable) + "XX.XX"

mutants_x__unplaced_reason__mutmut['_mutmut_orig'] = x__unplaced_reason__mutmut_orig # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_1'] = x__unplaced_reason__mutmut_1 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_2'] = x__unplaced_reason__mutmut_2 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_3'] = x__unplaced_reason__mutmut_3 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_4'] = x__unplaced_reason__mutmut_4 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_5'] = x__unplaced_reason__mutmut_5 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_6'] = x__unplaced_reason__mutmut_6 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_7'] = x__unplaced_reason__mutmut_7 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_8'] = x__unplaced_reason__mutmut_8 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_9'] = x__unplaced_reason__mutmut_9 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_10'] = x__unplaced_reason__mutmut_10 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_11'] = x__unplaced_reason__mutmut_11 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_12'] = x__unplaced_reason__mutmut_12 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_13'] = x__unplaced_reason__mutmut_13 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_14'] = x__unplaced_reason__mutmut_14 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_15'] = x__unplaced_reason__mutmut_15 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_16'] = x__unplaced_reason__mutmut_16 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_17'] = x__unplaced_reason__mutmut_17 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_18'] = x__unplaced_reason__mutmut_18 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_19'] = x__unplaced_reason__mutmut_19 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_20'] = x__unplaced_reason__mutmut_20 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_21'] = x__unplaced_reason__mutmut_21 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_22'] = x__unplaced_reason__mutmut_22 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_23'] = x__unplaced_reason__mutmut_23 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_24'] = x__unplaced_reason__mutmut_24 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_25'] = x__unplaced_reason__mutmut_25 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_26'] = x__unplaced_reason__mutmut_26 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_27'] = x__unplaced_reason__mutmut_27 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_28'] = x__unplaced_reason__mutmut_28 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_29'] = x__unplaced_reason__mutmut_29 # type: ignore # mutmut generated
mutants_x__unplaced_reason__mutmut['x__unplaced_reason__mutmut_30'] = x__unplaced_reason__mutmut_30 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_first_come_first_served__mutmut)
def first_come_first_served(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_orig(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_1(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = None
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_2(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = None
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_3(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) or free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_4(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_5(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(None, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_6(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, None) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_7(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_8(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, ) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_9(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get(None, 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_10(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), None) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_11(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get(0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_12(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), ) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_13(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 1) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_14(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) >= 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_15(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 1:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_16(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] = 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_17(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] += 1
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_18(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 2
                placed[need.id] = provider.id
                break
    return placed


def x_first_come_first_served__mutmut_19(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = None
                break
    return placed


def x_first_come_first_served__mutmut_20(needs: list[NeedInfo], providers: list[ProviderInfo]) -> dict:
    """The manual way, for comparison: each need in turn takes the first provider with room."""
    free = {(p.id, d): n for p in providers for d, n in p.free.items()}
    placed = {}
    for need in needs:
        for provider in providers:
            if not broken(need, provider) and free.get((provider.id, need.day), 0) > 0:
                free[(provider.id, need.day)] -= 1
                placed[need.id] = provider.id
                return
    return placed

mutants_x_first_come_first_served__mutmut['_mutmut_orig'] = x_first_come_first_served__mutmut_orig # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_1'] = x_first_come_first_served__mutmut_1 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_2'] = x_first_come_first_served__mutmut_2 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_3'] = x_first_come_first_served__mutmut_3 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_4'] = x_first_come_first_served__mutmut_4 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_5'] = x_first_come_first_served__mutmut_5 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_6'] = x_first_come_first_served__mutmut_6 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_7'] = x_first_come_first_served__mutmut_7 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_8'] = x_first_come_first_served__mutmut_8 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_9'] = x_first_come_first_served__mutmut_9 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_10'] = x_first_come_first_served__mutmut_10 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_11'] = x_first_come_first_served__mutmut_11 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_12'] = x_first_come_first_served__mutmut_12 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_13'] = x_first_come_first_served__mutmut_13 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_14'] = x_first_come_first_served__mutmut_14 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_15'] = x_first_come_first_served__mutmut_15 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_16'] = x_first_come_first_served__mutmut_16 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_17'] = x_first_come_first_served__mutmut_17 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_18'] = x_first_come_first_served__mutmut_18 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_19'] = x_first_come_first_served__mutmut_19 # type: ignore # mutmut generated
mutants_x_first_come_first_served__mutmut['x_first_come_first_served__mutmut_20'] = x_first_come_first_served__mutmut_20 # type: ignore # mutmut generated
