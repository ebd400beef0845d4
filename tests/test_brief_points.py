"""The brief's talking points read as a person would say them: a quote without the list
marker of the page it came from, and no "Read:" item for a page that is only their site's
About page."""

from __future__ import annotations

from pathlib import Path

from infoprep.briefing.build import _talking_points
from infoprep.models import Evidence, Verdict
from infoprep.questions.plan import Plan
from infoprep.questions.workflow import QuestionSet

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "fixtures" / "sites"


def _brief(run, name: str, company: str, site: Path) -> str:
    assert run("profile", "init", "--force", "--from",
               str(ROOT / "examples" / "profile.toml")).exit_code == 0
    researched = run("research", name, "--company", company, "--no-search",
                     "--file", str(site / "person"), "--file", str(site / "company"))
    assert researched.exit_code == 0, researched.output
    brief = run("brief", name, "--format", "md")
    assert brief.exit_code == 0, brief.output
    return str(brief.stdout)


def test_a_talking_point_quotes_a_list_item_without_its_marker() -> None:
    # A dropped question answered by a talk page's agenda list: "- How to run a message test
    # with 1,200 shoppers in a week".
    url = "https://summit.example/agenda"
    verdict = Verdict(
        text="Which methods do you use to test a product message?", googleable=True,
        evidence=Evidence(url=url, quote="- How to run a message test with 1,200 shoppers in "
                          "a week"),
        reason="the talk agenda lists it")
    found = QuestionSet(contact_id=1, person="Rohan Castellvi", kept=[], dropped=[verdict],
                        plan=Plan(minutes=20), generator="offline templates")
    points = _talking_points(found, {url: 1})
    assert [p.quote for p in points] == [
        "How to run a message test with 1,200 shoppers in a week"]


def test_their_about_page_is_no_piece_to_mention(run) -> None:
    text = _brief(run, "Philippa Nakagawa-Reyes", "Stoneleigh State University",
                  SITES / "devset-fresh6" / "philippa-nakagawa")
    assert "Read: “About”" not in text
    assert "Read: “Why we ask for your proposal five days early”" in text or (
        "Why we ask for your proposal five days early" in text)
