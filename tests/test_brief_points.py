"""The brief's talking points read as a person would say them: a quote without the list
marker of the page it came from, and no "Read:" item for a page that is only their site's
About page."""

from __future__ import annotations

from pathlib import Path

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


def test_a_talking_point_quotes_a_list_item_without_its_marker(run) -> None:
    # The talk page lists "- How to run a message test with 1,200 shoppers in a week".
    text = _brief(run, "Rohan Castellvi", "Brackenford Audio",
                  SITES / "devset-fresh7" / "rohan-castellvi")
    points = text.split("## Talking points", 1)[1].split("## After the call", 1)[0]
    assert "1,200 shoppers" in points
    assert "- - " not in points


def test_their_about_page_is_no_piece_to_mention(run) -> None:
    text = _brief(run, "Philippa Nakagawa-Reyes", "Stoneleigh State University",
                  SITES / "devset-fresh6" / "philippa-nakagawa")
    assert "Read: “About”" not in text
    assert "Read: “Why we ask for your proposal five days early”" in text or (
        "Why we ask for your proposal five days early" in text)
