"""extract_page on messy pages: metadata, JSON-LD, links, main text and its fallback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from infoprep.research.extract import decode_html, extract_page, parse_jsonld

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
ARTICLE_URL = "https://rtd.example/2026/09/lumenfold-raises?utm_source=feed#top"


def article() -> str:
    return (PAGES / "article.html").read_text(encoding="utf-8")


def test_article_metadata() -> None:
    page = extract_page(article(), ARTICLE_URL)
    assert page.title.startswith("Lumenfold Energy raises $45 million")
    assert page.canonical == "https://rtd.example/2026/09/lumenfold-raises"
    assert page.description == (
        "The Rotterdam start-up will use the Series B money to hire engineers.")
    assert page.opengraph["og:type"] == "article"
    assert page.published == "2026-09-24T07:10:00Z"
    assert page.headings[:2] == [
        "Lumenfold Energy raises $45 million for storage forecasting", "Who uses it"]
    assert page.kind == "website"


def test_article_jsonld_graph_with_trailing_comma_and_comment_wrapper() -> None:
    page = extract_page(article(), ARTICLE_URL)
    types = [item["@type"] for item in page.jsonld]
    assert types == ["NewsArticle", "Organization"]
    assert page.jsonld[0]["author"][0]["name"] == "Iris Bakker"
    assert page.jsonld[1]["@context"] == "https://schema.org"  # carried down from the graph


def test_article_main_text_leaves_out_boilerplate() -> None:
    text = extract_page(article(), ARTICLE_URL).main_text
    assert "has raised $45 million in a Series B round led by Northzone" in text
    assert "Dana Okafor, Head of Grid Analytics at Lumenfold Energy" in text
    for noise in ("We use cookies", "Accept all", "dataLayer", "All rights reserved",
                  "cookie-banner", "querySelectorAll"):
        assert noise not in text
    # Page text is data: a template expression stays as written.
    assert "{{ 7*7 }}" in text and "49" not in text


def test_links_are_absolute_with_text_and_without_script_or_mail() -> None:
    links = {link.url: link.text for link in extract_page(article(), ARTICLE_URL).links}
    assert links["https://lumenfold.example/press/series-b"] == "company's announcement"
    assert links["https://rtd.example/energy"] == "Energy"
    assert not [u for u in links if u.startswith(("javascript:", "mailto:"))]
    assert all(u.startswith("https://") and "#" not in u for u in links)


def test_team_page_keeps_names_and_titles() -> None:
    html = (PAGES / "team.html").read_text(encoding="utf-8")
    page = extract_page(html, "https://lumenfold.example/team")
    lines = page.main_text.splitlines()
    for name, title in [("Pieter Vos", "Chief Executive Officer & Co-founder"),
                        ("Dana Okafor", "Head of Grid Analytics"),
                        ("Marta Lindqvist", "VP Engineering")]:
        assert lines[lines.index(name) + 1] == title
    assert "cookies" not in page.main_text and "Careers" not in page.main_text
    assert page.jsonld[0]["employee"][1]["jobTitle"] == "Head of Grid Analytics"


def test_windows_1252_page_decodes_by_meta_charset() -> None:
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"><title>Caf\u00e9 Noir</title></head><body><main><p>'
            "\u201cWe ship na\u00efve forecasts\u201d \u2013 priced at \u20ac5 per site, said "
            "Ren\u00e9e M\u00fcller.</p></main></body></html>").encode("cp1252")
    html = decode_html(body)
    page = extract_page(html, "https://example.org/cafe")
    assert page.title == "Caf\u00e9 Noir"
    assert "\u201cWe ship na\u00efve forecasts\u201d \u2013 priced at \u20ac5" in page.main_text
    assert "Ren\u00e9e M\u00fcller" in page.main_text
    # A latin-1 label is read as windows-1252, as browsers do: the quotes survive.
    assert decode_html(body, declared="ISO-8859-1") == html


def test_decode_html_without_declaration_detects_or_replaces() -> None:
    assert decode_html("h\u00e9llo w\u00f6rld".encode()) == "h\u00e9llo w\u00f6rld"
    assert isinstance(decode_html(b"\xff\xfe\x00garbage\x81\x8d"), str)
    assert decode_html(b"<p>x</p>", declared="no-such-charset") == "<p>x</p>"
    # A byte-order mark wins over a wrong declaration.
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>", declared="windows-1252") == "<p>\u00e9</p>"
    assert decode_html("<p>\u00e9</p>".encode("utf-16")) == "<p>\u00e9</p>"


def test_xhtml_with_encoding_declaration_and_base_href() -> None:
    html = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            '<head><title>X</title><base href="https://cdn.example.net/docs/"/></head>'
            '<body><p>Short note.</p><a href="guide.html">Guide</a></body></html>')
    page = extract_page(html, "https://example.org/")
    assert page.title == "X"
    assert page.links[0].url == "https://cdn.example.net/docs/guide.html"
    assert "Short note." in page.main_text


def test_broken_jsonld_is_tolerated() -> None:
    blocks = [
        '{"@type": "Person", "name": "A B",}',
        "<![CDATA[ {\"@type\": \"Event\", \"name\": \"Grid Day\"} ]]>",
        '{"@type": "Organization", "name": "Line\nbreak"} {"@type": "Thing"}',
        "{not json at all",
        '[{"@graph": [{"@type": "Product", "name": "Lumen"}]}, 5, "text"]',
    ]
    items = parse_jsonld(blocks)
    assert [i["@type"] for i in items] == ["Person", "Event", "Organization", "Thing", "Product"]
    assert items[2]["name"] == "Line\nbreak"


def test_empty_and_hostile_inputs_give_empty_pages() -> None:
    for html in ("", "   ", "\x00\x00", "<<<>>>", "<html><body></body></html>",
                 "<script>alert(1)</script>", "<" * 5000):
        page = extract_page(html, "https://example.org/")
        assert page.url == "https://example.org/"
        assert "alert(1)" not in page.main_text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivscript{}[]:;,\n&#x\u00a0é")),
               max_size=300))
def test_never_crashes_on_arbitrary_markup(html: str) -> None:
    page = extract_page(html, "https://example.org/page")
    assert isinstance(page.main_text, str)


def test_a_hero_inside_main_is_kept_and_a_cookie_banner_is_not() -> None:
    html = """<html><body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header>
    <div class="cookie-banner"><h2>We use cookies</h2><p>Accept all to continue.</p></div>
    <main>
      <section class="banner">
        <h1>One cart, eleven communities</h1>
        <p>The Harrowgate Recycling Authority was created in 1994 by eleven townships.</p>
      </section>
      <h2>What the Authority does</h2>
      <p>Our trucks collect recycling carts from homes in all eleven member townships every
      other week. Everything is taken to our sorting plant in Alder, where it is sorted, baled
      and sold to mills and manufacturers across Michigan and Ohio.</p>
      <p>The Authority is a public body. Each member township appoints one person to our board,
      which meets on the third Thursday of every month and is open to the public.</p>
      <h2>How recycling is paid for</h2>
      <p>Households pay a recycling fee of $40 a year, collected on their winter tax bill. Money
      from selling sorted materials covers the rest of our costs, and in years when prices are
      high it keeps the fee from going up.</p>
    </main>
    <footer><p>All rights reserved.</p></footer>
    </body></html>"""
    page = extract_page(html, "https://harrowgate.example/about")
    text = "\n".join((page.main_text, page.more_text))
    assert "was created in 1994 by eleven townships" in text
    for noise in ("We use cookies", "Accept all", "All rights reserved", "Jobs"):
        assert noise not in text


def test_a_menu_of_prices_inside_main_is_kept_and_a_menu_of_links_is_not() -> None:
    # A service menu or a restaurant's menu is content; a "menu" of links is navigation.
    html = """<html><body>
    <div class="site-menu"><a href="/">Home</a> <a href="/service">Service</a></div>
    <main>
      <h1>Service department</h1>
      <p>Bring it in whether you bought it here or not. Every bike gets a free check-in
      inspection and a written estimate before we touch it, and most tune-ups are done within
      four business days.</p>
      <section class="menu">
        <h2>Service menu</h2>
        <table class="service-menu">
          <tr><th>Service</th><th>Includes</th><th>Price</th></tr>
          <tr><td>Standard tune-up</td><td>Shifting and brake adjustment</td><td>$110</td></tr>
          <tr><td>Full overhaul</td><td>Stripped to the frame, rebuilt</td><td>$340</td></tr>
        </table>
      </section>
      <ul class="menu-links"><li><a href="/a">Rentals</a></li><li><a href="/b">Fitting</a></li></ul>
    </main>
    </body></html>"""
    page = extract_page(html, "https://larchmere.example/service")
    text = " ".join(" ".join((page.main_text, page.more_text)).replace("|", " ").split())
    assert "Standard tune-up Shifting and brake adjustment $110" in text
    for noise in ("Home", "Rentals", "Fitting"):
        assert noise not in text


def test_a_fact_box_inside_the_article_is_kept_and_a_sidebar_is_not() -> None:
    """An aside inside the article ("Quick facts": a degree, a certification) is the page's
    content; a page's sidebar and a box of related pages are not."""
    html = """<html><body>
    <aside class="sidebar"><h3>Most read</h3><p>Ferry fares rise in May across the bay.</p></aside>
    <main><article>
      <h1>Member spotlight: Ada Quist, lab supervisor</h1>
      <p>Ada Quist has run the water lab at Fenwick Rapids since 2016. She started as an analyst
      and now supervises four analysts and a sampling technician who test the city's drinking
      water every day of the year, weekends and holidays included.</p>
      <p>What she likes best is teaching new analysts to read a plate the way she was taught.</p>
      <aside class="facts">
        <h2>Quick facts</h2>
        <dl><dt>Education</dt><dd>M.S. in Environmental Science, Prairie Lakes University, 2014</dd>
        <dt>Certifications</dt><dd>State-certified laboratory analyst for microbiology</dd></dl>
      </aside>
      <aside class="related"><h2>More member spotlights</h2>
        <p>Meet the operators who keep small plants running through the winter.</p></aside>
    </article></main>
    </body></html>"""
    page = extract_page(html, "https://waterworks.example/spotlight/ada-quist")
    text = "\n".join((page.main_text, page.more_text))
    assert "M.S. in Environmental Science, Prairie Lakes University, 2014" in text
    assert "State-certified laboratory analyst" in text
    for noise in ("Most read", "Ferry fares", "More member spotlights", "small plants"):
        assert noise not in text


