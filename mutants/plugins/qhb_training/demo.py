"""Demo qualification: curricula, a running Part 1 course with applicants, a Part 2 course,
a completed Fortbildung, and every childminder's completions and first-aid certificates."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Childminder, Person, PersonRole
from core.models.persons import Role
from plugins.qhb_training import courses, curricula
from plugins.qhb_training.curricula import block_plan
from plugins.qhb_training.models import (
    ABSENT,
    EXCUSED,
    EXTERNAL,
    FIRST_AID,
    PARTIAL,
    PRESENT,
    Attendance,
    Completion,
    Course,
    Credential,
    Evidence,
    Lesson,
    Profile,
)

EIGHT = Decimal(8)  # UE of a full course Saturday
APPLICANTS = [
    ("Aylin", "Demir"),
    ("Julia", "Brandt"),
    ("Natascha", "Wolf"),
    ("Sabine", "Kühn"),
    ("Marco", "Lehmann"),
    ("Elif", "Yıldız"),
    ("Katrin", "Sommer"),
    ("Olena", "Koval"),
    ("Miriam", "Haas"),
    ("Svenja", "Pohl"),
    ("Denise", "Arnold"),
    ("Fatma", "Aksoy"),
    ("Lea", "Franke"),
]
# How the agency's childminders qualified: code(s) of completed curricula and a weight.
PATHS = [
    (("dji160",), 3),
    (("dji160", "qhb160plus"), 3),
    (("qhb1", "qhb2"), 3),
    (("qhb1",), 2),
    (("fk-nrw",), 1),
]


def build(session: Session, rng, today: date | None = None) -> None:
    today = today or date.today()
    curricula.install_builtin(session)
    by_code = {c.code: c for c in curricula.all_curricula(session)}
    minders = list(session.scalars(select(Childminder.person_id).order_by(Childminder.person_id)))
    _qualifications(session, rng, today, minders, by_code)
    if len(minders) >= 12:
        _courses(session, rng, today, minders, by_code)


def _qualifications(session, rng, today, minders, by_code) -> None:
    """Completions recognised from before Tagwerk, profiles, first aid and Fortbildung."""
    paths = [codes for codes, weight in PATHS for _ in range(weight)]
    completions, profiles, first_aid, external = [], [], [], []
    for pid in minders:
        codes = rng.choice(paths)
        done = today - timedelta(days=rng.randint(400, 3000))
        for n, code in enumerate(codes):
            completions.append(
                {
                    "person_id": pid,
                    "curriculum_id": by_code[code].id,
                    "completed_on": done + timedelta(days=500 * n),
                    "certificate_no": f"EXT-{pid}-{code.upper()}",
                    "external": True,
                    "proof": "Zertifikat des Bildungsträgers (Kopie in der Akte)",
                }
            )
        recent_part1 = codes == ("qhb1",)
        if recent_part1 or codes == ("fk-nrw",) or rng.random() < 0.05:
            licence = today - timedelta(days=rng.randint(200, 700)) if recent_part1 else None
            profiles.append(
                {
                    "person_id": pid,
                    "fachkraft": codes == ("fk-nrw",),
                    "profession": "Erzieherin" if codes == ("fk-nrw",) else "",
                    "first_licence_on": licence,
                }
            )
        if rng.random() < 0.95:
            taken = today - timedelta(days=rng.randint(30, 1000))
            first_aid.append(
                {
                    "person_id": pid,
                    "kind": FIRST_AID,
                    "title": "Erste Hilfe am Kind",
                    "taken_on": taken,
                    "ue": 9,
                    "valid_until": taken + timedelta(days=730),
                    "proof": "Bescheinigung DRK",
                }
            )
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            external.append(
                {
                    "person_id": pid,
                    "curriculum_id": None,
                    "kind": EXTERNAL,
                    "day": date(today.year, 1, 1)
                    + timedelta(days=rng.randint(0, today.timetuple().tm_yday - 1)),
                    "amount": Decimal(rng.choice((4, 6, 8))),
                    "title": rng.choice(
                        ("Sprachförderung im Alltag", "Kinderschutz", "Bewegung für die Kleinsten")
                    ),
                    "proof": "Teilnahmebescheinigung Familienbildungsstätte",
                }
            )
    for table, rows in (
        (Completion, completions),
        (Profile, profiles),
        (Credential, first_aid),
        (Evidence, external),
    ):
        if rows:
            session.execute(table.__table__.insert(), rows)


def _lessons(course: Course, first: date, plan, step_days: int) -> None:
    for n, (module_id, ue) in enumerate(plan):
        course.lessons.append(
            Lesson(
                day=first + timedelta(days=step_days * n),
                starts_at=time(9, 0),
                ends_at=time(15, 30),
                ue=ue,
                module_id=module_id,
                room=course.room,
            )
        )


def _attend(session, rng, course: Course, people: list[int], today: date) -> None:
    rows = []
    for lesson in course.lessons:
        if lesson.day > today:
            break
        for pid in people:
            roll = rng.random()
            status = (
                PRESENT
                if roll < 0.88
                else EXCUSED
                if roll < 0.94
                else PARTIAL
                if roll < 0.97
                else ABSENT
            )
            ue = lesson.ue if status == PRESENT else Decimal(4) if status == PARTIAL else Decimal(0)
            rows.append({"lesson_id": lesson.id, "person_id": pid, "status": status, "ue": ue})
    if rows:
        session.execute(Attendance.__table__.insert(), rows)


def _courses(session, rng, today, minders, by_code) -> None:
    saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    # Part 1 for applicants: 20 Saturdays of 8 UE, every second week, half of it done.
    part1 = Course(
        curriculum_id=by_code["qhb1"].id,
        title=f"QHB Teil 1 – Grundkurs {saturday.year}",
        provider="Familienbildungsstätte am Markt",
        trainers="Dr. Ute Berger, Sven Krämer",
        room="Seminarraum 2",
        starts_on=saturday - timedelta(weeks=20),
        ends_on=saturday + timedelta(weeks=20),
        min_participants=6,
        max_participants=12,
    )
    session.add(part1)
    part1.curriculum = by_code["qhb1"]
    _lessons(part1, saturday - timedelta(weeks=20), block_plan(by_code["qhb1"], EIGHT), 14)
    applicants = [
        Person(first_name=first, last_name=last, roles=[PersonRole(role=Role.APPLICANT)])
        for first, last in APPLICANTS
    ]
    session.add_all(applicants)
    session.flush()
    for person in applicants:
        courses.enrol(session, part1, person)
    seated = [p.id for p in applicants[: part1.max_participants]]
    _attend(session, rng, part1, seated, today)

    part2 = Course(
        curriculum_id=by_code["qhb2"].id,
        title=f"QHB Teil 2 – tätigkeitsbegleitend {saturday.year}/{saturday.year + 1}",
        provider="Familienbildungsstätte am Markt",
        trainers="Sven Krämer",
        room="Seminarraum 1",
        starts_on=saturday - timedelta(weeks=8),
        ends_on=saturday + timedelta(weeks=40),
        min_participants=6,
        max_participants=14,
    )
    session.add(part2)
    part2.curriculum = by_code["qhb2"]
    _lessons(part2, saturday - timedelta(weeks=8), block_plan(by_code["qhb2"], EIGHT), 14)
    session.flush()
    in_part1 = set(
        session.scalars(
            select(Completion.person_id).where(Completion.curriculum_id == by_code["qhb1"].id)
        )
    )
    done_part2 = set(
        session.scalars(
            select(Completion.person_id).where(Completion.curriculum_id == by_code["qhb2"].id)
        )
    )
    for pid in sorted(in_part1 - done_part2)[:10]:
        courses.enrol(session, part2, session.get(Person, pid))
    _attend(session, rng, part2, sorted(in_part1 - done_part2)[:10], today)

    training = Course(
        curriculum_id=by_code["fortbildung"].id,
        title="Fortbildung: Sprachförderung im Alltag",
        provider="Jugendamt, Fachberatung Kindertagespflege",
        trainers="Anke Vogt",
        room="Rathaus, Raum 104",
        starts_on=today - timedelta(days=40),
        ends_on=today - timedelta(days=33),
        min_participants=6,
        max_participants=16,
    )
    session.add(training)
    training.curriculum = by_code["fortbildung"]
    _lessons(training, today - timedelta(days=40), [(None, Decimal(4))] * 2, 7)
    session.flush()
    guests = rng.sample(minders, 14)
    for pid in guests:
        courses.enrol(session, training, session.get(Person, pid))
    _attend(session, rng, training, guests, today)
    training.closed_on = today - timedelta(days=30)
    session.flush()
