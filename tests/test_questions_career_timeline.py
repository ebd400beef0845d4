"""Where the person worked before: read off their own career timeline ("2017 to 2020: Network
administrator, Pellworth Regional Hospital"), the last job that ended before the one they hold
now, an earlier job at their employer left out; and the lexicon's phrasings that allow a few
words between ("right before the Superior Court hired you")."""

from __future__ import annotations

import pytest
from questions_support import dropped_quoting, judge_over

from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.lexicon import compile_phrase

ABOUT = "https://thornmere.example/about"
ABOUT_TEXT = """About Thornmere Mutual
Thornmere Mutual insures homes and farms across four states.
Our adjusters visit every claim in person.
"""

BIO = "https://hollis-dray.example/about"
BIO_TEXT = """Hollis Dray
I lead the property claims team at Thornmere Mutual, and I have adjusted claims since 2011.
My first claim was a hailstorm in Kessock County, and I still carry my own ladder.
Career
- 2011 to 2015: Staff adjuster, Kessock Insurance Group
- 2015 to 2018: Independent catastrophe adjuster, Tallow Creek Adjusting Services
- 2018 to 2022: Property Claims Adjuster, Thornmere Mutual
- 2022 to now: Property Claims Team Lead, Thornmere Mutual
"""


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return judge_over("Hollis Dray", "Thornmere Mutual", {ABOUT: ABOUT_TEXT, BIO: BIO_TEXT})


@pytest.mark.parametrize(
    "question",
    [
        "Where were you working before Thornmere hired you?",
        "What were you doing right before Thornmere hired you?",
        "What did you do before you joined Thornmere?",
    ],
)
def test_the_job_before_their_employer_is_read_off_their_timeline(
    judge: GoogleableFilter, question: str
) -> None:
    dropped_quoting(judge, question, "Tallow Creek Adjusting Services")


def test_a_space_inside_a_character_class_is_a_space() -> None:
    pattern = compile_phrase("before [\\w -]{1,30}? hired you")
    assert pattern.search("where were you working right before the superior court hired you")
    assert pattern.search("before the mutual-owned firm hired you")
    assert not pattern.search("before all of the people over at that big place hired you")
