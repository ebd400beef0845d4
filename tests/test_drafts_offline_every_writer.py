"""Offline drafts for every fixture person and writer of the grounding benchmark: the intro
by email and the thank-you from the call notes pass every check of their own. These people
come from many fields and countries, and their writers from many backgrounds (a nickname in
the signature, notes that mention someone's course, advice that opens with a verb before a
name), so they try the templates as new users would."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from drafting import grounding_benchmark

from infoprep.api import Workspace
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.drafts.shaping import lower_first
from infoprep.drafts.thankyou import write_thankyou

BENCHMARK = grounding_benchmark()
PAIRS: dict[str, str] = BENCHMARK.PROFILES


@pytest.fixture(scope="module")
def workspace() -> Iterator[Workspace]:
    with tempfile.TemporaryDirectory() as home, Workspace(Path(home), offline=True) as ws:
        yield ws


def _context(person: str, notes: bool) -> DraftContext:
    context: DraftContext = BENCHMARK.context(person, notes)
    return context


@pytest.mark.parametrize("person", sorted(PAIRS))
def test_the_offline_intro_and_thank_you_pass_their_checks(workspace: Workspace,
                                                           person: str) -> None:
    intro = write_intro(_context(person, False), workspace.prompts, workspace.generator)
    thanks = write_thankyou(_context(person, True), workspace.prompts, workspace.generator)
    for draft in (intro, thanks):
        assert {c.name: c.detail for c in draft.checks if not c.ok} == {}, draft.body


def test_the_thank_you_points_to_the_resource_not_a_sentence_about_someone(
        workspace: Workspace) -> None:
    """Notes that say "Sofia Marques (their font engineer) runs a short Python course" under
    the advice, and list the resources on a line of their own: the note thanks for the
    resources, never "pointing me to Sofia Marques (their font engineer) runs …"."""
    thanks = write_thankyou(_context("ines-valadares", True), workspace.prompts,
                            workspace.generator)
    assert "pointing me to Sofia" not in thanks.body
    assert "Spacing Workbook" in thanks.body


def test_a_nickname_in_the_signature_signs_the_draft(workspace: Workspace) -> None:
    """Gilbert signs as "Gil Trevino": that is his name at the end."""
    intro = write_intro(_context("annelies-verhoeven", False), workspace.prompts,
                        workspace.generator)
    assert intro.body.rstrip().splitlines()[-2] == "Gil Trevino"
    assert all(c.ok for c in intro.checks if c.name == "required parts")


def test_advice_that_opens_with_a_verb_before_a_name_is_lowered() -> None:
    assert lower_first("Finish Dzidzo properly before starting anything new") == (
        "finish Dzidzo properly before starting anything new")
    assert lower_first("Learn Python for font scripts") == "learn Python for font scripts"
    assert lower_first("Carbon Brief's daily newsletter") == "Carbon Brief's daily newsletter"
    assert lower_first("Start With Why") == "Start With Why"
