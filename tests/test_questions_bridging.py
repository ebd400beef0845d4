"""How the offline filter bridges a question's words to a page's: acronyms, section titles,
names it must find near the answer, titles that are not people, counts of the right thing."""

from __future__ import annotations

import pytest
from questions_support import judge_over

from infoprep.models import Company, Dossier, Fact, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.text import acronyms

ABOUT = "https://tidewell.example/about"
PROJECTS = "https://tidewell.example/projects"
BIO = "https://tidewell.example/team/owen-marsh"

ABOUT_TEXT = """About the Office of Coastal Resilience and Housing
The Office of Coastal Resilience and Housing (OCRH) keeps the county's shoreline towns livable.
OCRH has about 38 employees in two bureaus.
Keld Varanasi serves as Director of the office.
Leadership
Our bureau planners report to the Deputy County Administrator.
Careers
Bureau staff may work a compressed schedule of four ten-hour days.
"""

PROJECTS_TEXT = """Saltmarsh Commons Redevelopment
The Saltmarsh Commons Redevelopment will rebuild 300 homes above the flood line.
Schedule
- Spring 2025: Surveys
- Fall 2025: Draft design
Money
Funding includes a $2.1 million grant from the state Housing Trust.
Who is involved
The work is led by Owen Marsh, with engineering support from Brackwater Civil Partners.
Other work
The Dune Street Study looks at parking near the ferry.
"""

BIO_TEXT = """Owen Marsh is a senior housing planner at the Office of Coastal Resilience
and Housing.
He joined the office in 2018 after six years at a regional transit agency.
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Owen Marsh", employer="Office of Coastal Resilience and Housing"),
        company=Company(name="Tidewell County"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=PROJECTS, title="Projects", text=PROJECTS_TEXT),
            Source(url=BIO, title="Owen Marsh", text=BIO_TEXT),
        ],
        facts=[
            Fact(subject="company", field="size", value="38", source_url=ABOUT,
                 quote="OCRH has about 38 employees in two bureaus."),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


def test_acronyms_are_read_with_the_words_they_stand_for() -> None:
    text = "The Department of Planning and Community Development (PCD) guides growth."
    assert acronyms(text) == {"pcd": "Department of Planning and Community Development"}
    assert acronyms("We met the Board (NOT an acronym of it).") == {}


def test_a_passage_using_an_acronym_answers_for_its_long_name(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one("How many employees does the coastal resilience office have?")
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.quote == "OCRH has about 38 employees in two bureaus."


def test_the_section_and_page_titles_give_a_passage_its_topic(judge: GoogleableFilter) -> None:
    # The consultant's line does not name the redevelopment, nor does its section's title
    # ("Who is involved"); the page's title does.
    verdict = judge.judge_one(
        "Which engineering firm is working on the Saltmarsh Commons redevelopment?"
    )
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and "Brackwater Civil Partners" in verdict.evidence.quote


def test_a_name_the_question_uses_must_be_near_the_answer(judge: GoogleableFilter) -> None:
    # The grant is the project's funding, not what the named consultant is paid.
    verdict = judge.judge_one(
        "How much is Brackwater Civil Partners being paid for the Saltmarsh Commons redevelopment?"
    )
    assert not verdict.googleable, verdict.evidence


def test_which_kind_of_thing_needs_a_name_next_to_that_kind(judge: GoogleableFilter) -> None:
    # "a regional transit agency" is unnamed: the bio does not say which one.
    verdict = judge.judge_one("Which transit agency did Owen Marsh work for before?")
    assert not verdict.googleable, verdict.evidence


def test_a_job_title_does_not_answer_who(judge: GoogleableFilter) -> None:
    kept = judge.judge_one("Who do the bureau planners report to?")
    assert not kept.googleable, kept.evidence
    named = judge.judge_one("Who is the director of the office?")
    assert named.googleable, named.reason
    assert named.evidence is not None and "Keld Varanasi" in named.evidence.quote


def test_a_headcount_does_not_count_one_kind_of_staff(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one("How many engineers does the office have?")
    assert not verdict.googleable, verdict.evidence


def test_a_common_verb_worded_differently_does_not_hide_the_answer(
    judge: GoogleableFilter,
) -> None:
    verdict = judge.judge_one("Can bureau staff set a compressed schedule?")
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and verdict.evidence.url == ABOUT


def test_a_place_named_in_the_answer_is_not_another_thing() -> None:
    """"Our 12-bed residence on Lake Pell" counts the residence's beds: the lake is where it
    is, not something else the figure could belong to; "the Ostrander house" is."""
    about = "https://pellwood.example/about"
    text = (
        "About Pellwood Hospice\n"
        "Larch House is our hospice residence.\n"
        "Our care\n"
        "Our 12-bed hospice residence on Lake Pell opened in 2009 for patients whose pain "
        "can't be managed at home.\n"
        "The Ostrander house has 6 beds for respite stays.\n"
    )
    judge = judge_over("Mira Tollan", "Pellwood Hospice", {about: text})
    verdict = judge.judge_one("How many beds does Larch House have?")
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and "12-bed" in verdict.evidence.quote
