"""Two contacts of one name: the tool tells them apart, and every command it suggests finds
the right one."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from cli_support import ok
from icalendar import Calendar

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAGE = """<html><head><title>Li Wei, data engineer at Initech</title></head><body><main>
<h1>Li Wei</h1><p>Li Wei is a data engineer at Initech, where she builds the reporting
pipelines for the claims team. She joined Initech in 2021 after five years at Globex.</p>
</main></body></html>"""


@pytest.fixture(autouse=True)
def paris(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_TIMEZONE", "Europe/Paris")




@pytest.fixture
def two_li_weis(run) -> None:  # type: ignore[no-untyped-def]
    ok(run("contacts", "add", "Li Wei", "--company", "Initech", "--role", "Data engineer",
           "--linkedin", "li-wei-data"))
    ok(run("contacts", "add", "Li Wei", "--company", "Initech",
           "--email", "li.wei@initech.example", "--linkedin", "liwei-ops"))


def command_in(text: str, start: str) -> list[str]:
    """The words of the first `start …` command quoted in backticks in `text`."""
    begin = text.index(f"`{start}") + 1
    return shlex.split(text[begin:text.index("`", begin)])


def test_which_one_says_what_tells_them_apart(run, two_li_weis: None) -> None:
    result = run("contacts", "status", "Li Wei", "requested")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert ("'Li Wei' matches 2 contacts: "
            "#1 Li Wei (Initech · Data engineer · in/li-wei-data); "
            "#2 Li Wei (Initech · li.wei@initech.example · in/liwei-ops). "
            "Give the id instead, e.g. '#1'") in result.stderr


def test_namesakes_alike_in_everything_are_told_apart_by_when_they_were_added(run) -> None:
    ok(run("contacts", "add", "Sam Lee", "--company", "Acme", "--linkedin", "sam-lee-1"))
    ok(run("contacts", "add", "Sam Lee", "--company", "Acme", "--linkedin", "sam-lee-2"))
    ok(run("contacts", "edit", "#2", "--linkedin", ""))
    ok(run("contacts", "edit", "#1", "--linkedin", ""))
    message = run("contacts", "show", "Sam Lee").stderr
    assert "#1 Sam Lee (Acme · added 20" in message and " UTC); #2 Sam Lee (Acme · added" in message


def test_research_hints_and_reminders_name_the_one_meant(
    run, two_li_weis: None, tmp_path: Path
) -> None:
    ok(run("profile", "init", "--force", "--from", str(EXAMPLES / "profile.toml")))
    brief = run("brief", "#2")
    assert brief.exit_code == 1
    research = command_in(brief.stderr, "infoprep research")
    assert research == ["infoprep", "research", "#2", "--company", "Initech"]
    questions = run("questions", "#2")
    assert command_in(questions.stderr, "infoprep research")[:3] == research[:3]
    intro = ok(run("draft-intro", "#2"))
    assert command_in(intro.stderr, "infoprep research")[:3] == research[:3]
    # The hint works: it researches Li Wei (not someone called "#2") and files it under #2.
    page = tmp_path / "li-wei.html"
    page.write_text(PAGE, encoding="utf-8")
    dossier = json.loads(ok(run(*research[1:], "--file", str(page), "--no-search",
                                "--format", "json")).stdout)
    assert dossier["person"]["name"] == "Li Wei"
    shown = [json.loads(ok(run("contacts", "show", ref, "--format", "json")).stdout)
             for ref in ("#1", "#2")]
    assert [s["dossier"] is not None for s in shown] == [False, True]
    # The reminders' commands too.
    ok(run("contacts", "status", "#2", "requested"))
    nudge = json.loads(ok(run("contacts", "due", "--all", "--format", "json")).stdout)[0]
    assert shlex.split(nudge["command"]) == ["infoprep", "contacts", "status", "#2",
                                             "requested"]
    brief_page = ok(run("brief", "#2")).stdout
    assert "infoprep contacts refer '#2' --to 'OTHER NAME'" in brief_page


def test_an_unknown_id_is_not_offered_for_research(run, two_li_weis: None) -> None:
    result = run("research", "#9", "--company", "Initech", "--no-search")
    assert result.exit_code == 1
    assert "no contact #9" in result.stderr
    listed = json.loads(ok(run("contacts", "list", "--format", "json")).stdout)
    assert [c["id"] for c in listed] == [1, 2]
    assert "infoprep research" not in run("brief", "#9").stderr
    # An ambiguous name is refused before anything is fetched, nothing stored.
    result = run("research", "Li Wei", "--company", "Initech", "--no-search")
    assert result.exit_code == 2 and "matches 2 contacts" in result.stderr


def test_the_calendar_names_a_namesake_by_id(run, two_li_weis: None, tmp_path: Path) -> None:
    ok(run("contacts", "status", "#2", "scheduled", "--at", "2031-05-02 10:00"))
    target = tmp_path / "calls.ics"
    ok(run("contacts", "export", "--format", "ics", "-o", str(target)))
    event = next(iter(Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert str(event["description"]).splitlines()[-1] == "Prepare: infoprep brief '#2'"
