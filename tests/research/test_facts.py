"""Facts from pages: typed, quoted exactly, and never about a namesake."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_maker import LINKEDIN_PAGES, write_pdf

from infoprep.research.extract import extract_page
from infoprep.research.facts import (
    attribute_person,
    page_facts,
    page_source,
    page_text,
    sentence_spans,
)
from infoprep.research.files import read_file
from infoprep.research.types import ExtractedPage

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
PERSON, COMPANY = "Dana Okafor", "Lumenfold Energy"


def facts_of(page: ExtractedPage) -> dict[tuple[str, str], list[str]]:
    text = page_text(page)
    table: dict[tuple[str, str], list[str]] = {}
    for fact in page_facts(page, PERSON, COMPANY):
        assert fact.quote and fact.quote in text, fact
        assert fact.source_url == page.url
        table.setdefault((fact.subject, fact.field), []).append(fact.value)
    return table


def article() -> ExtractedPage:
    html = (PAGES / "article.html").read_text(encoding="utf-8")
    return extract_page(html, "https://rtd.example/2026/09/lumenfold-raises", kind="news")


def test_news_article_facts_about_company_and_person() -> None:
    facts = facts_of(article())
    assert facts[("company", "funding")] == ["$45 million Series B"]
    assert "2016" in facts[("company", "founded")]
    assert "140 people" in facts[("company", "size")]
    assert facts[("company", "customers")] == ["Stedin and Elia"]
    assert "Pieter Vos, chief executive" in facts[("company", "leadership")]
    assert facts[("person", "title")] == ["Head of Grid Analytics"]
    assert facts[("person", "employer")] == [COMPANY]
    assert facts[("company", "news")][0].startswith(
        "Lumenfold Energy raises $45 million for storage forecasting (2026-09-24")


def test_structured_data_facts_quote_their_statement_and_conflicts_are_kept() -> None:
    page = article()
    facts = [f for f in page_facts(page, PERSON, COMPANY) if f.field == "headquarters"]
    # JSON-LD says "Rotterdam, NL"; nothing is merged away.
    assert [f.value for f in facts] == ["Rotterdam, NL"]
    assert facts[0].quote == "Lumenfold Energy (Organization) address: Rotterdam, NL"
    assert facts[0].quote in page_source(page).text


def test_team_page_leadership_and_title() -> None:
    page = extract_page((PAGES / "team.html").read_text(encoding="utf-8"),
                        "https://lumenfold.example/team")
    facts = facts_of(page)
    assert "Pieter Vos, Chief Executive Officer & Co-founder" in facts[("company", "leadership")]
    assert "Marta Lindqvist, VP Engineering" in facts[("company", "leadership")]
    assert "Head of Grid Analytics" in facts[("person", "title")]
    assert facts[("person", "employer")] == [COMPANY]  # JSON-LD worksFor
    assert attribute_person(page, PERSON, COMPANY).verdict == "same"


def namesake_page() -> ExtractedPage:
    html = """<html><head><title>Dana Okafor | Player profile</title></head><body><main>
    <article><h1>Dana Okafor</h1><p>Dana Okafor is a Nigerian footballer who plays for
    Enyimba FC as a striker. She is based in Aba and studied at the University of Nigeria.
    Okafor was named player of the season in 2019.</p></article></main></body></html>"""
    return extract_page(html, "https://sports.example/players/dana-okafor")


def test_namesake_is_not_attributed() -> None:
    page = namesake_page()
    verdict = attribute_person(page, PERSON, COMPANY)
    assert verdict.verdict == "other" and "Enyimba FC" in verdict.reason
    assert [f for f in page_facts(page, PERSON, COMPANY) if f.subject == "person"] == []


def test_namesake_in_structured_data_is_not_attributed() -> None:
    html = """<html><head><title>Dana Okafor</title><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"Person","name":"Dana Okafor",
     "jobTitle":"Professor of Linguistics","worksFor":{"@type":"CollegeOrUniversity",
     "name":"University of Lagos"}}</script></head><body><p>Dana Okafor teaches
    phonology.</p></body></html>"""
    page = extract_page(html, "https://unilag.example/staff/okafor")
    assert attribute_person(page, PERSON, COMPANY).verdict == "other"
    assert not [f for f in page_facts(page, PERSON, COMPANY) if f.subject == "person"]


def test_context_terms_and_absent_names() -> None:
    page = extract_page("<p>Dana Okafor works at Northwind Utilities as a forecaster.</p>",
                        "https://blog.example/post")
    assert attribute_person(page, PERSON, COMPANY).verdict == "other"
    assert attribute_person(page, PERSON, COMPANY,
                            context=["Northwind Utilities"]).verdict == "same"
    other = extract_page("<p>Nothing about anyone here.</p>", "https://x.example/")
    assert attribute_person(other, PERSON, COMPANY).verdict == "unknown"


def test_linkedin_profile_facts(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "Profile.pdf", LINKEDIN_PAGES,
                     {"/Author": "LinkedIn", "/Title": "Resume"})
    facts = facts_of(read_file(path))
    assert facts[("person", "title")] == ["Head of Grid Analytics"]
    assert facts[("person", "employer")] == [COMPANY]
    assert facts[("person", "previous_employer")] == ["Northwind Utilities"]
    assert facts[("person", "education")] == [
        "Delft University of Technology", "University of Lagos"]
    assert facts[("person", "location")] == ["Rotterdam, South Holland, Netherlands"]


def test_person_sentences_with_pronouns_and_surname() -> None:
    text = ("Dana Okafor leads grid analytics at Lumenfold Energy. She previously worked at "
            "Northwind Utilities. Okafor holds a master's degree from Delft University of "
            "Technology. She spoke at European Utility Week about storage forecasts. She "
            "writes about battery degradation. She is based in Rotterdam.\n"
            "He was formerly at Acme Widgets.")
    page = ExtractedPage(url="https://blog.example/about", main_text=text)
    facts = facts_of(page)
    assert facts[("person", "previous_employer")] == ["Northwind Utilities"]
    assert facts[("person", "education")] == ["Delft University of Technology"]
    assert facts[("person", "talks")] == ["European Utility Week"]
    assert facts[("person", "topics")] == ["battery degradation"]
    assert facts[("person", "location")] == ["Rotterdam"]
    assert "Acme Widgets" not in str(facts)  # another paragraph, another "he"


def test_fact_ids_are_stable_and_distinct() -> None:
    first = page_facts(article(), PERSON, COMPANY)
    second = page_facts(article(), PERSON, COMPANY)
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == len(first)


def test_sentence_spans_are_exact_and_keep_abbreviations() -> None:
    text = "Dr. Vos met Ms. Okafor at 9 a.m. in St. Louis. Lumenfold Inc. grew fast!\nNext line"
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == ["Dr. Vos met Ms. Okafor at 9 a.m. in St. Louis.",
                         "Lumenfold Inc. grew fast!", "Next line"]


_WORDS = ["Dana Okafor", "Lumenfold Energy", "She", "It", "the company", "was founded in",
          "2016", "is headquartered in", "Rotterdam", "employs", "140 people", "CEO",
          "Pieter Vos", "raised", "$45 million", "Series B", "customers include", "Stedin",
          "previously worked at", "Northwind Utilities", "studied at", "Delft University",
          "spoke at", "writes about", "batteries", "our mission is", ",", ".", "\n", "(", ")",
          "“", "”", "Head of Grid Analytics", "based in", "Inc.", "Dr.", "and"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_every_quote_is_exact_text_of_its_source(words: list[str]) -> None:
    page = ExtractedPage(url="https://example.org/p", main_text=" ".join(words),
                         title="About | Lumenfold Energy")
    text = page_text(page)
    for fact in page_facts(page, PERSON, COMPANY):
        assert fact.quote and fact.quote in text
        assert fact.value.strip() == fact.value and fact.value
