"""The public request form and the family's status page: no login, for a phone, German or
English. Spam is kept out without third parties: a field people do not see (bots fill it),
a minimum time between showing the form and sending it, and a limit of stored requests per
network address.
A refused form comes back with everything typed in; nothing is stored half."""

from __future__ import annotations

import time
from datetime import date

from itsdangerous import BadSignature, Signer

from core.errors import ValidationError
from core.i18n import LANGUAGES, N_, current_locale, gettext_
from core.messages import outbox
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.services import accounts
from core.services.persons import get_person
from core.services.throttle import Throttle, Throttled, guess
from core.settings import setting
from core.web.routing import Req, download
from plugins.placement import family, offers, privacy, requests
from plugins.placement.models import REQUEST_STATE_LABELS
from plugins.placement.web import routes

FORM = "placement/public_request.html"
STATUS = "placement/public_status.html"
HONEYPOT = "homepage"
SHOWN_AT = "shown_at"
SENDS = Throttle("placement.request.network", limit=10, window=3600)
WRONG_CODES = Throttle("placement.code.network", limit=30, window=900)
TOO_MANY = N_(
    "Von Ihrem Netz kamen gerade sehr viele Anfragen. Bitte versuchen Sie es in einer Stunde"
    " wieder oder rufen Sie uns an."
)


def _language(req: Req) -> str:
    chosen = (
        req.query.get("lang") or (req.form or {}).get("lang") or req.request.session.get("lang", "")
    )
    if chosen in LANGUAGES:
        req.request.session["lang"] = chosen
        current_locale.set(chosen)
    return current_locale.get()


def _signer(req: Req) -> Signer:
    return Signer(req.installation.settings.secret_key, salt="placement.request-form")


def shown_at_token(signer: Signer, at: int) -> str:
    return signer.sign(str(at)).decode()


def _shown(req: Req) -> int | None:
    """When the form was first shown, from its signed stamp; None without a valid one."""
    try:
        return int(_signer(req).unsign(str(req.form.get(SHOWN_AT, ""))).decode())
    except (BadSignature, ValueError):
        return None


def _too_quick(req: Req) -> bool:
    """Sent sooner than a person can fill the form in, or without the form's own stamp."""
    shown = _shown(req)
    wait = int(setting(req.session, "placement.min_fill_seconds"))
    return shown is None or time.time() - shown < wait


def _client(req: Req) -> str:
    return req.request.client.host if req.request.client else "?"


def _form(req: Req, data: dict, errors: dict | None = None, status: int = 200):
    return req.render(
        FORM,
        data=data,
        errors=errors or {},
        # a form sent back keeps its first stamp: correcting one field is not filling it in
        shown_at=shown_at_token(_signer(req), (req.form and _shown(req)) or int(time.time())),
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        status=status if not errors else max(status, 422),
    )


@routes.public("/anfrage", methods=("GET", "POST"))
def request_form(req: Req):
    locale = _language(req)
    if req.form is None:
        return _form(req, {})
    data = dict(req.form)
    if req.form.get(HONEYPOT):
        return _form(req, data, {HONEYPOT: gettext_("Bitte lassen Sie das Feld „Homepage“ leer.")})
    if _too_quick(req):
        return _form(
            req,
            data,
            {
                "": gettext_(
                    "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie erneut."
                )
            },
        )
    # counted with the request it stores: a refused form leaves neither (nor its one-time
    # token, so the corrected form can be sent); bots are held by the two checks above
    if SENDS.take(req.session, _client(req)) is None:
        return _form(req, data, {"": gettext_(TOO_MANY)}, status=429)
    try:
        request, code = family.submit(req.session, req.form, locale)
    except ValidationError as exc:
        req.session.rollback()
        return _form(req, data, exc.errors)
    if request.email:
        outbox.queue(req.session, "placement.confirmation", [_mail(req, request, code)])
    req.request.session["placement_code"] = code  # shown once on the next page
    return req.redirect("/placement/anfrage/danke")


def _mail(req: Req, request, code: str) -> outbox.Mail:
    base = accounts.link_base(req.session)  # never the Host the request names
    where = (
        gettext_(
            "sehen Sie jederzeit den Stand, ändern Ihre Angaben oder ziehen die "
            "Anfrage zurück:\n{link}"
        ).format(link=f"{base}/placement/anfrage/status?code={code}")
        if base
        else gettext_(
            "sehen Sie auf unserer Seite „Stand Ihrer Anfrage“ jederzeit den "
            "Stand, ändern Ihre Angaben oder ziehen die Anfrage zurück."
        )
    )
    text = gettext_(
        "Guten Tag {name},\n\nwir haben Ihre Anfrage für einen Betreuungsplatz für {child} ab"
        " {day} erhalten.\n\nIhr persönlicher Status-Code: {code}\n\nMit dem Code {where}"
        "\n\nBitte geben Sie den Code nicht weiter.\n"
    ).format(
        name=request.guardian_name,
        child=request.child_name,
        day=request.needed_from.strftime("%d.%m.%Y"),
        code=code,
        where=where,
    )
    return outbox.Mail(
        request.email,
        request.guardian_name,
        gettext_("Ihre Anfrage für einen Betreuungsplatz"),
        text,
        confidential=True,
    )


