"""The legal claim to a place and the order of the waiting list, pure.

§ 24 SGB VIII: from the first birthday until the third a child has a claim to early
support in a Kita or in Kindertagespflege (Abs. 2); below one year under conditions, e.g.
the parents work, train or study (Abs. 1); from the third birthday the claim is to a Kita
place, Kindertagespflege only where needed in addition (Abs. 3). What counts is the child's
age on the day care is needed from. Land law may ask parents to announce their need in
advance (Abs. 5); many municipalities ask for about six months."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from core.i18n import N_


class Claim(enum.StrEnum):
    CONDITIONAL = "conditional"  # Abs. 1: under one
    CLAIM = "claim"  # Abs. 2: one and two year olds
    KITA = "kita"  # Abs. 3: three and older
    UNKNOWN = "unknown"  # no birth date, not even an expected one


CLAIM_LABELS = {
    Claim.CONDITIONAL: N_("§ 24 Abs. 1 SGB VIII: unter einem Jahr, Anspruch unter Bedingungen"),
    Claim.CLAIM: N_("§ 24 Abs. 2 SGB VIII: Rechtsanspruch"),
    Claim.KITA: N_("§ 24 Abs. 3 SGB VIII: Anspruch auf einen Kitaplatz, Tagespflege ergänzend"),
    Claim.UNKNOWN: N_("ohne Geburtsdatum nicht zu prüfen"),
}


@dataclass(frozen=True)
class ClaimCheck:
    claim: Claim
    from_day: date | None  # the first birthday, when the claim of Abs. 2 begins later


def claim_on(birth: date | None, needed_from: date) -> ClaimCheck:
    """The claim on the day care is needed; `birth` may be the expected day of birth."""
    if birth is None:
        return ClaimCheck(Claim.UNKNOWN, None)
    first, third = birth + relativedelta(years=1), birth + relativedelta(years=3)
    if needed_from < first:
        return ClaimCheck(Claim.CONDITIONAL, first)
    if needed_from < third:
        return ClaimCheck(Claim.CLAIM, None)
    return ClaimCheck(Claim.KITA, None)


def kita_move(birth: date, kita_month: int) -> date | None:
    """The child's last day in Kindertagespflege: the day before the first Kita year that
    begins (on the 1st of `kita_month`, August in most Länder) on or after its third
    birthday (Abs. 3). None where the installation sets no month (0): no such rule."""
    if not kita_month:
        return None
    third = birth + relativedelta(years=3)
    start = date(third.year, kita_month, 1)
    if start < third:
        start = date(third.year + 1, kita_month, 1)
    return start - relativedelta(days=1)


def announced_in_time(received: date, needed_from: date, months: int) -> bool:
    """Whether the need was announced at least `months` months before it begins."""
    return received + relativedelta(months=months) <= needed_from
