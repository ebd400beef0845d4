"""The time-boxed plan for the call: opening, introduction, questions, referral ask, close.

The fixed parts take their minutes first; the questions are chosen in priority order while
their categories' usual minutes come nearer the time left than stopping would, and a call of
three questions or more keeps one asking for advice. The time left is then shared out in
proportion to those usual minutes, in half minutes, so the plan fills the call exactly and no
question is squeezed into a leftover (a question gets at most twice its usual time: a call
with few questions to ask ends early). They are asked in the order a call runs (the bank's
category order: their path first, advice last), and the referral ask always comes after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from ..errors import ConfigError
from ..models import Profile, Question, given_name
from .bank import load_bank

if TYPE_CHECKING:
    from ..prompts import PromptLibrary

__all__ = ["MAX_MINUTES", "MIN_MINUTES", "Plan", "PlanItem", "make_plan"]

MIN_MINUTES = 10
MAX_MINUTES = 60
_OPENING = 1.0
_INTRODUCTION = 1.0
_CLOSE = 1.0
_STEP = 0.5  # minutes are given in half minutes
_STRETCH = 2.0  # a question gets at most this many times its usual minutes


class PlanItem(BaseModel):
    """One step of the call."""

    kind: Literal["opening", "introduction", "question", "referral", "close"]
    text: str
    minutes: float
    category: str = ""
    why: str = ""


class Plan(BaseModel):
    """The agenda for a call of `minutes` minutes."""

    minutes: int
    items: list[PlanItem] = Field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(item.minutes for item in self.items)

    @property
    def questions(self) -> list[PlanItem]:
        return [i for i in self.items if i.kind in ("question", "referral")]


def make_plan(
    prompts: PromptLibrary,
    questions: Sequence[Question],
    *,
    minutes: int = 20,
    count: int | None = None,
    person: str = "",
    profile: Profile | None = None,
    thankyou_hours: float = 24.0,
) -> tuple[Plan, list[Question]]:
    """The plan, and the questions it holds (with their minutes) ending with the referral ask.

    `count` caps the questions (the referral ask is not counted); `thankyou_hours` is when
    the close says the thank-you note is due (the setting of that name).
    """
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ConfigError(f"--minutes must be between {MIN_MINUTES} and {MAX_MINUTES}")
    if count is not None and count < 1:
        raise ConfigError("--count must be at least 1")
    bank = load_bank()
    referral = bank.referral()
    referral_minutes = bank.minutes("referral")
    first_name = given_name(person)

    def render(part: str) -> str:
        return " ".join(
            prompts.render(
                "questions_plan",
                part=part,
                first_name=first_name,
                minutes=minutes,
                profile=profile,
                thankyou_hours=thankyou_hours,
            ).split()
        )

    budget = minutes - _OPENING - _INTRODUCTION - _CLOSE - referral_minutes
    chosen: list[Question] = []
    used = 0.0
    for question in questions:
        if count is not None and len(chosen) >= count:
            break
        need = bank.minutes(question.category)
        # Asked when the call comes nearer its length with it than without it: the shares
        # below then shrink or stretch every question a little, never one a lot.
        if used + need - budget >= budget - used:
            break
        chosen.append(question.model_copy(update={"minutes": need}))
        used += need
    chosen = _with_advice(chosen, questions, bank.minutes("advice"))
    chosen = _shared_out(chosen, budget)
    # Rapport before advice: asked in category order, priority order within a category.
    rank = {slug: c.order for slug, c in bank.categories.items()}
    chosen.sort(key=lambda q: rank.get(q.category, len(rank)))
    ask = Question(text=referral.text, category="referral", why=referral.why,
                   minutes=referral_minutes)
    items = [
        PlanItem(kind="opening", text=render("opening"), minutes=_OPENING),
        PlanItem(kind="introduction", text=render("introduction"), minutes=_INTRODUCTION),
        *[
            PlanItem(kind="question", text=q.text, minutes=q.minutes, category=q.category,
                     why=q.why)
            for q in chosen
        ],
        PlanItem(kind="referral", text=ask.text, minutes=ask.minutes, category="referral",
                 why=ask.why),
        PlanItem(kind="close", text=render("close"), minutes=_CLOSE),
    ]
    return Plan(minutes=minutes, items=items), [*chosen, ask]


def _with_advice(
    chosen: list[Question], questions: Sequence[Question], advice_minutes: float
) -> list[Question]:
    """`chosen`, its last question given up for the first advice question when it has none:
    a short call spent only on their story sends the user away without what they came for."""
    if len(chosen) < 3 or any(q.category == "advice" for q in chosen):
        return chosen
    advice = next((q for q in questions if q.category == "advice"), None)
    if advice is None:
        return chosen
    return [*chosen[:-1], advice.model_copy(update={"minutes": advice_minutes})]


def _shared_out(chosen: list[Question], budget: float) -> list[Question]:
    """`chosen` with `budget` minutes shared out in proportion to their usual minutes, in
    half minutes (the largest remainders get the odd ones), each at most `_STRETCH` times
    its usual time."""
    usual = [round(q.minutes / _STEP) for q in chosen]
    if not usual or sum(usual) == 0:
        return chosen
    steps = min(round(budget / _STEP), round(sum(usual) * _STRETCH))
    shares = [u * steps / sum(usual) for u in usual]
    given = [int(share) for share in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: (given[i] - shares[i], i))
    for index in by_remainder[: steps - sum(given)]:
        given[index] += 1
    return [q.model_copy(update={"minutes": n * _STEP}) for q, n in zip(chosen, given, strict=True)]