def test_a_small_card_is_one_line_and_a_grid_of_cards_is_not() -> None:
    """A card's blocks (a job's title, hours and pay) read as one record, as a table row's
    cells do, even where the main text has them a line each; a grid of cards, a comment
    thread or a card with a paragraph of prose is no record."""
    html = """<html><body><main>
    <h1>Jobs</h1>
    <div class="job"><h3>Kiln Operator</h3><p>Nights, 6 p.m. to 2 a.m.</p>
      <p>$21 to $25 an hour</p></div>
    <div class="team">
      <div class="person"><h4>Ana Brisk</h4><p>Plant Manager</p></div>
      <div class="person"><h4>Tom Reyes</h4><p>Kiln Lead</p></div>
    </div>
    <div class="job"><h3>Glaze Tech</h3>
      <p>Mixes every glaze we fire and keeps the batch records for each of them, by hand,
      in the glaze room ledger that has been kept since the plant opened.</p></div>
    <table><tr><td>Founded</td><td>1987</td></tr></table>
    </main></body></html>"""
    page = extract_page(html, "https://kilnworks.example/jobs")
    lines = page.more_text.splitlines()
    assert "Kiln Operator Nights, 6 p.m. to 2 a.m. $21 to $25 an hour" in lines
    assert "Ana Brisk Plant Manager" in lines and "Tom Reyes Plant Manager" not in lines
    assert not any("Ana Brisk" in line and "Tom Reyes" in line for line in lines)
    assert not any(line.startswith("Glaze Tech Mixes") for line in lines)
    assert "Founded 1987" in lines
