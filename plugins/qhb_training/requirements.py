"""What a curriculum requires and what completed training is worth, pure: how far a
person is with one curriculum (UE in total and in every block, internships, self-study,
the Lernergebnisfeststellung) and the qualification level completed curricula give
(capped at the full 300 UE; pedagogical professionals named as such). `progress` reads
the records and fills these in."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from core.format import format_number
from core.i18n import N_, gettext_
from core.kernel.contributions import Qualification
from plugins.qhb_training.models import KITA, KTPP, SELF_STUDY, Assessment, Completion, Curriculum


@dataclass
class Progress:
    """How far a person is with one curriculum."""

    curriculum: Curriculum
    ue: Decimal = Decimal("0")
    ue_by_module: dict[int | None, Decimal] = field(default_factory=dict)
    hours: dict[str, Decimal] = field(default_factory=dict)  # kita, ktpp, self_study
    lef: Assessment | None = None
    completion: Completion | None = None

    @property
    def missing(self) -> list[str]:
        """What still stands between the person and the certificate, in the reader's language."""
        c, out = self.curriculum, []
        if self.ue < c.ue:
            out.append(gettext_("{ue} UE Kursteilnahme").format(ue=format_number(c.ue - self.ue)))
        for module in c.modules:  # every block in full, not only the sum (QHB: 300 UE in blocks)
            short = module.ue - self.ue_by_module.get(module.id, Decimal("0"))
            if short > 0:
                out.append(
                    gettext_("{ue} UE im Themenblock „{title}“").format(
                        ue=format_number(short), title=module.title
                    )
                )
        for key, need in (
            (KITA, c.kita_hours),
            (KTPP, c.ktpp_hours),
            (SELF_STUDY, c.self_study_hours),
        ):
            have = self.hours.get(key, Decimal("0"))
            if have < need:
                out.append(
                    gettext_("{hours} Std. {kind}").format(
                        hours=format_number(need - have), kind=gettext_(_EVIDENCE_SHORT[key])
                    )
                )
        if c.lef and not (self.lef and self.lef.passed):
            out.append(gettext_("bestandene Lernergebnisfeststellung"))
        return out

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def percent(self) -> int:
        return min(100, int(self.ue * 100 / self.curriculum.ue)) if self.curriculum.ue else 100


_EVIDENCE_SHORT = {
    KITA: N_("Praktikum Kita"),
    KTPP: N_("Praktikum Kindertagespflege"),
    SELF_STUDY: N_("Selbstlernzeit"),
}


def qualification(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)
