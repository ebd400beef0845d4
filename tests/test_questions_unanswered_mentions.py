"""The offline filter keeps a question whose topic a page only mentions: a list of an episode's
or a talk's subjects (or its chapters at their times), a sentence that says a topic was or will
be talked about or declines to tell it, a thing named only as "a firm" or "a union", another
job's pay, a size of something other than the employer."""

from __future__ import annotations

from functools import cache

import pytest

from infoprep.models import Company, Dossier, Fact, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter

ABOUT = "https://quillmoor.example/about"
CAREERS = "https://quillmoor.example/careers"
PODCAST = "https://stackedshelves.example/episodes/41"

ABOUT_TEXT = """About Quillmoor Archives
Leadership
Ingeborg Saltash-Mwale
President and Chief Executive Officer
Tobias Fenwick-Ola
Director of Operations
Quillmoor Archives stores and digitises records for county courts and hospitals in Alberta.
Our mission
To keep every record safe and findable for as long as the law requires.
Do you shred records when they expire?
Yes, we shred paper records on site once their retention period ends.
Quillmoor Archives has been employee-owned since 2015, and each manager owns a part of the work.
| Employees | 310 |
| Vaults | 4 |
| Revenue, 2024 | $38 million |
| Largest contract | $2.1 million, with a hospital network, for scanning patient charts |
| Court files scanned in 2024 | 1,840 |
| Boxes received in 2024 | 61,000 |
Boxes retrieved within one business day, 2024
97 percent
Delivery vans
11, each with a locked cargo cage
Our records are insured through an independent broker, and we keep an outside security \
firm on retainer.
Warehouse staff at the Leduc vault are members of a union.
We buy our acid-free archival boxes from a New England manufacturer.
A new scanning vendor will take over our microfilm work next spring.
Our boxes are moved by the courier companies that serve the county courts.
In 2023 Quillmoor digitised 41 million pages for the Red Deer Regional Health Authority.
We plan to open a fifth vault in the Lethbridge area; watch this page for news.
Quillmoor has been a finalist for a national records management award.
Staff share in a profit-sharing bonus each spring.
We do not offer microfilm duplication or document courier service to the public.
Film negatives are kept in Edmonton because the Leduc vault cannot hold them below 10 degrees.
| Largest single collection we hold | The 1912 land title ledgers of Red Deer County |
Quillmoor was named to the Prairie Business Review's list of best small employers.
Our Leduc vault ranked 3rd in the 2024 Alberta Records Safety Survey.
After its 2024 renovation, the Red Deer vault is targeting LEED Silver certification.
The Leduc vault is a 90,000-square-foot former grain warehouse.
Our digitisation group of 14 people works in two shifts.
We scan case files for many of the province's biggest law firms.
We also store claim files for several insurers, including Harrow Mutual and Oakline Life.
"""

CAREERS_TEXT = """Careers at Quillmoor
| Role | Site | Pay |
| Records Clerk | Leduc | $19 to $23 an hour |
| Scanning Technician II | Edmonton | $52,000 to $61,000 a year |
| Route Driver | Leduc | $24 an hour plus commission |
Every records clerk gets two weeks of paid training in Edmonton.
- $900 a year for continuing education, plus two paid course days
Collections Archivist
Full time, $58,000 a year.
Students and summer work at Quillmoor
Night courier
We hire two night couriers each winter to carry files between the vaults and the courthouses.
Pay is $21 an hour with mileage.
Our drivers earn $0.58 a mile on the Red Deer run.
"""

PODCAST_TEXT = """Stacked Shelves, episode 41: Wenonah Pryce-Halvorsen on court records
In this episode:
- Why the county moved every paper file to one vault
- The box of letters that almost made Wenonah quit
- Court records: what families may ask to see
We also talked about the flood that closed the Leduc vault and the cleanup her crew ran \
with three restorers.
In my next episode I'll talk about the audit that changed how we label boxes.
Next time: the night the sprinklers went off in the Edmonton vault, and what we changed.
This session walks through the retention schedule Wenonah built for the county courts.
The session covers the 2019 flood that changed how Quillmoor shelves boxes.
Next month: why we stopped microfilming, and what replaced it.
Wenonah Pryce-Halvorsen has led the Leduc vault since 2019, after eight years as a hospital \
records clerk.
Awards: Vault Safety Medal, Alberta Records Guild, 2022.
Since 2019 Wenonah has trained 22 records clerks, and 17 of them still work at Quillmoor.
Quillmoor's 14 drivers cover routes across central Alberta.
The hardest part of running a vault, I find, is telling a caller that a record they need was \
never kept.
Chapters
| 12:40 | The night the Red Deer roof leaked |
- 31:05 The Wetaskiwin courthouse fire
What about the Camrose courthouse move everyone asks about?
That one is covered by a confidentiality agreement.
People still ask me about the 2016 break-in at Leduc.
Education
- B.A. in History, Red Deer Polytechnic, 2009
- M.A. in Archival Studies, Prairie Institute of Archives, 2012
"""


