"""Care contracts and the rules that keep them consistent with the Pflegeerlaubnis."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from core import capacity
from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form
from core.i18n import gettext_
from core.kernel.lifecycle import ensure_deletable
from core.models import Childminder, Contract, Person
from core.models.contracts import CARE_TYPE_LABELS, WEEKDAY_LABELS, WEEKDAYS, CareType
from core.models.persons import Role
from core.services import contract_notices
from core.settings import settings_of

MAX_DAILY_HOURS = Decimal("24")


def get_contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(
            gettext_("Vertrag {contract_id} gibt es nicht.").format(contract_id=contract_id)
        )
    return contract


def overlapping(stmt, start: date, end: date | None):
    """Restrict a contract query to those whose period meets [start, end]."""
    stmt = stmt.where(or_(Contract.valid_to.is_(None), Contract.valid_to >= start))
    if end is not None:
        stmt = stmt.where(Contract.valid_from <= end)
    return stmt


def _read(form: Form) -> dict:
    """The contract form's fields as typed values; what cannot be read is a field error."""
    values = {
        "child_id": form.integer("child_id", gettext_("Kind"), required=True),
        "childminder_id": form.integer("childminder_id", "Tagespflegeperson", required=True),
        "valid_from": form.date("valid_from", "Beginn", required=True),
        "valid_to": form.date("valid_to", "Ende"),
        "care_type": form.choice("care_type", "Betreuungsform", CARE_TYPE_LABELS),
        "special_needs": form.flag("special_needs"),
        "substitute_wanted": form.flag("substitute_wanted"),
        "substitute_from": form.date("substitute_from", gettext_("Vertretung gewünscht ab")),
        "notes": form.text("notes", "Notizen", max_length=5000),
        "reference": form.text("reference", "Aktenzeichen", max_length=50),
    }
    for day in WEEKDAYS:
        values[f"hours_{day}"] = form.decimal(
            f"hours_{day}",
            gettext_("Stunden am {value}").format(value=gettext_(WEEKDAY_LABELS[day])),
            minimum=Decimal("0"),
            maximum=MAX_DAILY_HOURS,
        )
    if values["substitute_wanted"] is False:
        values["substitute_from"] = None
    return values


def _check_terms(form: Form, values: dict, max_weekly: int) -> None:
    """Hours of the week and the period, whichever way the values came."""
    hours = [values[f"hours_{d}"] for d in WEEKDAYS]
    if all(h is not None for h in hours):
        weekly = sum(hours, Decimal("0"))
        if weekly <= 0:
            form.error(
                "hours_mo",
                gettext_("Wochenstunden: Bitte an mindestens einem Tag Stunden eintragen."),
            )
        elif weekly > max_weekly:
            form.error(
                "hours_mo",
                gettext_(
                    "Wochenstunden: {weekly} Stunden überschreiten die Höchstgrenze "
                    "von {max_weekly} Stunden je Woche."
                ).format(weekly=_num(weekly), max_weekly=max_weekly),
            )
    if values["valid_from"] and values["valid_to"] and values["valid_to"] < values["valid_from"]:
        form.error("valid_to", gettext_("Ende: Das Vertragsende liegt vor dem Beginn."))


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def _check_parties(session: Session, form: Form, values: dict) -> Childminder | None:
    child = session.get(Person, values["child_id"]) if values["child_id"] else None
    if values["child_id"] and (child is None or not child.has_role(Role.CHILD)):
        form.error("child_id", gettext_("Kind: Diese Person ist nicht als Kind erfasst."))
    person = session.get(Person, values["childminder_id"]) if values["childminder_id"] else None
    if values["childminder_id"] and (person is None or person.childminder is None):
        form.error(
            "childminder_id",
            gettext_("Tagespflegeperson: Diese Person ist keine Tagespflegeperson."),
        )
        return None
    return person.childminder if person else None


def _check_rules(
    session: Session,
    form: Form,
    values: dict,
    cm: Childminder,
    exclude_id: int | None,
    max_contracts: int,
) -> None:
    """The clash with the same child's contract here, then the capacity rules
    (core/capacity.py) against the contracts running at the same time."""
    start, end = values["valid_from"], values["valid_to"]
    name = cm.person.name
    new = capacity.Booking(start, end, frozenset(d for d in WEEKDAYS if values[f"hours_{d}"]))
    if message := capacity.permit_breach(new, name, cm.permit_valid_until):
        form.error("valid_from", message)
    base = select(Contract).where(Contract.id != (exclude_id or 0))
    same_pair = overlapping(
        base.where(
            Contract.child_id == values["child_id"],
            Contract.childminder_id == values["childminder_id"],
        ),
        start,
        end,
    )
    clash = session.scalars(same_pair).first()
    if clash is not None:
        until = format_date(clash.valid_to) if clash.valid_to else "unbefristet"
        form.error(
            "valid_from",
            gettext_(
                "Zeitraum: Für dieses Kind besteht bei {name} schon ein Vertrag "
                "({valid_from} – {until})."
            ).format(name=name, valid_from=format_date(clash.valid_from), until=until),
        )
        return

    def booked(contracts) -> list[capacity.Booking]:
        return [
            capacity.Booking(
                c.valid_from, c.valid_to, frozenset(d for d in WEEKDAYS if c.hours(d) > 0)
            )
            for c in contracts
        ]

    own = session.scalars(
        overlapping(base.where(Contract.childminder_id == cm.person_id), start, end)
    ).all()
    group = None
    if cm.large_group is not None:
        member_ids = [m.person_id for m in cm.large_group.members]
        shared = session.scalars(
            overlapping(base.where(Contract.childminder_id.in_(member_ids)), start, end)
        ).all()
        group = capacity.Group(cm.large_group.name, cm.large_group.max_children, booked(shared))
    found = capacity.breaches(
        new,
        name=name,
        max_children=cm.max_children,
        max_contracts=max_contracts,
        own=booked(own),
        group=group,
    )
    for field_name, message in found:
        form.error(field_name, message)


