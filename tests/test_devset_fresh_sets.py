"""The fresh test sets for the googleable filter are sound: labels, evidence, coverage.

Each of fixtures/devset/fresh*/ holds more fictional people, written apart from the filter's
tuning (fresh2 onwards without reading the filter at all), in fields that no earlier set covers;
the labelling rules are the development set's.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from devset import (
    CATEGORIES,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    FRESH30,
    FRESH31,
    FRESH32,
    FRESH33,
    FRESH34,
    GOOGLEABLE_CATEGORIES,
    KEPT_CATEGORIES,
    DevPerson,
    DevQuestion,
    counts_table,
    load_people,
    load_questions,
)

REQUIRED_KEYS = {
    "id", "person", "text", "googleable", "evidence_url", "evidence_quote", "category", "note",
}
PASSAGE_TAGS = [
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd", "dl",
    "blockquote", "figcaption", "article", "div",
]
CHROME_TAGS = ("header", "nav", "footer")


@dataclass(frozen=True)
class FreshSet:
    folder: Path
    people_count: int
    earlier: tuple[Path, ...]  # the fresh sets written before this one

    @property
    def name(self) -> str:
        return self.folder.name

    def people(self) -> dict[str, DevPerson]:
        return load_people(self.folder / "people.json")

    def questions(self) -> list[DevQuestion]:
        return load_questions(self.folder / "questions.jsonl")

    def other_people(self) -> dict[str, DevPerson]:
        people = load_people()
        for folder in self.earlier:
            people |= load_people(folder / "people.json")
        return people

    def other_questions(self) -> list[DevQuestion]:
        return [*load_questions(), *(q for f in self.earlier for q in load_questions(
            f / "questions.jsonl"))]

    def raw_rows(self) -> list[dict[str, Any]]:
        lines = (self.folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]


SETS = [
    FreshSet(FRESH, 2, ()),
    FreshSet(FRESH2, 3, (FRESH,)),
    FreshSet(FRESH3, 3, (FRESH, FRESH2)),
    FreshSet(FRESH4, 3, (FRESH, FRESH2, FRESH3)),
    FreshSet(FRESH5, 3, (FRESH, FRESH2, FRESH3, FRESH4)),
    FreshSet(FRESH6, 3, (FRESH, FRESH2, FRESH3, FRESH4, FRESH5)),
    FreshSet(FRESH7, 3, (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6)),
    FreshSet(FRESH8, 3, (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7)),
    FreshSet(FRESH9, 3, (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8)),
    FreshSet(
        FRESH10, 3, (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9)
    ),
    FreshSet(
        FRESH11,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10),
    ),
    FreshSet(
        FRESH12,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11),
    ),
    FreshSet(
        FRESH13,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12),
    ),
    FreshSet(
        FRESH14,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13),
    ),
    FreshSet(
        FRESH15,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14),
    ),
    FreshSet(
        FRESH16,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15),
    ),
    FreshSet(
        FRESH17,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16),
    ),
    FreshSet(
        FRESH18,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17),
    ),
    FreshSet(
        FRESH19,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18),
    ),
    FreshSet(
        FRESH20,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19),
    ),
    FreshSet(
        FRESH21,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20),
    ),
    FreshSet(
        FRESH22,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21),
    ),
    FreshSet(
        FRESH23,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22),
    ),
    FreshSet(
        FRESH24,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23),
    ),
    FreshSet(
        FRESH25,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24),
    ),
    FreshSet(
        FRESH26,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25),
    ),
    FreshSet(
        FRESH27,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26),
    ),
    FreshSet(
        FRESH28,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27),
    ),
    FreshSet(
        FRESH29,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28),
    ),
    FreshSet(
        FRESH30,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29),
    ),
    FreshSet(
        FRESH31,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30),
    ),
    FreshSet(
        FRESH32,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31),
    ),
    FreshSet(
        FRESH33,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31,
         FRESH32),
    ),
    FreshSet(
        FRESH34,
        3,
        (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
         FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21,
         FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31,
         FRESH32, FRESH33),
    ),
]
PERSONS = [(s, p) for s in SETS for p in s.people().values()]


@cache
def passages(site_dir: Path, page: str) -> tuple[str, ...]:
    soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head", *CHROME_TAGS]):
        tag.decompose()
    return tuple(" ".join(el.get_text(" ").split()) for el in soup.find_all(PASSAGE_TAGS))


@pytest.fixture(params=SETS, ids=[s.name for s in SETS])
def fresh(request: pytest.FixtureRequest) -> FreshSet:
    return request.param  # type: ignore[no-any-return]


def test_people_are_new_people_in_new_fields(fresh: FreshSet) -> None:
    people, others = fresh.people(), fresh.other_people()
    assert len(people) == fresh.people_count
    assert not set(people) & set(others)
    old_fields = {person.field.split(":")[0] for person in others.values()}
    new_fields = [person.field.split(":")[0] for person in people.values()]
    assert len(set(new_fields)) == len(new_fields) and not set(new_fields) & old_fields
    assert not {p.company for p in people.values()} & {p.company for p in others.values()}
    assert all(p.site.startswith(f"devset-{fresh.name}/") for p in people.values())


@pytest.mark.parametrize(("fresh", "person"), PERSONS, ids=[p.slug for _, p in PERSONS])
def test_people_list_exactly_their_pages(fresh: FreshSet, person: DevPerson) -> None:
    on_disk = {str(p.relative_to(person.site_dir)) for p in person.site_dir.rglob("*.html")}
    assert set(person.pages) == on_disk
    assert 4 <= len(person.pages) <= 5
    for page in person.pages:
        assert person.name.split()[0] in person.page_text(page) or page.startswith("company/")


def test_rows_have_the_documented_shape_and_new_ids(fresh: FreshSet) -> None:
    for row in fresh.raw_rows():
        assert REQUIRED_KEYS <= row.keys() <= REQUIRED_KEYS | {"also"}, row["id"]
        assert isinstance(row["googleable"], bool), row["id"]
        assert (row["evidence_url"] is None) == (row["evidence_quote"] is None), row["id"]
    every = [*fresh.questions(), *fresh.other_questions()]
    ids = Counter(q.id for q in every)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(q.text.lower().split()) for q in every)
    assert [t for t, n in texts.items() if n > 1] == []


def test_labels_agree_with_categories_and_evidence(fresh: FreshSet) -> None:
    people = fresh.people()
    for q in fresh.questions():
        assert q.person in people and q.category in CATEGORIES, q.id
        if q.category in GOOGLEABLE_CATEGORIES:
            assert q.googleable, q.id
        if q.category in KEPT_CATEGORIES:
            assert not q.googleable, q.id
        assert bool(q.evidence) == q.googleable, q.id


def test_every_quote_is_exact_text_inside_one_passage(fresh: FreshSet) -> None:
    people = fresh.people()
    wrong = [
        (q.id, item.url, item.quote)
        for q in fresh.questions()
        for item in q.evidence
        if item.url not in people[q.person].pages
        or item.quote not in people[q.person].page_text(item.url)
        or not any(item.quote in p for p in passages(people[q.person].site_dir, item.url))
        or len(item.quote) < 15
    ]
    assert wrong == []


@pytest.mark.parametrize(("fresh", "person"), PERSONS, ids=[p.slug for _, p in PERSONS])
def test_each_person_is_covered_in_every_category(fresh: FreshSet, person: DevPerson) -> None:
    mine = [q for q in fresh.questions() if q.person == person.slug]
    assert len(mine) >= 40
    assert {q.category for q in mine} == set(CATEGORIES)
    near = Counter(q.googleable for q in mine if q.category == "near_miss")
    assert near[True] >= 3 and near[False] >= 5, near
    assert 0.35 <= sum(q.googleable for q in mine) / len(mine) <= 0.55
    cited = {item.url for q in mine for item in q.evidence}
    assert any(url.startswith("company/") for url in cited)
    assert any(url.startswith("person/") for url in cited)


def test_readme_counts_are_current(fresh: FreshSet) -> None:
    questions = fresh.questions()
    readme = (fresh.folder / "README.md").read_text(encoding="utf-8")
    assert counts_table(questions, fresh.people()) in readme
    googleable = sum(q.googleable for q in questions)
    assert f"{googleable} of {len(questions)} questions are googleable" in readme
