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
from infoprep.questions.render import render_check
from infoprep.questions.workflow import CheckResult
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


def _indexed(page: str, url: str, name: str, employer: str) -> EvidenceIndex:
    """The evidence index of a dossier of one page, read as research reads it."""
    dossier = Dossier(person=Person(name=name, employer=employer),
                      company=Company(name=employer),
                      sources=[page_source(extract_page(page, url))])
    return EvidenceIndex(dossier)


@pytest.fixture(scope="module")
def index() -> EvidenceIndex:
    return _indexed(PAGE, URL, "Odile Marchbank", "Quarry Bend Creamery")


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


def test_a_cards_quote_is_shown_on_one_line_and_kept_exact_in_json(index: EvidenceIndex) -> None:
    judge = GoogleableFilter(index, PromptLibrary(None), reader=default_reader())
    pay = judge.judge_one("What is the pay for a Cheesemaker at Quarry Bend?")
    assert pay.evidence is not None and "\n" in pay.evidence.quote
    result = CheckResult(contact_id=1, person="Odile Marchbank", verdicts=[pay])
    for fmt in ("text", "md"):
        shown = render_check(result, fmt)
        # The card's lines on one line of the listing, parted by " / ".
        line = next(x for x in shown.splitlines() if "Cheesemaker /" in x)
        assert "per hour”" in line
    assert render_check(result, "json").count(pay.evidence.quote.replace("\n", "\\n")) == 1


# A staff card (a name, a job title, a line of what they do) and a job card (a title, its pay).
TEAM_URL = "https://sparkhollow.example/about"
TEAM_PAGE = """<!DOCTYPE html><html><head><title>About | Sparkhollow Displays</title></head><body>
<main>
  <h1>About Sparkhollow Displays</h1>
  <p>Every show we fire is designed for its site and fired electronically, cue by cue, from a
  control board scripted to music in our design software.</p>
  <section class="team">
    <h2>Our team</h2>
    <div class="cards">
      <div class="card">
        <h3>Marisol Okafor-Lind</h3>
        <p class="role">Safety and Compliance Manager</p>
        <p>Keeps our permits, licenses and magazine records in order.</p>
      </div>
      <div class="card">
        <h3>Tobias Wrenfield</h3>
        <p class="role">Lead Pyrotechnician and Show Designer</p>
        <p>Scripts our musical shows and trains new lead shooters.</p>
      </div>
    </div>
  </section>
  <section class="jobs">
    <h2>Open positions</h2>
    <article class="job">
      <h3>Permit Technician</h3>
      <p>Salary: $58,900 &ndash; $71,600 annually. Open until filled.</p>
    </article>
  </section>
</main>
</body></html>"""


@pytest.fixture(scope="module")
def team_judge() -> GoogleableFilter:
    index = _indexed(TEAM_PAGE, TEAM_URL, "Tobias Wrenfield", "Sparkhollow Displays")
    return GoogleableFilter(index, PromptLibrary(None), reader=default_reader())


def test_a_job_title_on_a_card_names_no_software(team_judge: GoogleableFilter) -> None:
    # "Show Designer" is the person's job, on the line under their name: no product's name.
    verdict = team_judge.judge_one("Which design software do you script your shows in?")
    assert not verdict.googleable, verdict.evidence


def test_a_job_title_line_is_no_name_of_a_thing() -> None:
    from infoprep.questions.answers import expected_answer, holds_answer, job_title_lines
    from infoprep.questions.lexicon import load_lexicon

    lexicon = load_lexicon()
    question = "Which design firm scripts your shows?"
    expectation = expected_answer(question)
    assert expectation.kind == "name"
    card = ("Tobias Wrenfield\nLead Pyrotechnician and Show Designer\n"
            "Scripts our musical shows and trains new lead shooters.")
    assert not holds_answer(expectation, card, lexicon, question=question)
    assert not holds_answer(expectation, "Tobias Wrenfield\nSenior Sound Designer", lexicon,
                            question=question)
    # A name in a line of prose still counts, under a title or not.
    named = "Audio Engineer\nOur shows are scripted by Halloway Design, a firm in Toledo."
    assert holds_answer(expectation, named, lexicon, question=question)
    # Which lines are a job's title: with a title's word, or under a person's name.
    assert job_title_lines(card, lexicon) == [(17, 54)]
    assert job_title_lines("Safety and Compliance Manager", lexicon)
    assert job_title_lines("Mara Quint\nPermit Technician", lexicon)
    assert job_title_lines("Manager, Field Operations", lexicon)
    # Who holds the job may be named on its line.
    who = "Who is the executive director of Sparkhollow?"
    assert holds_answer(expected_answer(who), "- Evander Ruhl Executive Director", lexicon,
                        question=who)
    # A product on a line of its own, or a heading, is no job's title.
    assert not job_title_lines("Tools we use\nAffinity Designer", lexicon)
    assert not job_title_lines("Our Partners\nHalloway Design", lexicon)
    assert not job_title_lines("Mara Quint\nGeneral Motors", lexicon)


def test_a_jobs_salary_is_no_fee(team_judge: GoogleableFilter) -> None:
    # The card gives what a permit technician is paid, not what a permit costs.
    fee = team_judge.judge_one("What's the permit fee for building a duplex?")
    assert not fee.googleable, fee.evidence
    # The pay of the job itself is still found.
    pay = team_judge.judge_one("What's the salary for a Permit Technician?")
    assert pay.googleable, pay.reason
    assert pay.evidence is not None and "$58,900" in pay.evidence.quote


def test_pay_answers_pay_and_a_price_a_price() -> None:
    from infoprep.questions.answers import pay_for_a_price

    salary = "Permit Technician\nSalary: $58,900 – $71,600 annually. Open until filled."
    assert pay_for_a_price("What's the permit fee for building a duplex?", salary)
    assert pay_for_a_price("How much does a building permit cost?", salary)
    assert not pay_for_a_price("What's the salary for a permit technician?", salary)
    assert not pay_for_a_price("How much do permit technicians earn?", salary)
    # A line that gives a price is a price, whatever else it says.
    fees = "Permit fees start at $450; permit technicians check every application."
    assert not pay_for_a_price("What's the permit fee for building a duplex?", fees)
    assert not pay_for_a_price("What's the permit fee?", "Staff wages rose; the fee is $450.")
