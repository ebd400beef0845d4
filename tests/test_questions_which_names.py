""""Which <kind of thing> …?" wants a name of that kind: a place after "across" or "in" is
none ("shops across Vermont"), nor a stage with its number ("a Phase 3 trial"); a word the
lexicon files beside the kind stands for it only inside a name ("State University" for "which
school"), not as any word on its topic ("report" for "chains", as in a chain of command)."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.answers import expected_answer, holds_answer
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.lexicon import load_lexicon

ABOUT = "https://hollowpress.example/about"
LAB = "https://hollowpress.example/lab"
BIO = "https://hollowpress.example/team/wren-achterberg"

ABOUT_TEXT = (
    "About Hollow Press Cider\n"
    "Our cider is sold at the farm stand and in shops across Vermont and New Hampshire.\n"
    "Product managers own a cider from the first pressing to the shelf, and product managers "
    "report to Imogen Castellane, Director of Product.\n"
)

LAB_TEXT = (
    "Our lab\n"
    "Our lab team measures sugar levels for a Phase 3 orchard trial run by one of the "
    "region's largest fruit companies.\n"
)

BIO_TEXT = """Wren Achterberg is the head cider maker at Hollow Press Cider.
She graduated from Camas Prairie State University with a degree in food science.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over(
        "Wren Achterberg", "Hollow Press Cider",
        {ABOUT: ABOUT_TEXT, LAB: LAB_TEXT, BIO: BIO_TEXT},
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which shops in New Hampshire carry Hollow Press cider?",
        "Which retail chains carry Hollow Press cider?",
    ],
)
def test_a_name_of_another_kind_does_not_answer_which(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


def test_a_name_holding_a_word_for_the_kind_answers_which(judge: GoogleableFilter) -> None:
    dropped_quoting(judge, "Which school did Wren graduate from?", "Camas Prairie State")


def test_a_stage_with_its_number_is_no_name() -> None:
    question = "Which orchard company is the sugar trial for?"
    expectation = expected_answer(question)
    line = LAB_TEXT.splitlines()[1]
    assert "Phase 3" in line
    assert not holds_answer(expectation, line, load_lexicon(), question=question)
    assert holds_answer(
        expectation, line.replace("one of the region's largest fruit companies",
                                  "the Kestrel Orchard Company"),
        load_lexicon(), question=question,
    )
