"""Grounding of lower-case details: a common word swapped for the one research reported."""

from __future__ import annotations

import tomllib

import pytest
from drafting import FIXTURES, dossier, flagged_against

from infoprep.drafts.context import DraftContext
from infoprep.drafts.grounding import unsupported_claims
from infoprep.models import Profile


def _ctx(slug: str, profile: str, notes: bool = False) -> DraftContext:
    data = tomllib.loads((FIXTURES / "profiles" / f"{profile}.toml").read_text())
    text = (FIXTURES / "notes" / f"{slug}-call.md").read_text() if notes else None
    return DraftContext(Profile.model_validate(data), None, dossier(slug), None, text)


def _flagged(ctx: DraftContext, text: str) -> list[str]:
    return [c.phrase for c in unsupported_claims(text, ctx.support)]


LENA = _ctx("lena-okafor", "sam-patel")
MAYA = _ctx("maya-chen", "ana-ruiz")


@pytest.mark.parametrize(
    ("ctx", "right", "wrong", "flagged"),
    [
        # a modifier between two known words
        (LENA, "turned four lanes of traffic into a protected bike route",
         "turned four lanes of traffic into a protected truck route", "protected truck route"),
        # a modifier before its noun
        (LENA, "Your point that community meetings shape a street stayed with me.",
         "Your point that board meetings shape a street stayed with me.", "board meetings"),
        # a head after its modifier
        (MAYA, "Northwind Health, founded by two former ICU nurses, is a story I love.",
         "Northwind Health, founded by two former ICU surgeons, is a story I love.",
         "ICU surgeons"),
        # one item of a list
        (LENA, "Riverbend Studio works on streets, parks and waterfronts across Canada.",
         "Riverbend Studio works on streets, parks and plazas across Canada.",
         "parks and plazas"),
        # a count the research gives otherwise
        (MAYA, "Your briefs that answer one question each are a great idea.",
         "Your briefs that answer four questions each are a great idea.", "four questions"),
    ],
)
def test_a_swapped_detail_about_the_recipient_is_flagged(
        ctx: DraftContext, right: str, wrong: str, flagged: str) -> None:
    if not right.startswith(("Your", "Northwind", "Riverbend")):
        right, wrong = f"Your project {right}.", f"Your project {wrong}."
    assert _flagged(ctx, right) == []
    assert _flagged(ctx, wrong) == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # a synonym from the shipped list, and a plural of a known word
        "Your project turned four lanes of traffic into a protected bicycle route.",
        "I loved your Civic Design Podcast episode on neighborhoods and community meetings.",
        # verbs next to known nouns are not swapped modifiers
        "I'd love to learn how Riverbend Studio approaches street redesign projects.",
        "Your episode on pop-up street trials stuck with me.",
        "Hi Lena, I'm Sam, a traffic analyst exploring urban design.",
        # what the user says of themselves next to a statement about the recipient
        "Your work on streets and parks is what I want to do, and I'm learning to draw at night.",
        # the user's own count is not the research's
        "I have two questions about your street trials, if you have time.",
        # a frequent word opening the sentence before a known name
        "Fellow Lakeshore University graduate here, now working in traffic analysis.",
    ],
)
def test_paraphrase_verbs_and_the_users_own_words_are_not_flagged(text: str) -> None:
    assert _flagged(LENA, text) == []


def test_a_wrong_name_after_an_opening_word_is_still_flagged() -> None:
    assert _flagged(LENA, "Fellow Lakeside University graduate here.") == [
        "Fellow Lakeside University"]


def test_a_swap_in_advice_from_the_notes_is_flagged() -> None:
    ctx = _ctx("maya-chen", "ana-ruiz", notes=True)
    right = "You said clinicians ignore dashboards but read short written briefs."
    assert _flagged(ctx, right) == []
    assert _flagged(ctx, right.replace("written briefs", "audio briefs")) == ["short audio briefs"]


def test_a_known_word_in_a_slot_pinned_on_both_sides_is_flagged() -> None:
    known = ["Ines Barroso runs the press house at Quinta do Vale Escuro.",
             "Her advice: head winemakers need people who know how vineyards actually work.",
             "The quinta also keeps a cellar log of every barrel, and its bottling line runs "
             "in May."]
    flagged = flagged_against(known, ["Ines Barroso", "Ines", "Quinta do Vale Escuro"])
    right = ("Your point that head winemakers need people who know how vineyards actually "
             "work stayed with me.")
    assert flagged(right) == []
    # Words research uses, but not in the place this sentence retells.
    assert flagged(right.replace("vineyards", "cellars")) == ["cellars"]
    assert flagged(right.replace("vineyards", "bottling lines")) == ["bottling lines"]
    # Pinned on one side only, a word research uses elsewhere is the writer's own.
    assert flagged("I'd love to hear how cellars actually work at a quinta.") == []


def test_a_verb_in_a_pinned_slot_is_no_swapped_detail() -> None:
    known = ["Tomasz Wrona manages the ferry terminal at Hel Port.",
             "Since the booking app launched, the share of cars left behind on the quay at "
             "sailing has fallen from 9 per cent to under 3 per cent."]
    flagged = flagged_against(known, ["Tomasz Wrona", "Tomasz", "Hel Port"])
    # "fell" for "has fallen": the same verb, and what the share did.
    assert flagged("I read that the share of cars left behind on the quay at sailing fell "
                   "from 9 per cent to under 3 per cent.") == []


def test_a_noun_phrase_after_a_subject_and_its_verb_is_aligned() -> None:
    # A fictional theatre's head of stage, as research might describe her.
    known = ["Ines Ferraz is head of stage at Palco Norte.",
             "Ines Ferraz runs rigging workshops for theatre crews every spring."]
    flagged = flagged_against(known, ["Ines Ferraz", "Palco Norte"])
    assert flagged("I saw that you host rigging workshops for theatre crews, and I'd love "
                   "to join one.") == []
    assert flagged("I heard you host costume workshops and I'd love to join one.") == [
        "costume workshops"]
    # The verb itself is no word of the phrase: "how you approach …".
    assert flagged("I'd love to hear how you approach rigging workshops for theatre "
                   "crews.") == []


def test_a_word_spelled_the_other_way_in_a_pinned_slot_is_the_same_word() -> None:
    known = ["Jolene Bodden is Operations Manager at Seagrape Water Company.",
             "Her advice: get your operator licence as early as you can, and learn your "
             "water chemistry properly.",
             "A train is cleaned when its permeate flow drops by 10 per cent or its "
             "differential pressure rises by 15 per cent."]
    flagged = flagged_against(known, ["Jolene Bodden", "Jolene", "Seagrape Water Company"])
    # American spelling for British, and "per cent" written as one word.
    assert flagged("Your advice to get your operator license as early as you can stayed "
                   "with me.") == []
    assert flagged("Cleaning a train when its permeate flow drops by 10 percent or its "
                   "differential pressure rises by 15 percent is the change I'd try.") == []
    # Another word in that place is still a swapped detail.
    assert "permit" in " ".join(flagged("Your advice to get your operator permit as early "
                                        "as you can stayed with me."))
