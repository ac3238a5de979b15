"""Asking plugins before a delete: the one place that gathers their objections."""

from __future__ import annotations

from core.errors import ValidationError


def blockers(hooks, session, entity) -> list[str]:
    """Reasons the enabled modules give against deleting `entity`."""
    return [
        r for result in hooks.delete_blockers(session=session, entity=entity) for r in result or []
    ]


def ensure_deletable(hooks, session, entity) -> None:
    reasons = blockers(hooks, session, entity)
    if reasons:
        raise ValidationError(" ".join(reasons))
