"""A piece in someone else's publication that interviews the person: research keeps it as
an "interviews" fact (headline, publication, date), the intro cites it as something the user
read, and the questions build on it instead of asking it again."""

from __future__ import annotations

import json
from pathlib import Path

from infoprep.research.extract import extract_page
from infoprep.research.facts import page_facts, page_text

ROOT = Path(__file__).resolve().parents[2]
PERSON, COMPANY = "Sunniva Haldorsen", "Greyloft Textiles"

INTERVIEW = """<html><head><title>From Loom to Ledger: Sunniva Haldorsen | Weaver's Quarterly
</title><meta name="author" content="Tomas Reed"></head><body>
<nav><a href="/">Home</a> <a href="/issues">Issues</a></nav>
<article><h1>From Loom to Ledger: Sunniva Haldorsen</h1>
<p class="byline">By Tomas Reed · Weaver's Quarterly, June 2024</p>
<p>Sunniva Haldorsen runs production planning at Greyloft Textiles, a mill in Bergen.
We asked her how a weaver ends up owning the budget.</p>
<h2>How did you get from the loom to planning?</h2>
<p>I was the one who kept fixing the schedule when two orders collided.</p>
<h2>What does a normal week look like?</h2>
<p>Monday is capacity, Wednesday is the mill floor, Friday is the numbers.</p>
</article></body></html>"""

NEWS = """<html><head><title>Greyloft Textiles opens a dye house | Bergen Business Daily
</title></head><body><article><h1>Greyloft Textiles opens a dye house</h1>
<p>Greyloft Textiles opened a dye house on Tuesday, said Sunniva Haldorsen, who plans
production at the mill. The dye house cost 40 million kroner.</p></article></body></html>"""

OWN_POST = """<html><head><title>What I ask new planners: Sunniva Haldorsen</title>
<meta name="author" content="Sunniva Haldorsen"></head><body><article>
<h1>What I ask new planners: Sunniva Haldorsen</h1><p>14 March 2025</p>
<h2>Can you read a order book?</h2><p>I ask everyone this first.</p>
<h2>Do you walk the floor?</h2><p>Planners who walk the floor plan better.</p>
</article></body></html>"""


def _facts(html: str, url: str) -> list[tuple[str, str, str]]:
    page = extract_page(html, url)
    text = page_text(page)
    found = []
    for fact in page_facts(page, PERSON, COMPANY):
        assert fact.quote in text, fact
        found.append((fact.field, fact.value, fact.quote))
    return found


def test_an_interview_is_its_headline_publication_and_date() -> None:
    found = [(v, q) for f, v, q in _facts(INTERVIEW, "https://wq.example/loom-to-ledger")
             if f == "interviews"]
    assert found == [("From Loom to Ledger (Weaver's Quarterly, June 2024)",
                      "From Loom to Ledger: Sunniva Haldorsen")]


def test_news_that_quotes_them_and_a_page_they_wrote_are_no_interviews() -> None:
    for html in (NEWS, OWN_POST):
        assert all(f != "interviews" for f, _, _ in _facts(html, "https://x.example/a"))


def test_the_intro_cites_the_interview_and_the_questions_build_on_it(
        run, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "loom-to-ledger.html").write_text(INTERVIEW, encoding="utf-8")
    profile = ROOT / "examples" / "profile.toml"
    assert run("profile", "init", "--force", "--from", str(profile)).exit_code == 0
    researched = run("research", PERSON, "--company", COMPANY, "--no-search",
                     "--file", str(pages))
    assert researched.exit_code == 0, researched.output
    intro = run("draft-intro", PERSON, "--format", "json")
    assert intro.exit_code == 0, intro.output
    draft = json.loads(intro.stdout)
    # "I read your 2024 interview …" or "Your 2024 interview … is what made me …": the
    # piece is named with its publication, and dated by its year once it is old news.
    assert "2024 interview “From Loom to Ledger” (Weaver's Quarterly)" in draft["body"]
    assert all(check["ok"] for check in draft["checks"]), draft["checks"]
    questions = run("questions", PERSON, "--format", "json")
    assert questions.exit_code == 0, questions.output
    kept = [q["text"] for q in json.loads(questions.stdout)["kept"]]
    assert any("your 2024 interview “From Loom to Ledger”" in q for q in kept), kept


SPOTLIGHT = """<html><head><title>Member Spotlight: Sunniva Haldorsen | Nordic Weavers Guild
</title></head><body><article><h1>Member Spotlight: Sunniva Haldorsen</h1>
<p>Each month we ask a member five questions.</p>
<h2>What do you do at Greyloft Textiles?</h2><p>I plan production for the mill.</p>
<h2>What would you tell a new weaver?</h2><p>Keep a notebook of every warp.</p>
</article></body></html>"""


def test_a_regular_feature_is_named_as_one_not_quoted_as_a_headline(
        run, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "spotlight.html").write_text(SPOTLIGHT, encoding="utf-8")
    assert run("profile", "init", "--force", "--from",
               str(ROOT / "examples" / "profile.toml")).exit_code == 0
    assert run("research", PERSON, "--company", COMPANY, "--no-search",
               "--file", str(pages)).exit_code == 0
    draft = json.loads(run("draft-intro", PERSON, "--format", "json").stdout)
    assert "Member Spotlight interview with you (Nordic Weavers Guild)" in draft["body"]
    assert "“Member Spotlight”" not in draft["body"]
    assert draft["subject"] == "Your Member Spotlight interview"
    assert all(check["ok"] for check in draft["checks"]), draft["checks"]


def test_a_piece_named_for_them_is_named_without_their_name(run, tmp_path: Path) -> None:
    html = SPOTLIGHT.replace("Member Spotlight: Sunniva Haldorsen",
                             "Five Questions for Sunniva Haldorsen")
    found = [v for f, v, _ in _facts(html, "https://nwg.example/five") if f == "interviews"]
    assert found == ["Five Questions (Nordic Weavers Guild)"]
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "five.html").write_text(html, encoding="utf-8")
    assert run("profile", "init", "--force", "--from",
               str(ROOT / "examples" / "profile.toml")).exit_code == 0
    assert run("research", PERSON, "--company", COMPANY, "--no-search",
               "--file", str(pages)).exit_code == 0
    kept = [q["text"] for q in json.loads(run("questions", PERSON, "--format", "json").stdout)
            ["kept"]]
    assert any("the Five Questions interview with you" in q for q in kept), kept
