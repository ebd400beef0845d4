"""Facts from pages shaped like real news and company sites: a news site's article names
other organisations' people and sums itself up in a dek; a company's press release is news,
not what the company is. Each value must be about the subject the research asked about."""

from __future__ import annotations

from pathlib import Path

from facts_support import Table, facts_table

from infoprep.research.extract import extract_page
from infoprep.research.types import ExtractedPage

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "realworld"


def load(name: str, url: str) -> ExtractedPage:
    return extract_page((PAGES / name).read_text(encoding="utf-8"), url)


def facts_of(page: ExtractedPage, person: str, company: str) -> Table:
    return facts_table(page, person, company)


def news_article() -> ExtractedPage:
    return load("harbor-ledger-article.html",
                "https://harborledger.example/2031/03/11/quillmark-freight-cuts")


def press_release() -> ExtractedPage:
    return load("quillmark-press-release.html",
                "https://quillmark.example/news/ferrow-bay-depot.html")


def test_an_articles_summary_is_not_the_description_of_its_publisher_or_company() -> None:
    # The news site's dek sums up the story, not The Harbor Ledger.
    ledger = facts_of(news_article(), "Mira Castellano", "The Harbor Ledger")
    assert ("company", "description") not in ledger
    # The company's own press release: its summary is news; the boilerplate says what it is.
    release = facts_of(press_release(), "Nobody Named", "Quillmark Freight")
    assert release[("company", "description")] == [
        "Quillmark Freight is a regional trucking company that moves chilled and dry freight "
        "along the northern coast"]


def test_people_a_news_article_quotes_lead_their_own_organisations() -> None:
    page = news_article()
    # Nobody the reporter quotes leads the news site itself.
    assert ("company", "leadership") not in facts_of(page, "Mira Castellano",
                                                     "The Harbor Ledger")
    quillmark = facts_of(page, "Tomas Reyes", "Quillmark Freight")
    # The port's vice president of sales is Brightwater's; the founder left: no leaders of
    # Quillmark's. Its chief executive, named with it, is.
    assert quillmark[("company", "leadership")] == [
        "Tomas Reyes, chief executive of Quillmark Freight"]
    assert quillmark[("person", "title")] == ["chief executive"]


def test_a_former_chief_executive_holds_no_title_now() -> None:
    facts = facts_of(news_article(), "Hal Brenner", "Quillmark Freight")
    assert ("person", "title") not in facts
    assert not any(v.startswith("Hal Brenner") for v in facts[("company", "leadership")])


def test_character_references_left_in_structured_data_are_decoded() -> None:
    page = load("field-notes-post.html", "https://fieldnotes.example/2031/02/night-depots")
    facts = facts_of(page, "Mira Castellano", "Field Notes")
    assert facts[("person", "publications")] == [
        "Night depots – what the cold chain taught me"]
    assert facts[("company", "description")] == [
        "Notes on freight, ports & the people who run them"]


def test_words_the_writer_quotes_are_not_the_writers_talks_or_publications() -> None:
    facts = facts_of(news_article(), "Mira Castellano", "The Harbor Ledger")
    # The port director's "I spoke at …" and a driver's quoted letter are theirs; the
    # reporter's own "I spoke about covering the port at …" is hers.
    assert facts[("person", "talks")] == ["Coastal Press Summit (April 2030)"]
    assert ("person", "publications") not in facts
