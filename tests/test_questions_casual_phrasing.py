"""Questions put casually are read like plain ones: "you guys", "you folks" and a reflexive
("yourself", "itself") are how the asker talks, not words a passage must hold; "Have you ever
been hurt …?" asks what happened to the person, as "Did you ever …?" does, while "Have you
ever lived abroad?" still asks a fact. Casual phrases are put plainly ("set me back" asks a
cost, "Ballpark," frames, "who foots the bill" asks whether the employer pays), "Would that
knock me out of the running?" asks a requirement, and "What pulled you into …?" their reason,
which they may have told in their own words. And a sum's purpose ("tool allowance") must be
the passage's own word, not one the lexicon files beside it ("service" for "tool")."""

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
You do not need beekeeping experience to apply for a seasonal job.
Seasonal beekeepers must be able to lift 60-pound honey supers.
Current rates
| Position | Rate | Notes |
| Seasonal beekeeper | $19 an hour | April to October |
| Service Technician | $26 to $30 an hour | A raise every year |
Everyone gets a yearly tool allowance.
We pay for your beekeeping certificate course at the county extension office.
"""

BIO_TEXT = """Odile Marsh is the apiary manager at Quarry Bend Apiaries.
She still opens every queen-rearing hive herself; her two assistants do the honey supers.
She lived in Portugal for four years, keeping bees near Coimbra.
Our apprentice program brings new people into beekeeping because the valley needs keepers.
I got into beekeeping because my grandmother kept twelve hives behind her bakery.
"""

SHOP = "https://quarrybend.example/shop"
SHOP_TEXT = """Shop
A starter hive kit
$289, with frames and a veil
Hives kept across the valley
About 1,400
Our beekeeping program teaches new keepers because healthy hives need careful keepers.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over(
        "Odile Marsh", "Quarry Bend Apiaries",
        {ABOUT: ABOUT_TEXT, CAREERS: CAREERS_TEXT, BIO: BIO_TEXT, SHOP: SHOP_TEXT},
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


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        ("What would a starter hive kit set me back?", "$289"),
        ("Ballpark, how many hives does Quarry Bend keep?", "1,400"),
        ("I've never done any beekeeping. Would that knock me out of the running for a seasonal "
         "job?", "do not need beekeeping experience"),
        ("I have zero beekeeping experience. Is that a deal-breaker for a seasonal job?",
         "do not need beekeeping experience"),
        # "Who foots the bill?" asks whether the employer pays.
        ("Who foots the bill for the beekeeping certificate course?",
         "We pay for your beekeeping certificate"),
        ("Who covers the beekeeping certificate course?",
         "We pay for your beekeeping certificate"),
        # Their own reason, not the employer's "because" on a page about its program.
        ("What pulled you into beekeeping in the first place?", "my grandmother"),
    ],
)
def test_a_casual_phrase_is_read_plainly(
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


def test_who_covers_a_shift_is_not_a_question_of_pay(judge: GoogleableFilter) -> None:
    assert judge.lexicon.unframed("Who covers the night shift?") == "Who covers the night shift?"
    assert judge.lexicon.unframed("Who covers the training fees?").startswith(
        "does the company pay for")
