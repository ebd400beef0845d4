"""A question about what comes next ("Where's the next shop going to open?", "Are you planning
to hire next year?") is answered only by a line that speaks of plans, never by what already
happened."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://copperkettle.example/about"


def _judge(*lines: str) -> GoogleableFilter:
    text = "\n".join([
        "Copper Kettle Roasters buys green coffee from twelve farms.",
        "Marguerite Oyelowo opened the first Copper Kettle cafe on Elm Street in Dayton in 2011.",
        "Today we run four cafes around Dayton and employ 38 people.",
        *lines,
    ])
    dossier = Dossier(
        person=Person(name="Idris Vandermolen", employer="Copper Kettle Roasters"),
        company=Company(name="Copper Kettle Roasters"),
        sources=[Source(url=ABOUT, title="About", text=text)],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize("question", [
    "Where's the next Copper Kettle cafe going to open?",
    "Is the company planning to open a cafe in Cincinnati next year?",
])
def test_what_already_happened_does_not_answer_what_comes_next(question: str) -> None:
    verdict = _judge().judge_one(question)
    assert not verdict.googleable, verdict.evidence


def test_a_line_about_plans_does_answer_it() -> None:
    verdict = _judge("Our fifth cafe will open in Kettering next spring.").judge_one(
        "Where's the next Copper Kettle cafe going to open?"
    )
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and "Kettering" in verdict.evidence.quote
