"""A name the draft has already grounded stays grounded when it comes again ("… speaking in
Oakridge in May. … sometime after Oakridge?"); a number said in the words a known text
puts around it ("for the next hundred years, as you put it") is that number; and the call
length the writer asks for is theirs, however they ask ("if you were able to spare 20
minutes")."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional tea blender's operations director, as research might describe her.
KNOWN = [
    "Ida Lorne is Director of Operations at Tern Bay Tea.",
    "Tern Bay Nutrition Forum 2025, Oakridge, 8–10 May: Ida Lorne on seven years of "
    "blending.",
    "\"This hall means we can keep doing it here for the next hundred,\" said Ida Lorne.",
    "The new hall blends 18 tonnes of tea a day.",
]


def _flagged(text: str) -> list[str]:
    support = Support(KNOWN, about=KNOWN, subjects=["Ida Lorne", "Ida", "Tern Bay Tea"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_name_grounded_once_is_grounded_when_it_comes_again() -> None:
    text = ("I saw you're speaking at the Tern Bay Nutrition Forum in Oakridge in May. "
            "Would you have 15 minutes sometime after Oakridge for a chat?")
    assert _flagged(text) == []
    assert _flagged(text.replace("after Oakridge", "after Pinecrest")) == ["Pinecrest"]


def test_a_number_in_the_known_words_around_it_is_that_number() -> None:
    text = ("It is heartening to see a blender investing to keep blending in the city for "
            "the next hundred years, as you put it.")
    assert _flagged(text) == []
    assert _flagged(text.replace("next hundred", "next fifty")) == ["fifty"]


def test_the_call_length_asked_for_is_the_writers_own() -> None:
    assert _flagged("If you were able to spare 20 minutes at some point, I would be most "
                    "grateful.") == []
    assert _flagged("I know the new hall blends 20 tonnes of tea a day.") == ["20"]
