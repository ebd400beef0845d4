"""Questions the research answers in other words: an interview's answer under the question put
to the person, the career before the present one, a country for its part of the world, a
negation, the first of two alternatives."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://quarrystone.example/about"
CAREERS = "https://quarrystone.example/careers"
BIO = "https://quarrystone.example/team/lenka-morrow"
INTERVIEW = "https://stonetrades.example/interviews/lenka-morrow"

ABOUT_TEXT = """About Quarrystone Restoration
Quarrystone Restoration repairs historic stone facades across Ohio and Indiana.
Our trustees are unpaid volunteers elected by the member guilds each spring.
Who can hire us
Any congregation, school or town with a listed building can request a survey free of charge.
"""

CAREERS_TEXT = """Careers at Quarrystone
Masons work from our Dayton yard at least four days a week.
We hire three carving apprentices every autumn.
"""

BIO_TEXT = """Lenka Morrow is the lead carver at Quarrystone Restoration in Dayton, Ohio.
Before the yard
Before stone, I spent six years as a draftsman at Halvard Engineering in Toledo.
We got the quarry samples through a loan from the county historical society.
I also carved gravestones for two summers in Kraków, Poland.
"""

INTERVIEW_TEXT = """Five questions for Lenka Morrow
Lenka Morrow carves replacement stone for old churches and courthouses.
Why leave drafting for carving?
I drew buildings for six years and never touched one.
I wanted my hands on the material.
What is the hardest part of the job?
Matching weathered stone.
A new block looks wrong for a decade however well it is cut.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Lenka Morrow", employer="Quarrystone Restoration"),
        company=Company(name="Quarrystone Restoration"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=CAREERS, title="Careers", text=CAREERS_TEXT),
            Source(url=BIO, title="Lenka Morrow", text=BIO_TEXT),
            Source(url=INTERVIEW, title="Five questions", text=INTERVIEW_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    ("question", "url", "quote_has"),
    [
        # The interview asked it first; the answer is the line under the question.
        ("Why did you leave drafting for carving?", INTERVIEW, "I wanted my hands"),
        ("What do you find toughest about the job?", INTERVIEW, "Matching weathered stone"),
        # The clause after "before" names the career they have now.
        ("What did you do before you became a carver?", BIO, "Halvard Engineering"),
        ("What was your job before you got into stonework?", BIO, "Halvard Engineering"),
        # A country stands for its part of the world.
        ("Have you ever worked in Europe?", BIO, "Poland"),
        # "Unpaid" settles whether they are paid.
        ("Do the trustees get paid?", ABOUT, "unpaid volunteers"),
        # An office rule settles whether the work is remote.
        ("Is Quarrystone a remote-friendly employer for masons?", CAREERS, "Dayton yard"),
        # A "program" is only the frame of what is asked.
        ("Does Quarrystone run an apprentice program?", CAREERS, "carving apprentices"),
        # "Get the … samples" asks no degree: the sentence that says how is the answer.
        ("How did you get the quarry samples?", BIO, "historical society"),
        # The first alternative is answered.
        (
            "Can any school request a survey, or do you have to be a member?",
            ABOUT,
            "free of charge",
        ),
    ],
)
def test_a_question_answered_in_other_words_is_dropped_with_its_evidence(
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
        # The interview never asked or answered these.
        "Why did you choose stone over brick?",
        "What's the most rewarding part of restoring a courthouse?",
        "Did you ever doubt the switch to carving?",
        "Have you ever worked in Asia?",
        "Do masons get overtime pay?",
        "How did drafting change the way you carve?",
    ],
)
def test_personal_questions_and_near_misses_stay_kept(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
