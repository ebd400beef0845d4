"""An hour of the clock in words ("at eleven") is the hour research may write in figures
("1100", "11:00"), no number put where research has another; a wrong hour is still
flagged."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional bush pilot's day, as research tells it.
RESEARCH = [
    "Mere Tautahi flies medevac and supply runs for Kahu Air from a valley strip.",
    "On most mornings the cloud closes the valley at 1100, so the crew is up at 0500.",
    "When the cloud comes down at eleven, she says, a medevac may have to wait a day.",
]


def _flagged(text: str) -> list[str]:
    support = Support(RESEARCH, about=RESEARCH, subjects=["Mere Tautahi", "Mere", "Kahu Air"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_an_hour_in_words_is_the_hour_research_writes_in_figures() -> None:
    assert _flagged("Saying no to a medevac when the cloud closes the valley at eleven "
                    "must be the hardest part of the job.") == []


def test_another_hour_is_still_flagged() -> None:
    assert _flagged("Saying no to a medevac when the cloud closes the valley at three "
                    "must be the hardest part of the job.") == ["three"]
