"""Where the person worked before, asked in other words and answered by a résumé line on their
own page ("- 2012 to 2016: Deckhand, Saltmere Ferries"), which names neither them nor "before"."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

BIO = "https://pellory.example/about"

BIO_TEXT = """About me
I'm Juno Pellory, and I run the harbour operations desk at Brackenridge Ferries.
I grew up on the island and I still take the first boat over every morning.
My career
- 2009 to 2012: Deckhand, Saltmere Ferries
- 2012 to 2016: Relief skipper, Saltmere Ferries
- 2016 to now: Harbour operations lead, Brackenridge Ferries
My favourite crossing is the last one of the day.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Juno Pellory", employer="Brackenridge Ferries"),
        company=Company(name="Brackenridge Ferries"),
        sources=[Source(url=BIO, title="About me", text=BIO_TEXT)],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    "question",
    [
        "What were you doing before Brackenridge?",
        "What did you do for work before you got into harbour operations?",
    ],
)
def test_a_resume_line_on_their_own_page_says_where_they_worked_before(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and "Saltmere Ferries" in verdict.evidence.quote


def test_what_their_page_does_not_say_stays_kept(judge: GoogleableFilter) -> None:
    assert not judge.judge_one("What made you leave Saltmere Ferries?").googleable
