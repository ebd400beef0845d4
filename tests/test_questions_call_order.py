"""The call as an adviser would run it: their story first, advice last, then the referral ask;
and a short call still asks for the advice the user came for."""

from __future__ import annotations

from infoprep.models import Question
from infoprep.prompts import PromptLibrary
from infoprep.questions.plan import make_plan

PROMPTS = PromptLibrary(None)
ORDER = ["career-path", "day-to-day", "skills", "industry", "culture", "advice"]

# Priority order as the candidates come: one of each category in turn, twice over.
ROUND = [
    Question(text="What was the turning point that led you to become a winemaker?",
             category="career-path"),
    Question(text="What does a typical harvest week look like for you?", category="day-to-day"),
    Question(text="Which skills matter most in the cellar?", category="skills"),
    Question(text="How is climate change moving harvest dates?", category="industry"),
    Question(text="How would you describe the culture of your crew?", category="culture"),
    Question(text="What gaps would you want me to close before applying?", category="advice"),
    Question(text="Which of your earlier jobs prepared you best?", category="career-path"),
    Question(text="Which part of the work drains your energy?", category="day-to-day"),
    Question(text="What did you learn on the job that no course taught you?",
             category="skills"),
    Question(text="What do outsiders misunderstand about winemaking?", category="industry"),
    Question(text="Who thrives on your crew?", category="culture"),
    Question(text="Is there a project I could take on to test the work?", category="advice"),
]


def test_a_long_call_asks_about_their_path_first_and_for_advice_last() -> None:
    plan, kept = make_plan(PROMPTS, ROUND, minutes=45)
    asked = [q.category for q in kept if q.category != "referral"]
    assert len(asked) == 12
    assert asked == sorted(asked, key=ORDER.index), asked
    assert asked[0] == "career-path" and asked[-1] == "advice"
    assert [i.kind for i in plan.items][-2:] == ["referral", "close"]


def test_a_short_call_still_asks_for_advice() -> None:
    plan, kept = make_plan(PROMPTS, ROUND, minutes=15)
    asked = [q for q in kept if q.category != "referral"]
    assert "What gaps would you want me to close before applying?" in [q.text for q in asked]
    assert asked[0].text == ROUND[0].text
    assert asked[-1].category == "advice"
    assert plan.total <= 15


def test_a_ten_minute_call_keeps_its_two_questions_in_priority_order() -> None:
    _, kept = make_plan(PROMPTS, ROUND, minutes=10)
    assert [q.text for q in kept[:-1]] == [ROUND[0].text, ROUND[1].text]
