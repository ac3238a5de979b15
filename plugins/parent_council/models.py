"""Tables of the Elternbeirat module (prefix pc_), keyed by core ids.

Secrecy is structural; the design is explained in `plugins.parent_council.secrecy`. In
short: voting never writes to a voter or invitation row. Spending a code inserts a mark
that only the plain code leads to (`pc_spent_code`); the ballot is stored sealed with the
election committee's public key (`pc_sealed_ballot`), readable only with the key the
committee types at the count. Opened then, the ballots go into one urn row (`pc_urn`),
sorted by content, and the sealed copies are deleted. Neither side is written to the audit
log (`__audit__ = False`). Codes are stored as SHA-256 hashes only; the plain code exists
once, in the letter.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow
from core.forms import whole_number
from core.i18n import N_

DRAFT, OPEN, CLOSED = "draft", "open", "closed"
ELECTION_STATES = {
    DRAFT: N_("in Vorbereitung"),
    OPEN: N_("Codes verschickt"),
    CLOSED: N_("abgeschlossen"),
}
PER_CHILD, PER_FAMILY = "child", "family"
VOTE_BASES = {
    PER_CHILD: N_("eine Stimme je Kind"),
    PER_FAMILY: N_("eine Stimme je Familie und Tagespflegeperson"),
}
ONLINE, POSTAL, ASSEMBLY = "online", "postal", "assembly"
CHANNELS = {ONLINE: N_("online"), POSTAL: N_("Briefwahl"), ASSEMBLY: N_("Versammlung")}

CHAIR, VICE_CHAIR, REPRESENTATIVE, DEPUTY = "chair", "vice_chair", "representative", "deputy"
MEMBER_ROLES = {
    CHAIR: N_("Vorsitz"),
    VICE_CHAIR: N_("stellvertretender Vorsitz"),
    REPRESENTATIVE: N_("Elternvertretung"),
    DEPUTY: N_("Stellvertretung"),
}
PARENTS, CHILDMINDERS = "parents", "childminders"
AUDIENCES = {PARENTS: N_("Eltern"), CHILDMINDERS: N_("Tagespflegepersonen")}
GRADE, FREE_TEXT = "grade", "text"


def _random_id() -> str:
    return uuid.uuid4().hex


class Election(Base):
    """One election of parent representatives, with the rules it was called under."""

    __tablename__ = "pc_election"
    __table_args__ = (
        CheckConstraint("seats > 0", name="seats"),
        CheckConstraint("candidacy_until <= voting_from", name="candidacy_first"),
        CheckConstraint("voting_from <= voting_until", name="voting_window"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    cutoff_on: Mapped[date]  # children in care on this day make up the electorate
    candidacy_until: Mapped[date]
    voting_from: Mapped[date]
    voting_until: Mapped[date]
    basis: Mapped[str] = mapped_column(String(20), default=PER_CHILD)
    seats: Mapped[int] = mapped_column(default=3)
    deputies: Mapped[int] = mapped_column(default=3)
    quorum_percent: Mapped[int] = mapped_column(default=0)  # of the electorate voting
    term_months: Mapped[int] = mapped_column(default=12)
    status: Mapped[str] = mapped_column(String(20), default=DRAFT)
    eligible: Mapped[int] = mapped_column(default=0)  # codes issued
    result: Mapped[dict | None] = mapped_column(JSON)  # frozen when closed
    closed_at: Mapped[datetime | None]
    early_close_reason: Mapped[str | None] = mapped_column(Text)  # counted before the end
    # the public half of the election committee's key (plugins.parent_council.sealing)
    seal_key: Mapped[str | None] = mapped_column(String(64))

    candidates: Mapped[list[Candidate]] = relationship(
        cascade="all, delete-orphan", order_by="Candidate.id", lazy="selectin"
    )

    @property
    def closed(self) -> bool:
        return self.status == CLOSED

    @property
    def votes_per_ballot(self) -> int:
        return self.seats + self.deputies


class Candidate(Base):
    __tablename__ = "pc_candidate"
    __table_args__ = (UniqueConstraint("election_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("pc_election.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))  # as on the ballot
    statement: Mapped[str] = mapped_column(Text, default="")

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Voter(Base):
    """One vote's worth of the electorate: a child, or a family at one childminder."""

    __audit__ = False  # when a code was used must not be recorded anywhere
    __tablename__ = "pc_voter"
    __table_args__ = (Index("ix_pc_voter_election", "election_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("pc_election.id", ondelete="CASCADE"))
    addressee_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(300))  # e.g. "für Mia (bei Jana Wolf)"
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)

    addressee = relationship("Person")


