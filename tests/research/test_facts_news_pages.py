"""Facts from small pages shaped like news and blog articles: each value must be the
subject's own (the article's headline, the person's title, the company's leader) and whole,
never a piece of the page's furniture, a heading inside the story, or someone else's words."""

from __future__ import annotations

import json

from facts_support import Table, facts_table

from infoprep.research.extract import extract_page
from infoprep.research.patterns import looks_like_name


def article(title: str, body: str, *, site: str = "The Tidewater Post",
            url: str = "https://tidewaterpost.example/2031/04/story",
            author: str = "Mira Castellano", jsonld: dict[str, object] | None = None) -> str:
    script = (f'<script type="application/ld+json">{json.dumps(jsonld)}</script>'
              if jsonld else "")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:type' content='article'>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta name='author' content='{author}'>"
            f"<meta property='article:published_time' content='2031-04-02T08:00:00Z'>"
            f"{script}</head><body><main><article>{body}</article></main></body></html>")


def facts_of(html: str, person: str, company: str,
             url: str = "https://tidewaterpost.example/2031/04/story") -> Table:
    return facts_table(extract_page(html, url), person, company)


def test_a_headline_loses_the_sites_name_and_is_kept_whole() -> None:
    body = ("<h1>Ferry fares rise for the third time this year as fuel costs climb past "
            "the winter peak</h1><p>By Mira Castellano</p>"
            "<p>Fares on the harbor ferry will rise again in May, the operator said on "
            "Tuesday, blaming fuel costs that have not fallen since the winter.</p>"
            "<p>Riders said the service had grown slower as well as dearer.</p>")
    # The structured data cuts the headline at a word; the title adds the site's name.
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Ferry fares rise for the third time this year as fuel costs climb",
              "author": {"@type": "Person", "name": "Mira Castellano"}}
    html = article("Ferry fares rise for the third time this year as fuel costs climb past "
                   "the winter peak | TidewaterPost", body, jsonld=jsonld)
    whole = ("Ferry fares rise for the third time this year as fuel costs climb past the "
             "winter peak")
    facts = facts_of(html, "Mira Castellano", "Tidewater Post")
    assert facts[("person", "publications")] == [whole]
    assert facts[("person", "posts")] == [f"{whole} (2 April 2031)"]
    # A headline that names the site only as its suffix is no news of the site.
    assert ("company", "news") not in facts_of(html, "Pat Nobody", "TidewaterPost")
    # Without structured data, the title's site name after a dash goes as well.
    plain = article("Ferry fares rise again - TPOST", "<h1>Ferry fares rise again</h1>"
                    "<p>Fares on the harbor ferry will rise again in May, the operator "
                    "said, blaming fuel.</p>", site="TPOST",
                    url="https://tpost.example/fares")
    assert facts_of(plain, "Mira Castellano", "Harbor Ferries",
                    url="https://tpost.example/fares")[("person", "posts")] == [
        "Ferry fares rise again (2 April 2031)"]


def test_a_post_is_the_heading_the_pages_title_holds_not_a_section_or_a_related_link() -> None:
    body = ("<p>Read more: <a href='/other'>Harbor pilots vote to strike over night "
            "shifts</a></p>"
            "<h2>Harbor pilots vote to strike over night shifts</h2>"
            "<h1>Four ways to pay for a cleaner river</h1>"
            "<h2>Summary</h2><p>Our reviewers looked at four ways to fund river "
            "clean-ups and found that two of them pay for themselves.</p>"
            "<h2>Tell us what YOU think...</h2><p>Write to the editor.</p>")
    html = article("Four ways to pay for a cleaner river | Tidewater Post", body)
    facts = facts_of(html, "Mira Castellano", "Tidewater Post")
    assert facts[("person", "posts")] == ["Four ways to pay for a cleaner river (2 April 2031)"]
    # A page whose title no heading holds: its sections and links are no post of the writer.
    untitled = html.replace("<h1>Four ways to pay for a cleaner river</h1>", "")
    assert ("person", "posts") not in facts_of(untitled, "Mira Castellano", "Tidewater Post")


