"""The user's interests become questions only where the research comes near them: an
interest nothing in the research touches (grid storage, to a state park's naturalist) would
spend the person's time on the user's topic, not theirs."""

from __future__ import annotations

from infoprep.models import Company, Dossier, Person, Profile, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates

PROFILE = Profile(name="Maya Okafor", headline="Data analyst", interests=["grid storage"],
                  target_roles=["product analyst"])


def _texts(page: str) -> list[str]:
    dossier = Dossier(
        person=Person(name="Ezra Quill", employer="Northshore State Parks"),
        company=Company(name="Northshore State Parks"),
        sources=[Source(url="https://parks.example/about", title="About", text=page)],
    )
    return [q.text for q in offline_candidates(PromptLibrary(None), dossier, PROFILE)]


def test_an_interest_the_research_never_touches_is_not_asked_about() -> None:
    texts = _texts("Northshore State Parks runs nine parks along the lake shore.\n"
                   "Naturalists lead walks every weekend.\n")
    assert not any("grid storage" in t for t in texts), texts


def test_an_interest_near_their_work_is_asked_about() -> None:
    texts = _texts("Northshore State Parks runs nine parks along the lake shore.\n"
                   "A new solar array and battery storage shed now powers the visitor centre.\n")
    assert any("grid storage" in t for t in texts), texts
