"""Person screens: list with search as you type, detail with tabs, edit, links, delete."""

from __future__ import annotations

from math import ceil

from core import audit
from core.errors import NotFound, ValidationError
from core.forms import page_number
from core.i18n import gettext_
from core.models import Person
from core.models.persons import (
    ADDRESS_LABELS,
    CHANNEL_LABELS,
    EMPLOYMENT_LABELS,
    ROLE_LABELS,
    LinkKind,
    Role,
)
from core.services import calendar as cal
from core.services import contracts as contract_service
from core.services import districts as district_service
from core.services import persons as service
from core.web.privacy import record_access
from core.web.routing import Req, RouteTable

routes = RouteTable()
PER_PAGE = 25


def person_page(req: Req, person: Person, active: str, template: str, **context):
    """Render one tab of a person's page; plugins call this for their own tabs."""
    record_access(req, person, req.request.url.path)
    tabs = sorted(
        (t for t in req.kernel.collect("person_tabs", person=person) if req.can(t.permission)),
        key=lambda t: (t.order, t.label),
    )
    return req.render(
        template,
        block="tab_content",
        person=person,
        tabs=tabs,
        active_tab=active,
        role_labels=service.role_labels(person),
        **context,
    )


@routes.page("/persons", permission="persons.view")
def person_list(req: Req):
    query = req.query.get("q", "")
    role = req.query.get("role", "")
    role_filter = Role(role) if role in Role._value2member_map_ else None
    page = page_number(req.query.get("page"))
    chosen = district_service.district_filter(req.session, req.user, req.query.get("district"))
    rows, total = service.search_persons(
        req.session, query, role_filter, page, PER_PAGE, district=chosen
    )
    return req.render(
        "core/person_list.html",
        block="results",
        persons=rows,
        district_names=district_service.names_of(req.session, (p.id for p in rows)),
        districts=chosen,
        total=total,
        page=page,
        pages=max(ceil(total / PER_PAGE), 1),
        q=query,
        role=role,
        roles=ROLE_LABELS,
    )


def _form_context(req: Req) -> dict:
    groups = service.large_groups(req.session)
    return {
        "roles": ROLE_LABELS,
        "employment_options": [(e.value, label) for e, label in EMPLOYMENT_LABELS.items()],
        "address_options": [(a.value, label) for a, label in ADDRESS_LABELS.items()],
        "channel_options": [(c.value, label) for c, label in CHANNEL_LABELS.items()],
        "large_group_options": [(g.id, g.name) for g in groups],
        "district_options": [(d.id, d.name) for d in district_service.districts(req.session)],
    }


def _person_form_data(person: Person) -> dict:
    data = {f: getattr(person, f) or "" for f in (*service.PERSON_FIELDS, "notes")}
    data["birth_date"] = person.birth_date.isoformat() if person.birth_date else ""
    data["roles"] = [r.value for r in person.role_set]
    data["email_consent"] = "on" if person.email_consent_on else ""
    link = person.district_link
    data["district_id"] = str(link.district_id) if link is not None and link.manual else ""
    cm = person.childminder
    if cm:
        data.update(
            permit_number=cm.permit_number,
            permit_valid_until=cm.permit_valid_until.isoformat() if cm.permit_valid_until else "",
            max_children=str(cm.max_children),
            employment=cm.employment.value,
            iban=cm.iban,
            large_group_id=str(cm.large_group_id or ""),
        )
    return data


def _submitted(req: Req) -> dict:
    data = dict(req.form)
    data["roles"] = req.form.getlist("roles")
    return data


@routes.page("/persons/new", permission="persons.edit", methods=("GET", "POST"))
def person_new(req: Req):
    if req.form is None:
        preset = req.query.get("role", "")
        data = {
            "roles": [preset] if preset else [],
            "employment": "self_employed",
            "max_children": str(req.setting("core.max_children_default")),
        }
        return req.render("core/person_form.html", data=data, person=None, **_form_context(req))
    try:
        person = service.save_person(
            req.session,
            req.form,
            default_max_children=req.setting("core.max_children_default"),
        )
    except ValidationError as exc:
        return req.form_error(
            "core/person_form.html", exc, data=_submitted(req), person=None, **_form_context(req)
        )
    return req.redirect(
        f"/persons/{person.id}", gettext_("{name} wurde angelegt.").format(name=person.name)
    )


