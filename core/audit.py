"""Writes an audit entry for every ORM create, update and delete in a session."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from core.models import AuditEntry

SECRET_FIELDS = {"password_hash", "iban"}


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _redact(key: str, value):
    if key in SECRET_FIELDS and value:
        return "***" if key == "password_hash" else f"…{str(value)[-4:]}"
    return _plain(value)


def _audited(obj) -> bool:
    """Everything but the log itself and records that must stay anonymous (ballots)."""
    return not isinstance(obj, AuditEntry) and getattr(obj, "__audit__", True)


def _columns(obj):
    return inspect(obj).mapper.column_attrs


def _snapshot(obj) -> dict:
    return {a.key: _redact(a.key, getattr(obj, a.key)) for a in _columns(obj)}


def _changes(obj) -> dict:
    state = inspect(obj)
    changed = {}
    for attr in _columns(obj):
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _plain(old) != _plain(new):
                changed[attr.key] = [_redact(attr.key, old), _redact(attr.key, new)]
    return changed


def _identity(obj) -> str:
    return "/".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj))


def _entry(session: Session, obj, action: str, changes: dict) -> AuditEntry:
    entry = AuditEntry(
        actor=session.info.get("actor", "system"),
        action=action,
        entity=obj.__tablename__,
        entity_id=_identity(obj),
        person_id=getattr(obj, "audit_person_id", None),
        changes=changes,
    )
    if source := session.info.get("audit_source"):
        entry.source = source[:300]
    return entry


@event.listens_for(Session, "before_flush")
def _record_updates_and_deletes(session: Session, _ctx, _instances) -> None:
    entries = []
    for obj in session.dirty:
        if not _audited(obj) or not session.is_modified(obj):
            continue
        changes = _changes(obj)
        if changes:
            entries.append(_entry(session, obj, "update", changes))
    for obj in session.deleted:
        if _audited(obj):
            entries.append(_entry(session, obj, "delete", _snapshot(obj)))
    # Creates get their ids only during flush; remember them for after_flush.
    session.info.setdefault("_audit_new", []).extend(o for o in session.new if _audited(o))
    session.add_all(entries)


@event.listens_for(Session, "after_flush_postexec")
def _record_creates(session: Session, _ctx) -> None:
    created = session.info.pop("_audit_new", [])
    if created:
        session.add_all(_entry(session, o, "create", _snapshot(o)) for o in created)


def entries_of(session: Session, person, limit: int = 200) -> list[AuditEntry]:
    """The newest changes to a person's records, newest first."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.person_id == person.id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
    )
