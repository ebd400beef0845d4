"""The offline filter keeps what a page touches without answering: the person's own experience,
a question after a stated preamble, an answer of the wrong kind or about something else."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter, asked_part, normalise

ABOUT = "https://saltmarsh.example/about"
CAREERS = "https://saltmarsh.example/careers"
BIO = "https://orencastellane.example/"

ABOUT_TEXT = """About Saltmarsh Ferries
Saltmarsh Ferries runs passenger and car ferries between Port Sorrel and the three Gannet Islands.
Tobiah Quenell
Chief Engineer
Marguerite Ashdown-Pell
President and Chief Executive Officer
Saltmarsh Ferries is governed by a board of directors, all volunteers, elected by riders each March.
Our fleet office is on Wharf Road in Port Sorrel.
Deck crews report to Ilse Varnum, who reports to the port captain.
Since the new timetable began, several island councillors have praised it at public meetings.
"""

CAREERS_TEXT = """Work at Saltmarsh
Our engine crew keeps the boats running seven days a week, so mechanics take turns covering nights.
The engine crew has 14 mechanics across two shifts.
Our booking team answers calls seven days a week, so clerks take turns covering Sundays.
Each winter we take on two deckhand apprentices from maritime academies, with a stipend \
and a season pass.
Deckhand apprentices are paid, and each one works beside a licensed mate.
| Role | Base | Pay |
| Relief Ferry Captain | Port Sorrel | $71,000 |
| Ticket Office Lead | Gannet North | $46,000 |
"""

BIO_TEXT = """Oren Castellane, fleet engineer
Oren Castellane is the fleet engineer at Saltmarsh Ferries, where he rebuilds the diesel engines.
Before Saltmarsh, Oren spent a decade repairing tugboat engines on the Gulf Coast.
In 2022 the Coastal Mariners Guild gave him its Harbor Safety Medal for his hull \
inspection survey of the ferry Petrel.
Oren worked three winters on the night crossing to the Gannet Islands.
Winter crossings taught me that maintenance is a promise you keep to the passengers, Oren says.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Oren Castellane", title="Fleet Engineer", employer="Saltmarsh Ferries"),
        company=Company(name="Saltmarsh Ferries"),
        sources=[
            Source(url=ABOUT, title="About", kind="website", text=ABOUT_TEXT),
            Source(url=CAREERS, title="Careers", kind="website", text=CAREERS_TEXT),
            Source(url=BIO, title="Oren Castellane", kind="website", text=BIO_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


# Each is kept: a page touches it without answering it.
KEPT = [
    # The first / hardest … thing "you" did asks for the person's own experience.
    "What was the first engine you rebuilt at Saltmarsh?",
    "What was the biggest repair you handled on your own?",
    # A background that helped, taught or shaped "you": their view, however long its name.
    "How has your decade repairing tugboat engines on the Gulf Coast helped you as a fleet "
    "engineer?",
    "What did a decade of repairing tugboat engines teach you that you still use?",
    # A stated preamble does not make the question after it googleable.
    "You won the Harbor Safety Medal in 2022 — what did your hull inspection survey of the "
    "Petrel turn up?",
    # How much wants an amount; how many a count of the thing asked; how often a frequency.
    "How much is the deckhand apprentices' stipend?",
    "How many people are on the booking team?",
    "How often does each mechanic cover a night?",
    # Which / who want a name bound to the thing or the role asked about.
    "Which councillors have praised the new timetable?",
    "Who is Saltmarsh's port captain?",
    # A value in a row about another role does not answer for this one.
    "How much are Saltmarsh's deckhand apprentices paid?",
    # A board is not the executives; where apprentices come from is no location question.
    "Who sits on Saltmarsh Ferries' board of directors?",
    "Which maritime academies do the fleet's deckhand apprentices come from?",
]

# Each is dropped, with the quote that answers it.
DROPPED = [
    ("Who is Saltmarsh's chief engineer?", ABOUT, "Tobiah Quenell"),
    ("How many mechanics are on the engine crew?", CAREERS, "14 mechanics"),
    ("What have winter crossings taught you about maintenance?", BIO, "taught me"),
    ("How much does a relief ferry captain earn?", CAREERS, "$71,000"),
]


@pytest.mark.parametrize("question", KEPT)
def test_questions_a_page_touches_without_answering_are_kept(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, (verdict.reason, verdict.evidence)
    assert verdict.evidence is None


@pytest.mark.parametrize(("question", "url", "quoted"), DROPPED)
def test_answered_questions_are_still_dropped(
    judge: GoogleableFilter, question: str, url: str, quoted: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.url == url
    assert quoted in verdict.evidence.quote


def test_personal_signals_name_the_phrase_that_shows_them(judge: GoogleableFilter) -> None:
    assert judge.analyse("What was the first engine you rebuilt?").personal == (
        "the first engine you"
    )
    helped = judge.analyse("How has your decade repairing tugboat engines helped you?")
    assert helped.personal is not None and helped.personal.endswith("helped you")
    # A present trend is not the person's own experience.
    assert judge.analyse("What's the most common fault you're seeing these days?").personal is None


def test_a_preamble_is_set_aside_unless_the_question_points_back_at_it() -> None:
    stated = normalise("You joined in 2019: which boats do you look after now?")
    assert asked_part(stated) == "which boats do you look after now?"
    assert asked_part(normalise("You rebuilt the Petrel's engine — how long did it take?")) == (
        normalise("You rebuilt the Petrel's engine — how long did it take?")
    )
    assert asked_part("Where is the fleet office? Near the wharf?") == (
        "Where is the fleet office? Near the wharf?"
    )
