"""What answer a question expects, and whether a passage holds one."""

from __future__ import annotations

import pytest

from infoprep.questions.answers import expected_answer, holds_answer
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
    ],
)
def test_holds_answer(question: str, passage: str, holds: bool) -> None:
    assert holds_answer(expected_answer(question), passage, LEXICON, question=question) is holds
