"""Questions that ask a sum (sales, what a gala raised) are answered by that sum: not by a
wage, a ticket's price, or a line that only shares a word's first letters with the question
("Salem" is no form of "sale")."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.answers import expected_answer

ABOUT = "https://hollowmere.example/about"
CAREERS = "https://hollowmere.example/careers"
GALA = "https://hollowmere.example/gala"

PAGES = {
    ABOUT: (
        "About Hollowmere Pest Control\n"
        "We serve homes in Greensboro, High Point and Winston-Salem.\n"
        "We inspect about 900 houses a year for buyers before a sale closes.\n"
    ),
    CAREERS: (
        "Open positions\n"
        "| Position | Where | Pay |\n"
        "| Termite Inspector | Greensboro, Winston-Salem | $52,000 to $64,000 a year |\n"
    ),
    GALA: (
        "The Lantern Gala\n"
        "Tickets are $350, and tables of ten are $5,000.\n"
        "Every dollar goes to the free inspection fund for older homeowners.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    ["What are Hollowmere's yearly sales?", "What are the company's annual sales?",
     "How much did last year's Lantern Gala raise?"],
)
def test_a_sum_the_pages_do_not_state_is_kept(question: str) -> None:
    judge = judge_over("Ivy Marsh", "Hollowmere Pest Control", PAGES)
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


def test_a_sum_the_pages_state_is_dropped_with_it() -> None:
    pages = dict(PAGES)
    pages[ABOUT] += "Sales last year came to $4.2 million, up from $3.6 million.\n"
    judge = judge_over("Ivy Marsh", "Hollowmere Pest Control", pages)
    dropped_quoting(judge, "What are Hollowmere's yearly sales?", "$4.2 million")


@pytest.mark.parametrize(
    ("question", "kind"),
    [("What are the shop s yearly sales?", "money"),
     ("What s the fee for a re-test?", "money"),
     ("What are sales like this year?", "any")],
)
def test_a_sum_named_last_asks_for_money(question: str, kind: str) -> None:
    assert expected_answer(question).kind == kind


def test_a_sales_job_s_hourly_pay_is_no_figure_of_sales() -> None:
    pages = dict(PAGES)
    pages[CAREERS] += (
        "| Sales Associate | Greensboro | $16.50 an hour plus 2 percent of every plan you sell |\n"
    )
    judge = judge_over("Ivy Marsh", "Hollowmere Pest Control", pages)
    for question in ("What are Hollowmere's annual sales?", "What are Hollowmere's sales figures?"):
        verdict = judge.judge_one(question)
        assert not verdict.googleable, verdict.evidence


def test_what_the_employer_brings_in_is_a_sum_no_count_answers() -> None:
    assert expected_answer("How much does Hollowmere bring in a year?").kind == "money"
    judge = judge_over("Ivy Marsh", "Hollowmere Pest Control", PAGES)
    verdict = judge.judge_one("How much does Hollowmere bring in a year?")
    # "We inspect about 900 houses a year" counts houses.
    assert not verdict.googleable, verdict.evidence


def test_a_sales_job_s_pay_is_still_answered_by_its_wage() -> None:
    pages = dict(PAGES)
    pages[CAREERS] += "| Sales Associate | Greensboro | $16.50 an hour |\n"
    judge = judge_over("Ivy Marsh", "Hollowmere Pest Control", pages)
    dropped_quoting(judge, "What does a sales associate make an hour at Hollowmere?", "$16.50")
