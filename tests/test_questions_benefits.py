"""Benefits a careers page lists in its own terms answer a job seeker's plain words: "a 401(k)
with a 5 percent match" is a retirement savings match, "three weeks of paid time off" is
vacation, and "chip in" or "put anything toward" asks what the employer contributes."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.concepts import load_concepts
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.text import stem

CAREERS = "https://marrowgate.example/careers"
CAREERS_TEXT = """Careers at Marrowgate Signworks
Benefits
- A 403(b) with a match of up to 4 percent of pay
- Three weeks of paid time off in your first year
- Medical and dental insurance for you and your family
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over("Ines Okafor-Brandt", "Marrowgate Signworks", {CAREERS: CAREERS_TEXT})


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        ("Is there any kind of match on retirement savings?", "403(b)"),
        ("Does the company chip in anything toward retirement?", "403(b)"),
        ("Does Marrowgate put anything toward my retirement savings?", "403(b)"),
        ("How much vacation would I get my first year?", "paid time off"),
    ],
)
def test_a_benefit_in_the_pages_terms_answers_plain_words(
    judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    dropped_quoting(judge, question, quote_has)


def test_a_concept_may_give_several_words() -> None:
    found = load_concepts().stems_in("A 401(k) with a 5 percent company match")
    assert {stem("retirement"), stem("savings")} <= found
