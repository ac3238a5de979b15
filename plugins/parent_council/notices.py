"""Who hears of an election's result: each candidate, on her own way, whether she is
elected as a representative or a deputy, or not, with her votes and the turnout – or that
the quorum was missed and nobody is elected. Parents at large read the result where the
agency publishes it; the office counted it itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.i18n import N_
from core.letters import events
from core.letters.events import Audience, Event, Told
from core.letters.texts import TextKind
from core.models import Person
from plugins.parent_council.models import Election

ELECTION_COUNTED = Event(
    "parent_council.election_counted",
    N_("Wahl der Elternvertretung ausgezählt"),
    {
        Audience.CANDIDATES: TextKind(
            "parent_council.counted_candidate",
            N_("Wahl: ausgezählt (an die Kandidierenden) – E-Mail"),
            "die Wahl „{{ wahl }}“ ist ausgezählt. {{ ergebnis }}\n\n"
            "Wahlbeteiligung: {{ beteiligung }} %.",
            fields={
                "wahl": N_("Titel der Wahl"),
                "ergebnis": N_("Ihr Ergebnis, z. B. gewählt mit 12 Stimmen"),
                "beteiligung": N_("Wahlbeteiligung in Prozent"),
            },
            sample={
                "wahl": "Elternbeirat 2026/27",
                "ergebnis": "Sie sind in die Elternvertretung gewählt (12 Stimmen).",
                "beteiligung": "41,5",
            },
        ),
    },
    N_("Der Beirat kann aus den Gewählten gebildet werden"),
)
EVENTS = [ELECTION_COUNTED]


def election_counted(session: Session, election: Election) -> None:
    """Tell each candidate her result; call it once the result is frozen."""
    result = election.result
    # The letter is German whoever counts (like every text to families).
    places = dict.fromkeys(
        (r["id"] for r in result["representatives"]), "Sie sind in die Elternvertretung gewählt"
    )
    places |= dict.fromkeys(
        (r["id"] for r in result["deputies"]), "Sie sind als Stellvertretung gewählt"
    )
    votes = {r["id"]: r["votes"] for r in result["counts"]}
    turnout = result["turnout"].replace(".", ",")
    told = []
    for candidate in election.candidates:
        if result["cast"] == 0:
            outcome = "Es wurde keine Stimme abgegeben; gewählt ist niemand."
        elif not result["quorum_met"]:
            outcome = (
                f"Die nötige Beteiligung von {result['quorum_percent']} % wurde nicht "
                "erreicht; gewählt ist niemand."
            )
        else:
            said = places.get(candidate.id, "Sie sind diesmal nicht gewählt")
            count = votes.get(candidate.id, 0)
            outcome = f"{said} ({count} {'Stimme' if count == 1 else 'Stimmen'})."
        facts = {"wahl": election.title, "ergebnis": outcome, "beteiligung": turnout}
        person = session.get(Person, candidate.person_id)
        told.append(Told(Audience.CANDIDATES, person, f"Ergebnis: {election.title}", facts))
    if told:
        events.announce(
            session, ELECTION_COUNTED, told, ref=f"parent_council.election:{election.id}"
        )