@routes.public("/anfrage/danke")
def thanks(req: Req):
    _language(req)
    code = req.request.session.pop("placement_code", None)
    return req.render("placement/public_thanks.html", code=code)


def _status(req: Req, opened: family.Opened | None, errors=None, status=200, step="status"):
    request = opened.request if opened is not None else None
    offer = offers.open_offer(req.session, request) if request is not None else None
    return req.render(
        STATUS,
        opened=opened,
        request=request,
        code=str((req.form or {}).get("code", "")),
        data=requests.form_data(request) if request is not None else {},
        errors=errors or {},
        states=REQUEST_STATE_LABELS,
        offer=offer,
        # where the place is: the childminder's name and town
        childminder=get_person(req.session, offer.childminder_id) if offer else None,
        changeable=opened is not None and opened.changeable,
        withdrawable=opened is not None and opened.withdrawable,
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        step=step,
        status=status,
    )


def _opened(req: Req):
    """What the posted code opens, or a response that says why not. Each code is one
    counted guess of the address, however many arrive at once."""
    code = str(req.form.get("code", ""))
    try:
        found = guess(
            req.session, [(WRONG_CODES, _client(req))], lambda: family.find(req.session, code)
        )
    except Throttled:
        req.session.rollback()
        return None, _status(req, None, {"code": gettext_(TOO_MANY)}, 429, "code")
    except ValidationError as exc:
        req.session.commit()  # the wrong guess counts, although the answer is a 422
        return None, _status(req, None, exc.errors, 422, "code")
    return found, None


def _refused(req: Req, exc: ValidationError):
    """The page again after a refused change, as stored before it."""
    req.session.rollback()
    return _status(req, family.find(req.session, str(req.form.get("code", ""))), exc.errors, 422)


@routes.public("/anfrage/status", methods=("GET", "POST"))
def status_page(req: Req):
    _language(req)
    if req.form is None:  # the link fills the code in; it is looked up only when sent
        return req.render(
            STATUS, request=None, code=req.query.get("code", ""), errors={}, step="code"
        )
    opened, refused = _opened(req)
    return refused or _status(req, opened)


@routes.public("/anfrage/status/aendern", methods=("POST",))
def status_change(req: Req):
    _language(req)
    opened, refused = _opened(req)
    if refused:
        return refused
    try:
        family.change(req.session, opened, req.form, date.today())
    except ValidationError as exc:
        return _refused(req, exc)
    req.flash(gettext_("Ihre Änderungen sind gespeichert."))
    return _status(req, opened, step="changed")


@routes.public("/anfrage/status/zurueckziehen", methods=("POST",))
def status_withdraw(req: Req):
    _language(req)
    opened, refused = _opened(req)
    if refused:
        return refused
    if req.form.get("confirmed") != "yes" and opened.withdrawable:
        return _status(req, opened, step="confirm")
    try:
        family.withdraw(req.session, opened, date.today())
    except ValidationError as exc:
        return _refused(req, exc)
    return _status(req, opened, step="withdrawn")


@routes.public("/anfrage/status/angebot", methods=("POST",))
def status_answer(req: Req):
    """The family answers the offer itself: yes makes the draft contract, no frees the place."""
    _language(req)
    opened, refused = _opened(req)
    if refused:
        return refused
    try:
        offer = offers.open_offer(req.session, opened.acting())
        if offer is None:
            raise ValidationError(gettext_("Es gibt gerade kein offenes Angebot."))
        if req.form.get("answer") == "yes":
            offers.accept(req.session, offer, req.hooks, date.today())
            req.flash(
                gettext_("Danke! Sie haben den Platz angenommen; wir melden uns mit dem Vertrag.")
            )
        else:
            ends = req.form.get("ends") == "on"
            offers.decline(
                req.session, offer, gettext_("von der Familie abgelehnt"), ends, date.today()
            )
            req.flash(gettext_("Sie haben das Angebot abgelehnt."))
    except ValidationError as exc:
        return _refused(req, exc)
    return _status(req, opened)


@routes.public("/anfrage/status/daten", methods=("POST",))
def status_data(req: Req):
    """The sender's own copy of everything stored about what she gave (Art. 15 DSGVO)."""
    _language(req)
    opened, refused = _opened(req)
    if refused:
        return refused
    return download(
        privacy.record_json(req.session, opened.own),
        "application/json",
        f"anfrage-{opened.own.id}.json",
    )
