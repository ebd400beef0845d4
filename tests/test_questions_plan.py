"""The time-boxed plan: it fits the minutes, caps the count, always asks for referrals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoprep.errors import ConfigError
from infoprep.models import Profile, Question
from infoprep.prompts import PromptLibrary
from infoprep.questions.plan import make_plan

PROMPTS = PromptLibrary(None)
CATEGORIES = ["career-path", "day-to-day", "skills", "industry", "culture", "advice"]
QUESTIONS = [
    Question(text=f"Question {n} about your work?", category=CATEGORIES[n % 6]) for n in range(30)
]


@settings(max_examples=40, deadline=None)
@given(
    minutes=st.integers(min_value=10, max_value=60),
    count=st.none() | st.integers(min_value=1, max_value=30),
    available=st.integers(min_value=0, max_value=30),
)
def test_the_plan_fits_and_always_ends_with_the_referral_ask(
    minutes: int, count: int | None, available: int
) -> None:
    plan, kept = make_plan(PROMPTS, QUESTIONS[:available], minutes=minutes, count=count,
                           person="Priya Raman")
    assert plan.total <= minutes
    kinds = [item.kind for item in plan.items]
    assert kinds[:2] == ["opening", "introduction"]
    assert kinds[-2:] == ["referral", "close"]
    assert kinds.count("referral") == 1
    assert kept[-1].text == "Who else would you suggest I talk to?"
    asked = [k for k in kept if k.category != "referral"]
    if count is not None:
        assert len(asked) <= count
    # Chosen in priority order (an advice question may stand in for the last), asked in the
    # order a call runs: by category, priority order within one.
    chosen = QUESTIONS[: len(asked)]
    offered = QUESTIONS[:available]
    if any(q.category == "advice" for q in chosen) or len(asked) < 3 or available <= 5:
        assert {q.text for q in asked} == {q.text for q in chosen}
    else:
        assert {q.text for q in asked} - {q.text for q in chosen} <= {offered[5].text}
    assert [q.category for q in asked] == sorted(
        (q.category for q in asked), key=CATEGORIES.index)
    assert all(q.minutes > 0 for q in kept)


def test_a_longer_call_holds_more_questions() -> None:
    short, _ = make_plan(PROMPTS, QUESTIONS, minutes=10)
    long, _ = make_plan(PROMPTS, QUESTIONS, minutes=45)
    assert len(short.questions) < len(long.questions)
    assert len(short.questions) >= 3  # two questions and the referral ask in ten minutes


def test_the_opening_and_introduction_use_the_profile() -> None:
    profile = Profile(name="Sam Lee", headline="Nurse moving into health data analysis",
                      goals="Learn how clinical data teams hire.")
    plan, _ = make_plan(PROMPTS, QUESTIONS, minutes=20, person="Priya Raman", profile=profile)
    texts = {item.kind: item.text for item in plan.items}
    assert "Thank Priya" in texts["opening"] and "20 minutes" in texts["opening"]
    assert "Nurse moving into health data analysis" in texts["introduction"]
    assert "Learn how clinical data teams hire." in texts["introduction"]


@pytest.mark.parametrize(("minutes", "count"), [(9, None), (61, None), (20, 0)])
def test_bad_minutes_or_count_are_refused(minutes: int, count: int | None) -> None:
    with pytest.raises(ConfigError):
        make_plan(PROMPTS, QUESTIONS, minutes=minutes, count=count)


@pytest.mark.parametrize("hours", [24, 48, 12.5])
def test_the_close_says_when_the_thank_you_is_due_from_the_setting(hours: float) -> None:
    plan, _ = make_plan(PROMPTS, QUESTIONS[:3], minutes=20, person="Priya Raman",
                        thankyou_hours=hours)
    close = plan.items[-1]
    assert close.kind == "close"
    assert f"Send a thank-you note within {hours:g} hours." in close.text
    assert "within a day" not in close.text
