"""A person's way through the qualification: progress, LEF, completion, level.

Progress against a curriculum adds the UE attended in its courses, the internship and
self-study hours shown with proof, and the latest Lernergebnisfeststellung. A completion is
recorded only when every requirement is met (or, for training done elsewhere, with proof);
it is what the payment level and the licence rules (`licence`) read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.format import format_number
from core.forms import Form
from core.i18n import N_, gettext_
from core.models import Person
from core.qualification import Qualification
from plugins.qhb_training.curricula import all_curricula
from plugins.qhb_training.models import (
    EVIDENCE_KINDS,
    EXTERNAL,
    KITA,
    KTPP,
    SELF_STUDY,
    Assessment,
    Attendance,
    Completion,
    Course,
    Curriculum,
    Enrolment,
    Evidence,
    Lesson,
    Profile,
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_progress__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_progress__mutmut)
def progress(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_orig(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_1(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = None
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_2(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = None

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_3(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(None)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_4(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_5(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = None
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_6(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(None)
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_7(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = None
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_8(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        None
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_9(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(None, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_10(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, None)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_11(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_12(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, )
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_13(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(None)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_14(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(None, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_15(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, None)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_16(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_17(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, )
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_18(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(None, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_19(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, None)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_20(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_21(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, )
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_22(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(None, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_23(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, None, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_24(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, None)
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_25(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_26(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_27(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, )
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_28(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(None))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_29(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id != Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_30(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id != Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_31(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id != person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_32(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = None
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_33(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(None)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_34(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue = Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_35(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue -= Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_36(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(None)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_37(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue and 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_38(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 1)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_39(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = None
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_40(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) - Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_41(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(None, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_42(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, None) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_43(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_44(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, ) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_45(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal(None)) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_46(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("XX0XX")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_47(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(None)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_48(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue and 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_49(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 1)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_50(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = None
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_51(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        None
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_52(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(None, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_53(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, None)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_54(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_55(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, )
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_56(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(None, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_57(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, None)
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_58(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_59(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, )
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_60(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(None, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_61(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, None, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_62(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, None)
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_63(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_64(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_65(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, )
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_66(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(None))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_67(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id != person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_68(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = None
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_69(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(None)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_70(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = None
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_71(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) - Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_72(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(None, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_73(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, None) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_74(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_75(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, ) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_76(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal(None)) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_77(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("XX0XX")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_78(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(None)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_79(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        None
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_80(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(None, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_81(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, None)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_82(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_83(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, )
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_84(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(None)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_85(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(None)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_86(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id != person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_87(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = None  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_88(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(None).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_89(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(None):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_90(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(None)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_91(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(None).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_92(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id != person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_93(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = None
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_94(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(None).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_95(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = None
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_96(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(None)
    return sorted(found.values(), key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_97(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(None, key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_98(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=None)


def x_progress__mutmut_99(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(key=lambda p: order.index(p.curriculum.id))


def x_progress__mutmut_100(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), )


def x_progress__mutmut_101(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: None)


def x_progress__mutmut_102(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.index(None))


def x_progress__mutmut_103(session: Session, person_id: int) -> list[Progress]:
    """Every curriculum the person has touched (course, evidence, LEF or completion)."""
    found: dict[int, Progress] = {}
    curricula = {c.id: c for c in all_curricula(session)}

    def of(curriculum_id: int) -> Progress:
        if curriculum_id not in found:
            found[curriculum_id] = Progress(curricula[curriculum_id])
        return found[curriculum_id]

    attended = session.execute(
        select(Course.curriculum_id, Lesson.module_id, func.sum(Attendance.ue))
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .join(Course, Course.id == Lesson.course_id)
        .where(Attendance.person_id == person_id)
        .group_by(Course.curriculum_id, Lesson.module_id)
    )
    for curriculum_id, module_id, ue in attended:
        p = of(curriculum_id)
        p.ue += Decimal(ue or 0)
        p.ue_by_module[module_id] = p.ue_by_module.get(module_id, Decimal("0")) + Decimal(ue or 0)
    evidence = session.execute(
        select(Evidence.curriculum_id, Evidence.kind, func.sum(Evidence.amount))
        .where(Evidence.person_id == person_id, Evidence.curriculum_id.is_not(None))
        .group_by(Evidence.curriculum_id, Evidence.kind)
    )
    for curriculum_id, kind, amount in evidence:
        p = of(curriculum_id)
        p.hours[kind] = p.hours.get(kind, Decimal("0")) + Decimal(amount)
    for a in session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.day, Assessment.id)
    ):
        of(a.curriculum_id).lef = a  # the latest counts
    for c in session.scalars(select(Completion).where(Completion.person_id == person_id)):
        of(c.curriculum_id).completion = c
    order = list(curricula)
    return sorted(found.values(), key=lambda p: order.rindex(p.curriculum.id))

mutants_x_progress__mutmut['_mutmut_orig'] = x_progress__mutmut_orig # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_1'] = x_progress__mutmut_1 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_2'] = x_progress__mutmut_2 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_3'] = x_progress__mutmut_3 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_4'] = x_progress__mutmut_4 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_5'] = x_progress__mutmut_5 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_6'] = x_progress__mutmut_6 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_7'] = x_progress__mutmut_7 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_8'] = x_progress__mutmut_8 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_9'] = x_progress__mutmut_9 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_10'] = x_progress__mutmut_10 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_11'] = x_progress__mutmut_11 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_12'] = x_progress__mutmut_12 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_13'] = x_progress__mutmut_13 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_14'] = x_progress__mutmut_14 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_15'] = x_progress__mutmut_15 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_16'] = x_progress__mutmut_16 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_17'] = x_progress__mutmut_17 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_18'] = x_progress__mutmut_18 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_19'] = x_progress__mutmut_19 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_20'] = x_progress__mutmut_20 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_21'] = x_progress__mutmut_21 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_22'] = x_progress__mutmut_22 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_23'] = x_progress__mutmut_23 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_24'] = x_progress__mutmut_24 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_25'] = x_progress__mutmut_25 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_26'] = x_progress__mutmut_26 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_27'] = x_progress__mutmut_27 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_28'] = x_progress__mutmut_28 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_29'] = x_progress__mutmut_29 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_30'] = x_progress__mutmut_30 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_31'] = x_progress__mutmut_31 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_32'] = x_progress__mutmut_32 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_33'] = x_progress__mutmut_33 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_34'] = x_progress__mutmut_34 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_35'] = x_progress__mutmut_35 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_36'] = x_progress__mutmut_36 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_37'] = x_progress__mutmut_37 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_38'] = x_progress__mutmut_38 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_39'] = x_progress__mutmut_39 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_40'] = x_progress__mutmut_40 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_41'] = x_progress__mutmut_41 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_42'] = x_progress__mutmut_42 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_43'] = x_progress__mutmut_43 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_44'] = x_progress__mutmut_44 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_45'] = x_progress__mutmut_45 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_46'] = x_progress__mutmut_46 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_47'] = x_progress__mutmut_47 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_48'] = x_progress__mutmut_48 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_49'] = x_progress__mutmut_49 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_50'] = x_progress__mutmut_50 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_51'] = x_progress__mutmut_51 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_52'] = x_progress__mutmut_52 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_53'] = x_progress__mutmut_53 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_54'] = x_progress__mutmut_54 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_55'] = x_progress__mutmut_55 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_56'] = x_progress__mutmut_56 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_57'] = x_progress__mutmut_57 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_58'] = x_progress__mutmut_58 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_59'] = x_progress__mutmut_59 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_60'] = x_progress__mutmut_60 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_61'] = x_progress__mutmut_61 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_62'] = x_progress__mutmut_62 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_63'] = x_progress__mutmut_63 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_64'] = x_progress__mutmut_64 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_65'] = x_progress__mutmut_65 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_66'] = x_progress__mutmut_66 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_67'] = x_progress__mutmut_67 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_68'] = x_progress__mutmut_68 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_69'] = x_progress__mutmut_69 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_70'] = x_progress__mutmut_70 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_71'] = x_progress__mutmut_71 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_72'] = x_progress__mutmut_72 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_73'] = x_progress__mutmut_73 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_74'] = x_progress__mutmut_74 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_75'] = x_progress__mutmut_75 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_76'] = x_progress__mutmut_76 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_77'] = x_progress__mutmut_77 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_78'] = x_progress__mutmut_78 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_79'] = x_progress__mutmut_79 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_80'] = x_progress__mutmut_80 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_81'] = x_progress__mutmut_81 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_82'] = x_progress__mutmut_82 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_83'] = x_progress__mutmut_83 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_84'] = x_progress__mutmut_84 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_85'] = x_progress__mutmut_85 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_86'] = x_progress__mutmut_86 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_87'] = x_progress__mutmut_87 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_88'] = x_progress__mutmut_88 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_89'] = x_progress__mutmut_89 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_90'] = x_progress__mutmut_90 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_91'] = x_progress__mutmut_91 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_92'] = x_progress__mutmut_92 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_93'] = x_progress__mutmut_93 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_94'] = x_progress__mutmut_94 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_95'] = x_progress__mutmut_95 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_96'] = x_progress__mutmut_96 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_97'] = x_progress__mutmut_97 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_98'] = x_progress__mutmut_98 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_99'] = x_progress__mutmut_99 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_100'] = x_progress__mutmut_100 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_101'] = x_progress__mutmut_101 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_102'] = x_progress__mutmut_102 # type: ignore # mutmut generated
mutants_x_progress__mutmut['x_progress__mutmut_103'] = x_progress__mutmut_103 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_progress_for__mutmut)
def progress_for(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_orig(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_1(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(None, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_2(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, None):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_3(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_4(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, ):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_5(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id != curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


def x_progress_for__mutmut_6(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(None)


def x_progress_for__mutmut_7(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(None, curriculum_id))


def x_progress_for__mutmut_8(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, None))


def x_progress_for__mutmut_9(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(curriculum_id))


def x_progress_for__mutmut_10(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, ))

mutants_x_progress_for__mutmut['_mutmut_orig'] = x_progress_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_1'] = x_progress_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_2'] = x_progress_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_3'] = x_progress_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_4'] = x_progress_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_5'] = x_progress_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_6'] = x_progress_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_7'] = x_progress_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_8'] = x_progress_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_9'] = x_progress_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_progress_for__mutmut['x_progress_for__mutmut_10'] = x_progress_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut: MutantDict = {}  # type: ignore


# --- evidence and assessments --------------------------------------------------------


@_mutmut_mutated(mutants_x_evidence_of__mutmut)
def evidence_of(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_orig(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_1(session: Session, person_id: int) -> list[Evidence]:
    query = None
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_2(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(None)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_3(session: Session, person_id: int) -> list[Evidence]:
    query = select(None).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_4(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id != person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_5(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(None)


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_6(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(None))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_7(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(None, Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_8(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), None)))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_9(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.id.desc())))


# --- evidence and assessments --------------------------------------------------------


def x_evidence_of__mutmut_10(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), )))

mutants_x_evidence_of__mutmut['_mutmut_orig'] = x_evidence_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_1'] = x_evidence_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_2'] = x_evidence_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_3'] = x_evidence_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_4'] = x_evidence_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_5'] = x_evidence_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_6'] = x_evidence_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_7'] = x_evidence_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_8'] = x_evidence_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_9'] = x_evidence_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_10'] = x_evidence_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_enrolments_of__mutmut)
def enrolments_of(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_orig(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_1(session: Session, person_id: int) -> list[Enrolment]:
    query = None
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_2(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(None, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_3(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, None)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_4(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_5(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, )
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_6(session: Session, person_id: int) -> list[Enrolment]:
    query = select(None).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_7(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id != Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_8(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = None
    return list(session.scalars(query))


def x_enrolments_of__mutmut_9(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(None)
    return list(session.scalars(query))


def x_enrolments_of__mutmut_10(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(None).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_11(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id != person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


def x_enrolments_of__mutmut_12(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(None)


def x_enrolments_of__mutmut_13(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(None))

mutants_x_enrolments_of__mutmut['_mutmut_orig'] = x_enrolments_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_1'] = x_enrolments_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_2'] = x_enrolments_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_3'] = x_enrolments_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_4'] = x_enrolments_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_5'] = x_enrolments_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_6'] = x_enrolments_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_7'] = x_enrolments_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_8'] = x_enrolments_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_9'] = x_enrolments_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_10'] = x_enrolments_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_11'] = x_enrolments_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_12'] = x_enrolments_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_enrolments_of__mutmut['x_enrolments_of__mutmut_13'] = x_enrolments_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_evidence__mutmut)
def add_evidence(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_orig(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_1(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = None
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_2(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(None)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_3(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = None
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_4(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice(None, "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_5(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", None, EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_6(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", None)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_7(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_8(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_9(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", )
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_10(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("XXkindXX", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_11(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("KIND", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_12(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "XXArtXX", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_13(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_14(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "ART", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_15(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = None
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_16(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer(None, "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_17(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", None)
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_18(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_19(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", )
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_20(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("XXcurriculum_idXX", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_21(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("CURRICULUM_ID", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_22(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "XXCurriculumXX")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_23(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_24(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "CURRICULUM")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_25(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = None
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_26(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date(None, "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_27(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", None, required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_28(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=None)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_29(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_30(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_31(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", )
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_32(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("XXdayXX", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_33(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("DAY", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_34(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "XXDatumXX", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_35(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_36(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "DATUM", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_37(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=False)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_38(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = None
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_39(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        None, "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_40(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", None, minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_41(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=None, maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_42(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=None, default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_43(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=None
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_44(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_45(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_46(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_47(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_48(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_49(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "XXamountXX", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_50(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "AMOUNT", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_51(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "XXUmfangXX", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_52(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_53(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "UMFANG", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_54(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal(None), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_55(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("XX0.5XX"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_56(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal(None), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_57(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("XX400XX"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_58(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default="XXXX"
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_59(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = None
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_60(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text(None, "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_61(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", None)
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_62(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_63(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", )
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_64(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("XXtitleXX", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_65(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("TITLE", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_66(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "XXBezeichnungXX")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_67(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_68(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "BEZEICHNUNG")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_69(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = None
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_70(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text(None, "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_71(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", None, required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_72(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=None)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_73(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_74(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_75(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", )
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_76(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("XXproofXX", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_77(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("PROOF", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_78(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "XXNachweisXX", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_79(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_80(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "NACHWEIS", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_81(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=False)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_82(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) or not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_83(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind not in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_84(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_85(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            None,
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_86(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            None,
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_87(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_88(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_89(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "XXcurriculum_idXX",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_90(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "CURRICULUM_ID",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_91(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_(None),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_92(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("XXCurriculum: Praktika und Selbstlernzeit zählen für ein Curriculum.XX"),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_93(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("curriculum: praktika und selbstlernzeit zählen für ein curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_94(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("CURRICULUM: PRAKTIKA UND SELBSTLERNZEIT ZÄHLEN FÜR EIN CURRICULUM."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_95(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id or session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_96(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(None, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_97(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, None) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_98(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_99(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, ) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_100(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is not None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_101(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error(None, gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_102(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", None)
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_103(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error(gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_104(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", )
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_105(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("XXcurriculum_idXX", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_106(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("CURRICULUM_ID", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_107(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_(None))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_108(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("XXCurriculum: Bitte eines der angebotenen wählen.XX"))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_109(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("curriculum: bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_110(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("CURRICULUM: BITTE EINES DER ANGEBOTENEN WÄHLEN."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_111(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day or day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_112(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day >= date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_113(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error(None, gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_114(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", None)
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_115(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error(gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_116(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", )
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_117(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("XXdayXX", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_118(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("DAY", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_119(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_(None))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_120(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("XXDatum: liegt in der Zukunft; Nachweise gibt es erst danach.XX"))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_121(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("datum: liegt in der zukunft; nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_122(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("DATUM: LIEGT IN DER ZUKUNFT; NACHWEISE GIBT ES ERST DANACH."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_123(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL or not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_124(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind != EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_125(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_126(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error(None, "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_127(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", None)
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_128(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_129(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", )
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_130(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("XXtitleXX", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_131(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("TITLE", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_132(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "XXBezeichnung: Welche Fortbildung war es?XX")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_133(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "bezeichnung: welche fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_134(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "BEZEICHNUNG: WELCHE FORTBILDUNG WAR ES?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_135(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = None
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_136(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=None,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_137(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_138(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=None,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_139(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=None,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_140(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=None,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_141(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=None,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_142(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=None,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_143(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_144(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_145(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_146(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_147(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_148(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_149(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_150(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if (kind != EXTERNAL) and False else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_151(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if (kind != EXTERNAL) or True else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_152(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind == EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(evidence)
    session.flush()
    return evidence


def x_add_evidence__mutmut_153(session: Session, person: Person, data: Mapping) -> Evidence:
    """Internship or self-study hours toward a curriculum, or training elsewhere in UE."""
    form = Form(data)
    kind = form.choice("kind", "Art", EVIDENCE_KINDS)
    curriculum_id = form.integer("curriculum_id", "Curriculum")
    day = form.date("day", "Datum", required=True)
    amount = form.decimal(
        "amount", "Umfang", minimum=Decimal("0.5"), maximum=Decimal("400"), default=""
    )
    title = form.text("title", "Bezeichnung")
    proof = form.text("proof", "Nachweis", required=True)
    if kind in (KITA, KTPP, SELF_STUDY) and not curriculum_id:
        form.error(
            "curriculum_id",
            gettext_("Curriculum: Praktika und Selbstlernzeit zählen für ein Curriculum."),
        )
    if curriculum_id and session.get(Curriculum, curriculum_id) is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Datum: liegt in der Zukunft; Nachweise gibt es erst danach."))
    if kind == EXTERNAL and not title:
        form.error("title", "Bezeichnung: Welche Fortbildung war es?")
    form.done()
    evidence = Evidence(
        person_id=person.id,
        curriculum_id=curriculum_id if kind != EXTERNAL else None,
        kind=kind,
        day=day,
        amount=amount,
        title=title,
        proof=proof,
    )
    session.add(None)
    session.flush()
    return evidence

mutants_x_add_evidence__mutmut['_mutmut_orig'] = x_add_evidence__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_1'] = x_add_evidence__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_2'] = x_add_evidence__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_3'] = x_add_evidence__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_4'] = x_add_evidence__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_5'] = x_add_evidence__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_6'] = x_add_evidence__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_7'] = x_add_evidence__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_8'] = x_add_evidence__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_9'] = x_add_evidence__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_10'] = x_add_evidence__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_11'] = x_add_evidence__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_12'] = x_add_evidence__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_13'] = x_add_evidence__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_14'] = x_add_evidence__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_15'] = x_add_evidence__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_16'] = x_add_evidence__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_17'] = x_add_evidence__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_18'] = x_add_evidence__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_19'] = x_add_evidence__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_20'] = x_add_evidence__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_21'] = x_add_evidence__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_22'] = x_add_evidence__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_23'] = x_add_evidence__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_24'] = x_add_evidence__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_25'] = x_add_evidence__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_26'] = x_add_evidence__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_27'] = x_add_evidence__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_28'] = x_add_evidence__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_29'] = x_add_evidence__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_30'] = x_add_evidence__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_31'] = x_add_evidence__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_32'] = x_add_evidence__mutmut_32 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_33'] = x_add_evidence__mutmut_33 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_34'] = x_add_evidence__mutmut_34 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_35'] = x_add_evidence__mutmut_35 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_36'] = x_add_evidence__mutmut_36 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_37'] = x_add_evidence__mutmut_37 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_38'] = x_add_evidence__mutmut_38 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_39'] = x_add_evidence__mutmut_39 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_40'] = x_add_evidence__mutmut_40 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_41'] = x_add_evidence__mutmut_41 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_42'] = x_add_evidence__mutmut_42 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_43'] = x_add_evidence__mutmut_43 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_44'] = x_add_evidence__mutmut_44 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_45'] = x_add_evidence__mutmut_45 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_46'] = x_add_evidence__mutmut_46 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_47'] = x_add_evidence__mutmut_47 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_48'] = x_add_evidence__mutmut_48 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_49'] = x_add_evidence__mutmut_49 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_50'] = x_add_evidence__mutmut_50 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_51'] = x_add_evidence__mutmut_51 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_52'] = x_add_evidence__mutmut_52 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_53'] = x_add_evidence__mutmut_53 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_54'] = x_add_evidence__mutmut_54 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_55'] = x_add_evidence__mutmut_55 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_56'] = x_add_evidence__mutmut_56 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_57'] = x_add_evidence__mutmut_57 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_58'] = x_add_evidence__mutmut_58 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_59'] = x_add_evidence__mutmut_59 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_60'] = x_add_evidence__mutmut_60 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_61'] = x_add_evidence__mutmut_61 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_62'] = x_add_evidence__mutmut_62 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_63'] = x_add_evidence__mutmut_63 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_64'] = x_add_evidence__mutmut_64 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_65'] = x_add_evidence__mutmut_65 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_66'] = x_add_evidence__mutmut_66 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_67'] = x_add_evidence__mutmut_67 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_68'] = x_add_evidence__mutmut_68 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_69'] = x_add_evidence__mutmut_69 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_70'] = x_add_evidence__mutmut_70 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_71'] = x_add_evidence__mutmut_71 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_72'] = x_add_evidence__mutmut_72 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_73'] = x_add_evidence__mutmut_73 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_74'] = x_add_evidence__mutmut_74 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_75'] = x_add_evidence__mutmut_75 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_76'] = x_add_evidence__mutmut_76 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_77'] = x_add_evidence__mutmut_77 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_78'] = x_add_evidence__mutmut_78 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_79'] = x_add_evidence__mutmut_79 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_80'] = x_add_evidence__mutmut_80 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_81'] = x_add_evidence__mutmut_81 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_82'] = x_add_evidence__mutmut_82 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_83'] = x_add_evidence__mutmut_83 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_84'] = x_add_evidence__mutmut_84 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_85'] = x_add_evidence__mutmut_85 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_86'] = x_add_evidence__mutmut_86 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_87'] = x_add_evidence__mutmut_87 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_88'] = x_add_evidence__mutmut_88 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_89'] = x_add_evidence__mutmut_89 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_90'] = x_add_evidence__mutmut_90 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_91'] = x_add_evidence__mutmut_91 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_92'] = x_add_evidence__mutmut_92 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_93'] = x_add_evidence__mutmut_93 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_94'] = x_add_evidence__mutmut_94 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_95'] = x_add_evidence__mutmut_95 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_96'] = x_add_evidence__mutmut_96 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_97'] = x_add_evidence__mutmut_97 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_98'] = x_add_evidence__mutmut_98 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_99'] = x_add_evidence__mutmut_99 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_100'] = x_add_evidence__mutmut_100 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_101'] = x_add_evidence__mutmut_101 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_102'] = x_add_evidence__mutmut_102 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_103'] = x_add_evidence__mutmut_103 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_104'] = x_add_evidence__mutmut_104 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_105'] = x_add_evidence__mutmut_105 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_106'] = x_add_evidence__mutmut_106 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_107'] = x_add_evidence__mutmut_107 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_108'] = x_add_evidence__mutmut_108 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_109'] = x_add_evidence__mutmut_109 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_110'] = x_add_evidence__mutmut_110 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_111'] = x_add_evidence__mutmut_111 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_112'] = x_add_evidence__mutmut_112 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_113'] = x_add_evidence__mutmut_113 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_114'] = x_add_evidence__mutmut_114 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_115'] = x_add_evidence__mutmut_115 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_116'] = x_add_evidence__mutmut_116 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_117'] = x_add_evidence__mutmut_117 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_118'] = x_add_evidence__mutmut_118 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_119'] = x_add_evidence__mutmut_119 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_120'] = x_add_evidence__mutmut_120 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_121'] = x_add_evidence__mutmut_121 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_122'] = x_add_evidence__mutmut_122 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_123'] = x_add_evidence__mutmut_123 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_124'] = x_add_evidence__mutmut_124 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_125'] = x_add_evidence__mutmut_125 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_126'] = x_add_evidence__mutmut_126 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_127'] = x_add_evidence__mutmut_127 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_128'] = x_add_evidence__mutmut_128 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_129'] = x_add_evidence__mutmut_129 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_130'] = x_add_evidence__mutmut_130 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_131'] = x_add_evidence__mutmut_131 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_132'] = x_add_evidence__mutmut_132 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_133'] = x_add_evidence__mutmut_133 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_134'] = x_add_evidence__mutmut_134 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_135'] = x_add_evidence__mutmut_135 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_136'] = x_add_evidence__mutmut_136 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_137'] = x_add_evidence__mutmut_137 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_138'] = x_add_evidence__mutmut_138 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_139'] = x_add_evidence__mutmut_139 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_140'] = x_add_evidence__mutmut_140 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_141'] = x_add_evidence__mutmut_141 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_142'] = x_add_evidence__mutmut_142 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_143'] = x_add_evidence__mutmut_143 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_144'] = x_add_evidence__mutmut_144 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_145'] = x_add_evidence__mutmut_145 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_146'] = x_add_evidence__mutmut_146 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_147'] = x_add_evidence__mutmut_147 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_148'] = x_add_evidence__mutmut_148 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_149'] = x_add_evidence__mutmut_149 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_150'] = x_add_evidence__mutmut_150 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_151'] = x_add_evidence__mutmut_151 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_152'] = x_add_evidence__mutmut_152 # type: ignore # mutmut generated
mutants_x_add_evidence__mutmut['x_add_evidence__mutmut_153'] = x_add_evidence__mutmut_153 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_assessment__mutmut)
def record_assessment(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_orig(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_1(session: Session, person: Person, data: Mapping) -> Assessment:
    form = None
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_2(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(None)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_3(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = None
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_4(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer(None, "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_5(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", None, required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_6(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=None)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_7(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_8(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_9(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", )
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_10(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("XXcurriculum_idXX", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_11(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("CURRICULUM_ID", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_12(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "XXCurriculumXX", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_13(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_14(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "CURRICULUM", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_15(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=False)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_16(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_17(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if (curriculum_id) and False else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_18(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if (curriculum_id) or True else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_19(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(None, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_20(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, None) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_21(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_22(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, ) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_23(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = None
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_24(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date(None, "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_25(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", None, required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_26(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=None)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_27(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_28(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_29(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", )
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_30(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("XXdayXX", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_31(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("DAY", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_32(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "XXDatumXX", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_33(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_34(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "DATUM", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_35(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=False)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_36(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = None
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_37(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        None, "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_38(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", None, {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_39(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", None
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_40(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_41(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_42(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_43(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "XXresultXX", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_44(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "RESULT", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_45(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "XXErgebnisXX", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_46(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_47(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "ERGEBNIS", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_48(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"XXpassedXX": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_49(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"PASSED": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_50(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "XXbestandenXX", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_51(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "BESTANDEN", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_52(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "XXfailedXX": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_53(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "FAILED": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_54(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_(None)}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_55(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("XXnicht bestandenXX")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_56(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("NICHT BESTANDEN")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_57(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = None
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_58(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text(None, "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_59(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", None)
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_60(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_61(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", )
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_62(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("XXnoteXX", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_63(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("NOTE", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_64(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "XXBemerkungXX")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_65(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_66(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "BEMERKUNG")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_67(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id or (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_68(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None and not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_69(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is not None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_70(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_71(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            None, "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_72(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", None
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_73(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_74(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_75(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "XXcurriculum_idXX", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_76(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "CURRICULUM_ID", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_77(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "XXCurriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung.XX"
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_78(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "curriculum: dieses curriculum endet ohne lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_79(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "CURRICULUM: DIESES CURRICULUM ENDET OHNE LERNERGEBNISFESTSTELLUNG."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_80(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = None
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_81(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=None,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_82(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=None,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_83(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=None,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_84(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=None,
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_85(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=None,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_86(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_87(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_88(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        passed=result == "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_89(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_90(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_91(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result != "passed",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_92(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "XXpassedXX",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_93(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "PASSED",
        note=note,
    )
    session.add(assessment)
    session.flush()
    return assessment


def x_record_assessment__mutmut_94(session: Session, person: Person, data: Mapping) -> Assessment:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", "Datum", required=True)
    result = form.choice(
        "result", "Ergebnis", {"passed": "bestanden", "failed": gettext_("nicht bestanden")}
    )
    note = form.text("note", "Bemerkung")
    if curriculum_id and (curriculum is None or not curriculum.lef):
        form.error(
            "curriculum_id", "Curriculum: Dieses Curriculum endet ohne Lernergebnisfeststellung."
        )
    form.done()
    assessment = Assessment(
        person_id=person.id,
        curriculum_id=curriculum_id,
        day=day,
        passed=result == "passed",
        note=note,
    )
    session.add(None)
    session.flush()
    return assessment

mutants_x_record_assessment__mutmut['_mutmut_orig'] = x_record_assessment__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_1'] = x_record_assessment__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_2'] = x_record_assessment__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_3'] = x_record_assessment__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_4'] = x_record_assessment__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_5'] = x_record_assessment__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_6'] = x_record_assessment__mutmut_6 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_7'] = x_record_assessment__mutmut_7 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_8'] = x_record_assessment__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_9'] = x_record_assessment__mutmut_9 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_10'] = x_record_assessment__mutmut_10 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_11'] = x_record_assessment__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_12'] = x_record_assessment__mutmut_12 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_13'] = x_record_assessment__mutmut_13 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_14'] = x_record_assessment__mutmut_14 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_15'] = x_record_assessment__mutmut_15 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_16'] = x_record_assessment__mutmut_16 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_17'] = x_record_assessment__mutmut_17 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_18'] = x_record_assessment__mutmut_18 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_19'] = x_record_assessment__mutmut_19 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_20'] = x_record_assessment__mutmut_20 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_21'] = x_record_assessment__mutmut_21 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_22'] = x_record_assessment__mutmut_22 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_23'] = x_record_assessment__mutmut_23 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_24'] = x_record_assessment__mutmut_24 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_25'] = x_record_assessment__mutmut_25 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_26'] = x_record_assessment__mutmut_26 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_27'] = x_record_assessment__mutmut_27 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_28'] = x_record_assessment__mutmut_28 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_29'] = x_record_assessment__mutmut_29 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_30'] = x_record_assessment__mutmut_30 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_31'] = x_record_assessment__mutmut_31 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_32'] = x_record_assessment__mutmut_32 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_33'] = x_record_assessment__mutmut_33 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_34'] = x_record_assessment__mutmut_34 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_35'] = x_record_assessment__mutmut_35 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_36'] = x_record_assessment__mutmut_36 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_37'] = x_record_assessment__mutmut_37 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_38'] = x_record_assessment__mutmut_38 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_39'] = x_record_assessment__mutmut_39 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_40'] = x_record_assessment__mutmut_40 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_41'] = x_record_assessment__mutmut_41 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_42'] = x_record_assessment__mutmut_42 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_43'] = x_record_assessment__mutmut_43 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_44'] = x_record_assessment__mutmut_44 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_45'] = x_record_assessment__mutmut_45 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_46'] = x_record_assessment__mutmut_46 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_47'] = x_record_assessment__mutmut_47 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_48'] = x_record_assessment__mutmut_48 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_49'] = x_record_assessment__mutmut_49 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_50'] = x_record_assessment__mutmut_50 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_51'] = x_record_assessment__mutmut_51 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_52'] = x_record_assessment__mutmut_52 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_53'] = x_record_assessment__mutmut_53 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_54'] = x_record_assessment__mutmut_54 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_55'] = x_record_assessment__mutmut_55 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_56'] = x_record_assessment__mutmut_56 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_57'] = x_record_assessment__mutmut_57 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_58'] = x_record_assessment__mutmut_58 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_59'] = x_record_assessment__mutmut_59 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_60'] = x_record_assessment__mutmut_60 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_61'] = x_record_assessment__mutmut_61 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_62'] = x_record_assessment__mutmut_62 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_63'] = x_record_assessment__mutmut_63 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_64'] = x_record_assessment__mutmut_64 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_65'] = x_record_assessment__mutmut_65 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_66'] = x_record_assessment__mutmut_66 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_67'] = x_record_assessment__mutmut_67 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_68'] = x_record_assessment__mutmut_68 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_69'] = x_record_assessment__mutmut_69 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_70'] = x_record_assessment__mutmut_70 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_71'] = x_record_assessment__mutmut_71 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_72'] = x_record_assessment__mutmut_72 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_73'] = x_record_assessment__mutmut_73 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_74'] = x_record_assessment__mutmut_74 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_75'] = x_record_assessment__mutmut_75 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_76'] = x_record_assessment__mutmut_76 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_77'] = x_record_assessment__mutmut_77 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_78'] = x_record_assessment__mutmut_78 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_79'] = x_record_assessment__mutmut_79 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_80'] = x_record_assessment__mutmut_80 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_81'] = x_record_assessment__mutmut_81 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_82'] = x_record_assessment__mutmut_82 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_83'] = x_record_assessment__mutmut_83 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_84'] = x_record_assessment__mutmut_84 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_85'] = x_record_assessment__mutmut_85 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_86'] = x_record_assessment__mutmut_86 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_87'] = x_record_assessment__mutmut_87 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_88'] = x_record_assessment__mutmut_88 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_89'] = x_record_assessment__mutmut_89 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_90'] = x_record_assessment__mutmut_90 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_91'] = x_record_assessment__mutmut_91 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_92'] = x_record_assessment__mutmut_92 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_93'] = x_record_assessment__mutmut_93 # type: ignore # mutmut generated
mutants_x_record_assessment__mutmut['x_record_assessment__mutmut_94'] = x_record_assessment__mutmut_94 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut: MutantDict = {}  # type: ignore


# --- completion -----------------------------------------------------------------------


@_mutmut_mutated(mutants_x__certificate_no__mutmut)
def _certificate_no(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_orig(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_1(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = None
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_2(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.lower()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_3(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = None
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_4(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        None
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_5(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(None)
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_6(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(None)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_7(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(None)
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_8(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(None))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_9(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix - "%"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_10(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "XX%XX"))
    )
    return f"{prefix}{taken + 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_11(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken - 1:04d}"


# --- completion -----------------------------------------------------------------------


def x__certificate_no__mutmut_12(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 2:04d}"

mutants_x__certificate_no__mutmut['_mutmut_orig'] = x__certificate_no__mutmut_orig # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_1'] = x__certificate_no__mutmut_1 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_2'] = x__certificate_no__mutmut_2 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_3'] = x__certificate_no__mutmut_3 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_4'] = x__certificate_no__mutmut_4 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_5'] = x__certificate_no__mutmut_5 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_6'] = x__certificate_no__mutmut_6 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_7'] = x__certificate_no__mutmut_7 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_8'] = x__certificate_no__mutmut_8 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_9'] = x__certificate_no__mutmut_9 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_10'] = x__certificate_no__mutmut_10 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_11'] = x__certificate_no__mutmut_11 # type: ignore # mutmut generated
mutants_x__certificate_no__mutmut['x__certificate_no__mutmut_12'] = x__certificate_no__mutmut_12 # type: ignore # mutmut generated
mutants_x_complete__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_complete__mutmut)
def complete(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_orig(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_1(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = None
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_2(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(None, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_3(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, None, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_4(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, None)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_5(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_6(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_7(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, )
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_8(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_9(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            None
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_10(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=None, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_11(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=None
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_12(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_13(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_14(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_(None).format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_15(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("XX{name} ist schon abgeschlossen ({certificate_no}).XX").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_16(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{NAME} IST SCHON ABGESCHLOSSEN ({CERTIFICATE_NO}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_17(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            None
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_18(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing) - "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_19(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name) - "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_20(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=None)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_21(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_(None).format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_22(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("XX{name} ist noch nicht erfüllt. Es fehlen: XX").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_23(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_24(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{NAME} IST NOCH NICHT ERFÜLLT. ES FEHLEN: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_25(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(None)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_26(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "XX; XX".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_27(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "XX.XX"
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_28(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence or not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_29(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_30(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(None, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_31(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, None, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_32(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, None):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_33(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_34(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_35(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, ):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_36(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            None
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_37(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=None
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_38(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_(None).format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_39(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("XX{name} setzt einen abgeschlossenen ersten Teil voraus.XX").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_40(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_41(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{NAME} SETZT EINEN ABGESCHLOSSENEN ERSTEN TEIL VORAUS.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_42(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = None
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_43(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = None
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_44(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=None,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_45(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=None,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_46(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=None,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_47(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=None,
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_48(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_49(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_50(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_51(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_52(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(None, curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_53(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, None, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_54(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, None),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_55(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(curriculum, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_56(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, on),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_57(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, ),
    )
    session.add(completion)
    session.flush()
    return completion


def x_complete__mutmut_58(session: Session, person: Person, curriculum: Curriculum, on: date) -> Completion:
    """Certify a completed curriculum; refused with the list of what is missing."""
    p = progress_for(session, person.id, curriculum.id)
    if p.completion is not None:
        raise ValidationError(
            gettext_("{name} ist schon abgeschlossen ({certificate_no}).").format(
                name=curriculum.name, certificate_no=p.completion.certificate_no
            )
        )
    if p.missing:
        raise ValidationError(
            gettext_("{name} ist noch nicht erfüllt. Es fehlen: ").format(name=curriculum.name)
            + "; ".join(p.missing)
            + "."
        )
    if curriculum.needs_licence and not has_unlocking_completion(session, person.id, on):
        raise ValidationError(
            gettext_("{name} setzt einen abgeschlossenen ersten Teil voraus.").format(
                name=curriculum.name
            )
        )
    if p.lef:  # the part is done on the day of its Lernergebnisfeststellung
        on = p.lef.day
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=on,
        certificate_no=_certificate_no(session, curriculum, on),
    )
    session.add(None)
    session.flush()
    return completion

mutants_x_complete__mutmut['_mutmut_orig'] = x_complete__mutmut_orig # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_1'] = x_complete__mutmut_1 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_2'] = x_complete__mutmut_2 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_3'] = x_complete__mutmut_3 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_4'] = x_complete__mutmut_4 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_5'] = x_complete__mutmut_5 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_6'] = x_complete__mutmut_6 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_7'] = x_complete__mutmut_7 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_8'] = x_complete__mutmut_8 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_9'] = x_complete__mutmut_9 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_10'] = x_complete__mutmut_10 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_11'] = x_complete__mutmut_11 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_12'] = x_complete__mutmut_12 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_13'] = x_complete__mutmut_13 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_14'] = x_complete__mutmut_14 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_15'] = x_complete__mutmut_15 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_16'] = x_complete__mutmut_16 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_17'] = x_complete__mutmut_17 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_18'] = x_complete__mutmut_18 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_19'] = x_complete__mutmut_19 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_20'] = x_complete__mutmut_20 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_21'] = x_complete__mutmut_21 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_22'] = x_complete__mutmut_22 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_23'] = x_complete__mutmut_23 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_24'] = x_complete__mutmut_24 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_25'] = x_complete__mutmut_25 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_26'] = x_complete__mutmut_26 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_27'] = x_complete__mutmut_27 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_28'] = x_complete__mutmut_28 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_29'] = x_complete__mutmut_29 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_30'] = x_complete__mutmut_30 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_31'] = x_complete__mutmut_31 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_32'] = x_complete__mutmut_32 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_33'] = x_complete__mutmut_33 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_34'] = x_complete__mutmut_34 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_35'] = x_complete__mutmut_35 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_36'] = x_complete__mutmut_36 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_37'] = x_complete__mutmut_37 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_38'] = x_complete__mutmut_38 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_39'] = x_complete__mutmut_39 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_40'] = x_complete__mutmut_40 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_41'] = x_complete__mutmut_41 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_42'] = x_complete__mutmut_42 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_43'] = x_complete__mutmut_43 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_44'] = x_complete__mutmut_44 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_45'] = x_complete__mutmut_45 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_46'] = x_complete__mutmut_46 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_47'] = x_complete__mutmut_47 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_48'] = x_complete__mutmut_48 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_49'] = x_complete__mutmut_49 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_50'] = x_complete__mutmut_50 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_51'] = x_complete__mutmut_51 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_52'] = x_complete__mutmut_52 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_53'] = x_complete__mutmut_53 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_54'] = x_complete__mutmut_54 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_55'] = x_complete__mutmut_55 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_56'] = x_complete__mutmut_56 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_57'] = x_complete__mutmut_57 # type: ignore # mutmut generated
mutants_x_complete__mutmut['x_complete__mutmut_58'] = x_complete__mutmut_58 # type: ignore # mutmut generated
mutants_x_recognise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_recognise__mutmut)
def recognise(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_orig(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_1(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = None
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_2(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(None)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_3(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = None
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_4(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer(None, "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_5(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", None, required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_6(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=None)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_7(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_8(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_9(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", )
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_10(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("XXcurriculum_idXX", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_11(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("CURRICULUM_ID", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_12(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "XXCurriculumXX", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_13(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_14(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "CURRICULUM", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_15(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=False)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_16(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_17(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if (curriculum_id) and False else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_18(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if (curriculum_id) or True else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_19(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(None, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_20(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, None) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_21(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_22(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, ) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_23(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = None
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_24(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date(None, gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_25(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", None, required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_26(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=None)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_27(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date(gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_28(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_29(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), )
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_30(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("XXdayXX", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_31(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("DAY", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_32(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_(None), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_33(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("XXAbgeschlossen amXX"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_34(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_35(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("ABGESCHLOSSEN AM"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_36(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=False)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_37(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = None
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_38(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text(None, "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_39(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", None, required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_40(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=None)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_41(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_42(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_43(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", )
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_44(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("XXproofXX", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_45(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("PROOF", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_46(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "XXNachweisXX", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_47(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_48(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "NACHWEIS", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_49(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=False)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_50(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id or curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_51(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is not None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_52(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error(None, gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_53(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", None)
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_54(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error(gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_55(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", )
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_56(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("XXcurriculum_idXX", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_57(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("CURRICULUM_ID", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_58(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_(None))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_59(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("XXCurriculum: Bitte eines der angebotenen wählen.XX"))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_60(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("curriculum: bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_61(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("CURRICULUM: BITTE EINES DER ANGEBOTENEN WÄHLEN."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_62(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day or day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_63(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day >= date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_64(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error(None, gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_65(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", None)
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_66(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error(gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_67(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", )
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_68(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("XXdayXX", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_69(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("DAY", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_70(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_(None))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_71(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("XXAbgeschlossen am: liegt in der Zukunft.XX"))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_72(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("abgeschlossen am: liegt in der zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_73(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("ABGESCHLOSSEN AM: LIEGT IN DER ZUKUNFT."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_74(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum or session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_75(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        None
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_76(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            None, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_77(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, None
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_78(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_79(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_80(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(None).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_81(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id != person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_82(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id != curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_83(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            None,
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_84(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            None,
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_85(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_86(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_87(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "XXcurriculum_idXX",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_88(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "CURRICULUM_ID",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_89(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=None),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_90(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_(None).format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_91(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("XXCurriculum: {name} ist schon abgeschlossen.XX").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_92(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_93(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("CURRICULUM: {NAME} IST SCHON ABGESCHLOSSEN.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_94(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = None
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_95(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=None,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_96(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=None,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_97(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=None,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_98(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=None,
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_99(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=None,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_100(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=None,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_101(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_102(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_103(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_104(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_105(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_106(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_107(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.lower()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_108(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:41],
        external=True,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_109(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=False,
        proof=proof,
    )
    session.add(completion)
    session.flush()
    return completion


def x_recognise__mutmut_110(session: Session, person: Person, data: Mapping) -> Completion:
    """A qualification gained elsewhere (e.g. DJI 160 UE at another agency), with proof."""
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    day = form.date("day", gettext_("Abgeschlossen am"), required=True)
    proof = form.text("proof", "Nachweis", required=True)
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    if day and day > date.today():
        form.error("day", gettext_("Abgeschlossen am: liegt in der Zukunft."))
    if curriculum and session.scalar(
        select(Completion.id).where(
            Completion.person_id == person.id, Completion.curriculum_id == curriculum.id
        )
    ):
        form.error(
            "curriculum_id",
            gettext_("Curriculum: {name} ist schon abgeschlossen.").format(name=curriculum.name),
        )
    form.done()
    completion = Completion(
        person_id=person.id,
        curriculum_id=curriculum.id,
        completed_on=day,
        certificate_no=f"EXT-{person.id}-{curriculum.code.upper()}"[:40],
        external=True,
        proof=proof,
    )
    session.add(None)
    session.flush()
    return completion

mutants_x_recognise__mutmut['_mutmut_orig'] = x_recognise__mutmut_orig # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_1'] = x_recognise__mutmut_1 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_2'] = x_recognise__mutmut_2 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_3'] = x_recognise__mutmut_3 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_4'] = x_recognise__mutmut_4 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_5'] = x_recognise__mutmut_5 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_6'] = x_recognise__mutmut_6 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_7'] = x_recognise__mutmut_7 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_8'] = x_recognise__mutmut_8 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_9'] = x_recognise__mutmut_9 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_10'] = x_recognise__mutmut_10 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_11'] = x_recognise__mutmut_11 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_12'] = x_recognise__mutmut_12 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_13'] = x_recognise__mutmut_13 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_14'] = x_recognise__mutmut_14 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_15'] = x_recognise__mutmut_15 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_16'] = x_recognise__mutmut_16 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_17'] = x_recognise__mutmut_17 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_18'] = x_recognise__mutmut_18 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_19'] = x_recognise__mutmut_19 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_20'] = x_recognise__mutmut_20 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_21'] = x_recognise__mutmut_21 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_22'] = x_recognise__mutmut_22 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_23'] = x_recognise__mutmut_23 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_24'] = x_recognise__mutmut_24 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_25'] = x_recognise__mutmut_25 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_26'] = x_recognise__mutmut_26 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_27'] = x_recognise__mutmut_27 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_28'] = x_recognise__mutmut_28 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_29'] = x_recognise__mutmut_29 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_30'] = x_recognise__mutmut_30 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_31'] = x_recognise__mutmut_31 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_32'] = x_recognise__mutmut_32 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_33'] = x_recognise__mutmut_33 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_34'] = x_recognise__mutmut_34 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_35'] = x_recognise__mutmut_35 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_36'] = x_recognise__mutmut_36 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_37'] = x_recognise__mutmut_37 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_38'] = x_recognise__mutmut_38 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_39'] = x_recognise__mutmut_39 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_40'] = x_recognise__mutmut_40 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_41'] = x_recognise__mutmut_41 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_42'] = x_recognise__mutmut_42 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_43'] = x_recognise__mutmut_43 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_44'] = x_recognise__mutmut_44 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_45'] = x_recognise__mutmut_45 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_46'] = x_recognise__mutmut_46 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_47'] = x_recognise__mutmut_47 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_48'] = x_recognise__mutmut_48 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_49'] = x_recognise__mutmut_49 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_50'] = x_recognise__mutmut_50 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_51'] = x_recognise__mutmut_51 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_52'] = x_recognise__mutmut_52 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_53'] = x_recognise__mutmut_53 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_54'] = x_recognise__mutmut_54 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_55'] = x_recognise__mutmut_55 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_56'] = x_recognise__mutmut_56 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_57'] = x_recognise__mutmut_57 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_58'] = x_recognise__mutmut_58 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_59'] = x_recognise__mutmut_59 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_60'] = x_recognise__mutmut_60 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_61'] = x_recognise__mutmut_61 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_62'] = x_recognise__mutmut_62 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_63'] = x_recognise__mutmut_63 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_64'] = x_recognise__mutmut_64 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_65'] = x_recognise__mutmut_65 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_66'] = x_recognise__mutmut_66 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_67'] = x_recognise__mutmut_67 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_68'] = x_recognise__mutmut_68 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_69'] = x_recognise__mutmut_69 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_70'] = x_recognise__mutmut_70 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_71'] = x_recognise__mutmut_71 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_72'] = x_recognise__mutmut_72 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_73'] = x_recognise__mutmut_73 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_74'] = x_recognise__mutmut_74 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_75'] = x_recognise__mutmut_75 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_76'] = x_recognise__mutmut_76 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_77'] = x_recognise__mutmut_77 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_78'] = x_recognise__mutmut_78 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_79'] = x_recognise__mutmut_79 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_80'] = x_recognise__mutmut_80 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_81'] = x_recognise__mutmut_81 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_82'] = x_recognise__mutmut_82 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_83'] = x_recognise__mutmut_83 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_84'] = x_recognise__mutmut_84 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_85'] = x_recognise__mutmut_85 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_86'] = x_recognise__mutmut_86 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_87'] = x_recognise__mutmut_87 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_88'] = x_recognise__mutmut_88 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_89'] = x_recognise__mutmut_89 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_90'] = x_recognise__mutmut_90 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_91'] = x_recognise__mutmut_91 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_92'] = x_recognise__mutmut_92 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_93'] = x_recognise__mutmut_93 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_94'] = x_recognise__mutmut_94 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_95'] = x_recognise__mutmut_95 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_96'] = x_recognise__mutmut_96 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_97'] = x_recognise__mutmut_97 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_98'] = x_recognise__mutmut_98 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_99'] = x_recognise__mutmut_99 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_100'] = x_recognise__mutmut_100 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_101'] = x_recognise__mutmut_101 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_102'] = x_recognise__mutmut_102 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_103'] = x_recognise__mutmut_103 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_104'] = x_recognise__mutmut_104 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_105'] = x_recognise__mutmut_105 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_106'] = x_recognise__mutmut_106 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_107'] = x_recognise__mutmut_107 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_108'] = x_recognise__mutmut_108 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_109'] = x_recognise__mutmut_109 # type: ignore # mutmut generated
mutants_x_recognise__mutmut['x_recognise__mutmut_110'] = x_recognise__mutmut_110 # type: ignore # mutmut generated
mutants_x_withdraw_completion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_withdraw_completion__mutmut)
def withdraw_completion(session: Session, completion: Completion) -> None:
    """Correct a completion entered by mistake."""
    session.delete(completion)
    session.flush()


def x_withdraw_completion__mutmut_orig(session: Session, completion: Completion) -> None:
    """Correct a completion entered by mistake."""
    session.delete(completion)
    session.flush()


def x_withdraw_completion__mutmut_1(session: Session, completion: Completion) -> None:
    """Correct a completion entered by mistake."""
    session.delete(None)
    session.flush()

mutants_x_withdraw_completion__mutmut['_mutmut_orig'] = x_withdraw_completion__mutmut_orig # type: ignore # mutmut generated
mutants_x_withdraw_completion__mutmut['x_withdraw_completion__mutmut_1'] = x_withdraw_completion__mutmut_1 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_has_unlocking_completion__mutmut)
def has_unlocking_completion(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_orig(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_1(session: Session, person_id: int, on: date) -> bool:
    return bool(
        None
    )


def x_has_unlocking_completion__mutmut_2(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            None
        )
    )


def x_has_unlocking_completion__mutmut_3(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(None)
        )
    )


def x_has_unlocking_completion__mutmut_4(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                None,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_5(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                None,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_6(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                None,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_7(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_8(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_9(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_10(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(None, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_11(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, None)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_12(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_13(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, )
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_14(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(None)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_15(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id != Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_16(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id != person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_17(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on < on,
            )
            .limit(1)
        )
    )


def x_has_unlocking_completion__mutmut_18(session: Session, person_id: int, on: date) -> bool:
    return bool(
        session.scalar(
            select(Completion.id)
            .join(Curriculum, Curriculum.id == Completion.curriculum_id)
            .where(
                Completion.person_id == person_id,
                Curriculum.unlocks_licence,
                Completion.completed_on <= on,
            )
            .limit(2)
        )
    )

mutants_x_has_unlocking_completion__mutmut['_mutmut_orig'] = x_has_unlocking_completion__mutmut_orig # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_1'] = x_has_unlocking_completion__mutmut_1 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_2'] = x_has_unlocking_completion__mutmut_2 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_3'] = x_has_unlocking_completion__mutmut_3 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_4'] = x_has_unlocking_completion__mutmut_4 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_5'] = x_has_unlocking_completion__mutmut_5 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_6'] = x_has_unlocking_completion__mutmut_6 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_7'] = x_has_unlocking_completion__mutmut_7 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_8'] = x_has_unlocking_completion__mutmut_8 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_9'] = x_has_unlocking_completion__mutmut_9 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_10'] = x_has_unlocking_completion__mutmut_10 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_11'] = x_has_unlocking_completion__mutmut_11 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_12'] = x_has_unlocking_completion__mutmut_12 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_13'] = x_has_unlocking_completion__mutmut_13 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_14'] = x_has_unlocking_completion__mutmut_14 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_15'] = x_has_unlocking_completion__mutmut_15 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_16'] = x_has_unlocking_completion__mutmut_16 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_17'] = x_has_unlocking_completion__mutmut_17 # type: ignore # mutmut generated
mutants_x_has_unlocking_completion__mutmut['x_has_unlocking_completion__mutmut_18'] = x_has_unlocking_completion__mutmut_18 # type: ignore # mutmut generated


# --- the payment level -----------------------------------------------------------------


LEVELS_KEY = "qhb_levels"
mutants_x_levels_on__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_levels_on__mutmut)
def levels_on(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_orig(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_1(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = None
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_2(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(None, {})
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_3(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, None)
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_4(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault({})
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_5(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, )
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_6(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def x_levels_on__mutmut_7(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = None
    return cache[on]


def x_levels_on__mutmut_8(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(None, on)
    return cache[on]


def x_levels_on__mutmut_9(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(session, None)
    return cache[on]


def x_levels_on__mutmut_10(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(on)
    return cache[on]


def x_levels_on__mutmut_11(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(session, )
    return cache[on]

mutants_x_levels_on__mutmut['_mutmut_orig'] = x_levels_on__mutmut_orig # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_1'] = x_levels_on__mutmut_1 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_2'] = x_levels_on__mutmut_2 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_3'] = x_levels_on__mutmut_3 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_4'] = x_levels_on__mutmut_4 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_5'] = x_levels_on__mutmut_5 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_6'] = x_levels_on__mutmut_6 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_7'] = x_levels_on__mutmut_7 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_8'] = x_levels_on__mutmut_8 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_9'] = x_levels_on__mutmut_9 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_10'] = x_levels_on__mutmut_10 # type: ignore # mutmut generated
mutants_x_levels_on__mutmut['x_levels_on__mutmut_11'] = x_levels_on__mutmut_11 # type: ignore # mutmut generated
mutants_x_level_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_level_of__mutmut)
def level_of(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_orig(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_1(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = None
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_2(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(None)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_3(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(None, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_4(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, None).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_5(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get({}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_6(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, ).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_7(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_8(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(None)
    return _levels(session, on, person_id).get(person_id)


def x_level_of__mutmut_9(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(None)


def x_level_of__mutmut_10(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(None, on, person_id).get(person_id)


def x_level_of__mutmut_11(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, None, person_id).get(person_id)


def x_level_of__mutmut_12(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, None).get(person_id)


def x_level_of__mutmut_13(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(on, person_id).get(person_id)


def x_level_of__mutmut_14(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, person_id).get(person_id)


def x_level_of__mutmut_15(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, ).get(person_id)

mutants_x_level_of__mutmut['_mutmut_orig'] = x_level_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_1'] = x_level_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_2'] = x_level_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_3'] = x_level_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_4'] = x_level_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_5'] = x_level_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_6'] = x_level_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_7'] = x_level_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_8'] = x_level_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_9'] = x_level_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_10'] = x_level_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_11'] = x_level_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_12'] = x_level_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_13'] = x_level_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_14'] = x_level_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_level_of__mutmut['x_level_of__mutmut_15'] = x_level_of__mutmut_15 # type: ignore # mutmut generated
mutants_x__levels__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__levels__mutmut)
def _levels(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_orig(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_1(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = None
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_2(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(None)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_3(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(None, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_4(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, None)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_5(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_6(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, )
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_7(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(None, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_8(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, None)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_9(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_10(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, )
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_11(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id != Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_12(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on < on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_13(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = None
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_14(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(None, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_15(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, None)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_16(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_17(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, )
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_18(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_19(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = None
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_20(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(None)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_21(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id != person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_22(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = None
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_23(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(None)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_24(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id != person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_25(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = None
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_26(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(None)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_27(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(None):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_28(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] = counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_29(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] -= counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_30(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = None
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_31(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(None)
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_32(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(None).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_33(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(None, bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_34(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), None)
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_35(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_36(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), )
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_37(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(None, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_38(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, None), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_39(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_40(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, ), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_41(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 1), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_42(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(None))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_43(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(None)))
        for pid in set(ue) | set(fachkraft)
    }


def x__levels__mutmut_44(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) & set(fachkraft)
    }


def x__levels__mutmut_45(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(None) | set(fachkraft)
    }


def x__levels__mutmut_46(session: Session, on: date, person_id: int | None = None) -> dict[int, Qualification]:
    completed = (
        select(Completion.person_id, Curriculum.counts_ue)
        .join(Curriculum, Curriculum.id == Completion.curriculum_id)
        .where(Completion.completed_on <= on)
    )
    profiles = select(Profile.person_id, Profile.fachkraft)
    if person_id is not None:
        completed = completed.where(Completion.person_id == person_id)
        profiles = profiles.where(Profile.person_id == person_id)
    ue: dict[int, int] = defaultdict(int)
    for pid, counts in session.execute(completed):
        ue[pid] += counts
    fachkraft = dict(session.execute(profiles).all())
    return {
        pid: qualification(ue.get(pid, 0), bool(fachkraft.get(pid)))
        for pid in set(ue) | set(None)
    }

mutants_x__levels__mutmut['_mutmut_orig'] = x__levels__mutmut_orig # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_1'] = x__levels__mutmut_1 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_2'] = x__levels__mutmut_2 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_3'] = x__levels__mutmut_3 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_4'] = x__levels__mutmut_4 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_5'] = x__levels__mutmut_5 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_6'] = x__levels__mutmut_6 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_7'] = x__levels__mutmut_7 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_8'] = x__levels__mutmut_8 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_9'] = x__levels__mutmut_9 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_10'] = x__levels__mutmut_10 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_11'] = x__levels__mutmut_11 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_12'] = x__levels__mutmut_12 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_13'] = x__levels__mutmut_13 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_14'] = x__levels__mutmut_14 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_15'] = x__levels__mutmut_15 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_16'] = x__levels__mutmut_16 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_17'] = x__levels__mutmut_17 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_18'] = x__levels__mutmut_18 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_19'] = x__levels__mutmut_19 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_20'] = x__levels__mutmut_20 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_21'] = x__levels__mutmut_21 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_22'] = x__levels__mutmut_22 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_23'] = x__levels__mutmut_23 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_24'] = x__levels__mutmut_24 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_25'] = x__levels__mutmut_25 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_26'] = x__levels__mutmut_26 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_27'] = x__levels__mutmut_27 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_28'] = x__levels__mutmut_28 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_29'] = x__levels__mutmut_29 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_30'] = x__levels__mutmut_30 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_31'] = x__levels__mutmut_31 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_32'] = x__levels__mutmut_32 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_33'] = x__levels__mutmut_33 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_34'] = x__levels__mutmut_34 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_35'] = x__levels__mutmut_35 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_36'] = x__levels__mutmut_36 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_37'] = x__levels__mutmut_37 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_38'] = x__levels__mutmut_38 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_39'] = x__levels__mutmut_39 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_40'] = x__levels__mutmut_40 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_41'] = x__levels__mutmut_41 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_42'] = x__levels__mutmut_42 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_43'] = x__levels__mutmut_43 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_44'] = x__levels__mutmut_44 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_45'] = x__levels__mutmut_45 # type: ignore # mutmut generated
mutants_x__levels__mutmut['x__levels__mutmut_46'] = x__levels__mutmut_46 # type: ignore # mutmut generated
mutants_x_qualification__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_qualification__mutmut)
def qualification(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_orig(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_1(ue: int, fachkraft: bool) -> Qualification:
    ue = None  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_2(ue: int, fachkraft: bool) -> Qualification:
    ue = min(None, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_3(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, None)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_4(ue: int, fachkraft: bool) -> Qualification:
    ue = min(300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_5(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, )  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_6(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 301)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_7(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = None
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_8(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if (ue == 0) and False else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_9(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if (ue == 0) or True else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_10(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_(None) if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_11(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("XXkeine QualifizierungXX") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_12(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_13(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("KEINE QUALIFIZIERUNG") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_14(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue != 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_15(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 1 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_16(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = None
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_17(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") - (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_18(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_(None) + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_19(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("XXpädagogische FachkraftXX") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_20(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_21(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("PÄDAGOGISCHE FACHKRAFT") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_22(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if (ue) and False else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_23(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if (ue) or True else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_24(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "XXXX")
    return Qualification(ue=ue, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_25(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=None, fachkraft=fachkraft, label=label)


def x_qualification__mutmut_26(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=None, label=label)


def x_qualification__mutmut_27(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, label=None)


def x_qualification__mutmut_28(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(fachkraft=fachkraft, label=label)


def x_qualification__mutmut_29(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, label=label)


def x_qualification__mutmut_30(ue: int, fachkraft: bool) -> Qualification:
    ue = min(ue, 300)  # 160 + 140 or DJI 160 + 160+: the full qualification is 300 UE
    label = gettext_("keine Qualifizierung") if ue == 0 else f"{ue} UE"
    if fachkraft:
        label = gettext_("pädagogische Fachkraft") + (f", {ue} UE" if ue else "")
    return Qualification(ue=ue, fachkraft=fachkraft, )

mutants_x_qualification__mutmut['_mutmut_orig'] = x_qualification__mutmut_orig # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_1'] = x_qualification__mutmut_1 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_2'] = x_qualification__mutmut_2 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_3'] = x_qualification__mutmut_3 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_4'] = x_qualification__mutmut_4 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_5'] = x_qualification__mutmut_5 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_6'] = x_qualification__mutmut_6 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_7'] = x_qualification__mutmut_7 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_8'] = x_qualification__mutmut_8 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_9'] = x_qualification__mutmut_9 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_10'] = x_qualification__mutmut_10 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_11'] = x_qualification__mutmut_11 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_12'] = x_qualification__mutmut_12 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_13'] = x_qualification__mutmut_13 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_14'] = x_qualification__mutmut_14 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_15'] = x_qualification__mutmut_15 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_16'] = x_qualification__mutmut_16 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_17'] = x_qualification__mutmut_17 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_18'] = x_qualification__mutmut_18 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_19'] = x_qualification__mutmut_19 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_20'] = x_qualification__mutmut_20 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_21'] = x_qualification__mutmut_21 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_22'] = x_qualification__mutmut_22 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_23'] = x_qualification__mutmut_23 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_24'] = x_qualification__mutmut_24 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_25'] = x_qualification__mutmut_25 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_26'] = x_qualification__mutmut_26 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_27'] = x_qualification__mutmut_27 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_28'] = x_qualification__mutmut_28 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_29'] = x_qualification__mutmut_29 # type: ignore # mutmut generated
mutants_x_qualification__mutmut['x_qualification__mutmut_30'] = x_qualification__mutmut_30 # type: ignore # mutmut generated
mutants_x_forget_levels__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_forget_levels__mutmut)
def forget_levels(session: Session) -> None:
    session.info.pop(LEVELS_KEY, None)


def x_forget_levels__mutmut_orig(session: Session) -> None:
    session.info.pop(LEVELS_KEY, None)


def x_forget_levels__mutmut_1(session: Session) -> None:
    session.info.pop(None, None)


def x_forget_levels__mutmut_2(session: Session) -> None:
    session.info.pop(None)


def x_forget_levels__mutmut_3(session: Session) -> None:
    session.info.pop(LEVELS_KEY, )

mutants_x_forget_levels__mutmut['_mutmut_orig'] = x_forget_levels__mutmut_orig # type: ignore # mutmut generated
mutants_x_forget_levels__mutmut['x_forget_levels__mutmut_1'] = x_forget_levels__mutmut_1 # type: ignore # mutmut generated
mutants_x_forget_levels__mutmut['x_forget_levels__mutmut_2'] = x_forget_levels__mutmut_2 # type: ignore # mutmut generated
mutants_x_forget_levels__mutmut['x_forget_levels__mutmut_3'] = x_forget_levels__mutmut_3 # type: ignore # mutmut generated


@event.listens_for(Session, "after_flush")
def _levels_changed(session: Session, _context) -> None:
    forget_levels(session)
