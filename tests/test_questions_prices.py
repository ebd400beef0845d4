"""A price answers a question of what something costs only when it is that thing's price: "The
class costs $120" does not say what a ukulele costs, while "It costs $450" in the sentence after
the workshop's does say what the workshop costs; "a $750 yearly wellness stipend" is no
profit-sharing bonus. A premium or a deposit may be a percent bound to it ("a buyer's premium
of 12 percent"), but not a percent of it ("70 percent of the premium")."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.answers import expected_answer, holds_answer
from infoprep.questions.lexicon import load_lexicon
from infoprep.questions.reader import default_reader

SHOP = "https://birchwood-strings.example/shop"
CLASSES = "https://birchwood-strings.example/classes"

PAGES = {
    SHOP: (
        "Birchwood Strings repairs and sets up guitars, mandolins and ukuleles.\n"
        "We have refretted mandolins for players across the state. Outside our four counties we "
        "add a $75 trip charge.\n"
    ),
    CLASSES: (
        "Ada Boyd builds ukuleles under her own name, Boyd Ukuleles, in a shed behind the shop.\n"
        "She also runs a build-your-own guitar weekend. The class costs $120, and you leave with "
        "your own guitar set up.\n"
        "Every April Ada Boyd teaches a two-day hot patina workshop for players who finish their "
        "own instruments. It costs $450, materials included, and is limited to eight people.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    ["What do you charge for one of your Boyd ukuleles?",
     "Ballpark, what does it cost to get a mandolin refretted?"],
)
def test_a_price_of_another_thing_does_not_answer(question: str) -> None:
    judge = judge_over("Ada Boyd", "Birchwood Strings", PAGES)
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


def test_a_price_on_the_line_after_its_thing_answers() -> None:
    judge = judge_over("Ada Boyd", "Birchwood Strings", PAGES)
    dropped_quoting(judge, "What does your hot patina workshop cost?", "It costs $450")



BONUS = "How big is the profit-sharing bonus in a typical year?"
# What the filter reads the question as asking about: its words and their kin.
BONUS_TERMS = frozenset({"big", "profit", "share", "bonus", "year", "annual", "month", "week"})


@pytest.mark.parametrize(
    "line", ["- A $750 yearly wellness stipend", "- $250 a year for steel-toe boots"]
)
def test_a_yearly_sum_for_another_benefit_does_not_answer(line: str) -> None:
    # "yearly" and "a year" say how often a sum is paid, not that it is the bonus.
    assert not holds_answer(expected_answer(BONUS), line, load_lexicon(), question=BONUS,
                            near_terms=BONUS_TERMS)


def test_a_yearly_sum_for_the_benefit_asked_about_answers() -> None:
    question = "How much is the yearly boot allowance?"
    assert holds_answer(expected_answer(question), "- $250 a year for steel-toe boots",
                        load_lexicon(), question=question,
                        near_terms=frozenset({"year", "annual", "boot", "allow"}))


AUCTIONS = "https://brindle-auctions.example/selling"
AUCTION_PAGES = {
    AUCTIONS: (
        "Brindle Auctions sells farm equipment at live sales and online.\n"
        "Buyers pay a buyer's premium of 12 percent on our online sales and 10 percent at live "
        "sales.\n"
        "A 25 percent deposit holds your sale date; the balance is due on the day.\n"
        "Health insurance: Brindle pays 70 percent of the premium for every employee.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "quote"),
    [("What's the buyer's premium on Brindle's online auctions?", "premium of 12 percent"),
     ("How big a deposit do you need to hold a sale date?", "A 25 percent deposit")],
)
def test_a_percent_bound_to_the_price_asked_answers(question: str, quote: str) -> None:
    # A premium or a deposit is often a share of something else: its figure is a percent.
    judge = judge_over("Wren Halloway", "Brindle Auctions", AUCTION_PAGES, default_reader())
    dropped_quoting(judge, question, quote)


@pytest.mark.parametrize(
    "question",
    ["How much is the health insurance premium for a family?",
     "What's the commission on a tractor sale?"],
)
def test_a_percent_of_the_price_or_of_another_price_does_not_answer(question: str) -> None:
    # "70 percent of the premium" is what the employer pays of it, not what it is; a
    # buyer's premium says nothing of a seller's commission.
    judge = judge_over("Wren Halloway", "Brindle Auctions", AUCTION_PAGES, default_reader())
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
