"""Elections of parent representatives: call, candidates, codes, votes, result.

A vote is one transaction: the code is spent and the ballot put into the urn (see
`secrecy` for why nothing leads from one to the other); a used, unknown or expired code, or
any choice that is not on the ballot, changes nothing. Counting waits for the end of the
voting period unless a reason is given. A closed election is frozen: its result is stored
with it and every change is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from core.errors import CodeUsed, NotFound, ValidationError
from core.format import format_date
from core.forms import Form, whole_number
from core.i18n import N_, gettext_
from core.models import Person
from plugins.parent_council import codes, electorate, sealing, secrecy
from plugins.parent_council.models import (
    CHANNELS,
    DRAFT,
    ONLINE,
    OPEN,
    VOTE_BASES,
    Candidate,
    Election,
    Voter,
)


def get_election(session: Session, election_id: int) -> Election:
    election = session.get(Election, election_id)
    if election is None:
        raise NotFound(gettext_("Diese Wahl gibt es nicht."))
    return election


def all_elections(session: Session) -> list[Election]:
    return list(session.scalars(select(Election).order_by(Election.voting_from.desc())))


def unchanged_if_closed(election: Election) -> None:
    if election.closed:
        raise ValidationError(
            gettext_("Die Wahl ist abgeschlossen; Ergebnis und Stimmen sind unveränderlich.")
        )


def election_form_data(election: Election) -> dict:
    return {
        "title": election.title,
        "cutoff_on": election.cutoff_on.isoformat(),
        "candidacy_until": election.candidacy_until.isoformat(),
        "voting_from": election.voting_from.isoformat(),
        "voting_until": election.voting_until.isoformat(),
        "basis": election.basis,
        "seats": str(election.seats),
        "deputies": str(election.deputies),
        "quorum_percent": str(election.quorum_percent),
        "term_months": str(election.term_months),
    }


def save_election(
    session: Session, data: Mapping, election: Election | None = None, *, today: date | None = None
) -> Election:
    if election is not None:
        unchanged_if_closed(election)
        if election.status != DRAFT:
            raise ValidationError(
                gettext_(
                    "Die Codes sind verschickt; Termine und Regeln lassen sich nicht mehr ändern."
                )
            )
    form = Form(data)
    title = form.text("title", "Bezeichnung", required=True)
    cutoff = form.date("cutoff_on", "Stichtag", required=True)
    candidacy = form.date("candidacy_until", gettext_("Kandidaturen bis"), required=True)
    start = form.date("voting_from", gettext_("Wahl ab"), required=True)
    end = form.date("voting_until", gettext_("Wahl bis"), required=True)
    basis = form.choice("basis", "Stimmrecht", VOTE_BASES)
    seats = form.integer("seats", "Elternvertretungen", required=True, minimum=1, maximum=20)
    deputies = form.integer("deputies", "Stellvertretungen", required=True, minimum=0, maximum=20)
    quorum = form.integer("quorum_percent", "Quorum", required=True, minimum=0, maximum=100)
    term = form.integer("term_months", "Amtszeit", required=True, minimum=1, maximum=60)
    if candidacy and start and candidacy > start:
        form.error(
            "candidacy_until", gettext_("Kandidaturen bis: muss vor dem Beginn der Wahl liegen.")
        )
    if start and end and end < start:
        form.error("voting_until", gettext_("Wahl bis: liegt vor dem Beginn."))
    elif end and end < (today or date.today()):  # last season's dates taken by mistake
        form.error(
            "voting_until",
            gettext_(
                "Wahl bis: der {day} ist vorbei; bitte die Termine dieser Wahl eintragen."
            ).format(day=format_date(end)),
        )
    form.done()
    if election is None:
        election = Election(status=DRAFT)
        session.add(election)
    election.title, election.cutoff_on = title, cutoff
    election.candidacy_until, election.voting_from, election.voting_until = candidacy, start, end
    election.basis, election.seats, election.deputies = basis, seats, deputies
    election.quorum_percent, election.term_months = quorum, term
    session.flush()
    return election


def may_stand(session: Session, election: Election) -> list[Person]:
    """Who could still be entered as a candidate: guardians of the electorate not standing."""
    standing = {c.person_id for c in election.candidates}
    eligible = electorate.guardians_of_electorate(session, election.cutoff_on) - standing
    return list(session.scalars(select(Person).where(Person.id.in_(eligible))))


def add_candidate(
    session: Session, election: Election, data: Mapping, on: date | None = None
) -> Candidate:
    """A guardian of a child in care on the cut-off day may stand, until the deadline."""
    unchanged_if_closed(election)
    if (on or date.today()) > election.candidacy_until:
        closed_on = f"{election.candidacy_until:%d.%m.%Y}"
        raise ValidationError(
            {
                "person_id": gettext_("Die Frist für Kandidaturen endete am {closed_on}.").format(
                    closed_on=closed_on
                )
            }
        )
    if election.status != DRAFT or secrecy.spent_count(session, election_id=election.id):
        sent = gettext_("Die Codes sind verschickt; der Stimmzettel bleibt, wie er ist.")
        raise ValidationError({"person_id": sent})  # the ballot the codes were sent for
    form = Form(data)
    person_id = form.integer("person_id", "Kandidat*in", required=True)
    statement = form.text("statement", "Vorstellung", max_length=1000)
    person = session.get(Person, person_id) if person_id else None
    if person_id and (
        person is None
        or person_id not in electorate.guardians_of_electorate(session, election.cutoff_on)
    ):
        form.error(
            "person_id",
            gettext_(
                "Kandidat*in: Kandidieren können Eltern eines Kindes, das am Stichtag betreut wird."
            ),
        )
    if person and any(c.person_id == person.id for c in election.candidates):
        form.error(
            "person_id", gettext_("Kandidat*in: {name} kandidiert schon.").format(name=person.name)
        )
    form.done()
    candidate = Candidate(person_id=person.id, name=person.name, statement=statement)
    election.candidates.append(candidate)
    session.flush()
    return candidate


def remove_candidate(session: Session, election: Election, candidate_id: int) -> Candidate:
    unchanged_if_closed(election)
    if secrecy.spent_count(session, election_id=election.id):
        raise ValidationError(
            gettext_("Es wurde schon gewählt; der Stimmzettel bleibt, wie er ist.")
        )
    candidate = next((c for c in election.candidates if c.id == candidate_id), None)
    if candidate is None:
        raise NotFound(gettext_("Diese Kandidatur gibt es nicht."))
    election.candidates.remove(candidate)
    session.flush()
    return candidate


def issue_codes(session: Session, election: Election) -> list[tuple[Voter, str]]:
    """A fresh code for every entry of the electorate, stored at once (the demo, tests)."""
    issued = fresh_codes(session, election)
    store_codes(session, election, issued)
    return issued


def new_seal_key(session: Session, election: Election) -> str:
    """The election committee's key, returned once and never stored: only its public half
    is kept, to seal each ballot as it is cast (see `secrecy`). A new key replaces the old
    one until the first ballot is sealed with it."""
    unchanged_if_closed(election)
    if election.seal_key and secrecy.sealed_count(session, election.id):
        raise ValidationError(
            gettext_(
                "Wahlschlüssel: Es wurde schon mit diesem Schlüssel gewählt; ein neuer würde die"
                " Stimmzettel unlesbar machen."
            )
        )
    key = sealing.new_key()
    election.seal_key = sealing.public_of(key)
    session.flush()
    return key


def fresh_codes(session: Session, election: Election) -> list[tuple[Voter, str]]:
    """A new code per entry of the electorate, in memory only: the letters are drawn from
    these, then `store_codes` keeps their hashes."""
    _before_first_vote(session, election)
    if not election.seal_key:
        raise ValidationError(gettext_(NO_KEY))
    found, _ = electorate.entries(session, election.cutoff_on, election.basis)
    if not found:
        raise ValidationError(
            gettext_("Am Stichtag wird kein Kind mit eingetragenen Eltern betreut.")
        )
    issued = []
    for entry in found:
        code = codes.new_code()
        voter = Voter(
            election_id=election.id,
            addressee_id=entry.addressee_id,
            label=entry.label[:300],
            code_hash=codes.digest(code),
        )
        issued.append((voter, code))
    return issued


def store_codes(session: Session, election: Election, issued: list[tuple[Voter, str]]) -> None:
    """The codes `issued` become the electorate; earlier codes stop working. Checked again
    here, since a vote with an earlier code may have come in while the letters were drawn."""
    _before_first_vote(session, election)
    session.execute(delete(Voter).where(Voter.election_id == election.id))
    columns = ("election_id", "addressee_id", "label", "code_hash")
    session.execute(insert(Voter), [{c: getattr(voter, c) for c in columns} for voter, _ in issued])
    secrecy.empty_urn(session, election.id)
    election.eligible = len(issued)
    election.status = OPEN
    session.flush()


def _before_first_vote(session: Session, election: Election) -> None:
    """Codes change only until the first vote: after that the electorate is fixed."""
    unchanged_if_closed(election)
    if secrecy.spent_count(session, election_id=election.id):
        raise ValidationError(
            gettext_("Es wurde schon gewählt; neue Codes würden abgegebene Stimmen entwerten.")
        )


@dataclass(frozen=True)
class BallotPaper:
    election: Election
    voter: Voter


NO_KEY = N_(
    "Wahlschlüssel: Bitte zuerst den Schlüssel für den Wahlausschuss erzeugen; ohne ihn"
    " werden keine Codes verschickt."
)


def used_message() -> str:
    return gettext_("Code: Mit diesem Code wurde schon gewählt.")


def open_ballot(session: Session, typed: str, today: date, *, channel: str = ONLINE):
    """The ballot behind a code, or a clear reason why not."""
    voter = session.scalars(select(Voter).where(Voter.code_hash == codes.digest(typed))).first()
    if voter is None:
        codes.refuse(typed)
    election = session.get(Election, voter.election_id)
    if secrecy.is_spent(session, typed):
        raise CodeUsed(used_message())
    if election.status != OPEN:
        raise ValidationError({"code": gettext_("Code: Diese Wahl ist beendet.")})
    if channel == ONLINE and not election.voting_from <= today <= election.voting_until:
        when = gettext_("vom {voting_from} bis {voting_until}").format(
            voting_from=format_date(election.voting_from),
            voting_until=format_date(election.voting_until),
        )
        raise ValidationError(
            {"code": gettext_("Code: Gewählt werden kann {when}.").format(when=when)}
        )
    if not election.candidates:
        raise ValidationError(
            {"code": gettext_("Code: Für diese Wahl gibt es noch keine Kandidaturen.")}
        )
    if not election.seal_key:  # an election open before ballots were sealed: the office acts
        raise ValidationError(
            {
                "code": gettext_(
                    "Code: Für diese Wahl fehlt noch der Wahlschlüssel; bitte fragen Sie das Büro."
                )
            }
        )
    return BallotPaper(election, voter)


def cast(
    session: Session,
    typed: str,
    choices: Sequence[str],
    today: date,
    *,
    channel: str = ONLINE,
) -> Election:
    """Spend a code and record its ballot, all or nothing."""
    if channel not in CHANNELS:
        raise ValidationError(gettext_("Unbekannter Weg der Stimmabgabe."))
    paper = open_ballot(session, typed, today, channel=channel)
    election = paper.election
    offered = {c.id for c in election.candidates}
    picked = []
    for raw in choices:
        if whole_number(raw) not in offered:
            raise ValidationError(
                {"choices": gettext_("Der Stimmzettel enthält eine Auswahl, die es nicht gibt.")}
            )
        picked.append(whole_number(raw))
    if len(set(picked)) != len(picked):
        raise ValidationError(
            {"choices": gettext_("Jede Person kann nur einmal angekreuzt werden.")}
        )
    if len(picked) > election.votes_per_ballot:
        raise ValidationError(
            {
                "choices": gettext_("Höchstens {votes_per_ballot} Kreuze sind möglich.").format(
                    votes_per_ballot=election.votes_per_ballot
                )
            }
        )
    secrecy.hold(session, election.id, alone=False)  # the count waits for this vote
    session.refresh(election)  # counted meanwhile? then this vote is too late
    if election.status != OPEN:
        raise ValidationError({"code": gettext_("Code: Diese Wahl ist beendet.")})
    secrecy.spend(session, typed, used_message(), channel=channel, election_id=election.id)
    secrecy.drop_in(session, election, picked)
    session.flush()
    return election


def turnout(session: Session, election: Election) -> tuple[int, int]:
    """(ballots cast, codes issued)."""
    return secrecy.spent_count(session, election_id=election.id), election.eligible


def still_running(election: Election, today: date) -> bool:
    return election.status == OPEN and today <= election.voting_until
