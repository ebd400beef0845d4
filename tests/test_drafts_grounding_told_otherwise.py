"""What research says in other words or another order is supported, though a rival sits
closer among the same few words: a year research gives with more of the clause's words ("you
joined Perles de Tiputa as a grafter in 2014" where research has "joined Perles de Tiputa in
2014 as a grafter" and "qualified as a grafter in 2011"), the user's own year in a clause that
opens with it ("Since 2024 I've practised grafting …"), and a count of a compound research
gives of its head noun ("the 17 donor lines you kept" where research has "Of its 26 donor
lines, 17 were kept" and "the 17 lines kept"). A wrong year or count is still flagged."""

from __future__ import annotations

import pytest
from drafting import fixture_support

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional pearl farm's head grafter, as research and the user's profile say.
RESEARCH = [
    "From 2008 to 2013 she worked in Japan at Shima Shinju, first as a trainee and then as a "
    "grafter; there she qualified as a grafter in 2011 and learned to cut mantle tissue.",
    "She joined Perles de Tiputa in 2014 as a grafter and became Head Grafter in 2018.",
    "Of its 26 donor lines, 17 were kept, 6 were dropped and 3 were kept for regrafting only.",
    "The oysters grafted from the 17 lines kept their nucleus 81 per cent of the time, against "
    "64 per cent before the study.",
    "Since 2018 the grafting room has grafted about 90,000 of the farm's oysters a year.",
]
PROFILE = [
    "Since 2021 I have worked as a farm technician at Tukao Pearls on Manihiki, and since 2024 "
    "I have practised grafting on the farm's cull oysters."
]


def _flagged(text: str) -> list[str]:
    support = Support([*RESEARCH, *PROFILE], about=RESEARCH,
                      subjects=["Maeva Tetuanui", "Maeva", "Perles de Tiputa"])
    return [c.phrase for c in unsupported_claims(text, support)]


@pytest.mark.parametrize("text", [
    "I'd love to hear how you went from joining Perles de Tiputa as a grafter in 2014 to "
    "becoming Head Grafter four years later.",
    "You joined Perles de Tiputa as a grafter in 2014, after your years in Japan.",
])
def test_a_year_research_tells_with_more_of_the_clause_is_supported(text: str) -> None:
    assert _flagged(text) == []


def test_a_year_research_gives_to_another_event_is_still_flagged() -> None:
    assert _flagged("You joined Perles de Tiputa as a grafter in 2011.") == ["2011"]


def test_the_users_own_year_opening_their_clause_is_theirs() -> None:
    # Against the fixture pearl farm's research, which dates the farm's grafting otherwise.
    support = fixture_support("maeva-tetuanui")
    for text in ("Since 2024 I've practised grafting on the farm's cull oysters.",
                 "In 2024, I started practising grafting on the farm's cull oysters."):
        assert [c.phrase for c in unsupported_claims(text, support)] == [], text
    # Of the recipient, the year is checked as before.
    text = "Since 2024 you've grafted the farm's oysters as Head Grafter."
    assert [c.phrase for c in unsupported_claims(text, support)] == ["2024"]


def test_a_count_of_a_compound_research_gives_of_its_head_noun_is_supported() -> None:
    text = ("That the oysters grafted from the 17 donor lines you kept held their nucleus 81 "
            "per cent of the time made me want to learn more.")
    assert _flagged(text) == []
    assert _flagged(text.replace("17 donor", "19 donor")) == ["19"]
