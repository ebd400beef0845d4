"""What kind of answer a question asks for: being "in charge of" a crew asks no price, and
"what share" asks a share, however the question opens; what the hours are like asks no
clock time; how much extra someone gets for nights asks a sum; what brand of a thing asks a
maker's name (a known gap: a line that names the maker beside the thing, "We install Tarnwell
pumps", is not yet found for it). "What time of year" asks a month or a season, how fast a
thing goes asks a speed, a range of hours after "mornings" is a clock time, and "how many
volunteer tutors helped …" counts tutors."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.answers import expected_answer
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.reader import default_reader


@pytest.mark.parametrize(
    ("question", "kind"),
    [("How big is the crew you're in charge of?", "amount"),
     ("What do you charge for a tune-up?", "money"),
     ("What share of your hives die off over a typical winter?", "share"),
     ("Of all the larvae you raise, what share make it to setting?", "share"),
     ("What portion of each donated dollar goes to programs?", "share"),
     ("What are the walk-in repair hours?", "time"),
     ("What are the hours like during harvest?", "any"),
     ("How much extra do you get for working overnights?", "money"),
     ("How much more time do you get?", "amount"),
     ("What brand of submersible pumps do you put in?", "name"),
     ("Of the eleven people on your floor crew, how many are still apprentices?", "count"),
     ("Out of all the sails that come in, how many get replaced?", "count")],
)
def test_the_kind_of_answer_asked(question: str, kind: str) -> None:
    assert expected_answer(question).kind == kind


def test_the_size_of_a_crew_someone_is_in_charge_of_is_found() -> None:
    pages = {
        "https://tenfold-lanes.example/team/cassius": (
            "Cassius Quispe is the head mechanic at Tenfold Lanes.\n"
            "He is in charge of a crew of six mechanics who keep 40 lanes running.\n"
        ),
    }
    judge = judge_over("Cassius Quispe", "Tenfold Lanes", pages)
    dropped_quoting(judge, "How big is the crew you're in charge of?", "a crew of six")



def test_what_brand_is_not_answered_by_a_line_on_the_thing_that_names_no_maker() -> None:
    pages = {
        "https://canehollow.example/column": (
            "Rosamund Petrakis writes a monthly column on water wells.\n"
            "Around here a submersible pump usually gives ten to fifteen years.\n"
        ),
    }
    judge = judge_over("Rosamund Petrakis", "Cane Hollow Well Co.", pages)
    verdict = judge.judge_one("What brand of submersible pumps do you put in?")
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize("with_reader", [False, True])
def test_a_count_the_question_gives_is_no_answer_to_how_many_of_them(with_reader: bool) -> None:
    pages = {
        "https://larkspit.example/talk": (
            "Marisol Kwan runs the loft floor at Larkspit Sails.\n"
            "Marisol leads a floor crew of eleven sailmakers and apprentices.\n"
        ),
    }
    plain = judge_over("Marisol Kwan", "Larkspit Sails", pages)
    judge = GoogleableFilter(plain.index, plain.prompts,
                             reader=default_reader() if with_reader else None)
    question = "Of the eleven people on your floor crew, how many are still apprentices?"
    verdict = judge.judge_one(question)
    assert not verdict.googleable, verdict.evidence


@pytest.mark.parametrize(
    ("question", "kind", "heads"),
    [("What time of year do you prune the oaks?", "date", ()),
     ("How fast are the trains allowed to go on the branch line?", "amount", ()),
     ("How fast do the test results come back?", "duration", ()),
     ("How many volunteer tutors helped run the summer camp?", "count", ("tutor",))],
)
def test_what_a_question_of_speed_season_or_count_asks(
    question: str, kind: str, heads: tuple[str, ...]
) -> None:
    expectation = expected_answer(question)
    assert (expectation.kind, expectation.heads) == (kind, heads)


ORCHARD = {
    "https://quince-hollow.example/care": (
        "Quince Hollow Tree Care looks after street trees and orchards in three counties.\n"
        "We prune oaks only from November through February, when the beetles that spread oak "
        "wilt are not flying.\n"
        "Walk-in saw repairs are seen at the yard on Tuesday and Thursday mornings from 8 to "
        "11.\n"
        "Our trucks are limited to 55 miles an hour on the interstate.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "quote_has"),
    [("What time of year would you cut back an oak?", "November through February"),
     ("What are the yard's walk-in repair hours?", "mornings from 8 to 11"),
     ("How fast are your trucks allowed to go on the interstate?", "55 miles an hour")],
)
def test_a_season_a_range_of_hours_and_a_speed_answer_what_asks_them(
    question: str, quote_has: str
) -> None:
    judge = judge_over("Odile Marsh", "Quince Hollow Tree Care", ORCHARD, reader=default_reader())
    dropped_quoting(judge, question, quote_has)
