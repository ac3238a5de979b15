"""Calendar screens: month view, iCalendar export, absences and closing days."""

from __future__ import annotations

from datetime import date

from core.errors import NotFound, ValidationError
from core.forms import EARLIEST, LATEST, parse_date, whole_number
from core.i18n import gettext_
from core.ical import installation_key
from core.models.calendar import ABSENCE_LABELS
from core.models.persons import Role
from core.month import Month
from core.services import calendar as service
from core.services import persons as person_service
from core.web.routing import Req, RouteTable, download

routes = RouteTable()


def _month(raw: str) -> tuple[int, int]:
    """The month asked for; this month when none or none readable is given; a month
    outside the dates Tagwerk knows (1900–2199) is not found."""
    try:
        shown = Month.parse(raw)
    except ValueError:
        today = date.today()
        return today.year, today.month
    if not EARLIEST <= shown.first <= LATEST:
        raise NotFound(gettext_("Diesen Monat zeigt der Kalender nicht (1900 bis 2199)."))
    return shown.year, shown.month


# Childminders' absences with their kind and booked consultations are the office's: who may
# open persons sees them; a hub's staff see holidays, closing days and what modules show them.
PEOPLE = "persons.view"


def _childminder_id(req: Req) -> int | None:
    return whole_number(req.query.get("childminder", "")) if req.can(PEOPLE) else None


def _events(req: Req, start: date, end: date, childminder_id: int | None):
    state = req.setting("core.state")
    people = req.can(PEOPLE)
    events = service.core_events(req.session, state, start, end, childminder_id, people=people)
    events += req.kernel.collect(
        "calendar_events",
        session=req.session,
        start=start,
        end=end,
        childminder_id=childminder_id,
        user=req.user,
        granted=req.granted,
    )
    return events


@routes.page("/calendar", permission="calendar.view")
def month_view(req: Req):
    year, month = _month(req.query.get("month", ""))
    shown = Month(year, month)
    start, end = shown.first, shown.last
    childminder_id = _childminder_id(req)
    weeks = service.month_grid(year, month, _events(req, start, end, childminder_id))
    prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
    next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    childminders = (
        person_service.people_with_role(req.session, Role.CHILDMINDER) if req.can(PEOPLE) else []
    )
    return req.render(
        "core/calendar.html",
        block="month",
        weeks=weeks,
        year=year,
        month=month,
        first=start,
        prev=f"{prev_month[0]}-{prev_month[1]:02d}",
        next=f"{next_month[0]}-{next_month[1]:02d}",
        childminder_id=childminder_id,
        childminders=childminders,
    )


@routes.page("/calendar.ics", permission="calendar.view")
def ical_export(req: Req):
    today = date.today()
    try:
        start = parse_date(req.query["from"]) if "from" in req.query else date(today.year, 1, 1)
        end = parse_date(req.query["to"]) if "to" in req.query else date(today.year, 12, 31)
    except ValueError:
        raise ValidationError(
            gettext_("Zeitraum: Bitte Datumsangaben als JJJJ-MM-TT angeben.")
        ) from None
    if end < start or (end - start).days > 800:
        raise ValidationError(gettext_("Zeitraum: höchstens zwei Jahre, Ende nicht vor Beginn."))
    childminder_id = _childminder_id(req)
    body = service.to_ical(
        _events(req, start, end, childminder_id),
        req.setting("core.agency_name"),
        installation_key(req.session),
    )
    return download(body, "text/calendar; charset=utf-8", "tagwerk.ics")


def _absence_context(req: Req, data: dict, absence=None) -> dict:
    childminders = person_service.people_with_role(req.session, Role.CHILDMINDER)
    return {"data": data, "absence": absence, "kinds": ABSENCE_LABELS, "childminders": childminders}


@routes.page("/absences/new", permission="calendar.edit", methods=("GET", "POST"))
def absence_new(req: Req):
    if req.form is None:
        data = {
            "childminder_id": req.query.get("childminder", ""),
            "kind": "illness",
            "planned": "planned",
        }
        return req.render("core/absence_form.html", **_absence_context(req, data))
    try:
        absence = service.save_absence(req.session, req.form, hooks=req.hooks)
    except ValidationError as exc:
        return req.form_error(
            "core/absence_form.html", exc, **_absence_context(req, dict(req.form))
        )
    return req.redirect(f"/persons/{absence.childminder_id}/absences", "Abwesenheit eingetragen.")


@routes.page("/absences/{id:int}/edit", permission="calendar.edit", methods=("GET", "POST"))
def absence_edit(req: Req):
    absence = service.get_absence(req.session, req.path_int("id"))
    if req.form is None:
        data = {
            "childminder_id": str(absence.childminder_id),
            "kind": absence.kind.value,
            "start": absence.start.isoformat(),
            "end": absence.end.isoformat(),
            "planned": "planned" if absence.planned else "short_notice",
            "note": absence.note,
        }
        return req.render("core/absence_form.html", **_absence_context(req, data, absence))
    try:
        service.save_absence(req.session, req.form, absence, hooks=req.hooks)
    except ValidationError as exc:
        return req.form_error(
            "core/absence_form.html", exc, **_absence_context(req, dict(req.form), absence)
        )
    return req.redirect(
        f"/persons/{absence.childminder_id}/absences", gettext_("Abwesenheit gespeichert.")
    )


@routes.page("/absences/{id:int}/delete", permission="calendar.edit", methods=("GET", "POST"))
def absence_delete(req: Req):
    absence = service.get_absence(req.session, req.path_int("id"))
    if req.form is None:
        person = person_service.get_person(req.session, absence.childminder_id)
        return req.render(
            "core/absence_delete.html", absence=absence, person=person, kinds=ABSENCE_LABELS
        )
    person_id = absence.childminder_id
    service.delete_absence(req.session, absence, hooks=req.hooks)
    return req.redirect(f"/persons/{person_id}/absences", gettext_("Abwesenheit gelöscht."))


@routes.page("/calendar/closing-days", permission="calendar.view", methods=("GET",))
def closing_days(req: Req):
    return _closing_page(req, {}, {})


def _closing_page(req: Req, data: dict, errors: dict, status: int = 200):
    days = service.closing_days_since(req.session, date(date.today().year - 1, 1, 1))
    return req.render(
        "core/closing_days.html",
        block="form",
        closing_days=days,
        data=data,
        errors=errors,
        status=status,
    )


@routes.page("/calendar/closing-days/new", permission="calendar.edit", methods=("POST",))
def closing_day_add(req: Req):
    try:
        closing = service.save_closing_day(req.session, req.form)
    except ValidationError as exc:
        return _closing_page(req, dict(req.form), exc.errors, 422)
    return req.redirect(
        "/calendar/closing-days",
        gettext_("Schließtag {label} eingetragen.").format(label=closing.label),
    )


@routes.page(
    "/calendar/closing-days/{id:int}/delete", permission="calendar.edit", methods=("POST",)
)
def closing_day_delete(req: Req):
    service.delete_closing_day(req.session, req.path_int("id"))
    return req.redirect("/calendar/closing-days", gettext_("Schließtag entfernt."))
