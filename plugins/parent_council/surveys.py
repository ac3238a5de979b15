"""Satisfaction surveys: questionnaires from a template, one-time codes, anonymous answers,
results per dimension that stay silent for groups too small to stay anonymous.

Answering spends the code as a mark that leads to no invitation (see `secrecy`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from core.errors import CodeUsed, NotFound, ValidationError
from core.format import format_date
from core.forms import Form
from core.i18n import N_, gettext_
from core.models import Childminder
from plugins.parent_council import codes, electorate, secrecy
from plugins.parent_council.models import (
    AUDIENCES,
    CHILDMINDERS,
    FREE_TEXT,
    GRADE,
    ONLINE,
    PER_FAMILY,
    Answer,
    Invitation,
    Question,
    Response,
    Survey,
)

# The five GiSS dimensions for parents; the items are our wording of each dimension.
PARENT_TEMPLATE = [
    ("Rahmenbedingungen", N_("Räume und Ausstattung bei der Tagespflegeperson")),
    ("Rahmenbedingungen", N_("Betreuungszeiten passen zu unserem Alltag")),
    (N_("Zuverlässigkeit"), N_("Absprachen werden eingehalten")),
    (N_("Zuverlässigkeit"), N_("Bei Ausfall der Tagespflegeperson ist die Vertretung gesichert")),
    (N_("Flexibilität"), N_("Auf kurzfristige Änderungen wird eingegangen")),
    (N_("Pädagogische Arbeit"), N_("Mein Kind wird in seiner Entwicklung gefördert")),
    (N_("Pädagogische Arbeit"), N_("Ich erfahre, was mein Kind erlebt und lernt")),
    ("Beratung", N_("Beratung durch das Kindertagespflegebüro")),
    ("Beratung", N_("Erreichbarkeit des Kindertagespflegebüros")),
]
CHILDMINDER_TEMPLATE = [
    ("Beratung", N_("Fachliche Beratung durch das Kindertagespflegebüro")),
    ("Beratung", N_("Erreichbarkeit bei Fragen und Problemen")),
    ("Vermittlung", N_("Passende Vermittlung von Kindern")),
    ("Vertretung", N_("Organisation der Vertretung bei Krankheit und Urlaub")),
    ("Fortbildung", "Angebot an Fortbildungen"),
    ("Geldleistung", N_("Verständlichkeit der Bescheide")),
]
FREE_TEXT_PROMPT = N_("Was möchten Sie uns sonst noch sagen?")
GRADES = {
    1: N_("sehr gut"),
    2: N_("gut"),
    3: N_("befriedigend"),
    4: N_("ausreichend"),
    5: N_("mangelhaft"),
    6: N_("ungenügend"),
}


def get_survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise NotFound(gettext_("Diese Befragung gibt es nicht."))
    return survey


def all_surveys(session: Session) -> list[Survey]:
    return list(session.scalars(select(Survey).order_by(Survey.opens_on.desc())))


def create_survey(session: Session, data: Mapping, min_group_default: int) -> Survey:
    """A new survey with the ready questionnaire for its audience."""
    form = Form(data)
    title = form.text("title", "Bezeichnung", required=True)
    audience = form.choice("audience", gettext_("Befragt werden"), AUDIENCES)
    opens_on = form.date("opens_on", "Beginn", required=True)
    closes_on = form.date("closes_on", "Ende", required=True)
    min_group = form.integer("min_group", "Mindestzahl Antworten", minimum=3, maximum=50)
    if opens_on and closes_on and closes_on < opens_on:
        form.error("closes_on", gettext_("Ende: liegt vor dem Beginn."))
    form.done()
    survey = Survey(
        title=title,
        audience=audience,
        opens_on=opens_on,
        closes_on=closes_on,
        min_group=min_group or min_group_default,
    )
    template = CHILDMINDER_TEMPLATE if audience == CHILDMINDERS else PARENT_TEMPLATE
    items = [(dim, text, GRADE) for dim, text in template]
    items.append(("Anmerkungen", FREE_TEXT_PROMPT, FREE_TEXT))
    survey.questions = [
        Question(position=n, dimension=dim, text=text, kind=kind)
        for n, (dim, text, kind) in enumerate(items, 1)
    ]
    session.add(survey)
    session.flush()
    return survey


def survey_addressees(session: Session, survey: Survey, today: date) -> list[int]:
    """Every family in care (one per childminder) or every childminder."""
    if survey.audience == CHILDMINDERS:
        return list(session.scalars(select(Childminder.person_id).order_by(Childminder.person_id)))
    found, _ = electorate.entries(session, max(today, survey.opens_on), PER_FAMILY)
    return [e.addressee_id for e in found]


def issue_codes(session: Session, survey: Survey, today: date) -> list[tuple[Invitation, str]]:
    """Codes for everyone asked, stored at once (the demo, tests)."""
    issued = fresh_codes(session, survey, today)
    store_codes(session, survey, issued)
    return issued


def fresh_codes(session: Session, survey: Survey, today: date) -> list[tuple[Invitation, str]]:
    """A new code for every family in care (per childminder) or every childminder, in
    memory only: the letters are drawn from these, then `store_codes` keeps their hashes."""
    _before_first_answer(session, survey)
    addressees = survey_addressees(session, survey, today)
    if not addressees:
        raise ValidationError(gettext_("Es gibt niemanden, der befragt werden kann."))
    issued = []
    for person_id in addressees:
        code = codes.new_code()
        invitation = Invitation(
            survey_id=survey.id, addressee_id=person_id, code_hash=codes.digest(code)
        )
        issued.append((invitation, code))
    return issued


def store_codes(session: Session, survey: Survey, issued: list[tuple[Invitation, str]]) -> None:
    """The codes `issued` are the ones that count; earlier codes stop working. Checked
    again here, since an answer may have come in while the letters were drawn."""
    _before_first_answer(session, survey)
    session.execute(delete(Invitation).where(Invitation.survey_id == survey.id))
    session.execute(
        insert(Invitation),
        [
            {"survey_id": survey.id, "addressee_id": i.addressee_id, "code_hash": i.code_hash}
            for i, _ in issued
        ],
    )
    survey.invited = len(issued)
    session.flush()


def _before_first_answer(session: Session, survey: Survey) -> None:
    if secrecy.spent_count(session, survey_id=survey.id):
        raise ValidationError(
            gettext_("Es gibt schon Antworten; neue Codes würden sie verfälschen.")
        )


def used_message() -> str:
    return gettext_("Code: Mit diesem Code wurde schon geantwortet.")


def open_questionnaire(session: Session, typed: str, today: date) -> tuple[Survey, Invitation]:
    invitation = session.scalars(
        select(Invitation).where(Invitation.code_hash == codes.digest(typed))
    ).first()
    if invitation is None:
        codes.refuse(typed)
    if secrecy.is_spent(session, typed):
        raise CodeUsed(used_message())
    survey = session.get(Survey, invitation.survey_id)
    if not survey.opens_on <= today <= survey.closes_on:
        raise ValidationError(
            {
                "code": gettext_(
                    "Code: Antworten ist vom {opens_on} bis {closes_on} möglich."
                ).format(
                    opens_on=format_date(survey.opens_on), closes_on=format_date(survey.closes_on)
                )
            }
        )
    return survey, invitation


def submit(session: Session, typed: str, data: Mapping, today: date) -> Survey:
    """Spend the code and store the anonymous answers, all or nothing."""
    survey, _ = open_questionnaire(session, typed, today)
    errors, answers = {}, []
    for q in survey.questions:
        raw = str(data.get(f"q{q.id}", "")).strip()
        if q.kind == GRADE:
            if not raw:
                continue  # a question may be left out
            if raw not in {str(g) for g in GRADES}:
                errors[f"q{q.id}"] = gettext_("{text}: Bitte eine Note von 1 bis 6 wählen.").format(
                    text=q.text
                )
                continue
            answers.append(Answer(question_id=q.id, grade=int(raw)))
        elif raw:
            if len(raw) > 2000:
                errors[f"q{q.id}"] = gettext_("{text}: höchstens 2000 Zeichen.").format(text=q.text)
                continue
            answers.append(Answer(question_id=q.id, text=raw))
    known = {f"q{q.id}" for q in survey.questions}
    if any(k.startswith("q") and k[1:].isdigit() and k not in known for k in data):
        errors[""] = gettext_("Der Fragebogen enthält Felder, die es nicht gibt.")
    if errors:
        raise ValidationError(errors)
    if not answers:
        raise ValidationError({"": gettext_("Bitte mindestens eine Frage beantworten.")})
    secrecy.spend(session, typed, used_message(), channel=ONLINE, survey_id=survey.id)
    response = Response(survey_id=survey.id, answers=answers)
    session.add(response)
    session.flush()
    return survey


@dataclass
class Dimension:
    name: str
    n: int = 0
    total: int = 0
    distribution: dict[int, int] = field(default_factory=lambda: dict.fromkeys(GRADES, 0))

    @property
    def mean(self) -> Decimal | None:
        if not self.n:
            return None
        return (Decimal(self.total) / self.n).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass
class Results:
    survey: Survey
    responses: int
    dimensions: list[Dimension]
    comments: list[str]

    @property
    def return_rate(self) -> Decimal:
        if not self.survey.invited:
            return Decimal(0)
        rate = Decimal(self.responses * 100) / self.survey.invited
        return rate.quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def suppressed(self) -> bool:
        """Too few answers to show anything without pointing at a family."""
        return self.responses < self.survey.min_group


def results(session: Session, survey: Survey) -> Results:
    responses = session.scalar(select(func.count()).where(Response.survey_id == survey.id)) or 0
    dims: dict[str, Dimension] = {}
    for q in survey.questions:
        if q.kind == GRADE:
            dims.setdefault(q.dimension, Dimension(q.dimension))
    by_question = {q.id: q for q in survey.questions}
    grades = defaultdict(int)
    for question_id, grade, count in session.execute(
        select(Answer.question_id, Answer.grade, func.count())
        .join(Response, Response.id == Answer.response_id)
        .where(Response.survey_id == survey.id, Answer.grade.is_not(None))
        .group_by(Answer.question_id, Answer.grade)
    ):
        grades[(question_id, grade)] += count
    for (question_id, grade), count in grades.items():
        d = dims[by_question[question_id].dimension]
        d.n += count
        d.total += grade * count
        d.distribution[grade] += count
    if responses < survey.min_group:  # nothing that could point at a family
        return Results(survey, responses, [Dimension(name) for name in dims], [])
    comments = []
    if responses >= survey.min_group:
        comments = list(
            session.scalars(
                select(Answer.text)
                .join(Response, Response.id == Answer.response_id)
                .where(Response.survey_id == survey.id, Answer.text != "")
                .order_by(func.random())  # no order that mirrors when people answered
            )
        )
    return Results(survey, responses, list(dims.values()), comments)
