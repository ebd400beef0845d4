"""`infoprep brief NAME`: the one printable page before the call."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from examples_support import NAME, REFERRAL_ASK, example_workspace
from pypdf import PdfReader
from questions_support import ABOUT, store_dossier

from infoprep.api import Workspace
from infoprep.models import Company, Dossier, Fact, Person, Source
from infoprep.records import ensure_contact, save_dossier
from infoprep.testing import OpenAITestServer


def question_sets(ws: Workspace) -> int:
    return int(ws.store.conn.execute("SELECT count(*) FROM question_sets").fetchone()[0])


def test_markdown_brief_has_every_part(run, isolated_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("INFOPREP_THANKYOU_HOURS", "48")
    example_workspace(isolated_home).close()
    result = run("brief", NAME, "--minutes", "25")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith(f"# Brief: {NAME}\n")
    assert "**Head of Product, Brightline Energy** · 25-minute call · status: prospect" in page
    assert "- **Role:** Head of Product, Brightline Energy [4]" in page
    assert "- **Founded:** 2017 [1]" in page
    # The address record's country code is not shown ("Manchester, GB").
    assert "- **Based in:** Manchester [1]" in page
    assert "Hi, I'm Maya Okafor" in page
    assert "## Plan (25 of 25 minutes)" in page
    assert f"**Referral ask:** {REFERRAL_ASK}" in page
    assert "- [ ] Send a thank-you note within 48 hours of the call" in page
    # The plan's close follows the same setting as the checklist.
    assert "Send a thank-you note within 48 hours." in page and "within a day" not in page
    assert "infoprep contacts status 'Jordan Rivera' interviewed" in page
    assert "infoprep contacts refer 'Jordan Rivera' --to 'OTHER NAME'" in page
    # No question was dropped: Jordan's own post is the talking point, with its date.
    assert "- Read: “What I got wrong about forecasting” (September 2025) [2] — mention what " \
        "you took from it" in page
    # Only cited sources are listed, with the dossier's numbers.
    assert "- [1] About Brightline Energy" in page and "- [2] What I got wrong" in page
    assert "- [3] Brightline Energy raises" in page
    assert "generator: offline templates" in result.stderr


def test_brief_reuses_saved_questions_of_the_same_length(run, isolated_home: Path) -> None:
    ws = example_workspace(isolated_home)
    saved = ws.questions(NAME, minutes=30)
    before = question_sets(ws)
    assert run("brief", NAME, "--minutes", "30").exit_code == 0
    assert question_sets(ws) == before
    brief = ws.brief(NAME, minutes=30)
    assert [i.text for i in brief.plan.items] == [i.text for i in saved.plan.items]
    assert run("brief", NAME, "--minutes", "15").exit_code == 0
    assert question_sets(ws) == before + 1


def test_brief_prepares_questions_again_once_the_saved_ones_are_weeks_old(
    isolated_home: Path,
) -> None:
    """Saved questions name items by how recent they are; a month on, the brief prepares
    them again rather than reuse wording that may have grown stale."""
    example_workspace(isolated_home).close()
    made = date.today()
    with Workspace(isolated_home, offline=True, clock=lambda: made) as ws:
        ws.questions(NAME, minutes=30)
        before = question_sets(ws)
    with Workspace(isolated_home, offline=True,
                   clock=lambda: made + timedelta(days=10)) as ws:
        ws.brief(NAME, minutes=30)
        assert question_sets(ws) == before  # ten days on: reused
    with Workspace(isolated_home, offline=True,
                   clock=lambda: made + timedelta(days=45)) as ws:
        ws.brief(NAME, minutes=30)
        assert question_sets(ws) == before + 1  # six weeks on: prepared again


def test_talking_points_are_the_answers_to_dropped_questions(
    run, use_llm: OpenAITestServer
) -> None:
    store_dossier()
    founded = ("Fernbank Health was founded in 2011 by Dr. Lena Ortiz and Samuel Reyes in "
               "Tucson, Arizona.")
    candidates = [
        {"text": "What drew you from Kaiser Permanente to Fernbank?", "category": "career-path",
         "fact_ids": [], "why": "You are changing fields."},
        {"text": "When was Fernbank founded?", "category": "industry", "fact_ids": [],
         "why": "Filler."},
    ]
    use_llm.enqueue({"questions": candidates})
    use_llm.enqueue({"verdicts": [
        {"id": 1, "googleable": False, "url": "", "quote": "", "reason": "personal"},
        {"id": 2, "googleable": True, "url": ABOUT, "quote": founded, "reason": "stated"},
    ]})
    assert run("questions", "Priya Raman").exit_code == 0
    result = run("brief", "Priya Raman")
    assert result.exit_code == 0, result.output
    assert len(use_llm.chat_requests()) == 2  # the brief reused the saved questions
    assert f"- {founded} [1] — instead of asking “When was Fernbank founded?”" in result.stdout
    assert "What drew you from Kaiser Permanente to Fernbank?" in result.stdout


def test_brief_without_profile_says_how_to_make_one(run, isolated_home: Path) -> None:
    example_workspace(isolated_home, profile=False).close()
    result = run("brief", NAME)
    assert result.exit_code == 0, result.output
    assert "_No profile yet: create one with `infoprep profile init` for your pitch._" in (
        result.stdout
    )


def test_scheduled_call_gives_the_thankyou_deadline(run, isolated_home: Path) -> None:
    ws = example_workspace(isolated_home)
    ws.contacts.set_status(NAME, "scheduled", at="2031-05-06 10:00 UTC", minutes=30)
    brief = ws.brief(NAME)
    assert brief.status == "scheduled"
    assert brief.call.startswith("2031-05-06")
    thankyou = brief.checklist[0]
    assert thankyou.due.startswith("2031-05-07") and f"(by {thankyou.due})" in thankyou.text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["brief", "Nobody"], 1, "no contact named 'Nobody'"),
        (["brief", NAME, "--minutes", "5"], 2, "5 is not in the range 10<=x<=60"),
        (["brief", NAME, "--format", "pdf"], 2, "'pdf' is not one of"),
    ],
)
def test_bad_input(run, args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


def test_contact_without_dossier(run, isolated_home: Path) -> None:
    assert run("contacts", "add", "Ada Byron", "--company", "Engines").exit_code == 0
    result = run("brief", "Ada Byron")
    assert result.exit_code == 1
    assert "no dossier for Ada Byron yet: run `infoprep research 'Ada Byron' --company Engines`" \
        in result.output


def hostile_workspace(home: Path) -> Workspace:
    """A dossier whose page text carries markup and template syntax."""
    ws = Workspace(home, offline=True)
    url = "https://evil.example/about"
    quote = "<script>alert(1)</script> founded {{ 7*7 }} in 2019 [x](javascript:alert(2))"
    dossier = Dossier(
        person=Person(name="Sam <b>Bold</b>", title="Chief <i>Officer</i>", employer="Evil Co"),
        company=Company(name="Evil Co"),
        sources=[Source(url=url, title="<img src=x onerror=alert(3)>", text=quote)],
        facts=[Fact(subject="company", field="founded", value=quote, source_url=url,
                    quote=quote)],
    )
    contact = ensure_contact(ws.store, "Sam Bold", "Evil Co")
    save_dossier(ws.store, contact.id, dossier)
    return ws


def test_fetched_text_is_data_in_html_and_markdown(tmp_path: Path) -> None:
    ws = hostile_workspace(tmp_path / "home")
    brief = ws.brief("Sam Bold")
    page = brief.render("html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "{{ 7*7 }}" in page and "49" not in page
    assert 'href="https://evil.example/about"' in page
    markdown = brief.render("md")
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    assert "{{ 7\\*7 }}" in markdown and "49" not in markdown


def test_html_is_self_contained_and_printable(run, isolated_home: Path) -> None:
    example_workspace(isolated_home).close()
    result = run("brief", NAME, "--format", "html")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "@page" in page and "@media print" in page
    assert "<link" not in page and "src=" not in page and "<script" not in page


def chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and os.environ.get("CI") != "true":
        pytest.skip("chromium is not installed (apt install chromium)")
    assert found is not None, "CI must have chromium: apt install chromium"
    return found


@pytest.mark.slow
def test_html_prints_on_one_or_two_pages(run, isolated_home: Path, tmp_path: Path) -> None:
    browser = chromium()
    example_workspace(isolated_home).close()
    page = tmp_path / "brief.html"
    result = run("brief", NAME, "--format", "html", "--output", str(page))
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "brief.pdf"
    subprocess.run(
        [str(browser), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=90, check=True,
    )
    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert NAME in text
    assert REFERRAL_ASK in text
    assert "Hi, I'm Maya Okafor" in text
