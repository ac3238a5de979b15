"""Every hook a plugin can implement. Always called with keyword arguments.

Implementations may accept any subset of the arguments. Hooks that return lists
contribute; hooks marked firstresult answer a question (first non-None wins).
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("tagwerk")
hookimpl = pluggy.HookimplMarker("tagwerk")

# --- Web -------------------------------------------------------------------


@hookspec
def routes():
    """Starlette routes of a plugin, mounted under /<plugin>/. Return a list of routes."""


@hookspec
def menu_items(user):
    """Navigation entries (`core.kernel.contributions.MenuItem`) for the main menu."""


@hookspec
def permissions():
    """Permissions (`core.kernel.contributions.Permission`) this module checks, with the
    roles granted by default."""


@hookspec
def person_tabs(person):
    """Tabs (`core.kernel.contributions.Tab`) on a person's detail page; content loads from
    the tab's URL."""


@hookspec
def dashboard_widgets(session, user, district, granted):
    """Small panels (`core.kernel.contributions.Widget`) shown on the dashboard. `district` is the
    dashboard's `core.services.districts.DistrictFilter`, for widgets that can follow it;
    `granted` the user's permissions, for widgets that show each user only her own."""


# --- Calendar --------------------------------------------------------------


@hookspec
def calendar_events(session, start, end, childminder_id, user, granted):
    """Events (`core.kernel.contributions.CalendarEvent`) between start and end (dates,
    inclusive) that this user may see; `granted` holds her permissions."""


# --- Lifecycle -------------------------------------------------------------


@hookspec
def contract_changed(session, contract, action):
    """A care contract was created, updated or is about to be deleted."""


@hookspec
def absence_changed(session, absence, action):
    """A childminder absence was created, updated or is about to be deleted."""


@hookspec
def delete_blockers(session, entity):
    """Reasons (German strings) why `entity` must not be deleted; empty if none."""


# --- The childminders' portal --------------------------------------------------


@hookspec
def portal_sections(session, person):
    """Parts (`core.kernel.contributions.PortalSection`) of the childminder's portal this
    module adds; each page behind them shows `person`'s own data only."""


@hookspec
def portal_tasks(session, person, today):
    """What the childminder should do (`core.kernel.contributions.PortalTask`): proofs due,
    deadlines."""


@hookspec
def absence_cover(session, absence):
    """How each of the childminder's children is cared for on each day of `absence`
    (`core.kernel.contributions.Cover`), for her portal; empty when this module does not
    arrange it."""


@hookspec
def upload_findings(session, content):
    """Why an uploaded file must be refused (a virus check's findings, German); empty
    when this module has nothing against it. Every module's answer counts."""


# --- Data protection (DSGVO) ------------------------------------------------


@hookspec
def person_erased(session, person):
    """The person's care has ended long enough ago: delete this module's personal data of
    them, except records a law requires to keep (those carry their own retention)."""


@hookspec
def purge_records(session, on):
    """Delete records whose legal retention has run out on `on`; return how many."""


# --- Background work -------------------------------------------------------


@hookspec
def import_sheets():
    """Kinds of sheet (`core.imports.sheets.Sheet`) an agency moving in can import into
    this module's records."""


@hookspec
def job_kinds():
    """Kinds of background work (`core.jobs.queue.JobKind`) this module hands to the worker,
    with their schedule if they run by themselves."""


# --- Settings, CLI, demo --------------------------------------------------


@hookspec
def letter_texts():
    """Kinds of letter and e-mail (`core.letters.texts.TextKind`) whose opening and closing words
    the agency may edit, with the shipped text, the placeholders and sample values."""


@hookspec
def events():
    """Changes that reach people outside the screen where they happen
    (`core.letters.events.Event`): who hears of each, in which kind of text, and what follows.
    Their texts join the editable letter texts."""


@hookspec
def setting_specs():
    """Installation settings (`core.settings.SettingSpec`) with their defaults."""


@hookspec
def cli_commands():
    """click commands or groups added to the `tagwerk` command line."""


@hookspec
def offline_commands():
    """click commands or groups that need no database (checking a file, computing an
    example): offered for every installed module, enabled or not, before `tagwerk init`.
    Once the module is enabled, its `cli_commands` group of the same name replaces them."""


@hookspec
def demo_data(session, rng, scale):
    """Add this module's demo records after the core demo agency exists."""


# --- Questions across modules ----------------------------------------------


@hookspec(firstresult=True)
def qualification_level(session, person, on):
    """The childminder's `core.kernel.contributions.Qualification` on a date (a day), or None if
    this module cannot say."""


@hookspec(firstresult=True)
def qualification_levels(session, on):
    """Every known childminder's `core.kernel.contributions.Qualification` on a date (a day), by
    person id, in one go.

    The batch form of `qualification_level` for monthly runs over thousands of persons;
    persons missing from the answer are unknown to the module."""


@hookspec
def payment_payees(session, month):
    """Ids of persons this module has payment lines for in the `core.month.Month`."""


@hookspec
def payment_lines(session, childminder, month):
    """`core.kernel.contributions.PaymentLine`s for a childminder (a Person) in the
    `core.month.Month`."""
