"""How the Elternbeirat module plugs into core."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from core.i18n import N_
from core.kernel.contributions import MenuItem, Permission, Widget
from core.kernel.hookspecs import hookimpl
from core.settings import SettingSpec, setting
from plugins.parent_council import (  # noqa: F401  (public, council_pages: routes)
    code_letters,
    council,
    council_pages,
    demo,
    elections,
    meeting_letters,
    notices,
    public,
    web,
)
from plugins.parent_council.models import ELECTION_STATES, VOTE_BASES


@hookimpl
def routes():
    return web.routes.routes()


@hookimpl
def job_kinds():
    return [*meeting_letters.JOB_KINDS, *code_letters.JOB_KINDS]


@hookimpl
def events():
    return notices.EVENTS


@hookimpl
def letter_texts():
    return list(meeting_letters.TEXTS.values())


@hookimpl
def permissions():
    return [
        Permission(
            "parent_council.view", N_("Elternbeirat ansehen"), ("admin", "staff", "council")
        ),
        Permission(
            "parent_council.edit",
            N_("Wahlen, Sitzungen und Befragungen führen"),
            ("admin", "staff"),
        ),
    ]


@hookimpl
def menu_items(user):
    return [MenuItem(N_("Elternbeirat"), "/parent_council/", "parent_council.view", order=60)]


@hookimpl
def setting_specs():
    return [
        SettingSpec(
            "parent_council.basis",
            N_("Stimmrecht bei Wahlen"),
            "child",
            choices=tuple(VOTE_BASES),
        ),
        SettingSpec("parent_council.seats", N_("Zu wählende Elternvertretungen"), 3, int),
        SettingSpec("parent_council.deputies", N_("Zu wählende Stellvertretungen"), 3, int),
        SettingSpec(
            "parent_council.quorum_percent",
            N_("Quorum: Mindestbeteiligung der Wahlberechtigten in %"),
            0,
            int,
        ),
        SettingSpec("parent_council.term_months", N_("Amtszeit in Monaten"), 12, int),
        SettingSpec(
            "parent_council.deadline",
            N_("Wahl jährlich spätestens bis (TT.MM., NRW: 10.10.)"),
            "10.10.",
        ),
        SettingSpec(
            "parent_council.min_group",
            N_("Befragungen: keine Auswertung unter … Antworten"),
            5,
            int,
        ),
    ]


@hookimpl
def dashboard_widgets(session, user):
    if not (set(permissions()[0].roles) & user.role_names):
        return []
    raw = setting(session, "parent_council.deadline")
    today = date.today()
    deadline = web.deadline_in(today.year, str(raw))
    if deadline < today:  # this year's is past: the next one matters now
        deadline = web.deadline_in(today.year + 1, str(raw))
    planned = [e for e in elections.all_elections(session) if e.voting_until.year == deadline.year]
    latest = council.latest(session)
    context = {
        "election": planned[0] if planned else None,
        "deadline": deadline,
        "states": ELECTION_STATES,
        # a term that has ended leaves the families without a voice until the next election
        "ended": latest.ends_on if latest is not None and latest.ends_on < today else None,
    }
    return [Widget(N_("Elternbeirat"), "parent_council/_widget.html", context, order=40)]


@hookimpl
def demo_data(session, rng, scale):
    demo.build(session, rng)


@hookimpl
def person_erased(session, person):
    """Candidacies keep their place in old results, but no longer the name or the words."""
    from plugins.parent_council.models import Candidate, Election

    for candidate in session.scalars(select(Candidate).where(Candidate.person_id == person.id)):
        old, candidate.name, candidate.statement = candidate.name, ERASED, ""
        election = session.get(Election, candidate.election_id)
        if election.result:
            result = dict(election.result)
            for key in ("counts", "representatives", "deputies"):
                result[key] = [
                    {**row, "name": ERASED} if row.get("id") == candidate.id else row
                    for row in result.get(key, [])
                ]
            result["lots"] = [lot.replace(old, ERASED) for lot in result.get("lots", [])]
            election.result = result


ERASED = "gelöscht"
