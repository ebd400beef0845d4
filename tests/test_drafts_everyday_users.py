"""Offline intros and pitches as job seekers of many kinds would send them: the research's
shorthand becomes grammatical sentences, and thin or unusual profiles still read well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoprep.api import Workspace
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.drafts.pitch import write_pitch
from infoprep.drafts.rules import run_checks
from infoprep.models import Company, Dossier, Draft, Fact, Person, Profile, Source

URL = "https://quillby-press.example/team"
TODAY = date(2026, 11, 26)


def _profile(**fields: object) -> Profile:
    base: dict[str, object] = {
        "name": "Rhiannon Pryce", "headline": "school librarian moving into publishing",
        "target_roles": ["editorial assistant"], "email": "rhiannon@example.com",
    }
    return Profile.model_validate({**base, **fields})


def _dossier(*facts: tuple[str, str, str]) -> Dossier:
    """Ilse Marchetti at Quillby Press; each fact (subject, field, value) quoted on the page."""
    text = " ".join(f"{value}." for _, _, value in facts)
    return Dossier(
        person=Person(name="Ilse Marchetti", title="Senior Editor", employer="Quillby Press"),
        company=Company(name="Quillby Press"),
        sources=[Source(url=URL, title="Our team", kind="website", fetched_at="2026-10-01",
                        text=f"Ilse Marchetti is Senior Editor at Quillby Press. {text}")],
        facts=[Fact(subject=subject, field=field, value=value, source_url=URL, quote=value)
               for subject, field, value in facts],
    )


def _intros(home: Path, dossier: Dossier, profile: Profile | None = None) -> list[Draft]:
    ctx = DraftContext(profile or _profile(), None, dossier, today=TODAY)
    with Workspace(home, offline=True) as ws:
        drafts = [write_intro(ctx, ws.prompts, ws.generator, channel)
                  for channel in ("email", "linkedin")]
    for draft in drafts:
        assert [c for c in draft.checks if not c.ok] == [], draft.body
    return drafts


def _text(draft: Draft) -> str:
    return f"{draft.subject or ''}\n{draft.body}\n{draft.follow_up or ''}"


def test_what_someone_does_is_said_as_what_they_do(isolated_home: Path) -> None:
    """Research notes a project as "runs First Pages …; mentors …": never "your work on
    runs First Pages"."""
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "projects", "runs First Pages, the spring submissions window; "
                               "mentors new editors"),
    ))
    assert "how you run First Pages, the spring submissions window" in email.body
    assert "I read about how you run First Pages" in linkedin.body
    for draft in (email, linkedin):
        assert "work on runs" not in _text(draft).casefold()
        assert "; mentors" not in _text(draft)


@pytest.mark.parametrize(("value", "said"), [
    ("set up Story Lanterns, the reading scheme for hospital wards, in 2021",
     "how you set up Story Lanterns, the reading scheme for hospital wards, in 2021"),
    ("committee of the Northern Editors' Guild; chairs the Debut Prize jury",
     "how you chair the Debut Prize jury"),
    ("Paper Boats anthology: twelve new voices a year",
     "your work on the Paper Boats anthology"),
])
def test_a_project_in_shorthand_reads_as_a_sentence(isolated_home: Path, value: str,
                                                    said: str) -> None:
    email, _ = _intros(isolated_home, _dossier(("person", "projects", value)))
    assert said in email.body


def test_the_employers_project_is_not_called_the_persons_work(isolated_home: Path) -> None:
    email, linkedin = _intros(isolated_home, _dossier(
        ("company", "projects", "Reading Buses: 30 school visits a year"),
    ))
    assert "Quillby Press's work on Reading Buses" in email.body
    assert "Quillby Press's work on Reading Buses caught my eye." in linkedin.body
    for draft in (email, linkedin):
        assert "your work on" not in _text(draft).casefold()


def test_a_statement_or_a_count_is_no_project_to_name(isolated_home: Path) -> None:
    """"Unplanned reprints fell from nine to two" and "more than 900" are findings, not
    things one works on: the intro falls back to the person's role."""
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "projects", "unplanned reprints fell from nine in 2022 to two in 2024"),
        ("company", "projects", "more than 900"),
        ("person", "title", "Senior Editor"),
    ))
    for draft in (email, linkedin):
        text = _text(draft)
        assert "work on unplanned" not in text and "work on more than" not in text
        assert "Senior Editor" in text


@pytest.mark.parametrize("roles", [["QC analyst"], ["finance director", "head of operations"]])
def test_the_users_own_target_roles_are_grounded(isolated_home: Path, roles: list[str]) -> None:
    """"I'm exploring QC analyst roles" is the writer's own aim, taken from the profile: it
    fails no check, even where the research says "our analysts shipped …"."""
    dossier = _dossier(("person", "posts", "Why we stopped shipping reports"))
    dossier.sources[0].text += " For years our analysts shipped a new report for every question."
    _, linkedin = _intros(isolated_home, dossier, _profile(target_roles=roles))
    assert f"{roles[-1]} roles, and your perspective would help me a lot" in str(
        linkedin.follow_up)


