"""A form of address is never a first name: "Prof. Anneliese Moravec" is thanked as
"Anneliese" on the call plan, greeted so in the thank-you note, and a sentence about
"Anneliese Moravec" is retold to her; a referral or referrer called "Dr Idris Kowalczyk" is
"Idris" wherever the draft names them alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoprep.api import Workspace
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.drafts.thankyou import write_thankyou
from infoprep.models import Company, Dossier, Fact, Person, Profile, Question, Source, given_name
from infoprep.prompts import PromptLibrary
from infoprep.questions.plan import make_plan
from infoprep.questions.retell import retell
from infoprep.research.career import first_name

URL = "https://halden-museum.example/team"
TODAY = date(2026, 11, 26)
PROMPTS = PromptLibrary(None)


@pytest.mark.parametrize(("name", "given"), [
    ("Prof. Anneliese Moravec", "Anneliese"),
    ("Dr Idris Kowalczyk", "Idris"),
    ("Mx. Sam Lee", "Sam"),
    ("Rev. Dr. Ana Ruiz", "Ana"),
])
def test_the_call_plan_thanks_the_person_by_their_given_name(name: str, given: str) -> None:
    plan, _ = make_plan(PROMPTS, [Question(text="How did you start?", category="career-path")],
                        person=name)
    said = " ".join(item.text for item in plan.items if item.kind in ("opening", "close"))
    assert f"Thank {given} for the time" in said
    assert f"Thank {given}," in said
    assert given_name(name) == given and first_name(name) == given


@pytest.mark.parametrize("person", ["Prof. Anneliese Moravec", "Dr Anneliese Moravec"])
def test_a_sentence_naming_them_without_their_title_is_retold_to_them(person: str) -> None:
    for sentence in ("Anneliese Moravec leads the Hall of Birds redesign.",
                     "Anneliese leads the Hall of Birds redesign.",
                     "Dr. Moravec leads the Hall of Birds redesign."):
        assert retell(sentence, person=person, company="Halden Museum") == (
            "you lead the Hall of Birds redesign")


def _dossier(person: str) -> Dossier:
    talk = "Touch everything: tactile labels for blind visitors"
    return Dossier(
        person=Person(name=person, title="Senior Exhibition Designer", employer="Halden Museum"),
        company=Company(name="Halden Museum"),
        sources=[Source(url=URL, title="Our team", kind="website", fetched_at="2026-10-01",
                        text=f"{person} is Senior Exhibition Designer at Halden Museum. "
                             f"Her talk {talk} opened the 2026 design day.")],
        facts=[Fact(subject="person", field="talks", value=talk, source_url=URL,
                    quote=f"Her talk {talk} opened the 2026 design day")],
    )


def test_the_thank_you_note_greets_them_and_plans_the_referral_by_given_names(
        isolated_home: Path) -> None:
    notes = (
        "- Advice: build one portfolio project around a single object and its visitor path\n"
        "- Referral: she'll introduce me to Dr Idris Kowalczyk at Ravine Studio\n"
        "- Next step: email Idris on Monday with my portfolio\n"
    )
    profile = Profile(name="Rev. Dr. Ana Ruiz", headline="interior architecture graduate",
                      target_roles=["exhibit design assistant"])
    ctx = DraftContext(profile, None, _dossier("Prof. Anneliese Moravec"), None, notes,
                       today=TODAY)
    with Workspace(isolated_home, offline=True) as ws:
        note = write_thankyou(ctx, ws.prompts, ws.generator, "linkedin")
    assert note.body.startswith("Hi Anneliese,")
    assert "Prof." not in note.body
    # The plan to write to the referral goes with the referral, said by their given name.
    assert "introduce me to Dr Idris Kowalczyk at Ravine Studio. I'll email Idris on Monday" \
        in note.body
    assert note.body.rstrip().endswith("Ana")
    assert [c for c in note.checks if not c.ok] == []


def test_a_referrer_with_a_title_counts_as_named_in_a_linkedin_note(
        isolated_home: Path) -> None:
    profile = Profile(name="Nadia Farouk", headline="interior architecture graduate",
                      target_roles=["exhibit design assistant"])
    ctx = DraftContext(profile, None, _dossier("Prof. Anneliese Moravec"), "Dr. Kim Abara",
                       today=TODAY)
    with Workspace(isolated_home, offline=True) as ws:
        note = write_intro(ctx, ws.prompts, ws.generator, "linkedin")
    assert note.body.startswith("Hi Anneliese,")
    assert "Kim" in note.body
    assert [c.detail for c in note.checks if not c.ok] == []
