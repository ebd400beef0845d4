"""Facts from whole sites: the example contact and development-set people, each value right,
each quote exact text of its source; passages the main text lost stay in the source text."""

from __future__ import annotations

from pathlib import Path

from devset import load_people, load_questions

from infoprep.research.extract import extract_page
from infoprep.research.facts import page_facts, page_text
from infoprep.research.files import read_files
from infoprep.research.types import ExtractedPage

ROOT = Path(__file__).resolve().parents[2]

Table = dict[tuple[str, str], dict[str, tuple[str, str]]]


def facts_of(pages: list[ExtractedPage], person: str, company: str) -> Table:
    """(subject, field) -> value -> (quote, page file name); every quote checked exact."""
    table: Table = {}
    for page in pages:
        text = page_text(page)
        for fact in page_facts(page, person, company):
            assert fact.quote and fact.quote in text, fact
            table.setdefault((fact.subject, fact.field), {})[fact.value] = (
                fact.quote, Path(fact.source_url).name)
    return table


def devset_pages(slug: str) -> tuple[list[ExtractedPage], str, str]:
    person = load_people()[slug]
    pages = [extract_page(path.read_text(encoding="utf-8"), str(path), kind="file")
             for path in person.page_files()]
    return pages, person.name, person.company


def test_example_contact_career_talk_post_and_company() -> None:
    pages = read_files(ROOT / "examples" / "jordan-rivera")
    facts = facts_of(pages, "Jordan Rivera", "Brightline Energy")
    person = {field: values for (subject, field), values in facts.items()
              if subject == "person"}
    company = {field: values for (subject, field), values in facts.items()
               if subject == "company"}
    assert person["previous_employer"]["Octave Analytics"][0].startswith(
        "Jordan joined Brightline Energy in 2021 from Octave Analytics")
    assert person["tenure"]["since 2021"][1] == "team.html"
    assert "senior product manager for demand forecasting, Octave Analytics" in \
        person["previous_role"]
    assert person["degree"]["mechanical engineering, University of Leeds"][0] == \
        "Jordan studied mechanical engineering at the University of Leeds."
    assert "University of Leeds" in person["education"]
    talk = person["talks"]["Explainable dispatch (Energy Storage Summit, London, February 2025)"]
    assert talk[0].startswith("I spoke about this at the Energy Storage Summit")
    post = person["posts"]["What I got wrong about forecasting (2 September 2025)"]
    assert post == ("What I got wrong about forecasting", "jordan-blog-forecasting.html")
    assert person["title"]["Head of Product"][1] == "team.html"
    assert list(company["mission"]) == ["make every megawatt-hour of stored energy count"]
    assert company["mission"]["make every megawatt-hour of stored energy count"][0] == \
        "Our mission is to make every megawatt-hour of stored energy count."
    assert any(v.startswith("Tempo, a software platform that forecasts prices")
               for v in company["products"])
    assert any(v.startswith("independent battery developers") for v in company["customers"])
    assert company["locations"]["Manchester, London, Rotterdam"][1] == "about.html"
    assert "Brightline Energy builds software that schedules grid-scale batteries" in \
        company["description"]
    # A byline is not leadership; the blog's "By Jordan Rivera, …" line is no fact.
    assert not any(v.startswith("By ") for v in company["leadership"])
    assert "Tom Okonkwo, chief technology officer" in company["leadership"]