def story(*paragraphs: str) -> str:
    return article("Harbor news | Tidewater Post",
                   "<h1>Harbor news</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs))


def test_a_title_is_the_persons_whole_title_not_a_piece_of_a_name_or_a_word_of_time() -> None:
    html = story(
        "Grain prices fell again on Monday, said Brightwater Capital analyst Ines Varga, "
        "who expects a wet spring.",
        "Noor Halabi, now a senior planner at the Ferrow Basin Authority, mapped the "
        "flood plain in 2029.",
        "Draining the marsh is not so simple, research team head Tomas Reyes said on Friday.")
    varga = facts_of(html, "Ines Varga", "Brightwater Capital")
    assert varga[("person", "title")] == ["analyst"]
    halabi = facts_of(html, "Noor Halabi", "Ferrow Basin Authority")
    assert halabi[("person", "title")] == ["senior planner"]
    reyes = facts_of(html, "Tomas Reyes", "Ferrow Basin Authority")
    assert reyes[("person", "title")] == ["research team head"]


def test_a_workplace_is_no_school_and_other_peoples_employers_are_not_the_persons() -> None:
    html = story(
        "“The figures look right to me,” said Amara Obi, a professor of marine studies at "
        "the University of Port Alder who has studied the harbor for years.",
        "Owen Tull, now a staff scientist at the Kessling Institute for Coastal Studies, "
        "led the survey.",
        "Not to be confused with the clerks who work for Harbor Mart, the new pilots are "
        "helping Owen Tull chart the channel.",
        "Owen Tull thanked the editors at Gullwing Press for the map.",
        "Dana Whitfield, vice president of Channel Programs at Quillmark Freight, agreed.",
        "“It was a hard year,” Lena Ortiz, chief executive of the Alder-based charity "
        "Harbor Watch, told the paper.")
    obi = facts_of(html, "Amara Obi", "University of Port Alder")
    assert ("person", "education") not in obi
    tull = facts_of(html, "Owen Tull", "Kessling Institute")
    assert ("person", "education") not in tull
    assert ("person", "previous_employer") not in tull
    assert "Harbor Mart" not in tull.get(("person", "employer"), [])
    assert "Gullwing Press" not in tull.get(("person", "employer"), [])
    whitfield = facts_of(html, "Dana Whitfield", "Quillmark Freight")
    assert whitfield[("person", "employer")] == ["Quillmark Freight"]
    ortiz = facts_of(html, "Lena Ortiz", "Harbor Watch")
    assert ("person", "previous_employer") not in ortiz


def test_leaders_of_the_company_only_now_and_not_of_the_firm_named_last() -> None:
    html = story(
        "(Harbor Wire) Governor Elena Marsh, according to her office, toured the harbor.",
        "Quillmark Freight will cut thousands of employees by June, the trucking firm said.",
        "On that dock Quillmark founder and legendary CEO Hal Brenner opened the first depot.",
        "Quillmark sold its ferry line to Brightwater Capital last year. The company's "
        "founder Ana Ruiz said the deal was fair.",
        "“We build our own cold stores,” said Owen Tull of Ferrow Ports, which partners "
        "with the firm. “Our partners are top notch.”",
        "Tomas Reyes, the CEO of Quillmark Freight Holdings Group, said little.")
    quillmark = facts_of(html, "Pat Nobody", "Quillmark Freight")
    assert quillmark[("company", "leadership")] == [
        "Tomas Reyes, CEO of Quillmark Freight Holdings Group"]
    assert ("company", "size") not in quillmark
    assert ("company", "products") not in quillmark
    assert ("company", "customers") not in quillmark
    # The wire's dateline is no mention of it: the governor leads no news agency.
    assert ("company", "leadership") not in facts_of(html, "Pat Nobody", "Harbor Wire")


def test_someone_elses_focus_is_not_the_writers_topic() -> None:
    html = article("Why the depots closed | Tidewater Post",
                   "<h1>Why the depots closed</h1><p>I think the board's focus on margins "
                   "hurt the night depots more than the storms did.</p>")
    assert ("person", "topics") not in facts_of(html, "Mira Castellano", "Tidewater Post")


def test_a_sites_own_feature_is_not_its_news_and_a_greeting_is_no_name() -> None:
    html = article("TidewaterPost Gift Guide: what to buy a sailor | TidewaterPost",
                   "<h1>TidewaterPost Gift Guide: what to buy a sailor</h1>"
                   "<p>Our editors picked twelve gifts for people who sail.</p>",
                   site="TidewaterPost")
    html = html.replace("<main>", "<main><script type='application/ld+json'>"
                        + json.dumps({"@type": "NewsArticle", "headline":
                                      "TidewaterPost Gift Guide: what to buy a sailor"})
                        + "</script>")
    assert ("company", "news") not in facts_of(html, "Pat Nobody", "TidewaterPost")
    assert not looks_like_name("Introducing Dana Reyes")
    assert looks_like_name("Dana Reyes")


def test_the_sites_name_as_a_heading_is_no_post() -> None:
    """A blog whose logo is a heading with the site's name, which its title repeats after a
    bar: the post is the article's own heading, never the site's name."""
    from infoprep.research.extract import extract_page
    from infoprep.research.facts import page_facts

    html = """<html><head><title>Why I stopped batching by instrument | Bench Notes</title>
<meta name="author" content="Rosa Lind"></head><body>
<article><h1>Bench Notes</h1>
<h2>Why I stopped batching by instrument</h2>
<p>Rosa Lind · 4 March 2025</p>
<p>I run the bioanalysis lab at Calder Analytical. We stopped batching by instrument.</p>
</article></body></html>"""
    page = extract_page(html, "https://benchnotes.example/batching")
    posts = [f.value for f in page_facts(page, "Rosa Lind", "Calder Analytical")
             if f.field == "posts"]
    assert posts and all(not p.startswith("Bench Notes") for p in posts), posts
    assert any(p.startswith("Why I stopped batching by instrument") for p in posts), posts


def test_the_company_a_story_introduces_next_is_not_the_employer() -> None:
    """After the story says Kyma Analytics is "an Athens company" and was founded in 2021,
    "the company's field teams … across Greece" are Kyma's: no place of Limmat Re's."""
    body = ("<h1>Limmat Re signs wildfire data deal with Athens start-up Kyma Analytics</h1>"
            "<p>Zurich reinsurer Limmat Re has signed a three-year agreement with Kyma "
            "Analytics, an Athens company that maps vegetation moisture across Greece from "
            "satellite imagery, to improve the Greek part of its wildfire model.</p>"
            "<p>Limmat Re will use the data in FLARE, its in-house wildfire model.</p>"
            "<p>Kyma Analytics was founded in 2021 by Dimitra Lazaridou, a remote sensing "
            "scientist, and employs 17 people in Athens and Thessaloniki. Lazaridou said the "
            "company's field teams collect vegetation samples at 60 sites across Greece every "
            "two weeks.</p>")
    html = article("Limmat Re signs wildfire data deal with Kyma Analytics", body,
                   site="Insurance Wire Europe")
    facts = facts_of(html, "Seraina Caduff", "Limmat Re",
                     url="https://insurancewire-eu.example/2026/06/23/limmat-re-kyma")
    assert ("company", "locations") not in facts
    assert ("company", "founded") not in facts
    assert ("company", "size") not in facts
