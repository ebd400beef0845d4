"""A lower-case detail is a claim only where it contrasts with something known: one thing
named in the place research names another ("the soil lab" where research says "the seed
lab"). The writer's own wording of the same thing is left alone: a verb for a verb, an
owner retold, a known word moved within the sentence, a clip, a head framed by an -ly word,
and a compound sharing no word with research."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional upland nature reserve, its head ranger and a writer applying to it, as
# research, a profile and call notes might describe them.
KNOWN = [
    "Tamsin Rook is Head Ranger at Kestrel Moor, a nature reserve run by the Fellwater "
    "Trust.",
    "She spent six years as a seasonal warden at Greyholm Forest before joining Kestrel Moor "
    "in 2016.",
    "On shift she has overall charge of the reserve's day to day running, from the first "
    "gate at 7 am to the last patrol.",
    "Her team of three ecologists and a volunteer coordinator runs the seed lab beside the "
    "visitor centre.",
    "After the team made peat checks part of every ranger's weekly routine, wildfire "
    "call-outs fell from 9 to 2.",
    "The trust has been awarded a grant from the Uplands Fund to expand its peat restoration "
    "programme over the next three years.",
    "Trail map results: after launch visitor complaints down 30 percent.",
    "Volunteers plant heather and bilberry on the burnt slopes each spring.",
]
PROFILE = ["I have led guided walks for a hill-walking club for four years."]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Tamsin Rook", "Tamsin", "Kestrel Moor", "Fellwater Trust"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_verb_put_for_a_verb_is_the_writers_wording() -> None:
    assert _flagged("I read that you were a seasonal warden at Greyholm Forest before moving "
                    "to Kestrel Moor.") == []


def test_an_owner_retold_is_no_swap() -> None:
    assert _flagged("It gives me hope that you ended up in charge of the whole running of "
                    "the reserve on shift.") == []


def test_a_known_word_moved_within_the_sentence_is_no_swap() -> None:
    # "launch" is still in the clause: the words are reordered, not swapped.
    assert _flagged("The trail map meant 30 percent fewer visitor complaints after "
                    "launch.") == []
    # "peat" moved into the slot research fills with "expand its".
    assert _flagged("Congratulations on the grant from the Uplands Fund to take peat work to "
                    "more valleys!") == []


def test_a_clip_of_the_known_word_is_no_swap() -> None:
    assert _flagged("I'd love to hear how your team of three ecos and a volunteer "
                    "coordinator keeps the seed lab going.") == []


def test_a_head_framed_by_an_ly_word_is_no_swap() -> None:
    assert _flagged("It stuck with me that making peat checks a weekly habit cut the "
                    "call-outs, Tamsin.") == []


def test_a_compound_sharing_no_word_with_research_is_the_writers_wording() -> None:
    assert _flagged("I admire how your rangers handle the moorland footfall crunch.") == []


def test_a_contrast_with_something_known_is_still_flagged() -> None:
    # The same frame with one slot changed.
    assert "soil" in " ".join(_flagged(
        "Your team of three ecologists and a volunteer coordinator runs the soil lab."))
    # The same head with another modifier.
    assert _flagged("I'd love to hear about the seed store you run beside the visitor "
                    "centre.") == []
    assert "soil lab" in _flagged("I'd love to hear about the soil lab you run beside the "
                                  "visitor centre.")
    # A new item added to a known list.
    assert "gorse and bilberry" in _flagged(
        "Your volunteers plant heather and gorse and bilberry on the burnt slopes.")
