"""The offline googleable filter on a fictional dossier."""

from __future__ import annotations

import pytest
from questions_support import ABOUT, BIO, fernbank_dossier, judge_over, source_text

from infoprep.models import Company, Dossier, Evidence, Fact, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex, find_verbatim
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.text import sentence_spans


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return GoogleableFilter(EvidenceIndex(fernbank_dossier()), PromptLibrary(None))


# (question, evidence URL) for questions the pages answer, in words other than the page's.
ANSWERED = [
    ("When was Fernbank founded?", ABOUT),
    ("When did Fernbank Health get its start?", ABOUT),
    ("How many people work at Fernbank?", ABOUT),
    ("Where is the company headquartered?", ABOUT),
    ("Who runs Fernbank?", ABOUT),
    ("Who started Fernbank?", ABOUT),
    ("How much money has Fernbank raised?", ABOUT),
    ("What is Fernbank's mission?", ABOUT),
    ("What is CareLoop?", ABOUT),
    ("How many clinics does Fernbank operate?", ABOUT),
    ("Where did you go to school?", BIO),
    ("What did you study in college?", BIO),
    ("Where did you work before Fernbank?", BIO),
    ("When did you join Fernbank?", BIO),
    ("Have you spoken at any conferences?", BIO),
    ("Where are you based?", BIO),
    ("What is your job title?", BIO),
    ("How big is your team?", BIO),
]

# Personal questions (some mention public facts), internals, and near misses.
OPEN = [
    "What made you move from Kaiser Permanente to Fernbank?",
    "Why did you join Fernbank in 2020?",
    "What surprised you most about predicting no-shows?",
    "What advice would you give someone moving into health data science?",
    "What does a typical week look like for you?",
    "What's the team culture like?",
    "How does the data team decide which projects to take on?",
    "What is Fernbank's annual revenue?",
    "When was the analytics team founded?",
    "How many employees does Fernbank have in Phoenix?",
    "Does Fernbank have offices in Texas?",
    "Which machine learning library does CareLoop use?",
    "Who else would you suggest I talk to?",
]


@pytest.mark.parametrize(("question", "url"), ANSWERED)
def test_answered_questions_are_dropped_with_exact_evidence(
    judge: GoogleableFilter, question: str, url: str
) -> None:
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.url == url
    assert verdict.evidence.quote in source_text(url)
    assert verdict.rewrite and verdict.rewrite.startswith("I read on fernbank.example that")


@pytest.mark.parametrize("question", OPEN)
def test_personal_internal_and_unstated_questions_are_kept(
    judge: GoogleableFilter, question: str
) -> None:
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence
    assert verdict.evidence is None and verdict.rewrite is None
    assert verdict.reason


