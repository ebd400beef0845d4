"""What an offline intro's subject line and detail say about a piece of work: an event with
"the", a topic rather than a day, a short specific subject before a generic one, the
publication a post appeared in named apart from its title, and a plan whose date has passed
never framed as still to come."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoprep.api import Workspace
from infoprep.dates import past_plan
from infoprep.drafts.compose import prompt_data
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.llm import OfflineGenerator
from infoprep.models import Company, Dossier, Draft, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import candidates

URL = "https://marrowgate-clinic.example/team"
TODAY = date(2026, 11, 26)
PROFILE = Profile(name="Tomasz Wren", headline="pharmacy technician moving into stewardship",
                  target_roles=["stewardship technician"])


def _dossier(*facts: tuple[str, str, str], company: str = "Marrowgate Clinic",
             titles: tuple[str, ...] = ()) -> Dossier:
    """Orla Quinlan at `company`; each fact (subject, field, value) quoted on the team page."""
    text = " ".join(f"{value}." for _, _, value in facts)
    return Dossier(
        person=Person(name="Orla Quinlan", title="Lead Pharmacist", employer=company),
        company=Company(name=company),
        sources=[Source(url=URL, title="Our team", kind="website", fetched_at="2026-10-01",
                        text=f"Orla Quinlan is Lead Pharmacist at {company}. We test every "
                             f"cardboard mock-up twice. {text}"),
                 *[Source(url=f"https://news.example/{n}", title=title, kind="news",
                          text=title) for n, title in enumerate(titles)]],
        facts=[Fact(subject=subject, field=field, value=value, source_url=URL, quote=value)
               for subject, field, value in facts],
    )


def _intros(home: Path, dossier: Dossier) -> tuple[Draft, Draft]:
    ctx = DraftContext(PROFILE, None, dossier, today=TODAY)
    with Workspace(home, offline=True) as ws:
        email = write_intro(ctx, ws.prompts, ws.generator, "email")
        linkedin = write_intro(ctx, ws.prompts, ws.generator, "linkedin")
    for draft in (email, linkedin):
        assert [c.detail for c in draft.checks if not c.ok] == [], draft.body
    return email, linkedin


@pytest.mark.parametrize(("talk", "subject"), [
    # "Your talk at Harbour Pharmacy Conference" lacks "the".
    ("Reading a drug chart in ninety seconds flat: what the night shift taught me "
     "(Harbour Pharmacy Conference, Leeds, 12 November 2025)",
     "Your talk at the Harbour Pharmacy Conference"),
    # With "the" it is eight words: the event's name before "talk" keeps it at six.
    ("Reading a drug chart in ninety seconds flat: what the night shift taught me "
     "(Northern Hospital Pharmacy Conference, Leeds, 12 November 2025)",
     "Your Northern Hospital Pharmacy Conference talk"),
])
def test_a_talk_named_by_its_event_takes_the(isolated_home: Path, talk: str,
                                            subject: str) -> None:
    email, _ = _intros(isolated_home, _dossier(("person", "talks", talk)))
    assert email.subject == subject


def test_a_title_ending_on_a_day_gives_its_topic_not_the_day(isolated_home: Path) -> None:
    email, _ = _intros(isolated_home, _dossier(
        ("person", "posts", "What stewardship looks like on a Tuesday")))
    assert email.subject == "Your post on stewardship"
    assert "Tuesday" not in (email.subject or "")


@pytest.mark.parametrize(("fact", "subject"), [
    # Eight words with its title: what the post is about, from the research's own words.
    (("person", "posts", "Cardboard is the cheapest way to be wrong"), "Your post on cardboard"),
    # A deed: the thing the person built.
    (("person", "projects", "built the antibiotic review desk; trains new technicians"),
     "Your work on the antibiotic review desk"),
])
def test_a_long_subject_falls_back_to_a_shorter_specific_one(isolated_home: Path,
                                                             fact: tuple[str, str, str],
                                                             subject: str) -> None:
    # The employer's name is too long for "Your path at …": only a specific subject fits.
    email, _ = _intros(isolated_home, _dossier(
        fact, company="Marrowgate and District Community Hospital Trust"))
    assert email.subject == subject


@pytest.mark.parametrize(("publication", "titles"), [
    # A capitalised name of two to five words after a sentence-case title.
    ("Housing Finance Review", ()),
    # One word: a publication only because a source's title names the site so.
    ("Lendwise", ("What an underwriter actually reads | Lendwise",)),
])
def test_a_publication_after_a_posts_title_is_named_as_where_it_appeared(
        isolated_home: Path, publication: str, titles: tuple[str, ...]) -> None:
    dossier = _dossier(
        ("person", "posts", f"What an underwriter actually reads, {publication} (May 2026)"),
        titles=titles)
    email, linkedin = _intros(isolated_home, dossier)
    for draft in (email, linkedin):
        assert f"“What an underwriter actually reads” in {publication}" in draft.body
        assert "reads, " not in draft.body
    assert email.subject == "Your post “What an underwriter actually reads”"
    woven = [q.text for q in candidates(OfflineGenerator(), PromptLibrary(None), dossier,
                                        PROFILE)]
    assert any(f"You wrote “What an underwriter actually reads” for {publication}"
               in q for q in woven), woven


@pytest.mark.parametrize("title", ["Ask, don't tell", "Touch Everything, Designing Exhibits",
                                   "What an underwriter actually reads, Lendwise"])
def test_a_title_with_a_comma_of_its_own_stays_whole(isolated_home: Path, title: str) -> None:
    email, _ = _intros(isolated_home, _dossier(("person", "posts", title)))
    assert f"“{title}”" in email.body


def test_a_plan_whose_date_has_passed_is_not_framed_as_upcoming(isolated_home: Path) -> None:
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "projects", "leads the Lantern Ward, reopening in spring 2026")))
    for draft in (email, linkedin):
        assert "how you lead the Lantern Ward" in draft.body
        assert "reopening" not in f"{draft.body}{draft.follow_up or ''}"
    # A detail that is nothing but the passed plan is left out.
    email, _ = _intros(isolated_home, _dossier(
        ("person", "projects", "Lantern Ward reopening in spring 2026 with twelve beds")))
    assert "Lantern" not in email.body
    # A model is told the plan's date has gone by.
    ctx = DraftContext(PROFILE, None, _dossier(
        ("company", "projects", "Lantern Ward reopening in spring 2026 with twelve beds")),
        today=TODAY)
    assert "past plan: spring 2026" in prompt_data(ctx)["facts"]


@pytest.mark.parametrize(("text", "passed"), [
    ("reopening in spring 2026", True),
    ("will open in March 2026", True),
    ("due to open in the first quarter of 2026", True),
    ("reopening in spring 2027", False),
    ("will open in late 2026", False),  # late 2026 runs to the end of December
    ("opened in spring 2026", False),  # done, not announced
])
def test_a_plans_date_is_read_to_the_end_of_its_period(text: str, passed: bool) -> None:
    assert (past_plan(text, TODAY) is not None) is passed
