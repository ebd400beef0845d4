"""Topics a passage states in other words: abroad as a foreign country, unions, languages …"""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.concepts import load_concepts
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

COMPANY = "https://saltmarsh.example/about"
BIO = "https://saltmarsh.example/team/oona"

COMPANY_TEXT = (
    "Saltmarsh Ferries runs passenger ferries between Portland, Maine and the Casco Bay "
    "islands.\nOur deckhands and engineers are represented by Local 41 of the Harbor Crafts "
    "Guild.\nWe bake every sandwich in the galley in-house each morning.\nOur most requested "
    "trip is the sunset loop past the lighthouse.\nWe have offices in Boston, Massachusetts "
    "and Bar Harbor, Maine."
)
BIO_TEXT = (
    "Oona Kestrel is the fleet scheduler at Saltmarsh Ferries.\nBefore that, she spent three "
    "years running water taxis in Bergen, Norway.\nShe speaks fluent Norwegian and some "
    "Icelandic.\nShe grew up in Bath, Maine, and sails on weekends."
)


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Oona Kestrel", employer="Saltmarsh Ferries"),
        company=Company(name="Saltmarsh Ferries"),
        sources=[
            Source(url=COMPANY, title="About", text=COMPANY_TEXT),
            Source(url=BIO, title="Oona", text=BIO_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    ("question", "url", "quote_has"),
    [
        ("Have you ever lived overseas?", BIO, "Bergen, Norway"),
        ("Do you speak any other languages?", BIO, "fluent Norwegian"),
        ("Are the deckhands unionized?", COMPANY, "Local 41"),
        ("Do you buy the sandwiches from a supplier?", COMPANY, "in-house"),
        ("What's the most popular trip?", COMPANY, "most requested"),
    ],
)
def test_a_topic_stated_in_other_words_answers_the_question(
    judge: GoogleableFilter, question: str, url: str, quote_has: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.url == url
    assert quote_has in verdict.evidence.quote


@pytest.mark.parametrize(
    "question",
    [
        "How did working in Norway change the way you schedule crews?",
        "Have you ever worked in Canada?",
        "What do you enjoy about sailing on weekends?",
        "How much do deckhands earn?",
    ],
)
def test_near_misses_and_personal_questions_stay_kept(
    judge: GoogleableFilter, question: str
) -> None:
    assert not judge.judge_one(question).googleable


def test_home_country_is_the_one_several_pages_name() -> None:
    concepts = load_concepts().at_home_in([COMPANY_TEXT, BIO_TEXT])
    assert concepts.home == "United States"
    assert "abroad" in concepts.stems_in("She taught in Bergen, Norway.")
    assert "abroad" not in concepts.stems_in("She moved to Boston, Massachusetts.")
    # One page naming a country is no sign of home: then every country is foreign.
    alone = load_concepts().at_home_in(["A year in Lyon, France."])
    assert alone.home is None
    assert "abroad" in alone.stems_in("A year in Lyon, France.")
