"""A career move is named only when the research says which move it was: of several earlier
employers told from the start of a career, none is "the move" to the current one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoprep.api import Workspace
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.models import Company, Dossier, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates
from infoprep.research.career import last_employer

BIO = "https://odile.example/about"
FIRST_JOB = "After college I spent three years as a chemist at Tarn Coatings in Ohio."
FELLOWSHIP = ("Between graduate school and Duluth I spent two years as a fellow at Atelier "
              "Veld, a paintings studio in Antwerp.")
JOINED = "Odile joined Kestrel Looms in 2021 from Atelier Veld."


def dossier(*quotes: str) -> Dossier:
    facts = [Fact(id=f"f{i}", subject="person", field="previous_employer",
                  value="Tarn Coatings" if "Tarn" in q else "Atelier Veld",
                  source_url=BIO, quote=q) for i, q in enumerate(quotes)]
    facts.append(Fact(id="t", subject="person", field="tenure", value="since 2019",
                      source_url=BIO, quote="I have worked at Kestrel Looms since 2019."))
    return Dossier(
        person=Person(name="Odile Varnham", title="Head of Production", employer="Kestrel Looms"),
        company=Company(name="Kestrel Looms"),
        sources=[Source(url=BIO, title="About", kind="page", text=" ".join(quotes))],
        facts=facts,
    )


def test_of_several_earlier_employers_only_a_stated_move_is_the_move() -> None:
    assert last_employer(dossier(FIRST_JOB).facts, "Kestrel Looms").value == "Tarn Coatings"
    assert last_employer(dossier(FIRST_JOB, FELLOWSHIP).facts, "Kestrel Looms") is None
    moved = last_employer(dossier(FIRST_JOB, FELLOWSHIP, JOINED).facts, "Kestrel Looms")
    assert moved is not None and moved.value == "Atelier Veld"


@pytest.mark.parametrize(
    ("quotes", "said", "not_said"),
    [
        ((FIRST_JOB, FELLOWSHIP), None, "You moved from"),
        ((FIRST_JOB, FELLOWSHIP, JOINED), "You moved from Atelier Veld to Kestrel Looms", None),
    ],
)
def test_the_move_question_names_only_the_stated_move(
    quotes: tuple[str, ...], said: str | None, not_said: str | None
) -> None:
    texts = [q.text for q in offline_candidates(PromptLibrary(None), dossier(*quotes), None, 20)]
    assert not any("Tarn Coatings to Kestrel" in t for t in texts)
    if said:
        assert any(t.startswith(said) for t in texts), texts
    if not_said:
        assert not any(not_said in t for t in texts), texts


def test_the_intro_does_not_claim_a_move_from_the_first_job(isolated_home: Path) -> None:
    profile = Profile(name="Sam Lee", headline="a textile science graduate",
                      target_roles=["production planner"])
    ctx = DraftContext(profile, None, dossier(FIRST_JOB, FELLOWSHIP), today=date(2026, 1, 5))
    with Workspace(isolated_home, offline=True) as ws:
        mail = write_intro(ctx, ws.prompts, ws.generator, "email")
    assert "Tarn Coatings to Kestrel" not in mail.body
    assert "your move from" not in mail.body


def test_a_podcast_episode_question_says_what_it_is() -> None:
    episode = Fact(id="e", subject="person", field="talks",
                   value="Episode 112: Native yeast and nervous fathers (Slow Ferment Podcast, "
                         "21 January 2025)",
                   source_url=BIO, quote="Episode 112: Native yeast and nervous fathers")
    found = dossier(FIRST_JOB)
    found.facts.append(episode)
    texts = [q.text for q in offline_candidates(PromptLibrary(None), found, None, 20)]
    assert any("podcast episode “Native yeast and nervous fathers”" in t for t in texts), texts
    assert not any("talk “Episode 112" in t for t in texts)
