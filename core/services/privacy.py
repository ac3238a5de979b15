"""Data protection: everything stored about a person (DSGVO Art. 15), and erasing it once
care has ended long enough ago (Art. 17). Payment records stay as long as the law wants
them (§ 147 AO, ten years); they carry their own copy of name, address and IBAN, so the
person can be erased before they are.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import MetaData, delete, func, or_, select, update
from sqlalchemy.orm import Session

from core.format import format_date
from core.i18n import N_
from core.kernel.contributions import DataSection
from core.letters.letterhead import Letterhead
from core.messages import outbox
from core.models import (
    Absence,
    AuditEntry,
    Childminder,
    Contract,
    Message,
    Person,
    PersonLink,
    Upload,
)
from core.models.persons import LinkKind

ERASED_NAME = "gelöscht"


def person_record(session: Session, person: Person) -> list[DataSection]:
    """What Tagwerk holds about the person: core data first, then every row of any module's
    table that refers to them – found from the database's own foreign keys, so a module
    (even a disabled one) cannot be forgotten."""
    sections = [
        _master_data(person),
        *_core_sections(session, person),
        *_module_rows(session, person),
    ]
    return [s for s in sections if s.rows]


def _module_rows(session: Session, person: Person) -> list[DataSection]:
    metadata = MetaData()
    metadata.reflect(bind=session.get_bind())
    sections = []
    for table in metadata.sorted_tables:
        if table.name.startswith("core_"):
            continue  # core's own sections above say it in words
        for column in table.columns:
            if any(fk.column.table.name == "core_person" for fk in column.foreign_keys):
                rows = session.execute(select(table).where(column == person.id)).mappings()
                sections.append(DataSection(f"{table.name}.{column.name}", [dict(r) for r in rows]))
    return sections


def _master_data(person: Person) -> DataSection:
    row = {
        N_("Vorname"): person.first_name,
        N_("Nachname"): person.last_name,
        N_("Geburtsdatum"): person.birth_date,
        N_("Straße"): person.street,
        N_("PLZ"): person.postal_code,
        N_("Ort"): person.city,
        N_("Bezirk"): person.district_link.district.name if person.district_link else "",
        N_("Telefon"): person.phone,
        N_("E-Mail"): person.email,
        N_("Notizen"): person.notes,
        N_("Rollen"): ", ".join(sorted(r.value for r in person.role_set)),
    }
    cm = person.childminder
    if cm is not None:
        row |= {
            N_("Nummer der Pflegeerlaubnis"): cm.permit_number,
            N_("Pflegeerlaubnis gültig bis"): cm.permit_valid_until,
            N_("IBAN"): cm.iban,
        }
    return DataSection(N_("Stammdaten"), [row])


def _core_sections(session: Session, person: Person) -> list[DataSection]:
    contracts = session.scalars(
        select(Contract)
        .where(or_(Contract.child_id == person.id, Contract.childminder_id == person.id))
        .order_by(Contract.valid_from)
    )
    links = session.scalars(
        select(PersonLink).where(
            or_(PersonLink.person_id == person.id, PersonLink.related_id == person.id)
        )
    )
    absences = session.scalars(
        select(Absence).where(Absence.childminder_id == person.id).order_by(Absence.start)
    )
    messages = session.scalars(
        select(Message).where(Message.person_id == person.id).order_by(Message.id)
    )
    log = session.scalars(
        select(AuditEntry).where(AuditEntry.person_id == person.id).order_by(AuditEntry.at)
    )
    return [
        DataSection(
            N_("Betreuungsverträge"),
            [
                {
                    N_("Kind"): c.child.name,
                    N_("Tagespflegeperson"): c.childminder.name,
                    N_("Beginn"): c.valid_from,
                    N_("Ende"): c.valid_to,
                    N_("Std./Woche"): c.weekly_hours,
                    N_("Aktenzeichen"): c.reference,
                    N_("Notizen"): c.notes,
                }
                for c in contracts
            ],
        ),
        DataSection(
            N_("Verknüpfungen"),
            [
                {
                    N_("Art"): link.kind.value,
                    N_("Person"): link.related.name
                    if link.person_id == person.id
                    else link.person.name,
                }
                for link in links
            ],
        ),
        DataSection(
            N_("Abwesenheiten"),
            [{N_("Von"): a.start, N_("Bis"): a.end, N_("Art"): a.kind.value} for a in absences],
        ),
        DataSection(
            N_("Nachrichten"),
            [
                {
                    N_("Eingereiht"): m.created_at,
                    N_("An"): m.to_address,
                    N_("Betreff"): m.subject,
                    N_("Stand"): m.status,
                    N_("Zugestellt"): m.sent_at,
                }
                for m in messages
            ],
        ),
        DataSection(
            N_("Änderungsverlauf"),
            [
                {N_("Zeit"): e.at, N_("Wer"): e.actor, N_("Aktion"): e.action, "Daten": e.changes}
                for e in log
            ],
        ),
    ]


def record_json(person: Person, sections: list[DataSection]) -> bytes:
    body = {
        "person_id": person.id,
        "exportiert": datetime.now().isoformat(timespec="seconds"),
        "abschnitte": [asdict(s) for s in sections],
    }
    return json.dumps(body, ensure_ascii=False, indent=2, default=str).encode()


def record_pdf(person: Person, sections: list[DataSection], sender: Letterhead) -> bytes:
    from core.letters.pdf import render_pdf

    shown = [
        DataSection(s.title, [{k: _shown(v) for k, v in row.items()} for row in s.rows])
        for s in sections
    ]
    return render_pdf(
        "core/pdf/person_record.html",
        {"person": person, "sections": shown, "sender": sender, "today": date.today()},
    )


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return format_date(value, "de")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


# --- erasure after the retention period ---------------------------------------------


def last_activity(session: Session) -> dict[int, date | None]:
    """Per person: the day care ended for them or for the children they are guardian of,
    or their last change, whichever is later; None while care is still running. A handful
    of grouped queries, whatever the number of persons."""
    last: dict[int, date | None] = {}

    def later(pid: int, day) -> None:
        if day is None:
            return
        day = day.date() if isinstance(day, datetime) else day
        if pid not in last or (last[pid] is not None and day > last[pid]):
            last[pid] = day

    ends = {}
    for column in (Contract.child_id, Contract.childminder_id):
        rows = session.execute(
            select(
                column, func.max(Contract.valid_to), func.count() - func.count(Contract.valid_to)
            ).group_by(column)
        )
        for pid, end, open_ended in rows:
            ends.setdefault(pid, []).append(None if open_ended else end)
    guardians = session.execute(
        select(PersonLink.related_id, PersonLink.person_id).where(
            PersonLink.kind == LinkKind.GUARDIAN
        )
    )
    for guardian, child in guardians:
        ends.setdefault(guardian, []).extend(ends.get(child, []))
    for pid, changed in session.execute(
        select(AuditEntry.person_id, func.max(AuditEntry.at))
        .where(AuditEntry.person_id.isnot(None))
        .group_by(AuditEntry.person_id)
    ):
        later(pid, changed)
    for pid, days in ends.items():
        for day in days:
            later(pid, day)
    running = {pid for pid, days in ends.items() if None in days}
    return {pid: (None if pid in running else day) for pid, day in last.items()}


def due_for_erasure(session: Session, on: date, years: int) -> list[tuple[Person, date]]:
    cutoff = on - relativedelta(years=years)
    activity = last_activity(session)
    due_ids = [pid for pid, last in activity.items() if last is not None and last < cutoff]
    if not due_ids:
        return []
    persons = session.scalars(
        select(Person)
        .where(Person.id.in_(due_ids), Person.anonymised_on.is_(None))
        .order_by(Person.last_name, Person.first_name)
    )
    return [(p, activity[p.id]) for p in persons]


def erase(session: Session, person: Person, hooks, on: date) -> None:
    """Remove the person's personal data; the row stays so records that must be kept still
    point somewhere, and the audit log keeps who did what when, but no longer the values."""
    hooks.person_erased(session=session, person=person)
    session.execute(
        delete(PersonLink).where(
            or_(PersonLink.person_id == person.id, PersonLink.related_id == person.id)
        )
    )
    session.execute(delete(Absence).where(Absence.childminder_id == person.id))
    # her files' rows; the nightly sweep (core.files.uploads.sweep) deletes the bytes
    session.execute(delete(Upload).where(Upload.person_id == person.id))
    outbox.erase_person(session, person.id)
    session.execute(
        update(Contract)
        .where(or_(Contract.child_id == person.id, Contract.childminder_id == person.id))
        .values(reference="", notes="")
    )
    person.first_name, person.last_name = ERASED_NAME, f"#{person.id}"
    person.birth_date = None
    person.street = person.postal_code = person.city = ""
    person.district_link = None  # it tells where the person lived
    person.phone = person.email = person.notes = ""
    person.anonymised_on = on
    if person.childminder is not None:
        cm: Childminder = person.childminder
        cm.permit_number, cm.iban = "", ""
    session.flush()  # the audit entries of this very change are written now …
    session.execute(  # … and lose their values with all earlier ones
        update(AuditEntry)
        .where(AuditEntry.person_id == person.id)
        .values(changes={"gelöscht": format_date(on, "de")})
    )


def purge(session: Session, hooks, on: date, years: int) -> tuple[int, int]:
    """Erase everyone due and drop records past their own retention: (persons, records)."""
    due = due_for_erasure(session, on, years)
    for person, _ in due:
        erase(session, person, hooks, on)
    records = sum(hooks.purge_records(session=session, on=on) or [])
    return len(due), records
