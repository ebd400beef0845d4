"""Of the lines the rules find answering a question, the one quoted is the one that states the
answer: the reader chooses among them when it is sure, so "How many animals live at the zoo?"
quotes the zoo's count of animals, not "Animal care is only one part of running a zoo." The
verdict is the rules' either way."""

from __future__ import annotations

from questions_support import judge_over

from infoprep.questions.reader import default_reader

ABOUT = "https://harrowgate-zoo.example/about"
JOBS = "https://harrowgate-zoo.example/jobs"

PAGES = {
    ABOUT: (
        "Harrowgate Zoo opened in 1958 on the north bank of the river.\n"
        "Animals 640 animals of 112 species\n"
        "Visitors in 2024 About 380,000\n"
    ),
    JOBS: (
        "Animal care is only one part of running a zoo.\n"
        "We also hire for guest services, grounds and maintenance.\n"
    ),
}
QUESTION = "How many animals live at Harrowgate Zoo?"


def test_the_rules_alone_rank_a_line_that_only_shares_words_first() -> None:
    # The case the reader is for: both lines hold the question's words and a figure.
    verdict = judge_over("Lena Marsh", "Harrowgate Zoo", PAGES).judge_one(QUESTION)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.quote == "Animal care is only one part of running a zoo."


def test_the_reader_chooses_the_line_that_states_the_answer() -> None:
    judge = judge_over("Lena Marsh", "Harrowgate Zoo", PAGES, reader=default_reader())
    verdict = judge.judge_one(QUESTION)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.url == ABOUT
    assert "640 animals of 112 species" in verdict.evidence.quote


def test_the_choice_does_not_change_which_questions_are_dropped() -> None:
    questions = [QUESTION, "How many visitors came in 2024?", "What do you love about the job?"]
    rules = judge_over("Lena Marsh", "Harrowgate Zoo", PAGES).judge_offline(questions)
    read = judge_over(
        "Lena Marsh", "Harrowgate Zoo", PAGES, reader=default_reader()
    ).judge_offline(questions)
    assert [v.googleable for v in rules] == [v.googleable for v in read] == [True, True, False]
