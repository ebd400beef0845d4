"""The passage finder brings the reader lines that answer in other words, which share no word
with the question and which bm25 therefore never finds ("How heavy is the stuff I'd be
hauling around?" for "You will lift bundles of up to 40 pounds over and over."). Its vectors
are of unit length and a text's vector does not depend on what is embedded beside it."""

from __future__ import annotations

import pytest
from questions_support import judge_over

from infoprep.questions.finder import default_finder
from infoprep.questions.reader import default_reader

PAGES = {
    "https://copperlane-print.example/jobs": (
        "Copperlane Print runs two presses in Dayton, Ohio.\n"
        "Press assistants feed paper, wash rollers and stack finished jobs.\n"
        "You will lift bundles of up to 40 pounds over and over.\n"
        "In summer the pressroom runs 92 degrees by mid-afternoon.\n"
        "We hire press assistants twice a year, in March and September.\n"
    ),
    "https://copperlane-print.example/about": (
        "Copperlane Print was founded in 1987 by Walter Finch.\n"
        "Every job is proofed twice before it goes on press.\n"
    ),
}
HEAVY = "How heavy is the stuff I'd be hauling around on a shift?"


def test_a_line_that_shares_no_word_with_the_question_is_found_and_read() -> None:
    reader = default_reader()
    without = judge_over("Dana Okoro", "Copperlane Print", PAGES, reader=reader)
    assert not without.judge_one(HEAVY).googleable
    judge = judge_over("Dana Okoro", "Copperlane Print", PAGES, reader=reader,
                       finder=default_finder())
    verdict = judge.judge_one(HEAVY)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.quote == "You will lift bundles of up to 40 pounds over and over."
    assert verdict.evidence.url == "https://copperlane-print.example/jobs"


@pytest.mark.parametrize("question", [
    "What do you enjoy most about running the pressroom?",
    "How many presses do you plan to add next year?",
])
def test_what_the_pages_do_not_answer_is_still_kept(question: str) -> None:
    judge = judge_over("Dana Okoro", "Copperlane Print", PAGES, reader=default_reader(),
                       finder=default_finder())
    assert not judge.judge_one(question).googleable


def test_the_nearest_line_in_meaning_comes_first() -> None:
    finder = default_finder()
    lines = ["We were founded in 1998 in Leeds.", "All three restaurants are closed on Mondays.",
             "Our chefs train for two years."]
    vectors = finder.embed(lines)
    assert finder.nearest("Which day of the week are the restaurants shut?", vectors, 3)[0] == 1
    assert finder.nearest("When did the company start?", vectors, 1) == [0]


def test_a_vector_is_of_unit_length_and_the_same_beside_any_other_text() -> None:
    finder = default_finder()
    alone = finder.embed(["Cooks work four shifts a week."])[0]
    beside = finder.embed(["Pay starts at £13.50 an hour.", "Cooks work four shifts a week."])[1]
    assert abs(float((alone * alone).sum()) - 1.0) < 1e-3
    assert (alone == beside).all()
