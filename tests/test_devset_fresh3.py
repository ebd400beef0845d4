"""The third fresh test set for the googleable filter is sound: labels, evidence, coverage.

fixtures/devset/fresh3/ holds three more fictional people in fields none of the earlier sets
(the development set, the first and the second fresh set) covers, written without reading the
filter or its data files; the labelling rules are the development set's.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from typing import Any

import pytest
from bs4 import BeautifulSoup
from devset import (
    CATEGORIES,
    FRESH,
    FRESH2,
    FRESH3,
    GOOGLEABLE_CATEGORIES,
    KEPT_CATEGORIES,
    DevPerson,
    counts_table,
    load_people,
    load_questions,
)

PEOPLE = load_people(FRESH3 / "people.json")
QUESTIONS = load_questions(FRESH3 / "questions.jsonl")
OTHER_SETS = (FRESH, FRESH2)
OTHER_PEOPLE = {
    **load_people(),
    **{slug: p for d in OTHER_SETS for slug, p in load_people(d / "people.json").items()},
}
OTHER_QUESTIONS = [
    *load_questions(),
    *(q for d in OTHER_SETS for q in load_questions(d / "questions.jsonl")),
]
REQUIRED_KEYS = {
    "id", "person", "text", "googleable", "evidence_url", "evidence_quote", "category", "note",
}
PASSAGE_TAGS = [
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd", "dl",
    "blockquote", "figcaption", "article", "div",
]
CHROME_TAGS = ("header", "nav", "footer")


@cache
def passages(slug: str, page: str) -> tuple[str, ...]:
    html = (PEOPLE[slug].site_dir / page).read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head", *CHROME_TAGS]):
        tag.decompose()
    return tuple(" ".join(el.get_text(" ").split()) for el in soup.find_all(PASSAGE_TAGS))


def raw_rows() -> list[dict[str, Any]]:
    lines = (FRESH3 / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_fresh3_people_are_new_people_in_new_fields() -> None:
    assert len(PEOPLE) == 3
    assert not set(PEOPLE) & set(OTHER_PEOPLE)
    old_fields = {person.field.split(":")[0] for person in OTHER_PEOPLE.values()}
    new_fields = [person.field.split(":")[0] for person in PEOPLE.values()]
    assert len(set(new_fields)) == len(new_fields) and not set(new_fields) & old_fields
    assert not {p.company for p in PEOPLE.values()} & {p.company for p in OTHER_PEOPLE.values()}
    assert all(person.site.startswith("devset-fresh3/") for person in PEOPLE.values())


@pytest.mark.parametrize("person", PEOPLE.values(), ids=list(PEOPLE))
def test_people_list_exactly_their_pages(person: DevPerson) -> None:
    on_disk = {str(p.relative_to(person.site_dir)) for p in person.site_dir.rglob("*.html")}
    assert set(person.pages) == on_disk
    assert 4 <= len(person.pages) <= 5
    for page in person.pages:
        assert person.name.split()[0] in person.page_text(page) or page.startswith("company/")


def test_rows_have_the_documented_shape_and_new_ids() -> None:
    for row in raw_rows():
        assert REQUIRED_KEYS <= row.keys() <= REQUIRED_KEYS | {"also"}, row["id"]
        assert isinstance(row["googleable"], bool), row["id"]
        assert (row["evidence_url"] is None) == (row["evidence_quote"] is None), row["id"]
    ids = Counter(q.id for q in [*QUESTIONS, *OTHER_QUESTIONS])
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(q.text.lower().split()) for q in [*QUESTIONS, *OTHER_QUESTIONS])
    assert [t for t, n in texts.items() if n > 1] == []


def test_labels_agree_with_categories_and_evidence() -> None:
    for q in QUESTIONS:
        assert q.person in PEOPLE and q.category in CATEGORIES, q.id
        if q.category in GOOGLEABLE_CATEGORIES:
            assert q.googleable, q.id
        if q.category in KEPT_CATEGORIES:
            assert not q.googleable, q.id
        assert bool(q.evidence) == q.googleable, q.id


def test_every_quote_is_exact_text_inside_one_passage() -> None:
    wrong = [
        (q.id, item.url, item.quote)
        for q in QUESTIONS
        for item in q.evidence
        if item.url not in PEOPLE[q.person].pages
        or item.quote not in PEOPLE[q.person].page_text(item.url)
        or not any(item.quote in passage for passage in passages(q.person, item.url))
        or len(item.quote) < 15
    ]
    assert wrong == []


@pytest.mark.parametrize("slug", list(PEOPLE))
def test_each_person_is_covered_in_every_category(slug: str) -> None:
    mine = [q for q in QUESTIONS if q.person == slug]
    assert len(mine) >= 40
    assert {q.category for q in mine} == set(CATEGORIES)
    near = Counter(q.googleable for q in mine if q.category == "near_miss")
    assert near[True] >= 3 and near[False] >= 5, near
    assert 0.35 <= sum(q.googleable for q in mine) / len(mine) <= 0.55
    cited = {item.url for q in mine for item in q.evidence}
    assert any(url.startswith("company/") for url in cited)
    assert any(url.startswith("person/") for url in cited)


def test_readme_counts_are_current() -> None:
    readme = (FRESH3 / "README.md").read_text(encoding="utf-8")
    assert counts_table(QUESTIONS, PEOPLE) in readme
    googleable = sum(q.googleable for q in QUESTIONS)
    assert f"{googleable} of {len(QUESTIONS)} questions are googleable" in readme
