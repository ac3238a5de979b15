"""A parent votes with the code from the letter on a phone; staff see the survey charts."""

from __future__ import annotations

import random
from datetime import date, timedelta

from playwright.sync_api import expect
from sqlalchemy import func, select

from core.models import Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from plugins.parent_council import elections, surveys
from plugins.parent_council.models import SealedBallot, SpentCode
from tests.browser.conftest import SCREENSHOTS, logged_in_page, sideways

PHONE = {"width": 390, "height": 844}


def test_a_parent_votes_on_a_phone_and_staff_read_the_survey(browser, live_url, installation, make):
    installation.enable("parent_council")
    minders = [make.childminder(first_name=n, last_name="Wolf") for n in ("Jana", "Olga")]
    guardians = []
    for i in range(6):
        guardian = make.person("guardian", first_name=f"Elternteil{i}", last_name="Muster")
        child = make.child(first_name=f"Kind{i}", last_name="Muster")
        with installation.db.transaction("test") as s:
            add_link(s, s.get(Person, child.id), s.get(Person, guardian.id), LinkKind.GUARDIAN)
        make.contract(child, minders[i % 2])
        guardians.append(guardian)
    today = date.today()
    with installation.db.transaction("test") as s:
        election = elections.save_election(
            s,
            {
                "title": "Wahl der Elternvertretung",
                "cutoff_on": today.isoformat(),
                "candidacy_until": today.isoformat(),
                "voting_from": today.isoformat(),
                "voting_until": (today + timedelta(days=14)).isoformat(),
                "basis": "child",
                "seats": "1",
                "deputies": "1",
                "quorum_percent": "0",
                "term_months": "12",
            },
        )
        for g in guardians[:3]:
            elections.add_candidate(s, election, {"person_id": g.id, "statement": "Ich mache mit."})
        elections.new_seal_key(s, election)
        (_, code), *_ = elections.issue_codes(s, election)
        survey = surveys.create_survey(
            s,
            {
                "title": "Elternbefragung",
                "audience": "parents",
                "opens_on": today.isoformat(),
                "closes_on": (today + timedelta(days=28)).isoformat(),
            },
            5,
        )
        rng = random.Random(7)
        for _, survey_code in surveys.issue_codes(s, survey, today):
            answers = {
                f"q{q.id}": str(rng.choice((1, 2, 2, 3)))
                for q in survey.questions
                if q.kind == "grade"
            }
            surveys.submit(s, survey_code, answers, today)
        survey_id = survey.id

    phone = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    page = phone.new_page()
    page.goto(f"{live_url}/parent_council/wahl")
    page.get_by_label("Code").fill(code.lower().replace("-", " "))  # typed as it comes
    page.get_by_role("button", name="Weiter zum Stimmzettel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wahl der Elternvertretung")
    page.get_by_label("Elternteil1 Muster").check()
    assert sideways(page) == []
    # each box is a target a thumb can hit (WCAG 2.2, 2.5.8: at least 24 × 24 CSS pixels)
    for box in page.locator("input[name=choices]").all():
        size = box.bounding_box()
        assert size["width"] >= 24 and size["height"] >= 24, size
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "parent-council-ballot-phone.png"), full_page=True)
    page.get_by_role("button", name="Stimme abgeben").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Danke für Ihre Stimme!")
    # the ballot is not kept in the browser's cache (no-store): going back shows nothing
    # of it, and a second try with the same code is refused
    page.goto(f"{live_url}/parent_council/wahl")
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Weiter zum Stimmzettel").click()
    expect(page.get_by_text("Mit diesem Code wurde schon gewählt.").first).to_be_visible()
    phone.close()
    with installation.db.read() as s:
        used = select(func.count()).where(SpentCode.election_id == election.id)
        assert s.scalar(used) == 1  # the survey's six answers spent their own codes
        assert (
            s.scalar(select(func.count()).select_from(SealedBallot)) == 1
        )  # sealed until the count

    staff = logged_in_page(browser, live_url)
    staff.goto(f"{live_url}/parent_council/surveys/{survey_id}")
    expect(staff.locator("figure svg")).to_be_visible()
    expect(staff.get_by_text("100 %")).to_be_visible()
    staff.screenshot(path=str(SCREENSHOTS / "parent-council-survey.png"), full_page=True)
