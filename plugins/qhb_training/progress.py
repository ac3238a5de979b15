"""A person's way through the qualification: progress, LEF, completion, level.

Progress against a curriculum adds the UE attended in its courses, the internship and
self-study hours shown with proof, and the latest Lernergebnisfeststellung. A completion is
recorded only when every requirement is met (or, for training done elsewhere, with proof);
it is what the payment level and the licence rules (`licence`) read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.forms import Form
from core.i18n import gettext_
from core.kernel.contributions import Qualification
from core.models import Person
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
from plugins.qhb_training.requirements import Progress, qualification


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


def progress_for(session: Session, person_id: int, curriculum_id: int) -> Progress:
    for p in progress(session, person_id):
        if p.curriculum.id == curriculum_id:
            return p
    return Progress(session.get(Curriculum, curriculum_id))


# --- evidence and assessments --------------------------------------------------------


def evidence_of(session: Session, person_id: int) -> list[Evidence]:
    query = select(Evidence).where(Evidence.person_id == person_id)
    return list(session.scalars(query.order_by(Evidence.day.desc(), Evidence.id.desc())))


def enrolments_of(session: Session, person_id: int) -> list[Enrolment]:
    query = select(Enrolment).join(Course, Course.id == Enrolment.course_id)
    query = query.where(Enrolment.person_id == person_id).order_by(Course.starts_on.desc())
    return list(session.scalars(query))


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


# --- completion -----------------------------------------------------------------------


def _certificate_no(session: Session, curriculum: Curriculum, on: date) -> str:
    prefix = f"{curriculum.code.upper()}-{on.year}-"
    taken = session.scalar(
        select(func.count())
        .select_from(Completion)
        .where(Completion.certificate_no.like(prefix + "%"))
    )
    return f"{prefix}{taken + 1:04d}"


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


def withdraw_completion(session: Session, completion: Completion) -> None:
    """Correct a completion entered by mistake."""
    session.delete(completion)
    session.flush()


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


# --- the payment level -----------------------------------------------------------------


LEVELS_KEY = "qhb_levels"


def levels_on(session: Session, on: date) -> dict[int, Qualification]:
    """Every person's qualification on a date, in two queries, remembered per session.

    A payment run asks for each of its childminders; one batch answers them all. The cache
    is dropped whenever the session flushes, so a new completion is seen at once.
    """
    cache = session.info.setdefault(LEVELS_KEY, {})
    if on not in cache:
        cache[on] = _levels(session, on)
    return cache[on]


def level_of(session: Session, person_id: int, on: date) -> Qualification | None:
    """One person's qualification, from the batch if a run already asked, else by itself."""
    cached = session.info.get(LEVELS_KEY, {}).get(on)
    if cached is not None:
        return cached.get(person_id)
    return _levels(session, on, person_id).get(person_id)


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


def forget_levels(session: Session) -> None:
    session.info.pop(LEVELS_KEY, None)


@event.listens_for(Session, "after_flush")
def _levels_changed(session: Session, _context) -> None:
    forget_levels(session)