def test_personal_reason_names_the_signal(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one("What made you move from Kaiser Permanente to Fernbank?")
    assert "own experience" in verdict.reason and "What made you" in verdict.reason


def test_a_person_fact_needs_a_passage_about_the_person(judge: GoogleableFilter) -> None:
    # The about page names a CEO who joined from elsewhere; that is not Priya's history.
    verdict = judge.judge_one("Where did you work before?")
    assert verdict.evidence is not None and verdict.evidence.url == BIO


def test_rewrite_builds_on_the_quote(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one("When was Fernbank founded?")
    assert verdict.rewrite is not None
    assert "“Fernbank Health was founded in 2011" in verdict.rewrite
    assert verdict.rewrite.endswith("?")


def test_sentences_are_exact_slices() -> None:
    text = "Dr. Ortiz founded it in 2011. It has 34 clinics!\nHQ: Tucson\n\nMore text here."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Dr. Ortiz founded it in 2011.", "It has 34 clinics!", "HQ: Tucson", "More text here.",
    ]


def test_find_verbatim_tolerates_reflowed_white_space_only() -> None:
    text = "Fernbank is headquartered\nin Tucson."
    assert find_verbatim(text, "Fernbank is headquartered in Tucson.") == text
    assert find_verbatim(text, "Fernbank is based in Tucson.") is None


def test_fetched_text_that_looks_like_a_template_stays_text() -> None:
    dossier = fernbank_dossier()
    dossier.sources[0].text += "\nFernbank was incorporated in {{ 7*7 }} 2012 as a company."
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    verdict = judge.judge_one("When was Fernbank incorporated?")
    assert verdict.googleable and verdict.rewrite is not None
    assert "{{ 7*7 }}" in verdict.rewrite


def test_a_rewrite_names_no_file_path_and_restates_a_record_in_plain_words() -> None:
    """Evidence from a local file reads "I read that …" (a path means nothing on a call), a
    record of fields ("… (Organization) address: …") becomes a plain statement of its value,
    and so does a sentence whose fact states what was asked ("was founded in 2011", not the
    whole sentence in quotes)."""
    page = "/home/sam/saved/acme-about.html"
    record = "Acme Robotics (Organization) address: Leeds, GB"
    text = f"Acme Robotics was founded in 2011 by two engineers.\n{record}\n"
    dossier = Dossier(
        person=Person(name="Dana Wolfe", employer="Acme Robotics"),
        company=Company(name="Acme Robotics"),
        sources=[Source(url=page, title="About", kind="file", text=text)],
        facts=[
            Fact(subject="company", field="founded", value="2011", source_url=page,
                 quote="Acme Robotics was founded in 2011 by two engineers."),
            Fact(subject="company", field="headquarters", value="Leeds, GB", source_url=page,
                 quote=record),
        ],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    founded = judge.judge_one("When was Acme Robotics founded?")
    assert founded.rewrite is not None
    assert founded.rewrite.startswith("I read that Acme Robotics was founded in 2011 — how has")
    based = judge.judge_one("Where is Acme Robotics headquartered?")
    assert based.googleable and based.evidence is not None
    assert based.evidence.quote == record  # the evidence itself stays the exact passage
    assert based.rewrite is not None
    # The country code of the address record is not said aloud.
    assert based.rewrite.startswith("I read that Acme Robotics is based in Leeds — how")
    assert "/home/sam" not in founded.rewrite + based.rewrite
    assert "(Organization)" not in based.rewrite


def test_a_rewrite_reads_a_table_row_or_a_labelled_figure_aloud() -> None:
    """A table row's pipes and a card's line breaks are not said to a person: the cells read
    as a list, a figure follows its label after a colon; the evidence keeps the exact row."""
    page = "https://harlowe.example/careers"
    row = "| Service Dispatcher | $26 to $30 an hour | Rotating shifts, not union |"
    text = f"Current rates\n{row}\n"
    judge = judge_over("Inga Sorensen", "Harlowe Elevator", {page: text})
    pay = judge.judge_one("What does a service dispatcher make an hour?")
    assert pay.googleable and pay.evidence is not None and pay.evidence.quote == row
    assert pay.rewrite is not None and "|" not in pay.rewrite
    assert "“Service Dispatcher, $26 to $30 an hour, Rotating shifts, not union”" in pay.rewrite
    # A definition list's term and figure, as a fetched page gives them in one passage.
    vans = judge.rewrite(
        "How many training vans do you have?",
        Evidence(url=page, quote="Training vans\n16, each with a lift gate"), "",
    )
    assert "“Training vans: 16, each with a lift gate”" in vans


@pytest.mark.parametrize("value", ["about 140 people", "140"])
def test_a_headcount_record_is_restated_once(value: str) -> None:
    """A size fact's value with or without its noun reads as one phrase ("has about 140
    people", never "people people")."""
    said = " ".join(PromptLibrary(None).render(
        "questions_rewrite", question="How big is Acme?", intent="size",
        quote="Acme (Organization) numberOfEmployees: 140", sentence=False, value=value,
        of_intent=True, host="", person="Dana Wolfe", first_name="Dana", company="Acme").split())
    assert said.startswith(f"I read that Acme has {value.removesuffix(' people')} people — how")


def test_a_rewrite_says_what_was_asked_and_quotes_only_what_no_fact_restates() -> None:
    """A long sentence answering a funding or headcount question is boiled down to its fact
    ("I read about Acme's £12 million Series A —"); a sentence with no fact of the question's
    kind is said as it stands (retold to the reader), never restated from a fact about
    something else."""
    page = "https://acme.example/about"
    funding = "In May 2025 we raised a £12 million Series A led by Harbour Ventures."
    staff = "Today we are 85 people across Leeds and Bristol."
    text = f"{funding}\n{staff}\n"
    dossier = Dossier(
        person=Person(name="Dana Wolfe", employer="Acme Robotics"),
        company=Company(name="Acme Robotics"),
        sources=[Source(url=page, title="About", kind="page", text=text)],
        facts=[
            Fact(subject="company", field="funding", value="£12 million Series A",
                 source_url=page, quote=funding),
            Fact(subject="company", field="locations", value="Leeds, Bristol",
                 source_url=page, quote=staff),
        ],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    raised = judge.judge_one("How much money did Acme Robotics raise in its Series A?")
    assert raised.googleable and raised.rewrite is not None
    assert raised.rewrite.startswith(
        "I read on acme.example about Acme Robotics' £12 million Series A — how has")
    size = judge.judge_one("How many people work at Acme Robotics?")
    assert size.googleable and size.rewrite is not None
    # Retold in words ("we" is the company), never restated from the places fact.
    assert size.rewrite.startswith(
        "I read on acme.example that today Acme Robotics is 85 people across Leeds and "
        "Bristol — how")


def test_passages_added_after_judging_count_as_if_there_from_the_start() -> None:
    # `--verify-with-search` judges the questions once to pick what to search, then adds the
    # results: the verdicts after must be those of a filter that had every source at first.
    question = "Who is Fernbank's CEO?"
    news = Source(url="https://news.example/fernbank-ceo", title="Fernbank names its CEO",
                  kind="news", text="Marcus Bell is the chief executive of Fernbank Health.")
    judged_first = GoogleableFilter(EvidenceIndex(fernbank_dossier()), PromptLibrary(None))
    judged_first.judge_one(question)
    judged_first.index.add_sources([news])
    all_at_once = GoogleableFilter(EvidenceIndex(fernbank_dossier()), PromptLibrary(None))
    all_at_once.index.add_sources([news])
    assert judged_first.judge_one(question) == all_at_once.judge_one(question)
    assert judged_first.judge_one(question).evidence == Evidence(
        url="https://news.example/fernbank-ceo",
        quote="Marcus Bell is the chief executive of Fernbank Health.")
