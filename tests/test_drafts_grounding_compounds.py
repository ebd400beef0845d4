"""A hyphenated name for a practice said of the recipient ("your episode on assent and the
think-aloud method") must be one research uses: a model that knows the field swaps in the
neighbouring practice ("think-aloud" for "teach-back"). A compound in the user's own clause,
one of a number ("a one-page summary") and one that judges ("a real eye-opener") assert
nothing of the recipient."""

from __future__ import annotations

import pytest
from drafting import flagged_against

# A fictional children's hospital researcher, as research might describe her.
KNOWN = [
    "Jenna Castillo is a research coordinator at Larkfield Children's Hospital.",
    "On the Site Visit podcast she talked about assent and the teach-back method with parents.",
    "Her team runs research lunch-and-learns every Thursday.",
    "She wrote a plain-language summary of the asthma study for families.",
]
flagged = flagged_against(KNOWN, ["Jenna Castillo", "Jenna", "Larkfield Children's Hospital"])


@pytest.mark.parametrize(("text", "slip"), [
    ("Your Site Visit episode on assent and the think-aloud method was so helpful.",
     "think-aloud"),
    ("Your team's research office-hours every Thursday sound like a good idea.",
     "office-hours"),
])
def test_a_compound_research_never_uses_is_flagged(text: str, slip: str) -> None:
    assert slip in flagged(text)


@pytest.mark.parametrize("text", [
    # Research's own compounds, written as research writes them.
    "Your Site Visit episode on assent and the teach-back method was so helpful.",
    "Your team's research lunch-and-learns every Thursday sound like a good idea.",
    # The user's own clause, a number's compound and a judgement.
    "I'm redrawing my notes as a hand-drawn map, and you'll have it by Thursday.",
    "Your one-page plain-language summary for families was a real eye-opener.",
])
def test_a_known_compound_or_one_that_asserts_nothing_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
