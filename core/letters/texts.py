"""The agency's own words in letters and e-mails: per kind of letter an opening and a
closing text with placeholders such as {{ vorname_kind }}, edited by staff and previewed
before it is saved; the module's shipped text stays available to go back to.

Texts are templates written by users, so they are rendered in Jinja's immutable sandbox
and, before that, limited to plain text, placeholders and `{% if %}`: no attribute access,
no calls, no loops. A placeholder that the kind does not provide is an error naming the
field and the placeholders there are, never an empty gap in a letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.letters import delivery
from core.letters.letterhead import Letterhead
from core.models import LetterText
from core.settings import kernel_of

# what a text may consist of: words, placeholders, and "if" around words
ALLOWED_NODES = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name, nodes.If, nodes.Not)
MAX_LENGTH = 4000  # characters per text: a letter's opening, not a brochure
SAMPLE_READER = SimpleNamespace(form_of_address="frau", first_name="Erika", last_name="Musterfrau")

_env = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
CACHE = "core.texts"  # session.info key of the texts read in this session


@dataclass(frozen=True)
class TextKind:
    kind: str  # "payments.statement", prefixed with the module's name
    label: str  # what staff see in the list (a German source string)
    intro: str  # the shipped opening; paragraphs separated by an empty line
    closing: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # placeholder → what it stands for
    sample: dict[str, object] = field(default_factory=dict)  # for the preview


@dataclass(frozen=True)
class Current:
    intro: str
    closing: str
    changed: LetterText | None  # None: the shipped text


def kinds(session: Session) -> dict[str, TextKind]:
    return dict(sorted(kernel_of(session).texts.items(), key=lambda kv: gettext_(kv[1].label)))


def get_kind(session: Session, kind: str) -> TextKind:
    found = kernel_of(session).texts.get(kind)
    if found is None:
        raise NotFound(gettext_("Diesen Brieftext gibt es nicht."))
    return found


def current(session: Session, kind: str) -> Current:
    """Kept for the session: a batch asks once per letter, and "no row" is not cached by
    the session itself, so 700 statements would be 700 queries."""
    cache = session.info.setdefault(CACHE, {})
    if kind not in cache:
        spec, row = get_kind(session, kind), session.get(LetterText, kind)
        cache[kind] = (
            Current(spec.intro, spec.closing, None)
            if row is None
            else Current(row.intro, row.closing, row)
        )
    return cache[kind]


def paragraphs(session: Session, kind: str, values: dict) -> tuple[str, ...]:
    """The letter's words for these values: the opening, then the closing."""
    intro, closing = parts(session, kind, values)
    return intro + closing


def parts(session: Session, kind: str, values: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Opening and closing apart, for a letter that puts its own content between them."""
    text = current(session, kind)
    return _paragraphs(text.intro, values), _paragraphs(text.closing, values)


@lru_cache(maxsize=256)
def _compiled(template: str):
    return _env.from_string(template)


def _paragraphs(template: str, values: dict) -> tuple[str, ...]:
    rendered = _compiled(template).render(**values)
    return tuple(p.strip() for p in rendered.replace("\r\n", "\n").split("\n\n") if p.strip())


def checked(spec: TextKind, data) -> tuple[str, str]:
    """Opening and closing from a form, or ValidationError naming the field."""
    labels = {"intro": gettext_("Einleitung"), "closing": gettext_("Schluss")}
    texts = {name: str(data.get(name, "") or "").strip() for name in labels}
    errors = {}
    if not texts["intro"]:
        errors["intro"] = gettext_("Einleitung: Bitte einen Text eingeben.")
    for name, label in labels.items():
        if name in errors:
            continue
        if problem := _problem(spec, texts[name]):
            errors[name] = f"{label}: {problem}"
    if errors:
        raise ValidationError(errors)
    return texts["intro"], texts["closing"]


def _problem(spec: TextKind, template: str) -> str | None:
    if len(template) > MAX_LENGTH:
        return gettext_("höchstens {n} Zeichen.").format(n=MAX_LENGTH)
    example = "{{ " + next(iter(spec.fields), "name") + " }}"
    try:
        tree = _env.parse(template)
    except TemplateSyntaxError as exc:
        message = gettext_("Zeile {line}: Platzhalter bitte so schreiben: {example}")
        return message.format(line=exc.lineno, example=example)
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, ALLOWED_NODES):
            message = gettext_("Nur Text, Platzhalter wie {example} und „if“ sind erlaubt.")
            return message.format(example=example)
        if isinstance(node, nodes.Name) and node.name not in spec.fields:
            message = gettext_("Den Platzhalter „{name}“ gibt es hier nicht. Möglich: {names}.")
            return message.format(name=node.name, names=", ".join(spec.fields))
    try:
        _paragraphs(template, spec.sample)
    except (UndefinedError, SecurityError) as exc:  # the checks above should have caught it
        return str(exc)
    return None


def save(session: Session, kind: str, data, actor: str) -> LetterText:
    intro, closing = checked(get_kind(session, kind), data)
    row = session.get(LetterText, kind)
    if row is None:
        row = LetterText(kind=kind, intro=intro, closing=closing, changed_by=actor)
        session.add(row)
    else:
        row.intro, row.closing, row.changed_by = intro, closing, actor
    session.flush()
    session.info.get(CACHE, {}).pop(kind, None)
    return row


def reset(session: Session, kind: str) -> None:
    """Back to the shipped text: the agency's version is removed."""
    get_kind(session, kind)
    row = session.get(LetterText, kind)
    if row is not None:
        session.delete(row)
        session.flush()
    session.info.get(CACHE, {}).pop(kind, None)


def preview(session: Session, kind: str, data) -> str:
    """The e-mail's text as the sample reader would get it, from unsaved form input."""
    spec = get_kind(session, kind)
    intro, closing = checked(spec, data)
    words = _paragraphs(intro, spec.sample) + _paragraphs(closing, spec.sample)
    text, _ = delivery.mail_body(Letterhead.of(session), [SAMPLE_READER], words)
    return text
