"""A small world for the stories of events: a childminder on e-mail with a child whose
mother reads e-mail and whose father takes post, a hub with one member, an adviser, and
the office's address for news. Built through the services, as the application does."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from core.models import ConsultationSlot, Person, User
from core.models.calendar import AbsenceKind
from core.models.persons import LinkKind
from core.services import consultations
from core.services.calendar import record_absence
from core.services.persons import add_link
from core.settings import settings_of
from plugins.placement import offers, requests
from plugins.substitute_hub import booking, letters
from plugins.substitute_hub.models import Enrolment, Need, Provider, ProviderMember

OFFICE = "buero@example.org"
TODAY = date.today()
MONDAY = TODAY + timedelta(days=7 - TODAY.weekday() + 7)  # a Monday at least a week ahead
MODULES = ("substitute_hub", "placement", "parent_council")


class World:
    """A childminder on e-mail with a child whose mother reads e-mail and whose father
    takes post, a hub with one member, and the office's address for news."""

    def __init__(self, installation, make):
        self.installation, self.make = installation, make
        for name in MODULES:
            installation.enable(name)
        self.hooks = installation.kernel().hook
        with installation.db.transaction("test") as s:
            settings = settings_of(s)
            settings.set(s, "core.portal_notify", OFFICE)
            settings.set(s, "core.site_url", "https://tagwerk.example.org")
        on_email = {"channel": "email", "email_consent": "on"}
        self.jana = make.childminder(
            first_name="Jana", last_name="Wolf", email="jana@example.org", **on_email
        )
        self.mia = make.child(first_name="Mia", last_name="Brockmann")
        self.sara = make.person(
            "guardian",
            first_name="Sara",
            last_name="Brockmann",
            email="sara@example.org",
            **on_email,
        )
        self.tom = make.person(
            "guardian",
            first_name="Tom",
            last_name="Brockmann",
            channel="letter",
            street="Weg 1",
            postal_code="59269",
            city="Beckum",
        )
        self.hanna = make.person(
            "staff", first_name="Hanna", last_name="Nord", email="hanna@example.org", **on_email
        )
        make.contract(self.mia, self.jana, start=TODAY - timedelta(days=60), substitute_wanted="on")
        with installation.db.transaction("test") as s:
            mia = s.get(Person, self.mia.id)
            for parent in (self.sara, self.tom):
                add_link(s, mia, s.get(Person, parent.id), LinkKind.GUARDIAN)
            hub = Provider(name="Stützpunkt Nord", kind="hub", places=3)
            s.add(hub)
            s.flush()
            s.add(ProviderMember(provider_id=hub.id, person_id=self.hanna.id))
            s.add(Enrolment(child_id=self.mia.id, provider_id=hub.id))
            self.hub_id = hub.id
            s.add(User(username="beratung", display_name="Anna Schulte", password_hash="x"))

    # --- what the stories do ---------------------------------------------------------

    def second_hub(self) -> int:
        """Stützpunkt Süd, where Mia is enrolled too, with Ida as its member, on e-mail."""
        ida = self.make.person(
            "staff",
            first_name="Ida",
            last_name="Süd",
            email="ida@example.org",
            channel="email",
            email_consent="on",
        )
        with self.installation.db.transaction("test") as s:
            hub = Provider(name="Stützpunkt Süd", kind="hub", places=3)
            s.add(hub)
            s.flush()
            s.add(ProviderMember(provider_id=hub.id, person_id=ida.id))
            s.add(Enrolment(child_id=self.mia.id, provider_id=hub.id))
            return hub.id

    def absence(self, days: int) -> int:
        with self.installation.db.transaction("test") as s:
            absence = record_absence(
                s,
                self.jana.id,
                AbsenceKind.ILLNESS,
                MONDAY,
                MONDAY + timedelta(days=days - 1),
                planned=False,
                hooks=self.hooks,
            )
            return absence.id

    def confirmed_absence(self) -> int:
        """Two days, the first with a place at the hub, and the parents told."""
        absence_id = self.absence(days=2)
        with self.installation.db.transaction("test") as s:
            first = s.scalars(select(Need).where(Need.day == MONDAY)).one()
            booking.book(s, first, s.get(Provider, self.hub_id))
            letters.queue(s, MONDAY, MONDAY + timedelta(days=1), "staff")
        return absence_id

    def counted_election(self, votes_for_sara: int, **fields) -> None:
        """Sara and Tom stand, Mia's code votes for Sara (or nobody votes), then counted."""
        from plugins.parent_council import elections
        from tests.db.council_helpers import count, election

        with self.installation.db.transaction("test") as s:
            e = election(s, **fields)
            sara = elections.add_candidate(s, e, {"person_id": self.sara.id})
            elections.add_candidate(s, e, {"person_id": self.tom.id})
            issued = elections.issue_codes(s, e)
            for _, code in issued[:votes_for_sara]:
                elections.cast(s, code, [str(sara.id)], TODAY)
            count(s, e)

    def slot(self, booked: bool) -> int:
        with self.installation.db.transaction("test") as s:
            adviser = s.scalars(select(User).where(User.username == "beratung")).one()
            slot = ConsultationSlot(
                staff_user_id=adviser.id, starts_at=datetime.now() + timedelta(days=3)
            )
            s.add(slot)
            s.flush()
            if booked:
                consultations.book(s, s.get(Person, self.jana.id), slot.id, {}, datetime.now())
            return slot.id

    def offer(self) -> int:
        with self.installation.db.transaction("test") as s:
            request = requests.save_request(s, request_data())
            return offers.make_offer(s, request, self.jana.id, "fachberatung", TODAY).id


def request_data(**changes) -> dict:
    """Eva's request for Emil, as the public form sends it; `changes` another sender's."""
    return {
        "child_first_name": "Emil",
        "child_last_name": "Kranz",
        "child_birth_date": (TODAY - timedelta(days=300)).isoformat(),
        "guardian_first_name": "Eva",
        "guardian_last_name": "Kranz",
        "email": "eva@example.org",
        "postal_code": "59269",
        "needed_from": (TODAY + timedelta(days=60)).isoformat(),
        "mo_start": "08:00",
        "mo_end": "13:00",
        **changes,
    }
