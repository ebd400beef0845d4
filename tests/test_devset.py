"""The development set for the googleable filter is sound: labels, evidence, balance, breadth."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from typing import Any

import pytest
from bs4 import BeautifulSoup
from devset import (
    CATEGORIES,
    DEVSET,
    GOOGLEABLE_CATEGORIES,
    KEPT_CATEGORIES,
    DevPerson,
    DevQuestion,
    counts_table,
    load_people,
    load_questions,
    visible_text,
)

PEOPLE = load_people()
QUESTIONS = load_questions()
REQUIRED_KEYS = {
    "id", "person", "text", "googleable", "evidence_url", "evidence_quote", "category", "note",
}
# Elements that hold one passage; a quote must sit inside one of them, outside page chrome.
PASSAGE_TAGS = [
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd", "dl",
    "blockquote", "figcaption", "article", "div",
]
CHROME_TAGS = ("header", "nav", "footer")


def raw_rows() -> list[dict[str, Any]]:
    lines = (DEVSET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def passages(slug: str, page: str) -> tuple[str, ...]:
    """The normalised text of every passage element of a page's main content."""
    html = (PEOPLE[slug].site_dir / page).read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head", *CHROME_TAGS]):
        tag.decompose()
    return tuple(" ".join(el.get_text(" ").split()) for el in soup.find_all(PASSAGE_TAGS))


def evidence_of(question: DevQuestion) -> list[tuple[str, str]]:
    return [(item.url, item.quote) for item in question.evidence]


def test_at_least_three_people_in_different_fields() -> None:
    assert len(PEOPLE) >= 3
    assert len({person.field.split(":")[0] for person in PEOPLE.values()}) == len(PEOPLE)
    assert len({person.company for person in PEOPLE.values()}) == len(PEOPLE)


@pytest.mark.parametrize("person", PEOPLE.values(), ids=list(PEOPLE))
def test_people_list_exactly_their_pages(person: DevPerson) -> None:
    on_disk = {str(p.relative_to(person.site_dir)) for p in person.site_dir.rglob("*.html")}
    assert set(person.pages) == on_disk
    assert len(person.pages) == len(set(person.pages))
    assert any(page.startswith("company/") for page in person.pages)
    assert any(page.startswith("person/") for page in person.pages)
    for page in person.pages:
        assert person.name.split()[0] in person.page_text(page) or page.startswith("company/")


def test_rows_have_the_documented_shape() -> None:
    for row in raw_rows():
        assert REQUIRED_KEYS <= row.keys() <= REQUIRED_KEYS | {"also"}, row["id"]
        assert isinstance(row["googleable"], bool), row["id"]
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"], row["id"]
        assert (row["evidence_url"] is None) == (row["evidence_quote"] is None), row["id"]
        for extra in row.get("also", []):
            assert extra.keys() == {"url", "quote"}, row["id"]


def test_ids_and_texts_are_unique() -> None:
    ids = Counter(q.id for q in QUESTIONS)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(q.text.lower().split()) for q in QUESTIONS)
    assert [t for t, n in texts.items() if n > 1] == []


def test_labels_agree_with_categories_and_evidence() -> None:
    for q in QUESTIONS:
        assert q.person in PEOPLE, q.id
        assert q.category in CATEGORIES, q.id
        if q.category in GOOGLEABLE_CATEGORIES:
            assert q.googleable, q.id
        if q.category in KEPT_CATEGORIES:
            assert not q.googleable, q.id
        # Googleable exactly when some page states the answer.
        assert bool(q.evidence) == q.googleable, q.id


def test_every_quote_is_exact_visible_text_of_its_page() -> None:
    missing = [
        (q.id, url, quote)
        for q in QUESTIONS
        for url, quote in evidence_of(q)
        if url not in PEOPLE[q.person].pages or quote not in PEOPLE[q.person].page_text(url)
    ]
    assert missing == []


def test_every_quote_sits_in_one_passage_of_the_main_content() -> None:
    stray = [
        (q.id, url, quote)
        for q in QUESTIONS
        for url, quote in evidence_of(q)
        if not any(quote in passage for passage in passages(q.person, url))
    ]
    assert stray == []


def test_quotes_are_answers_not_fragments() -> None:
    short = [(q.id, item.quote) for q in QUESTIONS for item in q.evidence if len(item.quote) < 15]
    assert short == []


def test_visible_text_leaves_out_scripts_and_decodes_entities() -> None:
    assert visible_text("<p>Tea &amp;\n <b>cake</b><script>x()</script></p>") == "Tea & cake"
    text = PEOPLE["ines-varga"].page_text("company/about.html")
    assert "analytics" not in text
    assert "About Furrowlight" in text
    assert "  " not in text
    assert "Heart & Vascular" in PEOPLE["darnell-whitcombe"].page_text("company/news.html")


def test_size_balance_and_coverage() -> None:
    assert len(QUESTIONS) >= 200
    share = sum(q.googleable for q in QUESTIONS) / len(QUESTIONS)
    assert 0.35 <= share <= 0.45
    by_category = Counter(q.category for q in QUESTIONS)
    assert all(by_category[category] >= 20 for category in CATEGORIES), by_category
    near = Counter(q.googleable for q in QUESTIONS if q.category == "near_miss")
    assert near[True] >= 10 and near[False] >= 20, near


@pytest.mark.parametrize("slug", list(PEOPLE))
def test_each_person_is_covered_in_every_category(slug: str) -> None:
    mine = [q for q in QUESTIONS if q.person == slug]
    assert len(mine) >= 40
    assert {q.category for q in mine} == set(CATEGORIES)
    cited = {item.url for q in mine for item in q.evidence}
    assert any(url.startswith("company/") for url in cited)
    assert any(url.startswith("person/") for url in cited)


def test_readme_counts_are_current() -> None:
    readme = (DEVSET / "README.md").read_text(encoding="utf-8")
    assert counts_table(QUESTIONS, PEOPLE) in readme
    googleable = sum(q.googleable for q in QUESTIONS)
    assert f"{googleable} of {len(QUESTIONS)} questions are googleable" in readme
