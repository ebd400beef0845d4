"""A question about what the asker lacks ("I don't have a license yet. Is that a dealbreaker for
the dispatcher job?") asks whether it is required: a careers page that says so answers it."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

CAREERS = "https://harlowmere.example/careers"

CAREERS_TEXT = """Careers at Harlowmere Ambulance Service
Dispatchers answer emergency calls and send crews from our Fenwick Road station.
You do not need a paramedic license to apply for a dispatcher position.
You do not need any dispatch experience: we train every new dispatcher for six weeks.
Billing clerks
A commercial driving license is not required for billing clerks.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Wren Castellane", employer="Harlowmere Ambulance Service"),
        company=Company(name="Harlowmere Ambulance Service"),
        sources=[Source(url=CAREERS, title="Careers", text=CAREERS_TEXT)],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        (
            "I never earned a paramedic license. Is that going to count against me for a "
            "dispatcher job?",
            "paramedic license",
        ),
        (
            "I don't have a commercial driving license yet. Is that a dealbreaker for billing "
            "clerks?",
            "not required",
        ),
        # What they lack, and whether it holds them back, in one question.
        (
            "I've only worked in retail. Would not having a paramedic license hold me back "
            "as a dispatcher?",
            "paramedic license",
        ),
        (
            "Would not knowing anything about dispatch count against me?",
            "You do not need",
        ),
        ("I've never held a commercial driving license. Would that keep me out of billing?",
         "not required"),
        # Never having done the work at all is a lack of experience, however it is said.
        ("I've literally never swung a headset for a living. Would you even consider me for a "
         "dispatcher position?", "dispatch experience"),
        ("I've only ever answered phones at a pizza place. Would I still have a shot as a "
         "dispatcher?", "dispatch experience"),
        ("I've never set foot in a call center. Would a service like yours still take a chance "
         "on me?", "dispatch experience"),
    ],
)
def test_what_the_asker_lacks_is_asked_as_a_requirement(
    judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and quote_has in verdict.evidence.quote


def test_a_lack_the_pages_say_nothing_of_stays_kept(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one(
        "I don't have a nursing degree. Could I still apply for a flight nurse role?"
    )
    assert not verdict.googleable, verdict.evidence
