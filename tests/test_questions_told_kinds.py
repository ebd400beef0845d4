"""Personal questions the person answered in public, asked in more of the ways people ask them:
"How did you end up in …?" and "Why'd you …?" ask their reason; "Where should I start?" and
"What should I learn …?" ask their advice; "Walk me through a morning …" and "How much of your
week …" ask their routine. Each is dropped only for a line of theirs that answers it."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.googleable import GoogleableFilter

BIO = "https://saltreach.example/team/orla-venn"
BIO_TEXT = """Orla Venn is the kelp nursery lead at Saltreach Seaweed.
I ended up in kelp farming because a winter job seeding lines paid more than the cannery did.
I left the cannery because the night shifts never ended.
In spawning season my day starts at five with the seed tanks, then the boat, then the spreadsheets.
I spend about two days a week on the water and three in the nursery.
If you want to farm kelp someday, learn to run a small boat before anything else.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over("Orla Venn", "Saltreach Seaweed", {BIO: BIO_TEXT})


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        ("How did you end up in kelp farming?", "winter job seeding lines"),
        ("Why'd you leave the cannery?", "night shifts never ended"),
        ("If I want to farm kelp someday, where should I start?", "small boat"),
        ("Walk me through a morning for you in spawning season.", "my day starts at five"),
        ("How much of your week is on the water versus in the nursery?", "two days a week"),
    ],
)
def test_a_personal_question_answered_in_their_words_is_dropped(
    judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    dropped_quoting(judge, question, quote_has)


@pytest.mark.parametrize(
    "question",
    [
        "How did you end up leading the nursery instead of the boats?",
        "Where should I start if I want to open a seaweed restaurant?",
    ],
)
def test_one_their_lines_do_not_answer_is_kept(judge: GoogleableFilter, question: str) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
