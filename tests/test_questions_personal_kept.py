"""Personal questions stay kept when the pages only come near them: a line the person wrote
answers a question of its kind only when it is about what the question asks (what the asker
stated first included), holds the kind's marker in a word of its own and, for "how many", the
count; a question that tells the person a fact and then asks them about it asks for their
experience; a word's other sense ("open" as a job opening) stands for nothing, nor do words that
only sound personal ("at least part of the week"). Why they left something, told in their own
words with the reason, is answered in public."""

from __future__ import annotations

from pathlib import Path

import pytest
from examples_support import NAME, example_workspace
from questions_support import dropped_quoting, judge_over

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.reader import default_reader

ABOUT = "https://brackenridge.example/about"
BIO = "https://brackenridge.example/team/marit-olafsen"
INTERVIEW = "https://harbourweekly.example/five-questions/marit-olafsen"
TALK = "https://harbourweekly.example/talks/retiming"

ABOUT_TEXT = """About Brackenridge Ferries
Brackenridge Ferries carried 2 million passengers last year on four island routes.
The crew adopted a new pre-departure checklist in 2023.
"""

BIO_TEXT = """Marit Olafsen is the operations lead at Brackenridge Ferries.
She worked nights at the harbour office for three years, through the blizzards of 2019.
She holds a navigation degree from the Coastal Maritime Academy, and her studies help her at sea.
In 2024 her crews carried 2 million passengers on four island routes.
Marit serves on the harbour safety committee.
Her first season on the ferries was in 2015, as a new deckhand on the island run.
"""

INTERVIEW_TEXT = """Five questions for Marit Olafsen
What is the hardest part of the job?
The hardest part is the winter timetable, when one storm can cancel a whole day of crossings.
What do you look for when you hire a deckhand?
I hire for calm, not for speed.
My advice to young crew is to stay two seasons on one good galley before they move.
I read every passenger complaint myself, two days a week.
"""

