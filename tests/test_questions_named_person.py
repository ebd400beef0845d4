"""A question that names the person instead of saying "you" ("What is Marisol's title?") asks
what the question put to them asks, and the research that states it drops it."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.googleable import GoogleableFilter

TEAM = (
    "Our team\n"
    "Marta Ferreira-Lund\n"
    "Crew Lead, Inverness depot\n"
    "Marta Ferreira-Lund leads the Inverness crew at Gullwing Renewables.\n"
    "She spent eight years offshore with Northcape Drilling before joining Gullwing in 2019.\n"
    "Gullwing Renewables services onshore wind turbines across the Scottish Highlands.\n"
)


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over("Marta Ferreira-Lund", "Gullwing Renewables",
                      {"https://gullwing.example/team": TEAM})


@pytest.mark.parametrize(("question", "quote"), [
    ("What is Marta's title at Gullwing?", "Inverness"),
    ("What's Marta Ferreira-Lund's job title?", "Inverness"),
])
def test_a_question_naming_the_person_is_answered_as_if_put_to_them(
    judge: GoogleableFilter, question: str, quote: str
) -> None:
    dropped_quoting(judge, question, quote)


@pytest.mark.parametrize("question", [
    "What does Marta like most about leading a crew?",
    "How did Marta get into wind turbines?",
])
def test_a_question_of_their_own_experience_stays_kept_when_it_names_them(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
    assert "own experience" in verdict.reason
    # The reason quotes the question's own words, not the question as put to them.
    quoted = verdict.reason.split("“")[1].split("”")[0]
    assert "Marta" in quoted and quoted in question, verdict.reason
