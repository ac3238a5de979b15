"""Errors the user sees: always German, always naming the field or the thing."""

from __future__ import annotations


class TagwerkError(Exception):
    """Base for errors that carry a message meant for the user."""


class ValidationError(TagwerkError):
    """Bad input. `errors` maps a field name (or "" for the whole form) to a message."""

    def __init__(self, errors: dict[str, str] | str):
        if isinstance(errors, str):
            errors = {"": errors}
        self.errors = errors
        super().__init__("; ".join(errors.values()))


class CodeUsed(ValidationError):
    """A real code that has been spent: a clear answer, and no sign of someone guessing."""

    def __init__(self, message: str):
        super().__init__({"code": message})


class NotFound(TagwerkError):
    pass


class PluginError(TagwerkError):
    """Plugin set-up is inconsistent: unknown name, missing dependency, cycle."""


class MigrationsPending(TagwerkError):
    pass
