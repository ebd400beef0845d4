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


def _asked(page: str, profile: Profile) -> list[str]:
    dossier = Dossier(
        person=Person(name="Ezra Quill", employer="Brennick Precision Machining"),
        company=Company(name="Brennick Precision Machining"),
        sources=[Source(url="https://brennick.example/about", title="About", text=page)],
    )
    return [q.text for q in offline_candidates(PromptLibrary(None), dossier, profile)]


SHOP = ("Brennick Precision Machining makes precision parts for aerospace customers.\n"
        "Our operations run two shifts, and our work is inspected on a coordinate measuring "
        "machine in the quality lab.\n")


def test_a_word_every_workplace_uses_does_not_tie_an_interest_to_their_work() -> None:
    veteran = Profile(name="Luis Herrera", headline="Army veteran",
                      interests=["fleet operations"], target_roles=["logistics coordinator"])
    texts = _asked(SHOP, veteran)
    assert not any("fleet operations" in t for t in texts), texts


def test_it_comes_up_in_their_work_only_when_one_sentence_says_it() -> None:
    graduate = Profile(name="Priya Raman", headline="Biology graduate",
                       interests=["lab work"])
    texts = _asked("Brennick Precision Machining makes precision parts.\n"
                   "Every part is measured in the quality lab.\nWe work two shifts.\n", graduate)
    assert not any("I saw it comes up in your work" in t for t in texts), texts
    assert any("I'm interested in lab work — where, if anywhere" in t for t in texts), texts
    texts = _asked("Brennick Precision Machining makes precision parts.\n"
                   "Much of my work is lab work on the measuring machine.\n", graduate)
    assert any("I'm particularly interested in lab work, and I saw it comes up" in t
               for t in texts), texts


def test_a_target_role_far_from_their_work_is_not_tied_to_their_employer() -> None:
    veteran = Profile(name="Luis Herrera", headline="Army veteran",
                      target_roles=["logistics coordinator"])
    texts = _asked(SHOP, veteran)
    ask = next(t for t in texts if "logistics coordinator roles" in t)
    assert "Brennick" not in ask, ask
    texts = _asked(SHOP + "Our logistics team ships parts to twelve states.\n", veteran)
    ask = next(t for t in texts if "logistics coordinator roles" in t)
    assert "at a place like Brennick Precision Machining" in ask, ask