TALK_TEXT = """Retiming the winter timetable
Marit Olafsen shows how her team rebuilt the winter timetable after the 2022 storms.
She explains what her crews changed and why her passengers noticed.
You will learn
- How to retime a route in a week
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Marit Olafsen", employer="Brackenridge Ferries"),
        company=Company(name="Brackenridge Ferries"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=BIO, title="Marit Olafsen", text=BIO_TEXT),
            Source(url=INTERVIEW, title="Five questions", text=INTERVIEW_TEXT),
            Source(url=TALK, title="Retiming", text=TALK_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


@pytest.mark.parametrize(
    "question",
    [
        # What the asker stated first is what the hardest part is of: not the job's.
        "You spent two summers as a deckhand on the island run. What was the hardest part?",
        # "in a week" is the topic's own word, not a routine told.
        "What does your day-to-day look like in the weeks before a timetable change?",
        # A routine told without the count asked for.
        "How many passenger complaints do you get in a typical month?",
        # A galley is no opening, and "open" no job opening.
        "What's your take on open galleys?",
        # A fact told to the person, then a question about their experience of it.
        "You worked nights at the harbour office. How did you get through the blizzards?",
        "You hold a navigation degree. What from your studies still helps you at sea?",
        # Phrasings of experience the pages state only the facts around.
        "What was your first season on the ferries like as a new deckhand?",
        "How do you use your navigation degree in your work today?",
        "What do you do on the harbour safety committee?",
        "When your crews carried 2 million passengers in 2024, what did that do to you?",
        "What did it take to get the crew using the pre-departure checklist?",
    ],
)
def test_a_personal_question_the_pages_only_come_near_is_kept(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    "question",
    [
        # The interview put it to her and the line under it answers.
        "What's the hardest part of your job?",
        "Any advice for young crew deciding how long to stay on one galley?",
    ],
)
def test_a_personal_question_the_person_answered_in_public_is_dropped(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and verdict.evidence.url == INTERVIEW



def test_where_their_time_goes_is_their_experience(isolated_home: Path) -> None:
    """"Which part of the job takes more of your time than people would guess?" asks what
    they live through; the example's news line that the team "would spend the next year"
    learning something does not answer it, however many words it shares with it."""
    with example_workspace(isolated_home) as ws:
        judged = ws.questions(NAME).dropped
    assert not [v.text for v in judged if "more of your time" in v.text]
    judge = GoogleableFilter(EvidenceIndex(Dossier(person=Person(name="Ada Lind"),
                                                   company=Company(name="Harrow Bakery"))),
                             PromptLibrary(None))
    for question in (
        "What takes up most of your week that outsiders wouldn't expect?",
        # Advice for the asker, a role seen from theirs, what moved their own work.
        "Is there a project I could take on in the next few months that would teach me what "
        "this work is really like?",
        "How do people usually grow or move on from a role like yours?",
        "What change in your field over the last few years has affected your work the most?",
    ):
        assert judge.analyse(question).personal, question


def test_their_title_after_as_is_not_what_a_told_answer_must_cover() -> None:
    """"A typical week for you as a senior grants officer": the career line "2020 to now:
    Senior grants officer, ORSP, …" on their page is no account of their week, however many
    of the question's words it holds (a development-set person's real pages)."""
    from devset import FRESH6, load_people

    from infoprep.research.extract import extract_page
    from infoprep.research.facts import page_facts, page_source

    person = load_people(FRESH6 / "people.json")["philippa-nakagawa"]
    pages = [extract_page(p.read_text(encoding="utf-8"), str(p), kind="file")
             for p in person.page_files()]
    dossier = Dossier(
        person=Person(name=person.name, employer=person.company),
        company=Company(name=person.company),
        sources=[page_source(p) for p in pages],
        facts=[f for p in pages for f in page_facts(p, person.name, person.company)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    verdict = judge.judge_one(
        "What does a typical week look like for you as a senior grants officer, and how much "
        "of it is what you expected the job to be?")
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    ("question", "personal"),
    [
        # "At least part of the week" says how much, and lessons taken are a service.
        ("Could I work from home at least part of the week?", False),
        ("Could my daughter take lessons with you?", False),
        # "Do you still" asks the ferry line as often as the person.
        ("Do you still run a Sunday crossing in winter?", False),
        # The same words asking for the person's own experience.
        ("What was the least rewarding part of the move?", True),
        ("What lessons did you take from the 2019 blizzards?", True),
        ("What's the biggest lesson the winter timetable taught you?", True),
    ],
)
def test_words_that_only_sound_personal_are_read_in_their_sense(
    question: str, personal: bool
) -> None:
    judge = judge_over("Marit Olafsen", "Brackenridge Ferries", {ABOUT: ABOUT_TEXT})
    assert bool(judge.analyse(question).personal) is personal


POST = "https://marit-olafsen.example/blog/why-ferries"
POST_TEXT = """Why I traded a classroom for a car deck
I taught geography for six years at Harbour Academy.
I left teaching because I wanted work I could see finished at the end of each day.
In 2015 I joined Brackenridge Ferries as a deckhand, and I have been on the water ever since.
My first winter I learned more about weather than in six years of teaching it.
"""


@pytest.fixture(scope="module")
def move_judge() -> GoogleableFilter:
    return judge_over("Marit Olafsen", "Brackenridge Ferries", {ABOUT: ABOUT_TEXT, POST: POST_TEXT})


@pytest.mark.parametrize(
    "question",
    [
        "Why did you leave teaching for the ferries?",
        "What made you walk away from teaching?",
        "I read that you taught geography. What made you switch to ferries?",
    ],
)
def test_why_they_made_a_move_they_told_in_public_is_dropped(
    move_judge: GoogleableFilter, question: str
) -> None:
    dropped_quoting(move_judge, question, "I left teaching because")


@pytest.mark.parametrize(
    "question",
    [
        # Another move than the one they told of.
        "What made you leave Harbour Academy's board for the ferry union?",
        # The move is public, its reason is not.
        "Why did you join Brackenridge as a deckhand rather than as an officer?",
    ],
)
def test_why_they_made_another_move_is_kept(move_judge: GoogleableFilter, question: str) -> None:
    assert not move_judge.judge_one(question).googleable


INTERVIEW_PAGE = "https://harbourweekly.example/five-questions/marit-olafsen-2"
INTERVIEW_PAGE_TEXT = """Five more questions for Marit Olafsen
Why did you leave the harbour office?
Every decision about the boats was made three floors above the water, and I wanted to be on it.
What do you look for in a deckhand?
Someone who coils a line before anyone asks.
"""


@pytest.mark.parametrize(
    ("question", "googleable"),
    [
        # Asked in other words, of the same kind: the answer under the interviewer's question.
        ("What made you switch from the harbour office to the ferries?", True),
        # Another kind of question about the harbour office: no answer there.
        ("What was the hardest part of the harbour office job?", False),
    ],
)
def test_a_question_an_interviewer_put_in_other_words_is_answered_below_it(
    question: str, googleable: bool
) -> None:
    judge = judge_over("Marit Olafsen", "Brackenridge Ferries",
                       {ABOUT: ABOUT_TEXT, INTERVIEW_PAGE: INTERVIEW_PAGE_TEXT})
    if googleable:
        dropped_quoting(judge, question, "three floors above the water")
    else:
        assert not judge.judge_one(question).googleable


@pytest.mark.parametrize(
    "question",
    [
        # How they felt at the time: the hardest part of the job today answers none of it.
        "Was there a decision in your career you were unsure about at the time that turned out "
        "to matter most?",
        # Where a topic comes into their own work: a page on the topic does not say.
        "I'm interested in winter timetables — where, if anywhere, does it come into your work?",
    ],
)
def test_a_question_of_their_own_feelings_or_work_is_kept_with_the_reader(question: str) -> None:
    dossier = Dossier(
        person=Person(name="Marit Olafsen", employer="Brackenridge Ferries"),
        company=Company(name="Brackenridge Ferries"),
        sources=[Source(url=INTERVIEW, title="Five questions", text=INTERVIEW_TEXT + (
                     "The hardest part of my job now is deciding that a trainee isn't going "
                     "to make it, and then telling them.\n")),
                 Source(url=TALK, title="Retiming", text=TALK_TEXT)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    "question",
    [
        "What did your first season on the ferries look like?",
        "What was running your very first season on the island run like?",
    ],
)
def test_what_a_first_of_theirs_was_like_is_their_experience(question: str) -> None:
    # The bio dates their first season and says what they were; how it went is theirs to tell.
    dossier = Dossier(
        person=Person(name="Marit Olafsen", employer="Brackenridge Ferries"),
        company=Company(name="Brackenridge Ferries"),
        sources=[Source(url=BIO, title="Marit Olafsen", text=BIO_TEXT),
                 Source(url=ABOUT, title="About", text=ABOUT_TEXT)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
    assert "own experience" in verdict.reason


def test_whether_a_fact_ever_felt_like_a_disadvantage_is_their_experience() -> None:
    # "I have no MFA" is public; how it felt is theirs to tell.
    dossier = Dossier(
        person=Person(name="Marit Olafsen", employer="Brackenridge Ferries"),
        company=Company(name="Brackenridge Ferries"),
        sources=[Source(url=BIO, title="Marit Olafsen", text=BIO_TEXT + (
            "I have no MFA and no captain's license.\n"))],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    question = "You don't have an MFA. Has that ever felt like a disadvantage at sea?"
    assert judge.analyse(question).personal
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
    assert "own experience" in verdict.reason


def test_how_they_carried_a_crew_through_a_night_the_pages_tell_is_their_experience() -> None:
    # The story of the night is public; how they kept everyone going is theirs to tell.
    pages = {
        "https://sailsandsheets.example/episode-12": (
            "Marisol Kwan runs the loft floor at Larkspit Sails.\n"
            "A 52-foot ketch's mainsail came in shredded two days before a race, and the whole "
            "floor stayed until two in the morning to rebuild its leech.\n"
        ),
    }
    judge = judge_over("Marisol Kwan", "Larkspit Sails", pages)
    verdict = judge.judge_one(
        "When the whole floor stayed until two in the morning to rebuild that ketch's leech, how "
        "did you keep everyone going?"
    )
    assert not verdict.googleable, verdict.evidence
    assert "own experience" in verdict.reason
