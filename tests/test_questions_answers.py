"""What answer a question expects, and whether a passage holds one."""

from __future__ import annotations

import pytest

from infoprep.questions.answers import expected_answer, holds_answer, names_role
from infoprep.questions.lexicon import load_lexicon

LEXICON = load_lexicon()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many acres of vines do you farm?", "count"),
        ("How much does a tasting cost?", "money"),
        ("How much of your week is meetings?", "amount"),
        ("How long have you been at the firm?", "since"),
        ("How long does the internship last?", "duration"),
        ("How often do you travel?", "frequency"),
        ("When was the company founded?", "date"),
        ("What are the tasting room hours?", "time"),
        ("Where is the office?", "place"),
        ("Where does the name come from?", "any"),
        ("Who runs the lab?", "name"),
        ("Which consultant drew the plan?", "name"),
        ("Which changes helped most?", "any"),
        ("Is the firm a B Corp?", "yesno"),
        ("What does the app do?", "any"),
        # A rate charged is a price; a rate of something is a share.
        ("What is the cooperative's rate for video interpreting?", "money"),
        ("What's the hourly rate for a weekend booking?", "money"),
        ("What is the first-time pass rate for the exam?", "share"),
        # How soon or early, and measures of weight, heat or depth.
        ("How soon would I hear back after applying?", "duration"),
        ("How quickly does a repair come back to the customer?", "duration"),
        ("How early do the bakers clock in?", "time"),
        ("How heavy are the sacks of flour?", "amount"),
        ("How hot does the kiln run?", "amount"),
        ("What commission does the gallery keep?", "money"),
        ("What would a junior framer take home in a week?", "money"),
        ("What towns does the bookmobile stop in?", "name"),
        # "Am I …" asks yes or no, like "Is it …".
        ("Am I expected to bring my own tools?", "yesno"),
    ],
)
def test_expected_answer(question: str, kind: str) -> None:
    assert expected_answer(question).kind == kind


@pytest.mark.parametrize(
    ("question", "passage", "holds"),
    [
        ("How many acres of vines?", "The estate covers 64 acres of vines.", True),
        ("How many engineers work there?", "Senior Engineer, remote, $155,000 a year.", False),
        ("How many people work there?", "We picked on October 4 with every person we have.",
         False),
        ("How much of your job is meetings?", "A third of my time is meetings.", True),
        ("How much does it cost?", "Tastings are $18 and include five wines.", True),
        ("When did it open?", "It opened in 1911.", True),
        ("When did it open?", "It opened after the war.", False),
        ("Who leads the team?", "The team is led by Owen Blackwood.", True),
        ("Which freight company did Joon-ho Pak work for?",
         "Joon-ho Pak had built logistics software for a freight company.", False),
        ("What are the hours?", "Open Thursday to Monday, 11 a.m. to 5 p.m.", True),
        ("How much is the 401(k) match?", "Health insurance and a 401(k) with company match.",
         False),
        ("How many sites are certified?", "We are certified to ISO 9001 at every site.", False),
        ("What does a machinist make there?", "Machinists earn $24 to $31 an hour.", True),
        ("How big are the dozens of teams?", "We work with dozens of firms.", False),
        # A measure is given in its units; a wait is a span of time, not a year.
        ("How heavy are the sacks?", "Flour comes in sacks of 50 pounds.", True),
        ("How heavy are the sacks?", "Bakers work eight hours, five days a week.", False),
        ("How hot does the kiln run?", "The kiln fires at about 1,200 degrees.", True),
        ("How hot does the kiln run?", "The kiln was built in 1998 and fires twice a week.",
         False),
        ("How soon do repairs come back?", "Most repairs are back within 48 hours.", True),
        ("How soon do repairs come back?", "Our repair bench opened in 2019.", False),
        # A label with its figure on the next line (a definition list, a card) counts it.
        ("How many kayaks does the shop rent?", "Kayaks for rent at the river shop\nAbout 45, "
         "singles and tandems", True),
        ("How many kayaks does the shop rent?", "Kayak tours\n3 hours, twice a day", False),
        # Things counted together: a count of either answers; a count of neither does not.
        ("How many households and businesses pay you for service?",
         "| Homes and businesses on a service plan | 18,300 |", True),
        ("How many households and businesses pay you for service?",
         "| Service calls answered in 2024 | 41,000 |", False),
    ],
)
def test_holds_answer(question: str, passage: str, holds: bool) -> None:
    assert holds_answer(expected_answer(question), passage, LEXICON, question=question) is holds


def test_who_chairs_asks_for_the_chair() -> None:
    role = expected_answer("Who chairs the museum's board of trustees?").role
    assert role == ("chair",)
    assert names_role("Marta Ilves chairs the board of trustees.", role)
    # Whom the board appointed director is no chair of it.
    assert not names_role(
        "The board of trustees has appointed Dr. Anselm Kirkegaard as the museum's ninth "
        "executive director.", role)
