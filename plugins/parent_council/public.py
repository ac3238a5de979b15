"""The pages parents open from their letter: vote or answer the survey with a code.

No login: the code is the key. A used code gets a clear message, never a second vote.

Guessing is limited twice: per device (the browser's session) and, for devices that throw
their session away, per network address with a limit a whole Kita behind one router never
reaches. Typing errors do not count – the check character tells them apart (see
`codes`) – so a parent's typos block nobody, and other parents' wrong codes on the same
Wi-Fi never block a correct one.
"""

from __future__ import annotations

from datetime import date

from core.errors import CodeUsed, ValidationError
from core.i18n import N_
from core.services.throttle import Throttle, Throttled, guess
from core.web.csrf import ensure_token
from core.web.routing import Req
from plugins.parent_council import codes, elections, surveys
from plugins.parent_council.web import routes

TOO_MANY = N_(
    "Zu viele ungültige Codes von diesem Gerät. Bitte versuchen Sie es in 15 Minuten wieder."
)

# 10 unknown codes per device and 200 per address in 15 minutes: at most 19,200 guesses a
# day from one network, each hitting one of ~3,000 live codes with odds of 3,000 / 31^15.
DEVICE = Throttle("parent_council.code.device", limit=10, window=900)
NETWORK = Throttle("parent_council.code.network", limit=200, window=900)


def client(req: Req) -> str:
    return req.request.client.host if req.request.client else "?"


def device(req: Req) -> str:
    return ensure_token(req.request.session)  # one per browser session, never shown


def _unknown_code(exc: ValidationError) -> bool:
    """A guess: a code nobody was given. A used code or a typo is no guess."""
    return "code" in exc.errors and not isinstance(exc, CodeUsed | codes.Mistyped)


def _guarded(req: Req, template: str, attempt, **context):
    """Run a code check as one guess per device and network, refused above a limit, under
    their locks, so parallel guesses never slip past; a right code leaves no row behind."""
    keys = [(DEVICE, device(req)), (NETWORK, client(req))]
    try:
        return guess(req.session, keys, attempt, _unknown_code)
    except Throttled:
        req.session.rollback()
        return req.render(template, errors={"code": TOO_MANY}, status=429, **context)
    except ValidationError as exc:  # a refused code or ballot leaves no trace but the guess
        if _unknown_code(exc):
            req.session.commit()  # counted, although the answer is a 422
        else:
            req.session.rollback()
        return req.render(template, errors=exc.errors, status=422, **context)


@routes.public("/wahl", methods=("GET", "POST"))
def vote(req: Req):
    if req.form is None:
        return req.render("parent_council/public_vote.html", errors={}, step="code")
    code = str(req.form.get("code", ""))

    def show_ballot():
        paper = elections.open_ballot(req.session, code, date.today())
        return req.render(
            "parent_council/public_vote.html",
            errors={},
            step="ballot",
            election=paper.election,
            code=code,
        )

    return _guarded(req, "parent_council/public_vote.html", show_ballot, step="code")


@routes.public("/wahl/abgeben", methods=("POST",))
def vote_cast(req: Req):
    code = str(req.form.get("code", ""))

    def cast():
        election = elections.cast(req.session, code, req.form.getlist("choices"), date.today())
        return req.render(
            "parent_council/public_vote.html", errors={}, step="done", election=election
        )

    return _guarded(req, "parent_council/public_vote.html", cast, step="code")


@routes.public("/umfrage", methods=("GET", "POST"))
def survey(req: Req):
    if req.form is None:
        return req.render("parent_council/public_survey.html", errors={}, step="code")
    code = str(req.form.get("code", ""))

    def show():
        found, _ = surveys.open_questionnaire(req.session, code, date.today())
        return req.render(
            "parent_council/public_survey.html",
            errors={},
            step="form",
            survey=found,
            code=code,
            grades=surveys.GRADES,
            data={},
        )

    return _guarded(req, "parent_council/public_survey.html", show, step="code")


@routes.public("/umfrage/absenden", methods=("POST",))
def survey_submit(req: Req):
    code = str(req.form.get("code", ""))

    def submit():
        try:
            surveys.submit(req.session, code, req.form, date.today())
        except ValidationError as exc:
            if "code" in exc.errors:
                raise  # counted and shown by the guard, like a wrong code on the first page
            found, _ = surveys.open_questionnaire(req.session, code, date.today())
            return req.render(
                "parent_council/public_survey.html",
                errors=exc.errors,
                step="form",
                survey=found,
                code=code,
                grades=surveys.GRADES,
                data=dict(req.form),
                status=422,
            )
        return req.render("parent_council/public_survey.html", errors={}, step="done")

    return _guarded(req, "parent_council/public_survey.html", submit, step="code")