def test_devset_designer_moves_schools_talk_and_posts() -> None:
    facts = facts_of(*devset_pages("ines-varga"))
    assert set(facts[("person", "previous_employer")]) == {"Brightmere Financial",
                                                           "Oakum & Pine"}
    assert facts[("person", "tenure")]["since 2022"][0].startswith(
        "Since joining Furrowlight in early 2022")
    assert set(facts[("person", "education")]) == {"Lakeshore University",
                                                   "Northgate Polytechnic"}
    assert "graphic design, Lakeshore University" in facts[("person", "degree")]
    assert facts[("person", "location")]["Denver"][0].startswith("I live in Denver")
    assert set(facts[("person", "posts")]) == {
        "From banking apps to soil carbon (9 February 2023)",
        "Designing for gloves, glare and no signal (22 April 2024)"}
    assert list(facts[("person", "talks")]) == [
        "Designing for Muddy Boots: Field Research with Farmers "
        "(UX Prairie 2024, October 17, 2024)"]
    assert facts[("company", "mission")] == {
        "make every acre of soil carbon measurable, verifiable and worth something to the "
        "farmer who built it": ("Our mission is to make every acre of soil carbon measurable, "
                                "verifiable and worth something to the farmer who built it.",
                                "about.html")}
    # "a small office in Denver" is a location, not the headquarters.
    assert set(facts[("company", "headquarters")]) == {"Lincoln, Nebraska"}


def test_devset_planner_from_first_person_about_page_and_staff_table() -> None:
    facts = facts_of(*devset_pages("rosalind-achterberg"))
    assert list(facts[("person", "previous_employer")]) == ["Salish Basin Regional Council"]
    assert set(facts[("person", "degree")]) == {
        "master's in urban and regional planning, Cascade State University",
        "BA in geography, Whitby College"}
    assert "Principal Planner" in facts[("person", "title")]
    assert "Teresa Vallejo, Director" in facts[("company", "leadership")]
    assert "What a week as a city planner actually looks like (2 March 2024)" in \
        facts[("person", "posts")]
    assert any(v.startswith("Plain-Language Zoning: Rewriting a Code People Can Read (")
               for v in facts[("person", "talks")])


def test_devset_headings_and_bylines_are_never_values() -> None:
    for slug in load_people():
        for values in facts_of(*devset_pages(slug)).values():
            for value in values:
                assert value.casefold() not in {"our mission", "mission", "leadership"}
                assert not value.startswith(("By ", "I'm ", "Posted ")), value
                assert len(value.split()) <= 25, value


def test_source_text_keeps_every_labelled_passage_the_main_text_lost() -> None:
    people = load_people()
    texts: dict[tuple[str, str], str] = {}
    for slug, person in people.items():
        for page in person.pages:
            html = (person.site_dir / page).read_text(encoding="utf-8")
            texts[(slug, page)] = " ".join(page_text(extract_page(html, page)).split())
    for question in load_questions():
        for item in question.evidence:
            assert item.quote in texts[(question.person, item.url)], (question.id, item.quote)


def test_lost_passages_exclude_chrome_and_repeat_nothing() -> None:
    html = """<html><body><header><nav><a href="/">Home</a> <a href="/team">Team</a></nav>
    </header><div class="cookie-banner">We use cookies. Accept all</div><main>
    <h1>Locations</h1><p>Our hospitals serve the whole lakeshore region and its towns and
    villages, with round-the-clock emergency care in every one of them.</p>
    <table><tr><th>Hospital</th><th>City</th><th>Beds</th></tr>
    <tr><td>Harbor Point Hospital</td><td>Harbor Point</td><td>168</td></tr></table>
    <ul class="links"><li><a href="/a">Read more</a></li></ul></main>
    <footer>© 2025 Lakemont Health · Privacy</footer></body></html>"""
    page = extract_page(html, "https://lakemont.example/locations")
    text = page_text(page)
    assert "Harbor Point Hospital Harbor Point 168" in " ".join(text.split())
    assert text.count("round-the-clock emergency care") == 1
    for chrome in ("cookies", "Privacy", "Read more", "Home"):
        assert chrome not in page.more_text


SESSION_PAGE = """<html><head><title>Session 4A: Bees before berries | Coastal Growers Forum 2025
</title></head><body><main>
<p>Session 4A · Pollination track</p>
<h1>Bees before berries: renting hives to 40 farms</h1>
<table><tr><td>Speaker</td><td>Marit Oyelaran, Hollin Apiaries</td></tr>
<tr><td>Date</td><td>Thursday, March 13, 2025</td></tr>
<tr><td>Room</td><td>Hall B</td></tr></table>
<h2>Abstract</h2>
<p>How a small apiary plans hive moves for forty berry farms in a wet spring.</p>
</main></body></html>"""


