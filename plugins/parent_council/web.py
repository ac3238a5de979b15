"""Elternbeirat screens for staff: the overview and elections (council work and surveys are
in `council_pages`)."""

from __future__ import annotations

from datetime import date, timedelta

from core.errors import ValidationError
from core.i18n import gettext_
from core.letters.letterhead import Letterhead
from core.services import accounts
from core.web.routing import Req, RouteTable, download
from plugins.parent_council import (
    code_letters,
    council,
    documents,
    elections,
    electorate,
    sealing,
    surveys,
    tally,
)
from plugins.parent_council.models import (
    AUDIENCES,
    CHANNELS,
    ELECTION_STATES,
    POSTAL,
    VOTE_BASES,
)

routes = RouteTable()
VIEW, EDIT = "parent_council.view", "parent_council.edit"
PDF = "application/pdf"


def sender(req: Req) -> Letterhead:
    return Letterhead.of(req.session)


def public_url(req: Req, path: str) -> str | None:
    """Where parents vote, from the installation's address only (None: not set yet)."""
    base = accounts.link_base(req.session)
    return f"{base}/parent_council/{path}" if base else None


def confirm(req: Req, title: str, text: str, url: str, label: str, back: str, **fields: str):
    """The confirmation page; `fields` are posted with it as hidden inputs."""
    return req.render(
        "core/confirm.html", title=title, text=text, url=url, label=label, back=back, fields=fields
    )


@routes.page("/", permission=VIEW)
def overview(req: Req):
    today = date.today()
    children, guardians = electorate_counts(req, today)
    return req.render(
        "parent_council/index.html",
        children=children,
        guardians=guardians,
        elections=elections.all_elections(req.session),
        councils=council.all_councils(req.session),
        surveys=surveys.all_surveys(req.session),
        states=ELECTION_STATES,
        audiences=AUDIENCES,
    )


def electorate_counts(req: Req, on: date) -> tuple[int, int]:
    pairs = electorate.in_care(req.session, on)
    return len({c for c, _ in pairs}), len(electorate.guardians_of_electorate(req.session, on))


# --- elections --------------------------------------------------------------------------


def deadline_in(year: int, raw: str) -> date:
    """The yearly election deadline from the setting "TT.MM." (NRW: 10.10.)."""
    try:
        day, month = (int(p) for p in raw.strip(".").split(".")[:2])
        return date(year, month, day)
    except ValueError:
        return date(year, 10, 10)


def _election_defaults(req: Req) -> dict:
    """From the installation's settings: call, candidacy and voting before the next
    deadline – next year's once this year's has passed."""
    today, raw = date.today(), str(req.setting("parent_council.deadline"))
    deadline = deadline_in(today.year, raw)
    if deadline < today:
        deadline = deadline_in(today.year + 1, raw)
    year = deadline.year
    return {
        "title": gettext_("Wahl der Elternvertretung {year}").format(year=year),
        "cutoff_on": (deadline - timedelta(days=40)).isoformat(),
        "candidacy_until": (deadline - timedelta(days=20)).isoformat(),
        "voting_from": (deadline - timedelta(days=19)).isoformat(),
        "voting_until": deadline.isoformat(),
        "basis": req.setting("parent_council.basis"),
        "seats": str(req.setting("parent_council.seats")),
        "deputies": str(req.setting("parent_council.deputies")),
        "quorum_percent": str(req.setting("parent_council.quorum_percent")),
        "term_months": str(req.setting("parent_council.term_months")),
    }


def _election_form(req: Req, data: dict, election=None, errors=None, status=200):
    return req.render(
        "parent_council/election_form.html",
        block="form",
        data=data,
        election=election,
        bases=VOTE_BASES,
        errors=errors or {},
        status=status,
    )


@routes.page("/elections/new", permission=EDIT, methods=("GET", "POST"))
def election_new(req: Req):
    if req.form is None:
        return _election_form(req, _election_defaults(req))
    try:
        election = elections.save_election(req.session, req.form)
    except ValidationError as exc:
        return _election_form(req, dict(req.form), errors=exc.errors, status=422)
    return req.redirect(f"/parent_council/elections/{election.id}", gettext_("Wahl angelegt."))


