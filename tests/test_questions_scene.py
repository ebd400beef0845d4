""""When a big storm rolls through, do engineers pitch in?" asks what follows the comma: the
"when" sets the scene and asks no date, so a line that answers the question is found."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.answers import expected_answer
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.reader import default_reader


@pytest.mark.parametrize(
    ("question", "kind"),
    [("When the weeks run long, is there overtime?", "yesno"),
     ("When you step aboard a boat for a survey, where do you head first?", "place"),
     ("When somebody gets stuck in a lift, how long does your mechanic take to get there?",
      "duration"),
     ("When did you join, and how did it go?", "date"),
     ("When was the company founded?", "date")],
)
def test_a_scene_set_by_when_is_not_a_question_of_when(question: str, kind: str) -> None:
    assert expected_answer(question).kind == kind


def test_a_question_after_its_scene_is_answered_by_its_line() -> None:
    text = (
        "Liftwell services elevators in apartment buildings across Denver.\n"
        "Our mechanics reach a stuck elevator within 45 minutes, day or night.\n"
    )
    dossier = Dossier(
        person=Person(name="Ruth Okafor", employer="Liftwell Elevator"),
        company=Company(name="Liftwell Elevator"),
        sources=[Source(url="https://liftwell.example/service", title="Service", text=text)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    dropped_quoting(
        judge,
        "When somebody gets stuck in an elevator, how long does it take your mechanics to get "
        "there?",
        "45 minutes",
    )
