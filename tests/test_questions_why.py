"""The line under a bank question says it ties in with the user's goal only when the match is
real, naming the goal's own words that matched ("Ties in with “career change” in your goal."),
never on a word every goal or workplace uses ("role", "learn") and never the whole goal again."""

from __future__ import annotations

from infoprep.models import Profile, Question
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates
from tests.questions_support import fernbank_dossier

PROMPTS = PromptLibrary(None)


def _questions(profile: Profile) -> list[Question]:
    return offline_candidates(PROMPTS, fernbank_dossier(), profile, limit=40)


def _why(questions: list[Question], start: str) -> str:
    return next(q.why for q in questions if q.text.startswith(start))


def test_a_thin_match_on_role_or_learn_adds_no_goal_line() -> None:
    goal = "Move into a data analyst role in the public sector and learn SQL within a year"
    questions = _questions(Profile(name="Sam Ortiz", goals=goal))
    assert questions
    for question in questions:
        assert goal not in question.why and "Move into" not in question.why
        assert "Ties in" not in question.why and "Fits your goal" not in question.why
    assert "Ties in" not in _why(questions, "Which part of your work gives you the most energy")


def test_a_real_match_names_the_goals_words_that_matched() -> None:
    goal = ("Make a career change from teaching into health data, build a network there, "
            "and find a mentor")
    questions = _questions(Profile(name="Ravi Menon", goals=goal))
    turning = _why(questions, "What was the turning point")
    assert turning.endswith(" Ties in with “career change” in your goal.")
    assert _why(questions, "How does your team support people who are new").endswith(
        " Ties in with “mentor” in your goal.")
    assert _why(questions, "Which people, publications or communities").endswith(
        " Ties in with “network” in your goal.")
    # "change" in the goal is a career change, not a change in the field.
    assert "Ties in" not in _why(questions, "What change in")
    assert all(len(q.why) < 120 for q in questions)


def test_an_interest_is_named_as_the_user_wrote_it() -> None:
    profile = Profile(name="Ravi Menon", interests=["mentoring new hires", "hiring"])
    questions = _questions(profile)
    assert _why(questions, "What separates people who do well").endswith(
        " Ties in with your interest in hiring.")
    assert _why(questions, "How does your team support people who are new").endswith(
        " Ties in with your interest in mentoring new hires.")
