"""Offline drafts: every kind and channel for two fixture people, their checks and formats."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from drafting import dossier, notes_file, set_up

from infoprep.api import Workspace
from infoprep.drafts.rules import parts_for
from infoprep.drafts.text import word_count

PEOPLE = ["maya-chen", "lena-okafor"]
INJECTED = ["ignore your instructions", "Turing Award", "resume", "disregard all previous",
            "Sydney Opera House", "personally refer"]


def _json(run, *args: str) -> dict[str, object]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _assert_clean(draft: dict[str, object]) -> None:
    text = " ".join(str(draft[k]) for k in ("subject", "body", "follow_up") if draft.get(k))
    for phrase in INJECTED:
        assert phrase.casefold() not in text.casefold()
    assert "{{" not in text and "{%" not in text and "49" not in text


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("channel", ["email", "linkedin"])
def test_intro_passes_every_check(run, isolated_home: Path, slug: str, channel: str) -> None:
    name = set_up(isolated_home, slug, referrer="Jordan Lee")
    draft = _json(run, "draft-intro", name, "--channel", channel)
    assert draft["kind"] == "intro" and draft["channel"] == channel
    assert draft["generator"] == "offline templates"
    failing = [c for c in draft["checks"] if not c["ok"]]  # type: ignore[union-attr]
    assert failing == []
    names = {c["name"] for c in draft["checks"]}  # type: ignore[union-attr]
    assert {"length", "no job request", "no placeholders", "reading ease", "grounding"} <= names
    body = str(draft["body"])
    first = name.split()[0]
    assert first in body and "Jordan" in body
    if channel == "email":
        assert 3 <= word_count(str(draft["subject"])) <= 7
        assert 75 <= word_count(body) <= 150
        assert "20-minute" in body and "not about jobs" in body
        assert "no worries" in body
    else:
        assert "follow_up" in draft and "Thank you for connecting" in str(draft["follow_up"])
    # the one concrete, sourced detail comes from a dossier fact
    values = [f.value for f in dossier(slug).facts]
    detail = body + str(draft.get("follow_up") or "")
    assert any(v.split(" (")[0] in detail for v in values)
    _assert_clean(draft)


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("channel", ["email", "linkedin"])
def test_thankyou_passes_every_check(run, isolated_home: Path, slug: str, channel: str) -> None:
    name = set_up(isolated_home, slug)
    result = run("draft-thankyou", name, "--notes", str(notes_file(slug)), "--channel", channel,
                 "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    body = draft["body"]
    assert 100 <= word_count(body) <= 170
    referral = {"maya-chen": "Priya Raman", "lena-okafor": "Daniel Osei"}[slug]
    assert referral in body and "Thank you for taking the time" in body
    assert "opportunities" in body and "stay in touch" in body
    assert "within 24 hours" in result.stderr
    _assert_clean(draft)
    with Workspace(offline=True) as ws:
        kinds = [r["kind"] for r in ws.store.conn.execute("SELECT kind FROM interactions")]
        assert "call" in kinds
        assert ws.store.conn.execute(
            "SELECT count(*) FROM drafts WHERE kind = 'thankyou'").fetchone()[0] == 1


@pytest.mark.parametrize(("profile", "seconds"), [("maya-chen", 30), ("lena-okafor", 20)])
def test_pitch_fits_the_time(run, isolated_home: Path, profile: str, seconds: int) -> None:
    set_up(isolated_home, profile)
    draft = _json(run, "pitch", "--seconds", str(seconds))
    assert draft["kind"] == "pitch"
    assert [c for c in draft["checks"] if not c["ok"]] == []  # type: ignore[union-attr]
    target = seconds * 150 / 60
    assert 0.7 * target <= word_count(str(draft["body"])) <= 1.25 * target
    assert "Hi, I'm" in str(draft["body"])


def test_required_parts_are_listed_per_kind(isolated_home: Path) -> None:
    set_up(isolated_home, "maya-chen")
    from infoprep.drafts.compose import load_context

    with Workspace(offline=True) as ws:
        ctx = load_context(ws, "Maya Chen")
    assert parts_for("intro", "email", ctx) == [
        "greeting", "who you are", "why this person", "informational", "time ask",
        "flexibility", "easy no", "sign-off"]
    assert "thanks for connecting" in parts_for("intro", "linkedin", ctx, "follow_up")
    assert parts_for("pitch", "spoken", ctx) == ["your name", "background", "exploring", "why"]


@pytest.mark.parametrize(("premium", "limit"), [(False, 200), (True, 300)])
def test_linkedin_note_respects_the_limit(run, isolated_home: Path, premium: bool,
                                          limit: int) -> None:
    name = set_up(isolated_home, "lena-okafor", referrer="Jordan Lee", premium=premium)
    draft = _json(run, "draft-intro", name, "--channel", "linkedin")
    assert len(str(draft["body"])) <= limit
    length = next(c for c in draft["checks"] if c["name"] == "length")  # type: ignore[union-attr]
    assert length["ok"] and f"/{limit} characters" in length["detail"]
    text = run("draft-intro", name, "--channel", "linkedin")
    assert f"/{limit} characters):" in text.stdout


def test_eml_parses_back(run, isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    result = run("draft-intro", name, "--format", "eml")
    assert result.exit_code == 0, result.output
    message = email.message_from_string(result.stdout, policy=email.policy.default)
    assert message["To"] == "maya.chen@northwind-health.example"
    assert message["From"] == "Ana Ruiz <ana.ruiz@example.com>"
    assert 3 <= len(str(message["Subject"]).split()) <= 7
    body = message.get_content()
    assert body.startswith("Hi Maya,") and "Ana Ruiz" in body


def test_eml_of_linkedin_is_usage_error(run, isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    result = run("draft-intro", name, "--channel", "linkedin", "--format", "eml")
    assert result.exit_code == 2
    assert "--channel email" in result.output


def test_text_format_shows_draft_then_checks(run, isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    result = run("draft-intro", name)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Subject: ")
    assert out.index("Hi Maya,") < out.index("Checks:") < out.index("[ok  ] grounding")
    assert "generator: offline templates" in result.stderr


def test_no_profile_says_how_to_create_it(run, isolated_home: Path) -> None:
    result = run("draft-intro", "Maya Chen")
    assert result.exit_code == 2
    assert "infoprep profile init" in result.output
    assert not (isolated_home / "workspace.db").exists() or Workspace(
        offline=True).store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert run("pitch").exit_code == 2


def test_no_dossier_gives_generic_draft_with_warning(run, isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen", research=False)
    result = run("draft-intro", name, "--format", "json")
    assert result.exit_code == 0
    assert "generic" in result.stderr
    assert 'infoprep research "Maya Chen" --company "Northwind Health"' in result.stderr
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    assert "Northwind Health" in draft["body"]


@pytest.mark.parametrize("content", [None, "", "  \n\n"])
def test_missing_or_empty_notes_is_exit_2_naming_the_file(run, isolated_home: Path,
                                                          tmp_path: Path,
                                                          content: str | None) -> None:
    name = set_up(isolated_home, "maya-chen")
    notes = tmp_path / "call-notes.md"
    if content is not None:
        notes.write_text(content)
    result = run("draft-thankyou", name, "--notes", str(notes))
    assert result.exit_code == 2
    assert str(notes) in result.output
    with Workspace(offline=True) as ws:
        assert ws.store.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_notes_from_stdin(run, isolated_home: Path) -> None:
    name = set_up(isolated_home, "lena-okafor")
    notes = notes_file("lena-okafor").read_text()
    result = run("draft-thankyou", name, "--notes", "-", "--format", "json", input=notes)
    assert result.exit_code == 0, result.output
    assert "Daniel Osei" in json.loads(result.stdout)["body"]
    assert run("draft-thankyou", name, "--notes", "-", input="").exit_code == 2


def test_a_given_name_of_two_words_is_the_one_research_uses() -> None:
    """Research calls Ndèye Fatou Sarr "Ndèye Fatou" on its own: the draft greets her so."""
    from infoprep.drafts.context import DraftContext
    from infoprep.models import Profile

    ctx = DraftContext(Profile(name="Ivone Semedo"), None, dossier("ndeye-fatou-sarr"))
    assert ctx.first_name == "Ndèye Fatou"
    assert DraftContext(Profile(name="Ivone Semedo"), None, dossier("maya-chen")).first_name == (
        "Maya")


def test_a_founding_is_told_by_its_date_alone() -> None:
    """A founding fact that holds more than its date is named by the date: "since its
    founding in 1994", not "in 1994, Dakar, by …; 410 employees …"."""
    from infoprep.drafts.context import DraftContext
    from infoprep.models import Profile

    d = dossier("ndeye-fatou-sarr")
    ctx = DraftContext(Profile(name="Ivone Semedo"), None, d)
    founding = [x for x in ctx.details if x.field == "founded"]
    assert [x.title for x in founding] == ["1994"]
