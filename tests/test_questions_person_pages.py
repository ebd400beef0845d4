"""Which pages are the person's own: a company's history that tells of its founder as "she"
and names the person once on a staff card is still the company's page, and answers questions
about the company."""

from __future__ import annotations

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://larkspur-kilns.example/about"
INTERVIEW = "https://potters-quarterly.example/interview-tamsin"

ABOUT_TEXT = """About Larkspur Kiln Works
Ottoline Marsh started Larkspur Kiln Works in 1994 in a rented barn outside Asheville.
She built the first kilns by hand, and her brother joined her two years later.
When she retired in 2018, she sold the company to its employees.
Larkspur Kiln Works has 42 employees.
Our team
Tamsin Achebe-Lund
Head of kiln repair
"""
INTERVIEW_TEXT = """Tamsin Achebe-Lund on fixing kilns
Tamsin Achebe-Lund has repaired kilns for twelve years.
I started as a production potter, and I learned to rewire kilns because mine kept failing.
My favourite repair is an old top-loader, because I can see every element.
She now leads a team of four at Larkspur Kiln Works.
Tamsin Achebe-Lund says she still fires her own pots on weekends.
"""


def _index() -> EvidenceIndex:
    return EvidenceIndex(Dossier(
        person=Person(name="Tamsin Achebe-Lund", employer="Larkspur Kiln Works"),
        company=Company(name="Larkspur Kiln Works"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=INTERVIEW, title="Interview", text=INTERVIEW_TEXT),
        ],
    ))


def test_only_the_persons_own_pages_are_theirs() -> None:
    index = _index()
    # The history's "she" is the founder: only the interview is the person's.
    assert index.person_pages == {INTERVIEW}


def test_the_company_history_answers_when_the_company_was_founded() -> None:
    judge = GoogleableFilter(_index(), PromptLibrary(None))
    verdict = judge.judge_one("When was Larkspur Kiln Works founded?")
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.url == ABOUT
    assert "in 1994" in verdict.evidence.quote