def save_contract(
    session: Session,
    data: Mapping,
    contract: Contract | None = None,
    *,
    hooks,
    announce: bool = True,
) -> Contract:
    """The office's contract form: create or update a contract; every rule is checked
    before anything is written. `announce=False` where it records what already is (an
    agency moving in): nobody is told of it as news."""
    form = Form(data)
    values = _read(form)
    return _store(session, form, values, contract, hooks=hooks, draft=False, announce=announce)


def create_contract(
    session: Session,
    child_id: int,
    childminder_id: int,
    valid_from: date,
    hours: Mapping[str, Decimal],
    *,
    valid_to: date | None = None,
    care_type: CareType = CareType.REGULAR,
    special_needs: bool = False,
    notes: str = "",
    hooks,
    draft: bool = False,
) -> Contract:
    """A new contract from typed values (weekday key → hours, missing days none), for
    services that make one (a placement's accepted offer); the same rules as the form. It
    may be a draft: agreed, not yet signed."""
    form = Form({})  # collects the errors as the office's form would
    for day, value in hours.items():
        if day not in WEEKDAYS or not 0 <= value <= MAX_DAILY_HOURS:
            form.error(
                f"hours_{day}",
                gettext_("Stunden am {value}: zwischen 0 und {hours}.").format(
                    value=gettext_(WEEKDAY_LABELS.get(day, day)), hours=_num(MAX_DAILY_HOURS)
                ),
            )
    values = {
        "child_id": child_id,
        "childminder_id": childminder_id,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "care_type": care_type.value,
        "special_needs": special_needs,
        "substitute_wanted": False,
        "substitute_from": None,
        "notes": notes,
        "reference": "",
        **{f"hours_{day}": Decimal(hours.get(day, 0)) for day in WEEKDAYS},
    }
    return _store(session, form, values, None, hooks=hooks, draft=draft)


def _store(
    session: Session,
    form: Form,
    values: dict,
    contract: Contract | None,
    *,
    hooks,
    draft: bool,
    announce: bool = True,
) -> Contract:
    max_contracts, max_weekly = settings_of(session).many(
        session, "core.max_contracts", "core.max_weekly_hours"
    )
    _check_terms(form, values, int(max_weekly))
    cm = (
        _check_parties(session, form, values)
        if not form.errors.keys() & {"child_id", "childminder_id"}
        else None
    )
    if cm is not None and values["valid_from"] and "valid_to" not in form.errors:
        exclude = contract.id if contract else None
        _check_rules(session, form, values, cm, exclude, int(max_contracts))
    form.done()

    action = "update" if contract else "create"
    # saved unchanged: nothing to tell
    changed = contract is None or any(getattr(contract, k) != v for k, v in values.items())
    if contract is None:
        contract = Contract(draft=draft)
        session.add(contract)
    for key, value in values.items():
        setattr(contract, key, value)
    session.flush()
    hooks.contract_changed(session=session, contract=contract, action=action)
    if announce and changed and not (draft and action == "create"):  # a draft: placement tells
        session.refresh(contract)  # child and childminder, as stored
        contract_notices.announce(
            session,
            contract,
            contract_notices.CHANGED if action == "update" else contract_notices.ENTERED,
        )
    return contract


def sign_contract(session: Session, contract: Contract, *, hooks) -> None:
    """A draft is signed: from now on it is a contract like any other, paid as well."""
    if not contract.draft:
        raise ValidationError(gettext_("Dieser Vertrag ist schon unterschrieben."))
    contract.draft = False
    session.flush()
    hooks.contract_changed(session=session, contract=contract, action="update")
    contract_notices.announce(session, contract, contract_notices.SIGNED)


def delete_contract(session: Session, contract: Contract, *, hooks) -> None:
    ensure_deletable(hooks, session, contract)
    contract_notices.announce(session, contract, contract_notices.DELETED)
    hooks.contract_changed(session=session, contract=contract, action="delete")
    session.delete(contract)
    session.flush()


def contracts_of(session: Session, person: Person) -> list[Contract]:
    return list(
        session.scalars(
            select(Contract)
            .options(selectinload(Contract.child), selectinload(Contract.childminder))
            .where(or_(Contract.child_id == person.id, Contract.childminder_id == person.id))
            .order_by(Contract.valid_from.desc())
        )
    )


def contract_form_data(contract: Contract) -> dict[str, str]:
    """The stored contract as form values, for editing."""
    data = {
        "child_id": str(contract.child_id),
        "childminder_id": str(contract.childminder_id),
        "valid_from": contract.valid_from.isoformat(),
        "valid_to": contract.valid_to.isoformat() if contract.valid_to else "",
        "care_type": contract.care_type.value,
        "special_needs": "on" if contract.special_needs else "",
        "substitute_wanted": "on" if contract.substitute_wanted else "",
        "substitute_from": contract.substitute_from.isoformat() if contract.substitute_from else "",
        "notes": contract.notes,
        "reference": contract.reference,
    }
    for day in WEEKDAYS:
        data[f"hours_{day}"] = _num(contract.hours(day)) if contract.hours(day) else ""
    return data
