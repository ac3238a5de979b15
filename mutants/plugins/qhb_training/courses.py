"""Courses, their lessons, and who takes part: seats, waiting list, moving up."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import NotFound, ValidationError
from core.format import format_date, format_number
from core.forms import Form
from core.i18n import gettext_
from core.models import Person
from core.models.persons import PersonRole, Role
from plugins.qhb_training import admission
from plugins.qhb_training.models import (
    ENROLLED,
    PARTIAL,
    PRESENT,
    WAITING,
    WITHDRAWN,
    Attendance,
    Course,
    Curriculum,
    Enrolment,
    Lesson,
)

MINUTES_PER_UE = 45


def get_course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(gettext_("Diesen Kurs gibt es nicht."))
    return course


def course_list(session: Session, year: int | None = None) -> list[tuple[Course, int, int]]:
    """Courses with their number of participants and of people waiting."""
    counts = (
        select(
            Enrolment.course_id,
            func.sum(case((Enrolment.status == ENROLLED, 1), else_=0)).label("enrolled"),
            func.sum(case((Enrolment.status == WAITING, 1), else_=0)).label("waiting"),
        )
        .group_by(Enrolment.course_id)
        .subquery()
    )
    query = (
        select(Course, func.coalesce(counts.c.enrolled, 0), func.coalesce(counts.c.waiting, 0))
        .outerjoin(counts, counts.c.course_id == Course.id)
        .order_by(Course.starts_on.desc(), Course.title)
    )
    if year:
        query = query.where(
            Course.starts_on <= date(year, 12, 31), Course.ends_on >= date(year, 1, 1)
        )
    return [tuple(r) for r in session.execute(query)]


def course_form_data(course: Course) -> dict:
    return {
        "curriculum_id": str(course.curriculum_id),
        "title": course.title,
        "provider": course.provider,
        "trainers": course.trainers,
        "room": course.room,
        "starts_on": course.starts_on.isoformat(),
        "ends_on": course.ends_on.isoformat(),
        "min_participants": str(course.min_participants),
        "max_participants": str(course.max_participants),
        "notes": course.notes,
    }


def save_course(session: Session, data: Mapping, course: Course | None = None) -> Course:
    form = Form(data)
    curriculum_id = form.integer("curriculum_id", "Curriculum", required=True)
    curriculum = session.get(Curriculum, curriculum_id) if curriculum_id else None
    if curriculum_id and curriculum is None:
        form.error("curriculum_id", gettext_("Curriculum: Bitte eines der angebotenen wählen."))
    title = form.text("title", "Titel", required=True)
    provider = form.text("provider", gettext_("Bildungsträger"))
    trainers = form.text("trainers", "Referent*innen", max_length=300)
    room = form.text("room", "Raum")
    starts_on = form.date("starts_on", "Beginn", required=True)
    ends_on = form.date("ends_on", "Ende", required=True)
    minimum = form.integer("min_participants", "Mindestens", required=True, minimum=1, maximum=99)
    maximum = form.integer(
        "max_participants", gettext_("Höchstens"), required=True, minimum=1, maximum=99
    )
    notes = form.text("notes", "Notizen", max_length=2000)
    if starts_on and ends_on and ends_on < starts_on:
        form.error("ends_on", gettext_("Ende: liegt vor dem Beginn."))
    if minimum and maximum and minimum > maximum:
        form.error("min_participants", gettext_("Mindestens: mehr als die Höchstzahl."))
    if course is not None and maximum is not None and maximum < course.seats_taken:
        form.error(
            "max_participants",
            gettext_(
                "Höchstens: Es sind schon {seats_taken} Personen angemeldet; bitte erst abmelden."
            ).format(seats_taken=course.seats_taken),
        )
    if course is not None and starts_on and ends_on:
        outside = [ls.day for ls in course.lessons if not starts_on <= ls.day <= ends_on]
        if outside:
            form.error(
                "starts_on",
                gettext_("Beginn/Ende: Der Termin am {value} läge außerhalb des Kurses.").format(
                    value=format_date(outside[0])
                ),
            )
    form.done()
    if course is None:
        course = Course(seats_taken=0)
        session.add(course)
    course.curriculum_id = curriculum_id
    course.title, course.provider, course.trainers, course.room = title, provider, trainers, room
    course.starts_on, course.ends_on = starts_on, ends_on
    course.min_participants, course.max_participants = minimum, maximum
    course.notes = notes
    session.flush()
    return course


# --- lessons ------------------------------------------------------------------------


def _time(form: Form, name: str, label: str) -> time | None:
    raw = form.raw(name)
    if not raw:
        form.error(
            name, gettext_("{label}: Bitte eine Uhrzeit angeben (HH:MM).").format(label=label)
        )
        return None
    try:
        return datetime.strptime(raw.replace(".", ":"), "%H:%M").time()
    except ValueError:
        form.error(
            name,
            gettext_("{label}: '{raw}' ist keine Uhrzeit (HH:MM).").format(label=label, raw=raw),
        )
        return None


def lesson_form_data(lesson: Lesson) -> dict:
    return {
        "day": lesson.day.isoformat(),
        "starts_at": f"{lesson.starts_at:%H:%M}",
        "ends_at": f"{lesson.ends_at:%H:%M}",
        "ue": str(lesson.ue).replace(".", ","),
        "module_id": str(lesson.module_id or ""),
        "topic": lesson.topic,
        "room": lesson.room,
    }


def save_lesson(session: Session, course: Course, data: Mapping, lesson: Lesson | None = None):
    """A lesson inside the course dates whose UE fit its time (45 minutes each)."""
    form = Form(data)
    day = form.date("day", "Datum", required=True)
    starts_at = _time(form, "starts_at", "Beginn")
    ends_at = _time(form, "ends_at", "Ende")
    ue = form.decimal("ue", "UE", minimum=Decimal("0.5"), maximum=Decimal("12"), default="")
    module_id = form.integer("module_id", "Themenblock")
    topic = form.text("topic", "Thema")
    room = form.text("room", "Raum")
    if day and not course.starts_on <= day <= course.ends_on:
        form.error(
            "day",
            gettext_("Datum: liegt außerhalb des Kurses ({starts_on} bis {ends_on}).").format(
                starts_on=format_date(course.starts_on), ends_on=format_date(course.ends_on)
            ),
        )
    if starts_at and ends_at:
        minutes = (ends_at.hour * 60 + ends_at.minute) - (starts_at.hour * 60 + starts_at.minute)
        if minutes <= 0:
            form.error("ends_at", gettext_("Ende: muss nach dem Beginn liegen."))
        elif ue is not None and ue * MINUTES_PER_UE > minutes:
            form.error(
                "ue",
                gettext_(
                    "UE: {ue} UE brauchen {value} Minuten, der Termin dauert {minutes}."
                ).format(ue=format_number(ue), value=int(ue * MINUTES_PER_UE), minutes=minutes),
            )
    if module_id and module_id not in {m.id for m in course.curriculum.modules}:
        form.error("module_id", gettext_("Themenblock: gehört nicht zu diesem Curriculum."))
    if lesson is not None and ue is not None:
        over = session.scalar(
            select(func.max(Attendance.ue)).where(
                Attendance.lesson_id == lesson.id, Attendance.status == PARTIAL
            )
        )
        if over is not None and over > ue:
            form.error("ue", f"UE: Schon {format_number(over)} UE Anwesenheit erfasst.")
    form.done()
    if lesson is None:
        lesson = Lesson(course=course)
        session.add(lesson)
    old_ue = lesson.ue
    lesson.day, lesson.starts_at, lesson.ends_at, lesson.ue = day, starts_at, ends_at, ue
    lesson.module_id, lesson.topic, lesson.room = module_id or None, topic, room
    if old_ue is not None and old_ue != ue:  # full attendance follows the lesson's length
        session.execute(
            update(Attendance)
            .where(Attendance.lesson_id == lesson.id, Attendance.status == PRESENT)
            .values(ue=ue)
        )
    session.flush()
    return lesson


def get_lesson(session: Session, course: Course, lesson_id: int) -> Lesson:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None or lesson.course_id != course.id:
        raise NotFound(gettext_("Diesen Termin gibt es in diesem Kurs nicht."))
    return lesson


def delete_lesson(session: Session, lesson: Lesson) -> None:
    session.delete(lesson)
    session.flush()


# --- participants -------------------------------------------------------------------


def enrolments(session: Session, course: Course) -> list[tuple[Enrolment, Person]]:
    """Participants first, then the waiting list in the order people signed up."""
    order = {ENROLLED: 0, WAITING: 1, WITHDRAWN: 2}
    rows = session.execute(
        select(Enrolment, Person)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.course_id == course.id)
        .order_by(Enrolment.created_at, Enrolment.id)
    ).all()
    return sorted(
        (tuple(r) for r in rows),
        key=lambda r: (order[r[0].status], r[1].last_name if r[0].status == ENROLLED else ""),
    )


def participants(session: Session, course: Course) -> list[Person]:
    return [p for e, p in enrolments(session, course) if e.status == ENROLLED]


def _take_seat(session: Session, course: Course) -> bool:
    """One seat, if any is free: a conditional UPDATE that concurrent enrolments cannot beat."""
    taken = session.execute(
        update(Course)
        .where(Course.id == course.id, Course.seats_taken < Course.max_participants)
        .values(seats_taken=Course.seats_taken + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(course, ["seats_taken"])
    return bool(taken)


def _free_seat(session: Session, course: Course) -> None:
    session.execute(
        update(Course)
        .where(Course.id == course.id)
        .values(seats_taken=Course.seats_taken - 1)
        .execution_options(synchronize_session=False)
    )
    session.refresh(course, ["seats_taken"])


def enrol(
    session: Session, course: Course, person: Person, exception_reason: str = ""
) -> Enrolment:
    """A seat when one is free, else a place on the waiting list (see `admission`)."""
    if course.closed_on:
        raise ValidationError({"person_id": gettext_("Der Kurs ist abgeschlossen.")})
    reason = admission.admit(session, course, person, exception_reason, date.today())
    enrolment = session.scalars(
        select(Enrolment).where(Enrolment.course_id == course.id, Enrolment.person_id == person.id)
    ).first()
    if enrolment is not None and enrolment.status != WITHDRAWN:
        where = (
            gettext_("angemeldet")
            if enrolment.status == ENROLLED
            else gettext_("auf der Warteliste")
        )
        raise ValidationError(
            {
                "person_id": gettext_("{name} ist schon {where}.").format(
                    name=person.name, where=where
                )
            }
        )
    if enrolment is None:
        enrolment = Enrolment(course_id=course.id, person_id=person.id)
        session.add(enrolment)
    else:
        enrolment.created_at = utcnow()  # back at the end of the queue
    enrolment.exception_reason = reason
    enrolment.status = ENROLLED if _take_seat(session, course) else WAITING
    session.flush()
    return enrolment


def waiting_position(session: Session, enrolment: Enrolment) -> int:
    ahead = session.scalar(
        select(func.count())
        .select_from(Enrolment)
        .where(
            Enrolment.course_id == enrolment.course_id,
            Enrolment.status == WAITING,
            (Enrolment.created_at < enrolment.created_at)
            | ((Enrolment.created_at == enrolment.created_at) & (Enrolment.id < enrolment.id)),
        )
    )
    return ahead + 1


def withdraw(session: Session, course: Course, person_id: int) -> Person | None:
    """Sign someone off; the first on the waiting list moves up. Returns who moved up."""
    enrolment = session.scalars(
        select(Enrolment)
        .where(Enrolment.course_id == course.id, Enrolment.person_id == person_id)
        .with_for_update()
    ).first()
    if enrolment is None or enrolment.status == WITHDRAWN:
        raise NotFound(gettext_("Diese Person ist in diesem Kurs nicht angemeldet."))
    had_seat = enrolment.status == ENROLLED
    enrolment.status = WITHDRAWN
    session.flush()
    if not had_seat:
        return None
    _free_seat(session, course)
    first = session.scalars(
        select(Enrolment)
        .where(Enrolment.course_id == course.id, Enrolment.status == WAITING)
        .order_by(Enrolment.created_at, Enrolment.id)
        .limit(1)
    ).first()
    if first is None or not _take_seat(session, course):
        return None
    first.status = ENROLLED
    session.flush()
    return session.get(Person, first.person_id)


def close_course(session: Session, course: Course, on: date) -> None:
    if not course.lessons:
        raise ValidationError(gettext_("Ein Kurs ohne Termine kann nicht abgeschlossen werden."))
    if on < course.lessons[-1].day:
        raise ValidationError(
            gettext_(
                "Der letzte Termin ist am {value}; erst danach kann der Kurs abgeschlossen werden."
            ).format(value=format_date(course.lessons[-1].day))
        )
    course.closed_on = on


def reopen_course(course: Course) -> None:
    course.closed_on = None


def enrolment_candidates(session: Session, course: Course) -> list[Person]:
    """Childminders and applicants not already in the course."""
    inside = select(Enrolment.person_id).where(
        Enrolment.course_id == course.id, Enrolment.status != WITHDRAWN
    )
    eligible = select(PersonRole.person_id).where(
        PersonRole.role.in_((Role.CHILDMINDER, Role.APPLICANT))
    )
    query = (
        select(Person)
        .where(Person.id.in_(eligible), Person.id.not_in(inside))
        .order_by(Person.last_name, Person.first_name)
    )
    return list(session.scalars(query))


def new_applicant(session: Session, data: Mapping) -> Person:
    """An applicant (not yet a childminder) who signs up for a course."""
    form = Form(data)
    first_name = form.text("first_name", "Vorname", required=True, max_length=100)
    last_name = form.text("last_name", "Nachname", required=True, max_length=100)
    email = form.text("email", "E-Mail")
    phone = form.text("phone", "Telefon", max_length=50)
    if email and "@" not in email:
        form.error(
            "email", gettext_("E-Mail: '{email}' ist keine E-Mail-Adresse.").format(email=email)
        )
    form.done()
    person = Person(first_name=first_name, last_name=last_name, email=email, phone=phone)
    person.roles.append(PersonRole(role=Role.APPLICANT))
    session.add(person)
    session.flush()
    return person
