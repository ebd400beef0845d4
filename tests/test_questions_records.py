"""Figures the pages give in a table read one cell a line ("Riders in 2024" then "About
48,000"): the figure is joined to the label above it, so a count question finds its value."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://quillmoor.example/about"

ABOUT_TEXT = """About Quillmoor Bike Share
Quillmoor Bike Share rents bicycles by the hour across the river towns.
Quillmoor at a glance
Docking stations
64
Riders in 2024
About 48,000
Repair mechanics
More than 20
Annual pass
$85 a year
The board meets in public every quarter.
"""


@pytest.fixture(scope="module")
def index() -> EvidenceIndex:
    dossier = Dossier(
        person=Person(name="Tamsin Ruel", employer="Quillmoor Bike Share"),
        company=Company(name="Quillmoor Bike Share"),
        sources=[Source(url=ABOUT, title="About", text=ABOUT_TEXT)],
    )
    return EvidenceIndex(dossier)


def test_a_figure_on_its_own_line_joins_the_label_above_it(index: EvidenceIndex) -> None:
    texts = [" ".join(p.text.split()) for p in index.passages]
    assert "Docking stations 64" in texts
    assert "Riders in 2024 About 48,000" in texts
    assert "Repair mechanics More than 20" in texts
    # Sentences and a title stay as they were; each passage is still a slice of its source.
    assert "The board meets in public every quarter." in texts
    assert "Quillmoor at a glance" in texts
    assert all(ABOUT_TEXT[p.start : p.end] == p.text for p in index.passages)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many docking stations does Quillmoor have?", "64"),
        ("Roughly how many riders did Quillmoor have in 2024?", "48,000"),
        ("How many repair mechanics work at Quillmoor?", "More than 20"),
    ],
)
def test_a_count_given_in_a_table_of_figures_is_found(
    index: EvidenceIndex, question: str, figure: str
) -> None:
    verdict = GoogleableFilter(index, PromptLibrary(None)).judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and figure in verdict.evidence.quote