def test_a_session_page_with_the_speaker_in_a_table_is_their_talk() -> None:
    """The speaker named in a table row ("| Speaker | Marit Oyelaran, …") gives the talk; the
    event is the title's other part, not the session label that repeats the talk's name."""
    page = extract_page(SESSION_PAGE, "https://growersforum.example/sessions/4a")
    table = facts_of([page], "Marit Oyelaran", "Hollin Apiaries")
    assert list(table[("person", "talks")]) == [
        "Bees before berries: renting hives to 40 farms "
        "(Coastal Growers Forum 2025, March 13, 2025)"]


POST_PAGE = """<html><head><meta charset="utf-8"><title>Why hives move at night | Bee Notes
</title></head><body><header><a href="/">Bee Notes</a> <a href="/about">About</a></header>
<article><h1>Why hives move at night</h1>
<p class="meta">Marit Oyelaran &middot; March 4, 2025</p>
<p>Every spring a grower asks me why we only move hives after dark. It sounds fussy. It
isn't: the foragers are home, the entrances can be closed, and the drive is cool.</p>
<p>Here is how a move goes, from the first strap to the last hive set down in a berry
field at dawn, and what goes wrong when a crew starts too early.</p>
</article></body></html>"""


def test_a_post_with_its_byline_in_a_meta_line_is_theirs() -> None:
    """The byline ("Marit Oyelaran · March 4, 2025") may sit in a line the main text drops;
    the post is still theirs, dated by it."""
    page = extract_page(POST_PAGE, "https://beenotes.example/2025/03/hives-at-night")
    table = facts_of([page], "Marit Oyelaran", "Hollin Apiaries")
    assert list(table[("person", "posts")]) == ["Why hives move at night (March 4, 2025)"]


PROGRAMME_PAGE = """<html><head><title>Access in Care 2026: Who books the interpreter?</title>
</head><body><main>
<p>Access in Care 2026, Convention Centre Dublin, 3–4 December. Language track.</p>
<h1>Who books the interpreter? Five years of an in-house ISL service</h1>
<p>Speaker: Deirdre Mulcahy, Coordinator, Irish Sign Language Interpreting Service, Dublin Bay
Hospital Group</p>
<p>Thursday 3 December, 10:15–11:00, Liffey Meeting Room 2</p>
<p>In January 2021 Dublin Bay Hospital Group employed two Irish Sign Language interpreters, and
the new service took 410 bookings in its first year. In 2025 it handled 4,860.</p>
</main></body></html>"""


def test_a_talk_is_dated_by_its_session_not_by_a_year_its_abstract_mentions() -> None:
    """The session's line gives the day without a year ("Thursday 3 December"): the year is
    the event's (Access in Care 2026); "In January 2021" in the abstract is history, and a
    talk at a 2026 event is never dated to an earlier year. The event is the title's part
    before the talk's name."""
    page = extract_page(PROGRAMME_PAGE,
                        "https://accessincare.example/2026/programme/who-books-the-interpreter")
    table = facts_of([page], "Deirdre Mulcahy", "Dublin Bay Hospital Group")
    assert list(table[("person", "talks")]) == [
        "Who books the interpreter? Five years of an in-house ISL service "
        "(Access in Care 2026, 3 December 2026)"]


def test_a_talk_sentence_naming_its_events_year_is_not_dated_earlier() -> None:
    page = extract_page(
        "<html><head><title>Ana Ruiz | Lumenfold Energy</title></head><body><main><p>Ana Ruiz "
        "spoke at the Grid Summit 2026 about the storage fleet Lumenfold Energy began building "
        "in March 2019.</p></main></body></html>", "https://lumenfold.example/team/ana-ruiz")
    table = facts_of([page], "Ana Ruiz", "Lumenfold Energy")
    assert list(table[("person", "talks")]) == ["Grid Summit 2026"]
