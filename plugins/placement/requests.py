"""Care requests: read and checked the same way from the office form and the public form,
saved in one step with the district from the address, moved through their states, and
listed as the waiting list."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from core.districts import postal_code_of
from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form, whole_number
from core.i18n import N_, gettext_
from core.messages.mail import checked_address
from core.models import District, Person
from core.models.contracts import WEEKDAYS
from core.models.persons import Role
from core.services.districts import DistrictFilter, district_for_address
from plugins.placement import notices, offers
from plugins.placement.declaration import read_week
from plugins.placement.models import (
    OPEN_STATES,
    REQUEST_STATE_LABELS,
    CareRequest,
    RequestState,
    RequestWish,
)

TEXTS = {
    "child_first_name": (N_("Vorname des Kindes"), 100),
    "child_last_name": (N_("Nachname des Kindes"), 100),
    "guardian_first_name": (N_("Vorname"), 100),
    "guardian_last_name": (N_("Nachname"), 100),
    "second_guardian": (N_("Zweite sorgeberechtigte Person"), 200),
    "phone": (N_("Telefon"), 50),
    "street": (N_("Straße und Hausnummer"), 200),
    "city": (N_("Ort"), 100),
    "languages": (N_("Sprachen"), 200),
    "special_needs": (N_("Besonderer Förderbedarf"), 2000),
    "wishes": (N_("Wünsche"), 2000),
    "urgency_reason": (N_("Warum dringend"), 2000),
    "notes": (N_("Notizen"), 5000),
}
REQUIRED = {"child_first_name", "child_last_name", "guardian_first_name", "guardian_last_name"}
PUBLIC_FIELDS = set(TEXTS) - {"notes"}
FINAL = (RequestState.DECLINED, RequestState.WITHDRAWN, RequestState.ELSEWHERE)
# what staff may do by hand; offers move a request to Angebot, angenommen and abgelehnt
MOVES = {
    RequestState.IN_PROGRESS: (RequestState.RECEIVED,),
    RequestState.WITHDRAWN: OPEN_STATES,
    RequestState.ELSEWHERE: OPEN_STATES,
    RequestState.RECEIVED: (),
}
REOPEN = FINAL  # a closed request can be taken up again, until it is erased
LATEST_START_YEARS = 3


def get_request(session: Session, request_id: int) -> CareRequest:
    found = session.get(CareRequest, request_id)
    if found is None:
        raise NotFound(gettext_("Diese Anfrage gibt es nicht."))
    return found


def _read_birth(form: Form, today: date) -> tuple[date | None, date | None]:
    born = form.date("child_birth_date", gettext_("Geburtsdatum des Kindes"))
    expected = form.date("expected_birth", gettext_("Erwarteter Geburtstermin"))
    if (
        born is None
        and expected is None
        and not form.errors.keys()
        & {
            "child_birth_date",
            "expected_birth",
        }
    ):
        form.error(
            "child_birth_date",
            gettext_(
                "Geburtsdatum des Kindes: Bitte angeben – vor der Geburt den erwarteten Termin."
            ),
        )
    if born is not None and expected is not None:
        form.error(
            "expected_birth",
            gettext_("Erwarteter Geburtstermin: Nur angeben, solange das Kind nicht geboren ist."),
        )
    if born is not None and born > today:
        form.error(
            "child_birth_date",
            gettext_("Geburtsdatum des Kindes: liegt in der Zukunft; bitte den erwarteten Termin."),
        )
    if expected is not None and not today - timedelta(days=31) <= expected <= today + timedelta(
        days=300
    ):
        form.error(
            "expected_birth",
            gettext_("Erwarteter Geburtstermin: Bitte einen Tag in den nächsten zehn Monaten."),
        )
    return born, expected


def read_request(form: Form, today: date, *, public: bool) -> dict:
    """Every field checked, each error naming its field; nothing is written here."""
    values = {
        name: form.text(name, label, required=name in REQUIRED, max_length=limit)
        for name, (label, limit) in TEXTS.items()
        if not public or name in PUBLIC_FIELDS
    }
    values["child_birth_date"], values["expected_birth"] = _read_birth(form, today)
    values["email"] = form.text("email", gettext_("E-Mail"), max_length=200)
    if values["email"]:
        try:
            values["email"] = checked_address(values["email"], gettext_("E-Mail"))
        except ValueError as exc:
            form.error("email", str(exc))
    if public and not (values["email"] or values["phone"]):
        form.error("email", gettext_("E-Mail: Bitte E-Mail-Adresse oder Telefonnummer angeben."))
    code = form.text("postal_code", gettext_("PLZ"), required=public, max_length=10)
    if code and postal_code_of(code) is None:
        form.error("postal_code", gettext_("PLZ: fünf Ziffern, z. B. 59269."))
    values["postal_code"] = code
    needed = form.date("needed_from", gettext_("Betreuung ab"), required=True)
    if needed is not None:
        if public and needed < today:
            form.error("needed_from", gettext_("Betreuung ab: Bitte einen Tag ab heute."))
        if needed > today + relativedelta(years=LATEST_START_YEARS):
            form.error(
                "needed_from",
                gettext_("Betreuung ab: höchstens drei Jahre im Voraus."),
            )
    birth = values["child_birth_date"] or values["expected_birth"]
    if needed is not None and birth is not None and needed < birth:
        form.error(
            "needed_from",
            gettext_("Betreuung ab: liegt vor der Geburt ({day}).").format(day=format_date(birth)),
        )
    values["needed_from"] = needed
    week = read_week(form)
    if not any(week.values()) and not any(k.endswith("_start") for k in form.errors):
        form.error("mo_start", gettext_("Betreuungszeiten: Bitte mindestens einen Tag angeben."))
    values |= week
    values["urgent"] = form.flag("urgent")
    if values["urgent"] and not values.get("urgency_reason"):
        form.error("urgency_reason", gettext_("Warum dringend: Bitte kurz begründen."))
    return values


def _read_named(session: Session, form: Form, data: Mapping) -> list[RequestWish]:
    getlist = getattr(data, "getlist", None)
    wished = getlist("wished") if getlist else data.get("wished", [])
    siblings = set(getlist("sibling_at") if getlist else data.get("sibling_at", []))
    named = []
    for raw in dict.fromkeys([*wished, *siblings]):
        person_id = whole_number(raw)
        person = session.get(Person, person_id) if person_id is not None else None
        if person is None or not person.has_role(Role.CHILDMINDER):
            form.error("wished", gettext_("Wunsch: Diese Tagespflegeperson gibt es nicht."))
            continue
        named.append(RequestWish(childminder_id=person.id, sibling=raw in siblings))
    return named


def save_request(
    session: Session,
    data: Mapping,
    request: CareRequest | None = None,
    *,
    public: bool = False,
    today: date | None = None,
) -> CareRequest:
    """Create or change a request; with any error nothing is saved."""
    today = today or date.today()
    form = Form(data)
    values = read_request(form, today, public=public)
    named = None if public else _read_named(session, form, data)
    form.done()
    if request is None:
        request = CareRequest(from_public_form=public, state=RequestState.RECEIVED.value)
        session.add(request)
    for key, value in values.items():
        setattr(request, key, value)
    if named is not None:
        _replace_named(request, named)
    moved = request.id is None or "postal_code" in _changed(request)
    request.district_id = district_for_address(session, request.postal_code, request.street)
    session.flush()
    if moved and request.district_id is None and session.scalar(select(District.id).limit(1)):
        notices.outside_every_district(session, request)
    return request


def _changed(request: CareRequest) -> set[str]:
    """The attributes changed since it was loaded."""
    state = inspect(request)
    return {a.key for a in state.attrs if a.history.has_changes()}


def _replace_named(request: CareRequest, named: list[RequestWish]) -> None:
    """Keep the wishes that stay (a row written again in the same flush would meet its old
    self in the primary key), drop the others, add the new."""
    wanted = {w.childminder_id: w.sibling for w in named}
    for wish in list(request.named):
        if wish.childminder_id in wanted:
            wish.sibling = wanted.pop(wish.childminder_id)
        else:
            request.named.remove(wish)
    request.named.extend(RequestWish(childminder_id=c, sibling=s) for c, s in wanted.items())


def move(session: Session, request: CareRequest, to: RequestState, today: date) -> None:
    """A change of state staff make by hand; the others come with offers."""
    state = RequestState(request.state)
    allowed = MOVES.get(to, ())
    if to is RequestState.IN_PROGRESS and state in REOPEN:
        allowed = REOPEN
    if state not in allowed:
        raise ValidationError(
            gettext_("Eine Anfrage im Stand „{state}“ kann nicht „{to}“ werden.").format(
                state=gettext_(REQUEST_STATE_LABELS[state]), to=gettext_(REQUEST_STATE_LABELS[to])
            )
        )
    if to in FINAL:  # an open offer ends with the request; its place is free again
        offers.withdraw_with_request(session, request)
    request.state = to.value
    request.closed_on = today if to in FINAL else None
    session.flush()


def waiting_list(
    session: Session,
    district: DistrictFilter,
    states=OPEN_STATES,
    urgent_only: bool = False,
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[CareRequest], int]:
    """Urgent requests first, then by the day care is needed from, then first come."""
    stmt = select(CareRequest).where(CareRequest.state.in_([s.value for s in states]))
    if (condition := district.on(CareRequest.district_id)) is not None:
        stmt = stmt.where(condition)
    if urgent_only:
        stmt = stmt.where(CareRequest.urgent.is_(True))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.order_by(
            CareRequest.urgent.desc(),
            CareRequest.needed_from,
            CareRequest.created_at,
            CareRequest.id,
        )
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    )
    return list(rows), total


def form_data(request: CareRequest) -> dict:
    """The request as its form shows it."""
    data: dict = {name: getattr(request, name) for name in TEXTS}
    data |= {"email": request.email, "postal_code": request.postal_code}
    for name in ("child_birth_date", "expected_birth", "needed_from"):
        value = getattr(request, name)
        data[name] = value.isoformat() if value else ""
    data["urgent"] = "on" if request.urgent else ""
    for day in WEEKDAYS:
        for edge in ("start", "end"):
            value = getattr(request, f"{day}_{edge}")
            data[f"{day}_{edge}"] = value.strftime("%H:%M") if value else ""
    data["wished"] = [str(w.childminder_id) for w in request.named if not w.sibling]
    data["sibling_at"] = [str(w.childminder_id) for w in request.named if w.sibling]
    return data
