"""A dropped question's rewrite never quotes the person's own "I" back at them: their first-
person words are retold to them ("I read that you're an individual contributor by choice, and
you help train …"), in part when only a part can be, and otherwise the rewrite says what was
read without quoting it."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Evidence, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.retell import retell

PERSON = "Teodora Alcazar-Finch"
COMPANY = "Quillmark Software"
OWN = "https://teodora.example/about"
NEWS = "https://saas-weekly.example/the-enterprise-pod"

OWN_TEXT = (
    "About me\n"
    "I'm an individual contributor by choice, and I help train every new CSM who joins the "
    "enterprise pod.\n"
    "I run the renewal forecast, write our playbooks, and keep the health scores we built in "
    "Looker honest.\n"
    "I joined Quillmark Software in 2021. My favourite part of the week is the Friday demo.\n"
    "Before that I taught maths for six years.\n"
)
NEWS_TEXT = (
    "Inside the enterprise pod\n"
    "“I pair every new hire with a veteran, and we review their first renewals together.”\n"
)


def _filter() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name=PERSON, employer=COMPANY),
        company=Company(name=COMPANY),
        sources=[
            Source(url=OWN, title="About me", kind="page", text=OWN_TEXT),
            Source(url=NEWS, title="Inside the pod", kind="news", text=NEWS_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


def _rewrite(quote: str, url: str = OWN) -> str:
    return _filter().rewrite("How does your team support people who are new to the work?",
                             Evidence(url=url, quote=quote), "")


def test_their_first_person_line_is_retold_to_them_every_i_turned() -> None:
    said = _rewrite("I'm an individual contributor by choice, and I help train every new CSM "
                    "who joins the enterprise pod.")
    assert said.startswith(
        "I read on teodora.example that you're an individual contributor by choice, and you "
        "help train every new CSM who joins the enterprise pod — ")
    assert "“" not in said and "I'm" not in said and "and I help" not in said


def test_a_line_whose_end_cannot_be_retold_is_retold_up_to_a_break() -> None:
    # "the health scores we built": their team's "we" has no plain "you" form; the clause
    # before it is said, never the line in quotes.
    said = _rewrite("I run the renewal forecast, write our playbooks, and keep the health "
                    "scores we built in Looker honest.")
    assert said.startswith("I read on teodora.example that you run the renewal forecast — ")
    assert "“" not in said


def test_a_voice_that_cannot_be_retold_is_not_quoted_back() -> None:
    # Someone's "I" on a trade site may be anyone's: what was read is named, not quoted as if
    # the user said it.
    said = _rewrite("I pair every new hire with a veteran, and we review their first renewals "
                    "together.", NEWS)
    assert said.startswith("I read about this on saas-weekly.example — ")
    assert "I pair" not in said and "“" not in said


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("I think I'm the only CSM here who has taught school.",
         "you think you're the only CSM here who has taught school"),
        ("I was nervous at first, but I was lucky: my manager paired me with a mentor.",
         "you were nervous at first, but you were lucky: your manager paired you with a mentor"),
        ("I've run the Friday demo since I joined, and I still enjoy it.",
         "you've run the Friday demo since you joined, and you still enjoy it"),
        # Someone else's "she" in their own words is that someone, left as it is.
        ("I report to Lena Okafor, and she runs our renewals desk.",
         "you report to Lena Okafor, and she runs your renewals desk"),
    ],
)
def test_every_i_in_their_own_words_is_you(sentence: str, told: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY, own_page=True) == told
    # Not on their own page, an "I" may be anyone: not retold.
    assert retell(sentence, person=PERSON, company=COMPANY) is None
