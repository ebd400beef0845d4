"""Questions put casually are read like plain ones: "you guys", "you folks" and a reflexive
("yourself", "itself") are how the asker talks, not words a passage must hold; "Have you ever
been hurt …?" asks what happened to the person, as "Did you ever …?" does, while "Have you
ever lived abroad?" still asks a fact. And a sum's purpose ("tool allowance") must be the
passage's own word, not one the lexicon files beside it ("service" for "tool")."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://quarrybend.example/about"
CAREERS = "https://quarrybend.example/careers"
BIO = "https://quarrybend.example/team/odile-marsh"

ABOUT_TEXT = """About Quarry Bend Apiaries
Quarry Bend keeps 1,400 hives across the river valley.
Most of our honey is sold in bulk, by the drum, to a packer that bottles it under its own brand.
We do not rent hives to orchards, and we never move our bees for pollination.
The cooperative has been run by its members since 1988.
"""

CAREERS_TEXT = """Work with us
Current rates
| Position | Rate | Notes |
| Seasonal beekeeper | $19 an hour | April to October |
| Service Technician | $26 to $30 an hour | A raise every year |
Everyone gets a yearly tool allowance.
"""

BIO_TEXT = """Odile Marsh is the apiary manager at Quarry Bend Apiaries.
She still opens every queen-rearing hive herself; her two assistants do the honey supers.
She lived in Portugal for four years, keeping bees near Coimbra.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over(
        "Odile Marsh", "Quarry Bend Apiaries",
        {ABOUT: ABOUT_TEXT, CAREERS: CAREERS_TEXT, BIO: BIO_TEXT},
    )


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        ("Do you guys bottle and sell your own honey, or does it go somewhere else?",
         "sold in bulk"),
        ("Do you folks still open every queen-rearing hive?", "every queen-rearing hive"),
        ("Do you open the queen-rearing hives yourself, or do your assistants?",
         "every queen-rearing hive"),
        ("Does the cooperative run itself, or is it some other organization?",
         "run by its members"),
    ],
)
def test_a_casually_put_question_is_answered_like_a_plain_one(
    judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    dropped_quoting(judge, question, quote_has)


def test_have_you_ever_asks_what_happened_to_them_or_a_fact(judge: GoogleableFilter) -> None:
    for question in (
        "Have you ever been stung badly enough to go to hospital?",
        "Have you ever opened a hive yourself and regretted it?",
    ):
        assert judge.analyse(question).personal, question
        assert not judge.judge_one(question).googleable, question
    dropped_quoting(judge, "Have you ever lived abroad?", "Portugal")


def test_a_sum_is_for_what_the_passage_itself_names(judge: GoogleableFilter) -> None:
    """The page says there is a tool allowance, not how much: a technician's wage is no
    answer, though "tool" and "service" stand for each other elsewhere."""
    verdict = judge.judge_one("How much is the yearly tool allowance?")
    assert not verdict.googleable, verdict.evidence