class Urn(Base):
    """All ballots of one election, each a sorted list of candidate ids, the list sorted."""

    __audit__ = False
    __tablename__ = "pc_urn"

    election_id: Mapped[int] = mapped_column(
        ForeignKey("pc_election.id", ondelete="RESTRICT"), primary_key=True
    )
    ballots: Mapped[list] = mapped_column(JSON, default=list)


class SealedBallot(Base):
    """A ballot as cast: sealed, of one size, under a random id (no sequence to order by).
    Opened and deleted at the count."""

    __audit__ = False
    __tablename__ = "pc_sealed_ballot"
    __table_args__ = (
        Index("ix_pc_sealed_ballot_election", "election_id"),
        {"sqlite_with_rowid": False},  # SQLite then stores them in their (random) id order
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("pc_election.id", ondelete="RESTRICT"))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class SpentCode(Base):
    """A used code of an election or a survey, as a mark no stored value leads to."""

    __audit__ = False
    __tablename__ = "pc_spent_code"
    __table_args__ = (
        CheckConstraint("(election_id IS NULL) <> (survey_id IS NULL)", name="one_owner"),
        Index("ix_pc_spent_code_election", "election_id"),
        Index("ix_pc_spent_code_survey", "survey_id"),
        {"sqlite_with_rowid": False},  # SQLite then stores marks in their (random) order
    )

    mark: Mapped[str] = mapped_column(String(64), primary_key=True)
    election_id: Mapped[int | None] = mapped_column(
        ForeignKey("pc_election.id", ondelete="RESTRICT")
    )
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("pc_survey.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))


class Council(Base):
    """The elected council for one term."""

    __tablename__ = "pc_council"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    election_id: Mapped[int | None] = mapped_column(
        ForeignKey("pc_election.id", ondelete="SET NULL")
    )
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    members: Mapped[list[Member]] = relationship(
        cascade="all, delete-orphan", order_by="Member.id", lazy="selectin"
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="Meeting.day"
    )


class Member(Base):
    __tablename__ = "pc_member"
    __table_args__ = (UniqueConstraint("council_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("pc_council.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=REPRESENTATIVE)

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class Meeting(Base):
    __tablename__ = "pc_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(
        ForeignKey("pc_council.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    starts_at: Mapped[time]
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")  # one item per line
    minutes: Mapped[str] = mapped_column(Text, default="")
    present: Mapped[str] = mapped_column(Text, default="")  # member ids, comma-separated

    council: Mapped[Council] = relationship(back_populates="meetings")
    decisions: Mapped[list[Decision]] = relationship(
        cascade="all, delete-orphan", order_by="Decision.id", lazy="selectin"
    )

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]

    @property
    def present_ids(self) -> set[int]:
        return {n for v in self.present.split(",") if (n := whole_number(v)) is not None}


class Decision(Base):
    __tablename__ = "pc_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("pc_meeting.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    yes: Mapped[int] = mapped_column(default=0)
    no: Mapped[int] = mapped_column(default=0)
    abstain: Mapped[int] = mapped_column(default=0)


class Survey(Base):
    __tablename__ = "pc_survey"
    __table_args__ = (CheckConstraint("opens_on <= closes_on", name="window"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(20), default=PARENTS)
    opens_on: Mapped[date]
    closes_on: Mapped[date]
    min_group: Mapped[int] = mapped_column(default=5)  # no result for fewer answers
    invited: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    questions: Mapped[list[Question]] = relationship(
        cascade="all, delete-orphan", order_by="Question.position", lazy="selectin"
    )


class Question(Base):
    __tablename__ = "pc_question"
    __table_args__ = (UniqueConstraint("survey_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("pc_survey.id", ondelete="CASCADE"))
    position: Mapped[int]
    dimension: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10), default=GRADE)


class Invitation(Base):
    """A survey code sent to a family or childminder; answering never touches this row."""

    __audit__ = False
    __tablename__ = "pc_invitation"
    __table_args__ = (Index("ix_pc_invitation_survey", "survey_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("pc_survey.id", ondelete="CASCADE"))
    addressee_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)


class Response(Base):
    """One anonymous questionnaire: a random id and nothing that leads to its sender."""

    __audit__ = False
    __tablename__ = "pc_response"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_random_id)
    survey_id: Mapped[int] = mapped_column(
        ForeignKey("pc_survey.id", ondelete="CASCADE"), index=True
    )

    answers: Mapped[list[Answer]] = relationship(cascade="all, delete-orphan")


class Answer(Base):
    __audit__ = False
    __tablename__ = "pc_answer"

    response_id: Mapped[str] = mapped_column(
        ForeignKey("pc_response.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("pc_question.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    grade: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text, default="")
