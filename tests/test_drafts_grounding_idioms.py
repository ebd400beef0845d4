"""Idioms are no claims: "a game changer", "make the jump", "step by step", "the rest"
and the like say nothing specific about anyone, so the grounding check leaves their words
alone; a wrong detail beside them is still flagged."""

from __future__ import annotations

from drafting import flagged_against

from infoprep.drafts.idioms import idiom_spans

# A fictional ski area's lift engineer, as research might describe him.
KNOWN = [
    "Euan Mackintosh is Lift Engineering Manager at Cairn Gorm Snowsports.",
    "He started out on the beginner tows and now runs the anemometers along the funicular "
    "line, which stop the trains in high wind.",
    "He says lift mechanics learn voicing of the haul rope by ear over several winters.",
]
SUBJECTS = ["Euan Mackintosh", "Euan", "Cairn Gorm Snowsports"]


def test_idioms_are_found_whole_and_with_their_endings() -> None:
    text = "It sounds like a game changer, and I'm making the jump."
    found = [text[a:b] for a, b in idiom_spans(text)]
    assert found == ["game changer", "making the jump"]
    assert idiom_spans("The changer of the game jumped.") == []


def test_an_idiom_says_nothing_research_must_back() -> None:
    flagged = flagged_against(KNOWN, SUBJECTS)
    assert flagged("The anemometers along the funicular line sound like a game changer.") == []
    assert flagged("I'd like to make the jump to lift engineering one of these days.") == []
    assert flagged("I'd love to hear how someone learns the haul rope step by step.") == []


def test_a_wrong_detail_beside_an_idiom_is_still_flagged() -> None:
    flagged = flagged_against(KNOWN, SUBJECTS)
    assert "chairlift" in " ".join(flagged(
        "The anemometers along the chairlift line sound like a game changer."))
