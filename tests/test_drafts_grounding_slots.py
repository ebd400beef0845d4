"""Grounding of a detail that fills the slot research or notes fill with other words."""

from __future__ import annotations

import pytest

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional ferry operator and its captain, as research and call notes might describe them.
KNOWN = [
    "Ines Varga is the port captain at Tidewater Ferries.",
    "Tidewater Ferries carries commuters across the bay at dawn before the fog lifts.",
    "She moved the fleet from diesel engines to battery drives in three years, and "
    "deckhands actually trust the new docking checklist.",
    "Advice: shadow a night crew for a week and keep a logbook of every delay.",
    "Ines runs the crew training programme for new deckhands.",
]


def _support() -> Support:
    return Support(KNOWN, about=KNOWN, subjects=["Ines Varga", "Ines", "Tidewater Ferries"])


def _flagged(text: str) -> list[str]:
    return [c.phrase for c in unsupported_claims(text, _support())]


@pytest.mark.parametrize(
    ("right", "wrong", "word"),
    [
        # a word hanging on a preposition after a known phrase
        ("Tidewater Ferries carries commuters across the bay at dawn, which I admire.",
         "Tidewater Ferries carries commuters across the bay at midnight, which I admire.",
         "midnight"),
        # a whole noun phrase replaced after a known lead-in
        ("Your move from diesel engines to battery drives is what caught my eye.",
         "Your move from diesel engines to hydrogen cells is what caught my eye.",
         "hydrogen"),
        # an ordinary word anchored only by the words after it
        ("I loved the detail that deckhands actually trust the new docking checklist.",
         "I loved the detail that passengers actually trust the new docking checklist.",
         "passengers"),
        # an -ing noun after a preposition
        ("I plan to keep a logbook of every delay, as you suggested.",
         "I plan to keep a logbook of every sailing, as you suggested.",
         "sailing"),
        # a clause after a colon that does not name the recipient
        ("Thank you for the advice: first I will shadow a night crew for a week.",
         "Thank you for the advice: first I will shadow a night auditor for a week.",
         "auditor"),
    ],
)
def test_a_phrase_in_a_known_slot_is_flagged_when_its_word_is_unknown(
        right: str, wrong: str, word: str) -> None:
    assert _flagged(right) == []
    assert any(word in phrase for phrase in _flagged(wrong))


@pytest.mark.parametrize(
    "text",
    [
        # a verb in the slot of a verb: paraphrase by inflection
        "Running the crew training programme for new deckhands sounds demanding.",
        # a verb after a pronoun before a known object is not a noun slot
        "I'd love to hear how you schedule crew training for new deckhands.",
        # a modifier added to the known word keeps it: a detail added, not replaced
        "Your switch from diesel engines to battery drives in three years is impressive.",
        # a team named by its work is not a claim of its own
        "I'd love to understand how the operations team made the case for batteries.",
    ],
)
def test_paraphrase_around_a_known_phrase_is_not_flagged(text: str) -> None:
    assert _flagged(text) == []


def test_a_swapped_modifier_before_a_plural_and_a_particle_is_flagged() -> None:
    # "brought … alerts down": the plural heads the verb's object; "down" goes with
    # "brought", so "alerts" is no verb and "sepsis" stands where research has "warning".
    known = ["Ines Varga's team cut early warning alerts from 38 to 9 per shift."]
    support = Support(known, about=known, subjects=["Ines Varga", "Ines"])
    right = "Your team brought early warning alerts down from 38 to 9 per shift."
    assert [c.phrase for c in unsupported_claims(right, support)] == []
    assert [c.phrase for c in unsupported_claims(
        right.replace("early warning", "sepsis"), support)] == ["sepsis alerts"]


def test_a_swapped_noun_a_verb_takes_after_the_ending_its_phrase_is_flagged() -> None:
    known = ["Her first rule for trainees is the one she learned as a cook: follow the chicken."]
    support = Support(known, about=known, subjects=["Mariam Haddad", "Mariam"])
    right = "Your rule for trainees, follow the chicken, is one I want to try on my shifts."
    assert [c.phrase for c in unsupported_claims(right, support)] == []
    assert [c.phrase for c in unsupported_claims(
        right.replace("chicken", "fish"), support)] == ["follow the fish"]
    # Going on past the noun, the phrase is the writer's own: "follow the news from …".
    assert [c.phrase for c in unsupported_claims(
        "I'd love to follow the news from your kitchen as it opens.", support)] == []
