"""Create forms that create once: each rendered form carries a one-time token.

The token is claimed in the request's own transaction before the handler runs
(`core.services.form_uses.claim`). A twin post is sent where the first one led, with a
note; a refused first post rolls back its claim, so the corrected form can be sent."""

from __future__ import annotations

import secrets

from markupsafe import Markup

FIELD = "form_once"


def form_once() -> Markup:
    """The hidden field for a create form's template: `{{ form_once() }}`."""
    return Markup(f'<input type="hidden" name="{FIELD}" value="{secrets.token_urlsafe(24)}">')


def token_of(form) -> str | None:
    raw = form.get(FIELD) if form is not None else None
    return raw if isinstance(raw, str) and 16 <= len(raw) <= 64 else None