@routes.page("/persons/{id:int}", permission="persons.view")
def person_detail(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    return person_page(
        req,
        person,
        "overview",
        "core/person_overview.html",
        guardians=service.guardians(req.session, person),
        wards=service.wards(req.session, person),
        siblings=service.siblings(req.session, person),
        employments=EMPLOYMENT_LABELS,
        channel_labels=CHANNEL_LABELS,
    )


@routes.page("/persons/{id:int}/edit", permission="persons.edit", methods=("GET", "POST"))
def person_edit(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    if req.form is None:
        return req.render(
            "core/person_form.html",
            data=_person_form_data(person),
            person=person,
            **_form_context(req),
        )
    try:
        service.save_person(
            req.session,
            req.form,
            person,
            default_max_children=req.setting("core.max_children_default"),
        )
    except ValidationError as exc:
        return req.form_error(
            "core/person_form.html", exc, data=_submitted(req), person=person, **_form_context(req)
        )
    return req.redirect(f"/persons/{person.id}", gettext_("Änderungen gespeichert."))


@routes.page("/persons/{id:int}/delete", permission="persons.edit", methods=("GET", "POST"))
def person_delete(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    blockers = service.delete_blockers(req.session, person, hooks=req.hooks)
    if req.form is None or blockers:
        return req.render(
            "core/person_delete.html",
            person=person,
            blockers=blockers,
            status=200 if req.form is None else 422,
        )
    name = person.name
    service.delete_person(req.session, person, hooks=req.hooks)
    return req.redirect("/persons", gettext_("{name} wurde gelöscht.").format(name=name))


@routes.page("/persons/{id:int}/links", permission="persons.edit", methods=("POST",))
def person_link_add(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    kind = LinkKind.SIBLING if req.form.get("kind") == "sibling" else LinkKind.GUARDIAN
    try:
        related_id = req.form_id("related_id")
        related = service.get_person(req.session, related_id)
        service.add_link(req.session, person, related, kind)
    except (NotFound, ValidationError) as exc:
        message = exc.errors.get("related_id") if isinstance(exc, ValidationError) else None
        req.flash(message or gettext_("Bitte eine Person auswählen."), "error")
        return req.redirect(f"/persons/{person.id}")
    return req.redirect(
        f"/persons/{person.id}",
        gettext_("Verknüpfung mit {name} gespeichert.").format(name=related.name),
    )


@routes.page(
    "/persons/{id:int}/links/{link:int}/delete", permission="persons.edit", methods=("POST",)
)
def person_link_remove(req: Req):
    service.remove_link(req.session, req.path_int("link"))
    return req.redirect(f"/persons/{req.path_int('id')}", gettext_("Verknüpfung entfernt."))


@routes.page("/persons/options", permission="persons.view")
def person_options(req: Req):
    """Search results as <option>s for pickers (guardian, sibling, contract parties)."""
    role = req.query.get("role", "")
    rows, _ = service.search_persons(
        req.session,
        req.query.get("q", ""),
        Role(role) if role in Role._value2member_map_ else None,
        1,
        50,
    )
    return req.render("core/person_options.html", persons=rows)


@routes.page("/persons/{id:int}/contracts", permission="persons.view")
def person_contracts(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    return person_page(
        req,
        person,
        "contracts",
        "core/person_contracts.html",
        contracts=contract_service.contracts_of(req.session, person),
    )


@routes.page("/persons/{id:int}/absences", permission="persons.view")
def person_absences(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    return person_page(
        req,
        person,
        "absences",
        "core/person_absences.html",
        absences=cal.absences_of(req.session, person.id),
    )


@routes.page("/persons/{id:int}/audit", permission="audit.view")
def person_audit(req: Req):
    person = service.get_person(req.session, req.path_int("id"))
    entries = audit.entries_of(req.session, person)
    return person_page(req, person, "audit", "core/person_audit.html", entries=entries)