@routes.page("/elections/{id:int}/edit", permission=EDIT, methods=("GET", "POST"))
def election_edit(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    if req.form is None:
        return _election_form(req, elections.election_form_data(election), election)
    try:
        elections.save_election(req.session, req.form, election)
    except ValidationError as exc:
        return _election_form(req, dict(req.form), election, exc.errors, 422)
    return req.redirect(f"/parent_council/elections/{election.id}", gettext_("Wahl gespeichert."))


@routes.page("/elections/{id:int}", permission=VIEW)
def election_detail(req: Req, errors=None, status=200, data=None):
    election = elections.get_election(req.session, req.path_int("id"))
    entries, without = electorate.entries(req.session, election.cutoff_on, election.basis)
    cast, eligible = elections.turnout(req.session, election)
    choices = (
        elections.may_stand(req.session, election) if req.can(EDIT) and not election.closed else []
    )
    return req.render(
        "parent_council/election.html",
        election=election,
        entries=len(entries),
        without=without,
        cast=cast,
        eligible=eligible,
        candidates_choices=sorted(choices, key=lambda p: (p.last_name, p.first_name)),
        states=ELECTION_STATES,
        bases=VOTE_BASES,
        channels={k: v for k, v in CHANNELS.items() if k != "online"},
        vote_url=public_url(req, "wahl"),
        errors=errors or {},
        data=data or {},
        status=status,
    )


@routes.page("/elections/{id:int}/candidates", permission=EDIT, methods=("POST",))
def candidate_add(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    try:
        candidate = elections.add_candidate(req.session, election, req.form)
    except ValidationError as exc:
        return election_detail(req, {f"cand_{k}": v for k, v in exc.errors.items()}, 422)
    return req.redirect(f"/parent_council/elections/{election.id}", f"{candidate.name} kandidiert.")


@routes.page(
    "/elections/{id:int}/candidates/{cid:int}/delete", permission=EDIT, methods=("GET", "POST")
)
def candidate_remove(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    url = f"/parent_council/elections/{election.id}"
    if req.form is None:
        name = next((c.name for c in election.candidates if c.id == req.path_int("cid")), "")
        return confirm(
            req,
            gettext_("Kandidatur von {name} zurückziehen?").format(name=name),
            gettext_("Möglich, solange noch niemand gewählt hat."),
            f"{url}/candidates/{req.path_int('cid')}/delete",
            gettext_("Zurückziehen"),
            url,
        )
    candidate = elections.remove_candidate(req.session, election, req.path_int("cid"))
    return req.redirect(
        url, gettext_("Kandidatur von {name} zurückgezogen.").format(name=candidate.name)
    )


@routes.page("/elections/{id:int}/letters", permission=EDIT, methods=("GET", "POST"))
def election_letters(req: Req):
    """Fresh codes, each by e-mail or by letter; the plain codes exist only in the job."""
    election = elections.get_election(req.session, req.path_int("id"))
    if req.form is None:
        found, _ = electorate.entries(req.session, election.cutoff_on, election.basis)
        return code_plan(req, "election", election, [e.addressee_id for e in found])
    return codes_out(req, "election", election)


def code_plan(req: Req, kind: str, subject, addressee_ids: list[int]):
    """Before codes are made: who gets an e-mail, who a letter, and that old codes die."""
    server = req.installation.mail is not None
    return req.render(
        "parent_council/code_letters.html",
        kind=kind,
        subject=subject,
        ways=code_letters.ways(req.session, addressee_ids, mail_server=server),
        mail_server=server,
    )


def codes_out(req: Req, kind: str, subject):
    """Fresh codes go out as a job: its page shows progress, then the letters to print."""
    url = public_url(req, "wahl" if kind == "election" else "umfrage")
    if url is None:  # a letter without the address to vote at is worth nothing
        req.flash(gettext_(accounts.NO_SITE_URL), "error")
        return req.redirect(req.back("/parent_council/"))
    job = code_letters.queue(req.session, kind, subject, url=url, actor=req.user.username)
    return req.redirect(f"/letters/{job.id}")


@routes.page("/elections/{id:int}/postal", permission=EDIT, methods=("POST",))
def election_postal(req: Req):
    """A paper ballot (by post or at the assembly) entered with the code from its letter."""
    election = elections.get_election(req.session, req.path_int("id"))
    channel = req.form.get("channel", POSTAL)
    try:
        elections.cast(
            req.session,
            str(req.form.get("code", "")),
            req.form.getlist("choices"),
            date.today(),
            channel=str(channel),
        )
    except ValidationError as exc:
        return election_detail(
            req, {f"postal_{k}": v for k, v in exc.errors.items()}, 422, {"channel": channel}
        )
    return req.redirect(
        f"/parent_council/elections/{election.id}",
        gettext_("Stimmzettel gezählt; der Code ist verbraucht."),
    )


@routes.page("/elections/{id:int}/key", permission=EDIT, methods=("GET", "POST"))
def election_key(req: Req):
    """The committee's key, made here and shown once: nothing but its public half is kept.
    A key is replaced only when asked for (a reloaded page makes none)."""
    election = elections.get_election(req.session, req.path_int("id"))
    url = f"/parent_council/elections/{election.id}"
    if req.form is None:
        return req.render("parent_council/key.html", election=election, key=None, errors={})
    if election.seal_key and req.form.get("confirmed") != "yes":
        return req.redirect(f"{url}/key", gettext_("Für diese Wahl gibt es schon einen Schlüssel."))
    try:
        key = elections.new_seal_key(req.session, election)
    except ValidationError as exc:
        return req.redirect(url, str(exc))
    return req.render("parent_council/key.html", election=election, key=key, errors={})


@routes.page("/elections/{id:int}/key/new", permission=EDIT)
def election_key_new(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    url = f"/parent_council/elections/{election.id}"
    return confirm(
        req,
        gettext_("Neuen Wahlschlüssel erzeugen?"),
        gettext_(
            "{title}: Der bisherige Schlüssel gilt dann nicht mehr. Möglich, solange noch"
            " niemand gewählt hat."
        ).format(title=election.title),
        f"{url}/key",
        gettext_("Neuen Schlüssel erzeugen"),
        f"{url}/key",
        confirmed="yes",
    )


@routes.page("/elections/{id:int}/key/check", permission=EDIT, methods=("POST",))
def election_key_check(req: Req):
    """The committee types its key once more: does it open this election's ballots?"""
    election = elections.get_election(req.session, req.path_int("id"))
    if sealing.matches(str(req.form.get("key", "")), election.seal_key or ""):
        return req.redirect(
            f"/parent_council/elections/{election.id}",
            gettext_("Der Wahlschlüssel passt zu dieser Wahl."),
        )
    errors = {"key": gettext_(sealing.WRONG_KEY)}
    return req.render(
        "parent_council/key.html", election=election, key=None, errors=errors, status=422
    )


@routes.page("/elections/{id:int}/close", permission=EDIT, methods=("GET", "POST"))
def election_close(req: Req):
    """Counting closes the election; before its last day only with a reason for the protocol."""
    election = elections.get_election(req.session, req.path_int("id"))
    url = f"/parent_council/elections/{election.id}"
    if req.form is not None:
        try:
            tally.close(
                req.session,
                election,
                key=str(req.form.get("key", "")),
                reason=str(req.form.get("reason", "")),
            )
        except ValidationError as exc:
            req.session.rollback()  # a wrong key or a missing reason changes nothing
            election = elections.get_election(req.session, election.id)
            return _close_form(req, election, exc.errors, str(req.form.get("reason", "")), 422)
        code_letters.forget_printouts(req.session, req.installation.settings.data_dir, election)
        told = gettext_("Die Kandidierenden erfahren ihr Ergebnis auf ihrem Weg.")
        return req.redirect(url, gettext_("Die Wahl ist ausgezählt.") + " " + told)
    return _close_form(req, election, {}, "")


def _close_form(req: Req, election, errors: dict, reason: str, status: int = 200):
    cast, eligible = elections.turnout(req.session, election)
    return req.render(
        "parent_council/close.html",
        election=election,
        cast=cast,
        eligible=eligible,
        early=elections.still_running(election, date.today()),
        reason=reason,
        errors=errors,
        status=status,
    )


@routes.page("/elections/{id:int}/protocol.pdf", permission=VIEW)
def election_protocol(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    if not election.closed:
        raise ValidationError(gettext_("Das Protokoll gibt es nach der Auszählung."))
    return download(
        documents.protocol(election, sender(req)), PDF, f"wahlprotokoll-{election.id}.pdf"
    )


@routes.page("/elections/{id:int}/council", permission=EDIT, methods=("POST",))
def election_council(req: Req):
    election = elections.get_election(req.session, req.path_int("id"))
    formed = council.form_council(req.session, election)
    return req.redirect(f"/parent_council/councils/{formed.id}", f"{formed.name} gebildet.")
