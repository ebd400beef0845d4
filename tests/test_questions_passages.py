"""The passages the model's judge reads for a question: ranked on the words that carry its
meaning and the lexicon's words for them, so a passage that answers in other words ("staff"
for "folks", "started" for "get its start") is among them, not lines that only share the
question's small words or the names every page repeats."""

from __future__ import annotations

import json

from infoprep.api import Workspace
from infoprep.llm import ModelGateway
from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.testing import OpenAITestServer

ABOUT = "https://brindlecove.example/about"
NEWS = "https://brindlecove.example/news"

ABOUT_TEXT = """About Brindle Cove Ceramics
Brindle Cove Ceramics was started in 1994 by two potters in a former boathouse.
A staff of 26 throws, glazes and fires every piece by hand.
"""

NEWS_TEXT = """News from Brindle Cove Ceramics
How do you pack a kiln? Brindle Cove Ceramics answers in a new video.
How many mugs can you make in a day? Brindle Cove Ceramics shows how it works.
Where do the colours come from? Brindle Cove Ceramics work with local clay.
What is it like to work at Brindle Cove Ceramics? Many of us started as students.
When did you last visit Brindle Cove Ceramics? The shop is open on Saturdays.
Brindle Cove Ceramics did it again: many of the mugs sold out in a day.
"""

QUESTIONS = (
    ("How many folks work at Brindle Cove?", "A staff of 26"),
    ("When did Brindle Cove get its start?", "started in 1994"),
)
# A question the offline filter keeps (no page says "payroll"): the model still reads the
# passage that may answer it.
KEPT_OFFLINE = (("Roughly how many folks are on the payroll at Brindle Cove?", "A staff of 26"),)


def _judge() -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Odile Farrant", employer="Brindle Cove Ceramics"),
        company=Company(name="Brindle Cove Ceramics"),
        sources=[
            Source(url=NEWS, title="News", text=NEWS_TEXT),
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))


def test_the_passage_that_answers_in_other_words_is_among_the_top_four() -> None:
    judge = _judge()
    for question, answer in QUESTIONS:
        texts = [p.text for p in judge.passages_for(question, 4)]
        assert any(answer in t for t in texts), texts


def test_the_model_judge_reads_the_passage_that_answers_in_other_words(
    use_llm: OpenAITestServer,
) -> None:
    use_llm.enqueue({"verdicts": []})
    gateway = Workspace().generator
    assert isinstance(gateway, ModelGateway)
    judge = _judge()
    questions = [q for q, _ in KEPT_OFFLINE]
    assert not any(v.googleable for v in judge.judge_offline(questions))
    judge.judge_with_model(questions, gateway)
    prompt = json.dumps(use_llm.chat_requests()[0]["messages"])
    for _question, answer in KEPT_OFFLINE:
        assert answer in prompt


SHOP = "https://brindlecove.example/visit"
SHOP_TEXT = """Visiting the studio
Tours run on the first Saturday of each month.
Everyone on the studio floor must wear closed-toe shoes.
"""


def test_the_judge_reads_whole_sources_and_may_quote_a_line_no_top_passage_holds(
    use_llm: OpenAITestServer,
) -> None:
    # "sandals" shares no word with the rule on shoes, so no word-based ranking puts that
    # line next to the question; the model reads the whole page and quotes it.
    question = "Could I turn up in sandals?"
    dossier = Dossier(
        person=Person(name="Odile Farrant", employer="Brindle Cove Ceramics"),
        company=Company(name="Brindle Cove Ceramics"),
        sources=[
            Source(url=NEWS, title="News", text=NEWS_TEXT),
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=SHOP, title="Visit", text=SHOP_TEXT),
        ],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    rule = "Everyone on the studio floor must wear closed-toe shoes."
    assert all(rule not in p.text for p in judge.passages_for(question, 4))
    use_llm.enqueue({"verdicts": [
        {"id": 1, "googleable": True, "url": SHOP, "quote": rule, "reason": "shoe rule"},
    ]})
    gateway = Workspace().generator
    assert isinstance(gateway, ModelGateway)
    [verdict] = judge.judge_with_model([question], gateway)
    prompt = use_llm.chat_requests()[0]["messages"][1]["content"]
    assert rule in prompt and "QUOTED MATERIAL" in prompt
    assert verdict.googleable and verdict.evidence is not None
    assert (verdict.evidence.url, verdict.evidence.quote) == (SHOP, rule)


def test_a_source_too_long_to_read_whole_is_left_out_and_its_question_gets_more_passages() -> None:
    filler = "\n".join(f"Kiln log entry {n}: the glaze firing went to cone six." 
                       for n in range(1400))
    long_text = "Firing notes\nThe big kiln holds 400 mugs at a time.\n" + filler
    dossier = Dossier(
        person=Person(name="Odile Farrant", employer="Brindle Cove Ceramics"),
        company=Company(name="Brindle Cove Ceramics"),
        sources=[
            Source(url=ABOUT, title="About", text=ABOUT_TEXT),
            Source(url=NEWS, title="Kiln notes", text=long_text),
        ],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    research, items = judge.judge_request(
        ["How many mugs fit in the big kiln?", "When was Brindle Cove Ceramics started?"]
    )
    assert [s.url for s in research] == [ABOUT]  # the long page alone is over the budget
    kiln, start = (item["passages"] for item in items)
    assert any("400 mugs" in str(p["text"]) for p in kiln)  # type: ignore[attr-defined]
    assert len(kiln) > 4 >= len(start)  # type: ignore[arg-type]
