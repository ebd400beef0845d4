"""Figures the pages give in a table read one cell a line ("Riders in 2024" then "About
48,000"): the figure is joined to the label above it, so a count question finds its value. So
do the other records pages give: a name and its role on a card, a degree and its school."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

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
Electric models
$3 extra a ride
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


FARES = "https://quillmoor.example/fares"
FARES_TEXT = """Fares and passes
A day pass is $6 and covers unlimited 30-minute rides.
A rider pass costs $85 for a year or $12 for a month.
The fleet is serviced twice a week at the Dock Street depot.
Riders may bring a child seat of their own.
"""


@pytest.fixture(scope="module")
def fares_judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Tamsin Ruel", employer="Quillmoor Bike Share"),
        company=Company(name="Quillmoor Bike Share"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=FARES, title="Fares", text=FARES_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        # "How much is a …" asks its price.
        ("How much is a day pass?", "$6"),
        # "Annual" is said "for a year".
        ("How much is an annual rider pass?", "$85 for a year"),
        # How often, said of the fleet: "overhauled" is the question's own word for it.
        ("How often is the fleet overhauled at the depot?", "twice a week"),
    ],
)
def test_a_price_or_a_frequency_said_in_other_words_is_found(
    fares_judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    verdict = fares_judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and quote_has in verdict.evidence.quote


@pytest.mark.parametrize(
    "question",
    [
        # The page prices passes, not helmets; nor says how often helmets are replaced.
        "How much is a helmet rental?",
        "How often are the helmets replaced at the depot?",
    ],
)
def test_a_price_or_a_frequency_of_something_else_does_not_answer(
    fares_judge: GoogleableFilter, question: str
) -> None:
    assert not fares_judge.judge_one(question).googleable


WORKSHOP = "https://sawbridge.example/about"
WORKSHOP_TEXT = """About Sawbridge Guitar Works
The workshop at a glance
People on staff
17
Instruments built in 2024
312 (268 guitars and 44 mandolins)
Our most popular model, the D-9 parlour
$3,950 with a hardshell case
Episode chapters
03:40 From the spray booth to the bench
Leadership
Dr. Lucía Benavente-Okoro
Co-founder and Executive Director
Evander Ruhl Workshop Manager
"""


@pytest.fixture(scope="module")
def workshop_judge() -> GoogleableFilter:
    return judge_over("Tamsin Ruel", "Sawbridge Guitar Works", {WORKSHOP: WORKSHOP_TEXT})


def test_a_figure_with_words_on_it_joins_its_label(workshop_judge: GoogleableFilter) -> None:
    texts = [" ".join(p.text.split()) for p in workshop_judge.index.passages]
    assert "Instruments built in 2024 312 (268 guitars and 44 mandolins)" in texts
    assert "Our most popular model, the D-9 parlour $3,950 with a hardshell case" in texts
    # A chapter's time stamp is no figure of the line above it.
    assert "03:40 From the spray booth to the bench" in texts


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        ("How many instruments were built at Sawbridge in 2024?", "312"),
        # A name spelled with letters beyond a to z, on the line above its role.
        ("Who is Sawbridge's executive director?", "Lucía Benavente-Okoro"),
        # A name and its role read as one line, as a card gives them.
        ("Who is the workshop manager at Sawbridge?", "Evander Ruhl"),
    ],
)
def test_a_value_given_as_a_record_answers(
    workshop_judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    dropped_quoting(workshop_judge, question, quote_has)


PROFILE = "https://hallam-ruel.example/about"
PROFILE_TEXT = """Tamsin Ruel
Senior process engineer at Sawbridge Guitar Works.
Education
- M.S., Wood Science and Engineering
- Sawtooth Polytechnic University, 2015
B.A. Music Hallam College, 2011, earned at night
"""


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        # A school answers "where", with no "in" or "at" before it: beside the degree, or
        # under it in a list.
        ("Where did you get your bachelor's degree?", "Hallam College"),
        ("Where did you get your master's degree?", "Sawtooth Polytechnic University"),
    ],
)
def test_a_school_answers_where_a_degree_was_earned(question: str, quote_has: str) -> None:
    judge = judge_over("Tamsin Ruel", "Sawbridge Guitar Works", {PROFILE: PROFILE_TEXT})
    dropped_quoting(judge, question, quote_has)


LAB = "https://fenwickwater.example/lab"
LAB_TEXT = """Testing for private wells
| Test | Fee | Results in |
| Nitrate | $22 | 3 business days |
| Arsenic | $40 | 10 business days |
Jobs in the lab
| Stitcher | Seasonal, May to September | $17.50 an hour |
"""


@pytest.fixture(scope="module")
def lab_judge() -> GoogleableFilter:
    return judge_over("Ada Quist", "Fenwick Rapids Water", {LAB: LAB_TEXT})


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [
        # "your lab" is the employer, whose page answers, not the person's own.
        ("How much does your lab charge to test well water for nitrate?", "$22"),
        # The figure is the hourly rate: "rate" need not be on the line.
        ("What's the hourly rate for a stitcher?", "$17.50"),
    ],
)
def test_a_price_the_employer_lists_answers_a_question_put_to_you(
    lab_judge: GoogleableFilter, question: str, quote_has: str
) -> None:
    dropped_quoting(lab_judge, question, quote_has)
