"""A childminder's qualification as the modules exchange it: the training module knows
it, the payments module grades the rate by it (hooks `qualification_level(s)`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Qualification:
    """What payments need to know of a childminder's training on a date."""

    ue: int = 0  # completed teaching units (QHB/DJI and recognised courses)
    fachkraft: bool = False  # pedagogical professional (e.g. Erzieher*in)
    label: str = ""
