"""Questions that paraphrase the page: a word near in meaning (the shipped paraphrase table)
covers the question's word, and personal questions stay kept."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.neighbours import Neighbours, load_neighbours, parse

ABOUT = "https://brindle.example/about"
BIO = "https://brindle.example/team/odile"
ABOUT_TEXT = (
    "Brindle & Hollis Builders is a family contractor in Dayton, Ohio.\n"
    "We build custom homes and duplexes across the Miami Valley.\n"
    "Our office is closed on Sundays.\n"
    "We were founded in 1987 by two brothers who framed barns."
)
BIO_TEXT = (
    "Odile Marchbanks is the estimating lead at Brindle & Hollis Builders.\n"
    "She trained as a quantity surveyor in Leeds before moving to Ohio.\n"
    "She manages a crew of four estimators."
)


def _judge(neighbours: Neighbours | None = None) -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Odile Marchbanks", employer="Brindle & Hollis Builders"),
        company=Company(name="Brindle & Hollis Builders"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=BIO, title="Odile", text=BIO_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), neighbours=neighbours)


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return _judge()


@pytest.mark.parametrize(
    ("question", "url", "quote"),
    [
        # "shut" is said "closed" on the page, "supervise a team" is "manages a crew".
        ("Is the office shut on Sundays?", ABOUT, "Our office is closed on Sundays."),
        ("Do you supervise a team of estimators?", BIO, "She manages a crew of four estimators."),
    ],
)
def test_paraphrased_question_dropped_with_the_passage_that_says_it(
    judge: GoogleableFilter, question: str, url: str, quote: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert (verdict.evidence.url, verdict.evidence.quote) == (url, quote)


def test_without_the_table_the_paraphrase_is_not_recognised() -> None:
    # The same dossier with an empty table: the question's words are not on the page.
    verdict = _judge(parse("")).judge_one("Is the office shut on Sundays?")
    assert not verdict.googleable


@pytest.mark.parametrize(
    "question",
    [
        "What do you enjoy most about estimating houses?",
        "What was it like to move from Leeds to Ohio?",
        "How do you keep four estimators busy?",
        "What made you move from surveying to estimating homes?",
    ],
)
def test_personal_questions_near_a_public_fact_are_still_kept(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


def test_table_loads_from_the_installed_package_and_says_where_it_comes_from() -> None:
    table = load_neighbours()
    assert len(table) > 5000
    # Stems, the form the filter indexes passages in ("shut" ~ "closed" -> "close").
    assert "close" in dict(table.of("shut", 0.5))
    # Antonyms are no paraphrase, however close their embeddings.
    assert "small" not in dict(table.of("big"))
    raw = resources.files("infoprep.questions").joinpath("data/neighbours.tsv.gz").read_bytes()
    header = [
        line for line in gzip.decompress(raw).decode("utf-8").splitlines()
        if line.startswith("#")
    ]
    said = " ".join(header)
    for needed in ("all-MiniLM-L6-v2", "Apache-2.0", "scripts/build_paraphrase_table.py",
                   "WordNet"):
        assert needed in said


def test_neighbours_below_the_asked_similarity_are_left_out() -> None:
    table = parse("# a header\nfound\testablish:69 start:48\n")
    assert table.of("found") == (("establish", 0.69), ("start", 0.48))
    assert table.of("found", 0.5) == (("establish", 0.69),)
    assert table.of("unknown") == ()
