"""Tables of the Qualifizierung module (prefix qhb_), keyed by core ids.

A curriculum says what a part of the qualification requires (UE, internship and self-study
hours, a Lernergebnisfeststellung); courses deliver it in lessons; attendance, evidence and
assessments show a person's progress; a completion is the certified result. Seats of a
course are counted in `qhb_course.seats_taken` under a CHECK, so two coordinators enrolling
for the last seat at once cannot both get it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow
from core.files.submissions import Submission
from core.i18n import N_

# Kinds of curricula; reports group by them.
QHB_PART, DJI, UPGRADE, SHORT, ADDITIONAL, CONTINUING = (
    "qhb_part",
    "dji",
    "upgrade",
    "short",
    "additional",
    "continuing",
)
CURRICULUM_KINDS = {
    QHB_PART: N_("QHB-Teil"),
    DJI: N_("DJI-Curriculum"),
    UPGRADE: N_("Anschlussqualifizierung 160+"),
    SHORT: N_("verkürzt für pädagogische Fachkräfte"),
    ADDITIONAL: N_("Zusatzqualifikation"),
    CONTINUING: N_("Fortbildung"),
}

ENROLLED, WAITING, WITHDRAWN = "enrolled", "waiting", "withdrawn"
ENROLMENT_STATES = {
    ENROLLED: N_("angemeldet"),
    WAITING: N_("Warteliste"),
    WITHDRAWN: N_("abgemeldet"),
}

PRESENT, ABSENT, EXCUSED, PARTIAL = "present", "absent", "excused", "partial"
ATTENDANCE_STATES = {
    PRESENT: N_("anwesend"),
    PARTIAL: N_("teilweise"),
    ABSENT: N_("abwesend"),
    EXCUSED: N_("entschuldigt"),
}

KITA, KTPP, SELF_STUDY, EXTERNAL = "kita", "ktpp", "self_study", "external"
EVIDENCE_KINDS = {
    KITA: N_("Praktikum in einer Kita (Stunden)"),
    KTPP: N_("Praktikum in der Kindertagespflege (Stunden)"),
    SELF_STUDY: N_("Selbstlernzeit (Stunden)"),
    EXTERNAL: N_("Fortbildung bei einem anderen Träger (UE)"),
}

FIRST_AID, HYGIENE, INCLUSION, OTHER = "first_aid", "hygiene", "inclusion", "other"
CREDENTIAL_KINDS = {
    FIRST_AID: N_("Erste Hilfe am Kind"),
    HYGIENE: N_("Infektionsschutz / Lebensmittelhygiene"),
    INCLUSION: N_("Inklusionszertifikat"),
    OTHER: N_("sonstiger Nachweis"),
}


class Curriculum(Base):
    """What one part of a qualification requires; built-in ones come from curricula.toml."""

    __tablename__ = "qhb_curriculum"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    ue: Mapped[int] = mapped_column(default=0)  # teaching units to attend
    kita_hours: Mapped[int] = mapped_column(default=0)
    ktpp_hours: Mapped[int] = mapped_column(default=0)
    self_study_hours: Mapped[int] = mapped_column(default=0)
    lef: Mapped[bool] = mapped_column(default=False)  # ends with a Lernergebnisfeststellung
    unlocks_licence: Mapped[bool] = mapped_column(default=False)  # Pflegeerlaubnis possible
    needs_licence: Mapped[bool] = mapped_column(default=False)  # done while working (Part 2)
    counts_ue: Mapped[int] = mapped_column(default=0)  # UE toward the payment level
    continuing: Mapped[bool] = mapped_column(default=False)  # counts as Fortbildung
    builtin: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    modules: Mapped[list[CurriculumModule]] = relationship(
        cascade="all, delete-orphan", order_by="CurriculumModule.position", lazy="selectin"
    )


class CurriculumModule(Base):
    """A thematic block of a curriculum; certificates list the UE attended per block."""

    __tablename__ = "qhb_curriculum_module"
    __table_args__ = (UniqueConstraint("curriculum_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("qhb_curriculum.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    ue: Mapped[int] = mapped_column(default=0)


class Course(Base):
    """One delivery of a curriculum by a provider, with a seat limit and a waiting list."""

    __tablename__ = "qhb_course"
    __table_args__ = (
        CheckConstraint("min_participants <= max_participants", name="participants"),
        CheckConstraint("seats_taken >= 0", name="seats_positive"),
        CheckConstraint("seats_taken <= max_participants", name="no_overbooking"),
        CheckConstraint("starts_on <= ends_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(
        ForeignKey("qhb_curriculum.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(200), default="")  # Bildungsträger
    trainers: Mapped[str] = mapped_column(String(300), default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    min_participants: Mapped[int] = mapped_column(default=6)
    max_participants: Mapped[int] = mapped_column(default=12)
    seats_taken: Mapped[int] = mapped_column(default=0)
    closed_on: Mapped[date | None]  # set when the course is completed
    notes: Mapped[str] = mapped_column(Text, default="")

    curriculum: Mapped[Curriculum] = relationship(lazy="joined")
    lessons: Mapped[list[Lesson]] = relationship(
        back_populates="course",
        cascade="all, delete-orphan",
        order_by="(Lesson.day, Lesson.starts_at)",
    )


class Lesson(Base):
    """One meeting of a course (Kurstermin) worth a number of UE."""

    __tablename__ = "qhb_lesson"
    __table_args__ = (
        CheckConstraint("ue > 0", name="ue_positive"),
        Index("ix_qhb_lesson_course_day", "course_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("qhb_course.id", ondelete="CASCADE"))
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("qhb_curriculum_module.id", ondelete="SET NULL")
    )
    day: Mapped[date]
    starts_at: Mapped[time]
    ends_at: Mapped[time]
    ue: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    topic: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(200), default="")

    course: Mapped[Course] = relationship(back_populates="lessons")
    module: Mapped[CurriculumModule | None] = relationship()


class Enrolment(Base):
    """A childminder or applicant signed up for a course, or waiting for a seat."""

    __tablename__ = "qhb_enrolment"
    __table_args__ = (
        UniqueConstraint("course_id", "person_id"),
        Index("ix_qhb_enrolment_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("qhb_course.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=ENROLLED)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    exception_reason: Mapped[str] = mapped_column(Text, default="")  # see admission.py

    course: Mapped[Course] = relationship()

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Attendance(Base):
    """Whether a participant was at a lesson, and for how many of its UE."""

    __tablename__ = "qhb_attendance"
    __table_args__ = (
        CheckConstraint("ue >= 0", name="ue_positive"),
        Index("ix_qhb_attendance_person", "person_id"),
    )

    lesson_id: Mapped[int] = mapped_column(
        ForeignKey("qhb_lesson.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20))
    ue: Mapped[Decimal] = mapped_column(Numeric(4, 1), default=Decimal("0"))

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Evidence(Base):
    """Internship or self-study hours toward a curriculum, or training elsewhere, with proof."""

    __tablename__ = "qhb_evidence"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    curriculum_id: Mapped[int | None] = mapped_column(
        ForeignKey("qhb_curriculum.id", ondelete="RESTRICT")
    )
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Numeric(5, 1))  # hours, or UE for external training
    title: Mapped[str] = mapped_column(String(200), default="")
    proof: Mapped[str] = mapped_column(String(200))

    curriculum: Mapped[Curriculum | None] = relationship()

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Assessment(Base):
    """A Lernergebnisfeststellung (LEF) taken for a curriculum."""

    __tablename__ = "qhb_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("qhb_curriculum.id", ondelete="RESTRICT"))
    day: Mapped[date]
    passed: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")

    curriculum: Mapped[Curriculum] = relationship()

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Completion(Base):
    """A curriculum completed: certified here, or recognised from elsewhere with proof."""

    __tablename__ = "qhb_completion"
    __table_args__ = (UniqueConstraint("person_id", "curriculum_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    curriculum_id: Mapped[int] = mapped_column(
        ForeignKey("qhb_curriculum.id", ondelete="RESTRICT"), index=True
    )
    completed_on: Mapped[date]
    certificate_no: Mapped[str] = mapped_column(String(40), unique=True)
    external: Mapped[bool] = mapped_column(default=False)
    proof: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    curriculum: Mapped[Curriculum] = relationship(lazy="joined")

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Credential(Base):
    """A certificate that may expire: Erste Hilfe am Kind, hygiene briefing, inclusion, …"""

    __tablename__ = "qhb_credential"
    __table_args__ = (Index("ix_qhb_credential_person_kind", "person_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    taken_on: Mapped[date]
    ue: Mapped[int] = mapped_column(default=0)
    valid_until: Mapped[date | None]  # None: does not expire
    proof: Mapped[str] = mapped_column(String(200), default="")

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Profile(Base):
    """Training facts of a person: professional background and the first licence."""

    __tablename__ = "qhb_profile"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    fachkraft: Mapped[bool] = mapped_column(default=False)  # pedagogical professional
    profession: Mapped[str] = mapped_column(String(200), default="")
    first_licence_on: Mapped[date | None]  # the first Pflegeerlaubnis; Part 2 deadline runs

    @property
    def audit_person_id(self) -> int:
        return self.person_id


RECOGNITION_KINDS = {**CREDENTIAL_KINDS, EXTERNAL: EVIDENCE_KINDS[EXTERNAL]}


class Recognition(Submission, Base):
    """A certificate the childminder handed in through her portal for recognition: first
    aid, a hygiene briefing, a course at another provider. Accepted, it becomes the
    credential or the evidence staff would have entered (core.files.submissions decides)."""

    __tablename__ = "qhb_recognition"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # a credential kind, or EXTERNAL
    title: Mapped[str] = mapped_column(String(200), default="")
    taken_on: Mapped[date]
    ue: Mapped[int] = mapped_column(default=0)
    valid_until: Mapped[date | None]
    credential_id: Mapped[int | None] = mapped_column(
        ForeignKey("qhb_credential.id", ondelete="SET NULL")
    )
    evidence_id: Mapped[int | None] = mapped_column(
        ForeignKey("qhb_evidence.id", ondelete="SET NULL")
    )

    @property
    def childminder_id(self) -> int:  # as core.files.submissions' pages name her
        return self.person_id

    @property
    def audit_person_id(self) -> int:
        return self.person_id