def test_a_profile_with_only_a_name_still_introduces_the_writer(isolated_home: Path) -> None:
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "posts", "What our readers taught us about picture books")),
        Profile(name="Priya Raman"))
    assert "I'm Priya Raman." in email.body
    assert "I'm Priya." in linkedin.body
    for draft in (email, linkedin):
        assert ",." not in _text(draft) and ", ." not in _text(draft)


def test_a_title_before_a_name_is_not_the_first_name(isolated_home: Path) -> None:
    """"Dr. Margaret Okonkwo-Fitzwilliam" signs as Margaret and is introduced in full; a
    recipient researched as "Prof. Ilse Marchetti" is greeted by her name, not "Hi Prof.,"."""
    dossier = _dossier(("person", "posts", "Why we stopped shipping reports"))
    dossier.person.name = "Prof. Ilse Marchetti"
    email, linkedin = _intros(isolated_home, dossier, _profile(
        name="Dr. Margaret Okonkwo-Fitzwilliam", signature="Margaret"))
    assert email.body.startswith("Hi Ilse,") and linkedin.body.startswith("Hi Ilse,")
    assert "I'm Dr. Margaret Okonkwo-Fitzwilliam, a school librarian" in email.body
    assert "I'm Margaret, a school librarian" in linkedin.body
    assert str(linkedin.follow_up).endswith("\nMargaret")
    for draft in (email, linkedin):
        assert "Dr.." not in _text(draft) and "Prof.," not in _text(draft)


def test_short_plain_sentences_are_still_called_choppy() -> None:
    ctx = DraftContext(_profile(), None, None, today=TODAY)
    body = "Hi. I'm Rhiannon. I like books. I want to learn. I read a lot. Can we talk?"
    checks = run_checks(Draft(kind="pitch", channel="spoken", body=body, generator="test"),
                        ctx, 15)
    ease = next(c for c in checks if c.name == "reading ease")
    assert not ease.ok and "choppy" in ease.detail


def _pitch(home: Path, profile: Profile, seconds: float) -> Draft:
    with Workspace(home, offline=True) as ws:
        return write_pitch(DraftContext(profile, today=TODAY), ws.prompts, ws.generator,
                           seconds)


def test_interests_written_as_sentences_are_said_as_interests(isolated_home: Path) -> None:
    profile = _profile(
        background="Just finished my BSc in Environmental Science at Harbourview University",
        goals="I want to figure out whether consulting or the public sector suits me better.",
        interests=["I am really interested in how towns adapt to flooding.",
                   "I'd like to learn more about water policy."],
    )
    body = _pitch(isolated_home, profile, 30).body
    assert "I'm especially drawn to how towns adapt to flooding and water policy." in body
    assert "I just finished my BSc in Environmental Science" in body
    assert ".." not in body and "My background is in just" not in body
    assert "drawn to I" not in body and "interested in how towns adapt to flooding." not in body


@pytest.mark.parametrize("point", [
    "most readers already have the patience for long books",
    "a 900-word draft became a 420-word book",
    "weekly letters redesigned as a one-page summary; replies tripled",
])
def test_a_point_a_post_made_is_not_quoted_as_its_title(isolated_home: Path, point: str) -> None:
    """Research sometimes files what a post said under "posts": no draft quotes it as the
    post's title ("I read your post “most readers already have …”")."""
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "posts", point), ("person", "title", "Senior Editor")))
    for draft in (email, linkedin):
        assert point not in _text(draft)
        assert "Senior Editor" in _text(draft)


def test_a_podcast_named_by_its_show_is_no_talk_title(isolated_home: Path) -> None:
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "talks", "The Inkwell Hour, episode 12 (March 2026)")))
    assert "I listened to your conversation on The Inkwell Hour" in email.body
    assert email.subject == "Your conversation on The Inkwell Hour"
    assert "Your conversation on The Inkwell Hour really stuck with me." in linkedin.body
    for draft in (email, linkedin):
        assert "talk" not in _text(draft) and "episode 12”" not in _text(draft)


def test_a_titled_podcast_episode_is_no_talk(isolated_home: Path) -> None:
    email, _ = _intros(isolated_home, _dossier(
        ("person", "talks", "Ask the editor (Margins Radio, episode 9, 2026-02-03)")))
    assert "your podcast conversation “Ask the editor” (Margins Radio, episode 9)" in email.body
    assert "talk" not in _text(email)


def test_a_talks_date_is_not_read_out_as_an_iso_date(isolated_home: Path) -> None:
    """"(Northern Books Forum 2026, Leeds, 2026-03-02)" reads as a database row: the venue
    is named, the date left out."""
    email, linkedin = _intros(isolated_home, _dossier(
        ("person", "talks", "Slush pile to shelf (Northern Books Forum 2026, Leeds, "
                            "2026-03-02)")))
    assert "talk “Slush pile to shelf” (Northern Books Forum 2026, Leeds)" in email.body
    for draft in (email, linkedin):
        assert "2026-03-02" not in _text(draft)
