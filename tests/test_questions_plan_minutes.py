"""The call's minutes are shared out in proportion: the plan fills the call exactly and no
question (the advice one least of all) is squeezed into what the others left over."""

from __future__ import annotations

import pytest

from infoprep.models import Question
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import load_bank
from infoprep.questions.plan import make_plan

PROMPTS = PromptLibrary(None)
ROUND = ["career-path", "day-to-day", "skills", "industry", "culture", "advice"]
QUESTIONS = [
    Question(text=f"Question {n} about your {ROUND[n % 6]} work?", category=ROUND[n % 6])
    for n in range(30)
]


@pytest.mark.parametrize("minutes", range(10, 61))
def test_every_question_gets_about_its_usual_time_and_the_plan_fills_the_call(
    minutes: int,
) -> None:
    bank = load_bank()
    plan, _ = make_plan(PROMPTS, QUESTIONS, minutes=minutes, person="Ama Lindqvist")
    assert plan.total == minutes
    asked = [item for item in plan.items if item.kind == "question"]
    for item in asked:
        usual = bank.minutes(item.category)
        # Half a minute either way of its usual time: never the 1.5 or 2 minutes a leftover
        # gave.
        assert usual - 0.5 <= item.minutes <= usual + 0.5, (minutes, item)
    assert [i.kind for i in plan.items][-2:] == ["referral", "close"]


def test_the_advice_question_of_a_20_minute_call_is_not_the_leftover() -> None:
    plan, _ = make_plan(PROMPTS, QUESTIONS, minutes=20, person="Ama Lindqvist")
    asked = [item for item in plan.items if item.kind == "question"]
    advice = next(i for i in asked if i.category == "advice")
    assert advice.minutes >= 2.5
    assert advice.minutes >= min(i.minutes for i in asked)
    assert plan.total == 20


def test_a_call_with_few_questions_gives_them_longer_but_not_endless() -> None:
    plan, _ = make_plan(PROMPTS, QUESTIONS[:4], minutes=20, person="Ama Lindqvist")
    asked = [item for item in plan.items if item.kind == "question"]
    assert plan.total == 20
    assert all(3 <= i.minutes <= 6 for i in asked)
    short, _ = make_plan(PROMPTS, QUESTIONS[:2], minutes=60, person="Ama Lindqvist")
    assert all(i.minutes <= 6 for i in short.items if i.kind == "question")
