"""A topic of the person's work written like a heading reads in the woven question: a common
first word in lower case, "the" before a plan's name, a list without the story in it; a topic
that cannot read after "your work involves" (a question, someone else's "his") is not woven."""

from __future__ import annotations

import pytest

from infoprep.models import Fact
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates
from tests.questions_support import BIO, fernbank_dossier


def _involves(*topics: str) -> list[str]:
    dossier = fernbank_dossier()
    facts = [Fact(subject="person", field="topics", value=t, source_url=BIO, quote=t)
             for t in topics]
    dossier = dossier.model_copy(update={"facts": [*dossier.facts, *facts]})
    texts = [q.text for q in offline_candidates(PromptLibrary(None), dossier, None, 40)]
    return [t for t in texts if "your work involves" in t]


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("Designing for people who work with their hands",
         "I saw that your work involves designing for people who work with their hands — "),
        ("Waterfront District Subarea Plan",
         "I saw that your work involves the Waterfront District Subarea Plan — "),
        ("Research That Leaves the Building",
         "I saw that your work involves research that leaves the building — "),
        ("logistics, mites and the summer job that turned into a career",
         "I saw that your work involves logistics and mites — "),
        ("soil samples", "I saw that your work involves soil samples — "),
    ],
)
def test_a_heading_like_topic_reads_in_the_sentence(topic: str, said: str) -> None:
    assert [t[: len(said)] for t in _involves(topic)] == [said]


def test_a_topic_that_cannot_read_there_is_left_out_for_one_that_can() -> None:
    assert _involves("How climate change is moving harvest dates earlier",
                     "Growing up on a vineyard founded by his grandparents") == []
    found = _involves("How climate change is moving harvest dates earlier",
                      "Selling wine to restaurants in New York City")
    assert len(found) == 1
    assert found[0].startswith(
        "I saw that your work involves selling wine to restaurants in New York City — ")


def test_a_title_of_two_roles_and_an_employer_with_the_read_in_the_bank_and_the_why() -> None:
    from infoprep.models import Company, Person

    dossier = fernbank_dossier().model_copy(update={
        "person": Person(name="Priya Raman", title="Founder and Owner, Registered Dietitian",
                         employer="Fernbank Health")})
    texts = [q.text for q in offline_candidates(PromptLibrary(None), dossier, None, 40)]
    assert any(t.endswith("to become a Founder and Owner?") for t in texts), texts
    assert not any("Owner, Registered" in t for t in texts)
    city = fernbank_dossier().model_copy(update={"company": Company(name="City of Halden")})
    moved = next(q for q in offline_candidates(PromptLibrary(None), city, None, 40)
                 if q.category == "career-path" and q.text.startswith("You moved from"))
    assert moved.why == ("Builds on the public move from Kaiser Permanente to the City of "
                         "Halden.")
