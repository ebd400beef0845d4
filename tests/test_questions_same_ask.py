"""No two questions of one call ask the same thing in other words: a woven question and the
bank question it rephrases, or two bank questions after the same answer."""

from __future__ import annotations

from infoprep.models import Company, Dossier, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates

BIO = "https://quillhaven.example/team/mateo"
DOSSIER = Dossier(
    person=Person(name="Mateo Ferrante", title="winemaker", employer="Quillhaven Cellars"),
    company=Company(name="Quillhaven Cellars"),
    sources=[Source(url=BIO, title="Mateo", text="Mateo studied enology at Hollis State "
                    "University before joining Quillhaven Cellars as its winemaker.")],
    facts=[Fact(subject="person", field="education", value="Hollis State University",
                source_url=BIO, quote="Mateo studied enology at Hollis State University")],
)
PROFILE = Profile(name="Sam Lee", headline="Chemist", interests=["fermentation"],
                  target_roles=["cellar hand"])


def _texts(profile: Profile | None = PROFILE) -> list[str]:
    return [q.text for q in offline_candidates(PromptLibrary(None), DOSSIER, profile, 40)]


def test_the_role_question_and_the_typical_week_are_not_both_asked() -> None:
    texts = _texts()
    assert any("which part of the job takes more of your time" in t for t in texts), texts
    assert not any("typical week" in t for t in texts), texts


def test_their_training_is_asked_about_once() -> None:
    texts = _texts()
    assert any("Hollis State University" in t for t in texts), texts
    assert not any("no course or degree taught you" in t for t in texts), texts


def test_what_would_make_the_user_a_candidate_is_asked_once() -> None:
    texts = _texts()
    asks = [t for t in texts if "strong candidate" in t or "gaps would you want me to close"
            in t or "stand out to a hiring manager" in t]
    assert asks == [next(t for t in texts if "I'm exploring cellar hand roles" in t)], asks


def test_without_a_target_role_one_bank_question_asks_it() -> None:
    texts = _texts(None)
    asks = [t for t in texts if "gaps would you want me to close" in t
            or "stand out to a hiring manager" in t]
    assert len(asks) == 1, asks


def test_who_does_well_is_asked_once() -> None:
    texts = _texts()
    asks = [t for t in texts if "tends to thrive" in t or "do well in this role" in t]
    assert len(asks) == 1, asks
