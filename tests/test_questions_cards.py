"""A careers page's job cards (a title, its hours and its pay, each its own block) read as one
passage each, so a pay question finds the pay of the job it names; the passage stays an exact
slice of the page's text and the lines of prose around it stay sentences."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Person
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.reader import default_reader
from infoprep.research.extract import extract_page
from infoprep.research.facts import page_source

URL = "https://quarrybend.example/careers"
PAGE = """<!DOCTYPE html><html><head><title>Careers | Quarry Bend Creamery</title></head><body>
<header><nav><a href="/">Home</a> <a href="/careers">Careers</a></nav></header>
<main>
  <h1>Make cheese with us</h1>
  <p>Most of our cellar crew had never made cheese before they started here. We teach every
  step, from cutting curd to turning wheels in the cave, and we promote from the floor.</p>
  <section class="openings">
    <h2>Open positions</h2>
    <div class="opening">
      <h3>Cheesemaker</h3>
      <p class="when">Early shift, 5:00 a.m. to 1:30 p.m.</p>
      <p class="pay">$22.00&ndash;$27.50 per hour</p>
    </div>
    <div class="opening">
      <h3>Cave Hand</h3>
      <p class="when">Day shift, 8:00 a.m. to 4:30 p.m.</p>
      <p class="pay">$18.25 per hour</p>
    </div>
  </section>
  <section>
    <h2>Working in the cave</h2>
    <p>The aging cave stays at 52 degrees all year, so bring a warm layer. Wheels weigh up to
    40 pounds and are turned by hand twice a week.</p>
  </section>
</main>
<footer><p>Quarry Bend Creamery, 12 Mill Road</p></footer>
</body></html>"""



@pytest.fixture(scope="module")
def index() -> EvidenceIndex:
    source = page_source(extract_page(PAGE, URL))
    dossier = Dossier(
        person=Person(name="Odile Marchbank", employer="Quarry Bend Creamery"),
        company=Company(name="Quarry Bend Creamery"), sources=[source],
    )
    return EvidenceIndex(dossier)


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def test_a_job_card_is_one_passage_in_its_place(index: EvidenceIndex) -> None:
    texts = [_squeezed(p.text) for p in index.passages]
    card = "Cheesemaker Early shift, 5:00 a.m. to 1:30 p.m. $22.00–$27.50 per hour"
    assert card in texts
    assert "Cave Hand Day shift, 8:00 a.m. to 4:30 p.m. $18.25 per hour" in texts
    # Once: its parts are no passages of their own, and the page's repeat of it is not read.
    assert texts.count(card) == 1
    assert "Cheesemaker" not in texts and "$22.00–$27.50 per hour" not in texts
    # In its place, before the prose that follows it on the page.
    assert texts.index(card) < texts.index(
        "The aging cave stays at 52 degrees all year, so bring a warm layer.")
    # Prose keeps its sentences, and every passage is a slice of the source's text.
    assert "We teach every step, from cutting curd to turning wheels in the cave, and we " \
           "promote from the floor." in texts
    source = index.sources[URL]
    assert all(source.text[p.start : p.end] == p.text for p in index.passages)


def test_a_pay_question_is_answered_by_the_card_of_the_job_it_names(
    index: EvidenceIndex,
) -> None:
    judge = GoogleableFilter(index, PromptLibrary(None), reader=default_reader())
    pay = judge.judge_one("What is the pay for a Cheesemaker at Quarry Bend?")
    assert pay.googleable, pay.reason
    assert pay.evidence is not None and pay.evidence.url == URL
    assert "$22.00–$27.50 per hour" in pay.evidence.quote
    assert "Cheesemaker" in pay.evidence.quote
    # The quote is an exact passage of its source, as `--check` promises.
    assert index.locate(URL, pay.evidence.quote) == pay.evidence
    # A job the page does not list is still asked.
    assert not judge.judge_one("What is the pay for a Delivery Driver at Quarry Bend?").googleable
