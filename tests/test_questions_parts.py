""""How many of the instructors you trained …?" asks a part of a whole, and only a part said
of that whole answers it ("29 of them still teach here"): not a part of something else on the
page ("one of our own cars", "a quarter of our students"), nor a year ("in 2019")."""

from __future__ import annotations

from questions_support import dropped_quoting, judge_over

POST = "https://mapleturn.example/blog/ten-years-of-teaching"
ABOUT = "https://mapleturn.example/about"

PAGES = {
    POST: (
        "Ten years of teaching teachers, by Clementine Asare\n"
        "I've trained 41 instructors since Joanna put me in charge of instructor training at "
        "Mapleturn in 2019.\n"
        "Every instructor is our own employee, and every lesson is taught in one of our own "
        "cars.\n"
    ),
    ABOUT: (
        "Mapleturn Driving School teaches teenagers and adults in Des Moines.\n"
        "About a quarter of Mapleturn's students are adults, and many of them are afraid of "
        "highways.\n"
    ),
}
QUESTION = "How many of the instructors you trained are still teaching at Mapleturn?"


def test_a_part_of_something_else_does_not_answer() -> None:
    verdict = judge_over("Clementine Asare", "Mapleturn Driving School", PAGES).judge_one(
        QUESTION
    )
    assert not verdict.googleable, verdict.evidence


def test_a_part_of_the_whole_asked_about_answers() -> None:
    pages = dict(PAGES)
    pages[POST] += "Of those 41 instructors, 29 of them still teach at Mapleturn today.\n"
    judge = judge_over("Clementine Asare", "Mapleturn Driving School", pages)
    dropped_quoting(judge, QUESTION, "29 of them")