@cache
def _judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Wenonah Pryce-Halvorsen", title="Vault Manager",
                      employer="Quillmoor Archives"),
        company=Company(name="Quillmoor Archives"),
        sources=[
            Source(url=ABOUT, title="About", kind="website", text=ABOUT_TEXT),
            Source(url=CAREERS, title="Careers", kind="website", text=CAREERS_TEXT),
            Source(url=PODCAST, title="Episode 41", kind="podcast", text=PODCAST_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    "question",
    [
        "Why did the county move all of its paper files into one vault?",
        "What was the box of letters that almost made you quit?",
        "What are families actually allowed to see in court records?",
        "How many restorers helped clean up after the flood at Leduc?",
        "What was the audit that changed how you label boxes?",
        "What happened the night the sprinklers went off in the Edmonton vault?",
        "What changed in how Quillmoor shelves boxes after the 2019 flood?",
        "Why did Quillmoor stop microfilming?",
        "Which retention schedule did Wenonah build for the county courts?",
        # A chapter at its time in the recording, and lines that decline to tell.
        "What happened the night the Red Deer roof leaked?",
        "What happened with the Wetaskiwin courthouse fire?",
        "What really happened with the Camrose courthouse move?",
        "What actually happened in the 2016 break-in at Leduc?",
    ],
)
def test_a_topic_named_without_what_was_said_of_it_is_kept(question: str) -> None:
    verdict = _judge().judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    "question",
    [
        "Which outside security firm does Quillmoor keep on retainer?",
        "Which union are the warehouse staff at the Leduc vault members of?",
        "Which courier companies move the boxes for the county courts?",
        "Which hospital network paid for the $2.1 million contract?",
        "Which law firms does Quillmoor scan case files for?",
        "Who makes the archival boxes Quillmoor uses?",
    ],
)
def test_a_thing_spoken_of_only_as_a_firm_or_a_union_is_not_named(question: str) -> None:
    verdict = _judge().judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    "question",
    [
        "What does a senior records clerk make?",
        "What does Quillmoor pay a senior records clerk?",
        "What does a vault supervisor earn at Quillmoor?",
        "What's the pay for a lead scanning technician?",
        "How much do dispatchers make at Quillmoor?",
        "How much does Wenonah Pryce-Halvorsen make?",
        "What's the vault manager's salary?",
        "How much is the yearly boot allowance for records clerks?",
        # A sum "plus commission" gives no commission.
        "How much do route drivers make in commission on top of the hourly?",
        "What commission rate do route drivers earn?",
        # What the employer spends is no wage.
        "How much does Quillmoor spend on scanning in a year?",
    ],
)
def test_another_jobs_pay_answers_no_question_of_pay(question: str) -> None:
    verdict = _judge().judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    "question",
    [
        "Where is the fifth Quillmoor vault going to open, and when?",
        "Which national award was Quillmoor a finalist for, and in what year?",
        "You won the Vault Safety Medal in 2022. What was it recognizing?",
        "How big is the profit-sharing bonus?",
        "How many people are in the scanning group at Leduc?",
        "Are there summer jobs for students at Quillmoor?",
        "Did the Red Deer vault end up getting LEED Silver?",
        "Why won't Quillmoor duplicate microfilm for the public?",
        "Which archivist catalogued the 1912 land title ledgers of Red Deer County?",
        "What did the Alberta Records Guild recognize you for when you won the Vault Safety Medal?",
        "How long did it take to move the land title ledgers into the Leduc vault?",
        "Of all the collections you have moved, which one means the most to you?",
        "How many of Quillmoor's drivers work out of Red Deer?",
        "Where did Quillmoor land on the Prairie Business Review's best small employers list?",
        "How many of the 41 million pages Quillmoor digitised in 2023 were patient charts?",
        "You have led the Leduc vault since 2019. How did that come about?",
        "You were a hospital records clerk for eight years. Does anything from the hospital "
        "carry over to running a vault?",
    ],
)
def test_an_answer_to_part_of_the_question_or_to_another_question_is_none(
    question: str,
) -> None:
    verdict = _judge().judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("Where is Quillmoor planning to open its fifth vault?", "Lethbridge"),
        ("How many people are in the digitisation group?", "group of 14 people"),
        ("How many people work there altogether?", "| Employees | 310 |"),
        ("How many court files did Quillmoor scan in 2024?", "| Court files scanned in 2024 |"),
        ("What is Quillmoor's mission?", "To keep every record safe"),
        ("What is the continuing education allowance at Quillmoor?", "$900 a year"),
        ("Why are Quillmoor's film negatives kept in Edmonton?", "because the Leduc vault"),
        ("How many of the clerks you trained still work at Quillmoor?", "17 of them"),
        ("Where did the Leduc vault place in the Alberta Records Safety Survey?", "ranked 3rd"),
        ("Where did you do your master's, Wenonah?", "M.A. in Archival Studies"),
        ("What is the toughest part of looking after a vault?",
         "The hardest part of running a vault"),
        ("Does Quillmoor shred records once they expire?", "Yes, we shred paper records"),
        ("What is Quillmoor's next-day retrieval rate?", "97 percent"),
        ("What was Quillmoor's next-day retrieval rate in 2024?", "97 percent"),
        ("How many boxes came in to Quillmoor in 2024?", "| Boxes received in 2024 |"),
        ("How many delivery vans does Quillmoor run?", "11, each with a locked cargo cage"),
        ("Who owns Quillmoor? Is it still independent?", "employee-owned since 2015"),
        ("Is Quillmoor owned by a big records company?", "employee-owned since 2015"),
        ("How big is the Leduc vault?", "90,000-square-foot"),
        ("What does a records clerk make at Quillmoor?", "Records Clerk"),
        ("What does Quillmoor pay a records clerk?", "Records Clerk"),
        ("What does the Collections Archivist job at Quillmoor pay?", "$58,000 a year"),
        ("Who is the CEO of Quillmoor?", "Ingeborg Saltash-Mwale"),
        ("What does the night courier get paid?", "Pay is $21 an hour"),
        ("What does a route driver make at Quillmoor?", "$24 an hour plus commission"),
        ("How much do drivers earn at Quillmoor?", "$0.58 a mile"),
        ("How much does Quillmoor make?", "$38 million"),
        ("Which health authority did Quillmoor digitise pages for in 2023?",
         "Red Deer Regional Health Authority"),
        ("How long has Wenonah run the Leduc vault?", "has led the Leduc vault since 2019"),
        ("How many pages did Quillmoor digitise for the health authority in 2023?",
         "41 million pages"),
        ("Which insurers does Quillmoor store claim files for?", "Harrow Mutual"),
    ],
)
def test_a_stated_answer_on_the_same_pages_is_still_found(question: str, quote: str) -> None:
    verdict = _judge().judge_one(question)
    assert verdict.googleable and verdict.evidence is not None
    assert quote in verdict.evidence.quote


@cache
def _with_leaders() -> GoogleableFilter:
    """The same pages, with the staff cards research reads as leadership facts, the head of
    the company last."""
    leaders = [
        ("Tobias Fenwick-Ola, Director of Operations",
         "Tobias Fenwick-Ola\nDirector of Operations"),
        ("Ingeborg Saltash-Mwale, President and Chief Executive Officer",
         "Ingeborg Saltash-Mwale\nPresident and Chief Executive Officer"),
    ]
    facts = [
        Fact(subject="company", field="leadership", value=value, source_url=ABOUT, quote=quote)
        for value, quote in leaders
    ]
    judge = _judge()
    dossier = judge.index.dossier.model_copy(update={"facts": facts})
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


def test_who_runs_it_is_answered_by_its_head_and_who_founded_it_by_no_other_leader() -> None:
    judge = _with_leaders()
    runs = judge.judge_one("Who runs Quillmoor?")
    assert runs.googleable and runs.evidence is not None
    assert "Ingeborg Saltash-Mwale" in runs.evidence.quote
    founded = judge.judge_one("Who founded Quillmoor?")
    assert not founded.googleable, founded.evidence
