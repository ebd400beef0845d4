"""Facts the development set's pages state in everyday phrasings: the year the employer
started, dated news, named products, clean titles, earlier roles and topics; each value
checked with the exact quote it came from."""

from __future__ import annotations

import re

from devset import load_people

from infoprep.research.extract import extract_page
from infoprep.research.facts import make_fact, page_facts, page_text
from infoprep.research.types import ExtractedPage

Found = dict[str, list[tuple[str, str]]]


def facts_of(pages: list[ExtractedPage], person: str, company: str, subject: str) -> Found:
    """field -> [(value, quote)] of one subject over the pages; every quote checked exact."""
    found: Found = {}
    for page in pages:
        text = page_text(page)
        for fact in page_facts(page, person, company):
            assert fact.quote in text, fact
            if fact.subject == subject:
                found.setdefault(fact.field, []).append((fact.value, fact.quote))
    return found


def devset(slug: str, subject: str, *pages: str) -> Found:
    person = load_people()[slug]
    chosen = [p for p in person.page_files() if not pages or str(
        p.relative_to(person.site_dir)) in pages]
    extracted = [extract_page(p.read_text(encoding="utf-8"), str(p), kind="file")
                 for p in chosen]
    return facts_of(extracted, person.name, person.company, subject)


def own_page(text: str, company: str = "Harrow Bakery") -> Found:
    page = ExtractedPage(url="https://harrow.example/about", main_text=text,
                         title=f"About | {company}")
    return facts_of([page], "Ada Lind", company, "company")


def test_founding_year_with_the_company_as_the_subject() -> None:
    assert devset("ines-varga", "company", "company/about.html")["founded"] == [(
        "2019", "Furrowlight began in 2019, when two soil scientists and a software engineer "
        "met at a cover-crop field day in eastern Nebraska and spent the drive home arguing "
        "about why carbon measurement still meant mailing paper forms to a lab.")]
    assert devset("darnell-whitcombe", "company", "company/about.html")["founded"] == [(
        "1911", "Lakemont's story began in 1911, when the town of Cedar Hollow opened a 20-bed "
        "infirmary above the train depot.")]


def test_founding_year_of_what_the_page_calls_the_organisation() -> None:
    # "Port Alder is a waterfront city …": "the city" is the employer, City of Port Alder.
    assert devset("rosalind-achterberg", "company", "company/about.html")["founded"] == [(
        "1889", "The city was incorporated in 1889 and adopted a council-manager form of "
        "government in 1952.")]


def test_founding_phrasings_on_the_company_site() -> None:
    cases = {
        "Harrow is a neighbourhood bakery. We opened our doors in 1987.": "1987",
        "Harrow is a family bakery. The bakery was founded by his grandparents in 1962.":
            "1962",
        "We've been family-owned since 1974.": "1974",
        "Harrow Bakery has been in business since 1990.": "1990",
        "Harrow Bakery was established in 2003 on Mill Lane.": "2003",
        "Harrow Bakery opened its doors in 1999.": "1999",
    }
    for text, year in cases.items():
        assert [v for v, _ in own_page(text).get("founded", [])] == [year], text


def test_no_founding_year_from_other_starts_and_sinces() -> None:
    for text in ("We started offering bread classes in 2018.",
                 "We opened a second shop in 2020.",
                 "Ada Lind has been our head baker since 2017.",
                 "The bakery has been certified organic since 2020.",
                 "Ada Lind founded a running club in 2012."):
        assert "founded" not in own_page(text), text


def test_a_founding_year_is_the_organisations_own_not_a_programmes_or_partners() -> None:
    """"It was started in 2024" after a sentence saying what the mentorship programme is
    speaks of the programme; a programme, a partner or a product the sentence names beside
    the company was started, not the company."""
    group = "Dublin Bay Hospital Group"
    for text in (
        "Careers at Dublin Bay Hospital Group\nThe ISL Clinical Mentorship Programme is a "
        "12-month paid programme for newly qualified interpreters. It was started in 2024 by "
        "Deirdre Mulcahy and senior staff interpreter Sorcha Whelan.",
        "Dublin Bay Hospital Group's mentorship programme was started in 2024.",
        "Dublin Bay Hospital Group has signed an agreement with Kyma Analytics, an Athens "
        "company founded in 2021.",
    ):
        assert "founded" not in own_page(text, group), text
    formed = own_page("Dublin Bay Hospital Group is a public hospital group serving about "
                      "420,000 people. The group was formed in 2013 and employs about 7,200 "
                      "people in four hospitals.", group)
    assert [v for v, _ in formed["founded"]] == ["2013"]
    # The company's own "It" still speaks of it.
    assert [v for v, _ in own_page("Harrow Bakery sells bread on Mill Lane. It was "
                                   "established in 1962.")["founded"]] == ["1962"]


def test_news_are_the_news_page_dated_headlines_not_history() -> None:
    news = devset("darnell-whitcombe", "company", "company/news.html", "company/about.html")
    assert news["news"] == [
        ("Heart & Vascular Pavilion opens at Lakemont Regional (2024-09-09)",
         "Heart & Vascular Pavilion opens at Lakemont Regional\nSeptember 9, 2024"),
        ("Lakemont and Cedar Hollow Community College launch a nurse pipeline (2024-02-27)",
         "Lakemont and Cedar Hollow Community College launch a nurse pipeline\n"
         "February 27, 2024"),
        ("4 West nurses recognized for cutting heart-failure readmissions (2024-05-14)",
         "4 West nurses recognized for cutting heart-failure readmissions\nMay 14, 2024"),
        ("Lakemont Regional earns third Magnet designation (2023-08-02)",
         "Lakemont Regional earns third Magnet designation\nAugust 2, 2023"),
    ]
    # "Lakemont's story began in 1911, when …" on the about page is history, not news.
    assert not any("1911" in value for value, _ in news["news"])


def test_dated_headline_with_a_place_after_its_date() -> None:
    news = devset("ines-varga", "company", "company/news.html")["news"]
    assert news[0] == (
        "Furrowlight raises $18 million Series A to bring soil-carbon verification to more "
        "farms (2025-03-04)",
        "Furrowlight raises $18 million Series A to bring soil-carbon verification to more "
        "farms\nMarch 4, 2025 · Lincoln, Nebraska")
    assert len(news) == 4


def test_history_sentences_outside_news_pages_are_no_news() -> None:
    found = own_page("Harrow Bakery opened a second shop on Mill Lane in 2012. In 2019 Harrow "
                     "Bakery won the county's bread prize.")
    assert "news" not in found


def test_titles_without_credentials_parentheticals_or_employer() -> None:
    titles = devset("rosalind-achterberg", "person",
                    "person/talk-plain-language-zoning.html")["title"]
    assert titles == [("Principal Planner", "Rosalind Achterberg, AICP, Principal Planner, "
                       "City of Port Alder (moderator)")]


def test_earlier_roles_and_occupations_beyond_office_titles() -> None:
    found = devset("mateo-ferrante", "person", "person/interview.html", "person/podcast.html")
    assert ("assistant winemaker, Bellgrove Estate",
            "After that I spent two years as assistant winemaker at Bellgrove Estate on Seneca "
            "Lake before coming home in 2017.") in found["previous_role"]
    assert [v for v, _ in found["title"]] == ["winemaker"]
    roles = devset("rosalind-achterberg", "person", "person/about.html")["previous_role"]
    assert ("transportation planner, Salish Basin Regional Council",
            "Before Port Alder I spent four years as a transportation planner at the Salish "
            "Basin Regional Council, mostly counting buses and arguing about "
            "park-and-rides.") in roles


def test_named_products_with_a_short_description() -> None:
    products = devset("ines-varga", "company", "company/products.html")["products"]
    assert products == [
        ("Furrowlight Field (a mobile app that guides a technician to each sampling point)",
         "Furrowlight Field\nFurrowlight Field is a mobile app that guides a technician to each "
         "sampling point, records the soil core with GPS and photos, and prints a barcoded "
         "label for the lab bag."),
        ("Furrowlight Ledger (turns lab results into carbon estimates)",
         "Furrowlight Ledger\nFurrowlight Ledger turns lab results into carbon estimates, "
         "tracks every sample from field to lab to registry, and produces the reports that "
         "carbon registries require for verification."),
    ]


def test_priced_cards_are_products_and_a_tagline_is_not() -> None:
    products = devset("mateo-ferrante", "company", "company/wines.html")["products"]
    assert [v for v, _ in products] == [
        "Dry Riesling (our flagship)",
        "Renzo's Block Riesling (from the original six acres my grandparents planted)",
        "Cabernet Franc (aged 14 months in neutral French oak)",
        "Quill Brut (traditional-method sparkling Chardonnay and Pinot Noir)",
    ]
    assert products[0][1] == ("Dry Riesling\nOur flagship, and the wine we've made every year "
                              "since 1982.")


def test_listed_services_are_products_and_paperwork_is_not() -> None:
    products = devset("yolanda-prieto", "company", "company/capabilities.html")["products"]
    assert products == [
        ("5-axis milling on four horizontal and vertical machining centers",
         "5-axis milling on four horizontal and vertical machining centers"),
        ("Swiss-type turning up to 32 mm bar", "Swiss-type turning up to 32 mm bar"),
        ("Wire EDM", "Wire EDM"),
    ]
    # "We provide PPAP and first-article inspection reports on request." names a document.
    assert "products" not in own_page("We provide PPAP and first-article inspection reports "
                                      "on request.")
    assert own_page("We make Crumbwise, a sourdough starter kit for home bakers.")[
        "products"] == [("Crumbwise, a sourdough starter kit for home bakers",
                         "We make Crumbwise, a sourdough starter kit for home bakers.")]


def test_how_products_are_made_and_the_terms_of_sale_are_no_products() -> None:
    """"Our loaves are baked by hand in Leeds" says how, not what; a list of what is sold
    ends where the company's next verb begins; warranty and free delivery on a products
    page are terms of sale."""
    assert "products" not in own_page("Our products are made by a family bakery in Leeds.")
    sold = own_page("We sell sourdough loaves, rye rolls and starter kits, and publish a "
                    "baking guide every spring.")["products"]
    assert [v for v, _ in sold] == ["sourdough loaves, rye rolls and starter kits"]
    page = ExtractedPage(
        url="https://harrow.example/products", title="Products | Harrow Bakery",
        headings=["Our products"],
        main_text="Our products\n- Sourdough loaf\n- Rye rolls\n- Free delivery in Leeds\n"
                  "- A one-year guarantee on every starter kit\n",
    )
    listed = facts_of([page], "Ada Lind", "Harrow Bakery", "company").get("products", [])
    assert [v for v, _ in listed] == ["Sourdough loaf", "Rye rolls"]


def test_money_raised_for_a_cause_is_no_funding_round() -> None:
    assert "funding" not in own_page("Harrow Bakery's open house raises $38,000 for the "
                                     "town food shelf.")
    assert [v for v, _ in own_page("Harrow Bakery raises £2m to open three more shops.")[
        "funding"]] == ["£2m"]
    assert [v for v, _ in own_page("Harrow Bakery raised $400,000 in a seed round led by "
                                   "Millstone Ventures.")["funding"]] == ["$400,000 seed"]


def test_chosen_by_is_about_customers_only_when_said_of_the_company() -> None:
    assert "customers" not in own_page("Every April we honour a Baker of the Year, chosen by "
                                       "staff from nominations.")
    assert [v for v, _ in own_page("Our starter kits are used by 40 cookery schools.")[
        "customers"]] == ["40 cookery schools"]


def test_a_double_barrelled_surname_is_read_whole() -> None:
    found = own_page("A letter from our CEO, Dolores Whitfield-Aguilar: it was a busy year.")
    assert [v for v, _ in found["leadership"]] == ["Dolores Whitfield-Aguilar, CEO"]


def test_each_earlier_role_at_a_previous_employer() -> None:
    roles = devset("ines-varga", "person", "person/about.html")["previous_role"]
    quote = ("Before Furrowlight, I spent five years at Brightmere Financial designing mobile "
             "banking apps, first as an interaction designer and later as a design lead for "
             "the small-business app.")
    assert roles == [("interaction designer, Brightmere Financial", quote),
                     ("design lead for the small-business app, Brightmere Financial", quote)]


def test_topics_from_listed_interests_and_a_staff_table_focus() -> None:
    topics = devset("ines-varga", "person", "person/about.html")["topics"]
    assert topics == [
        ("Designing for people who work with their hands",
         "Designing for people who work with their hands"),
        ("Research that leaves the building", "Research that leaves the building"),
        ("Accessible, high-contrast interfaces", "Accessible, high-contrast interfaces")]
    row = ("| Rosalind Achterberg, AICP | Principal Planner | Waterfront District Subarea Plan; "
           "zoning code rewrite |")
    assert devset("rosalind-achterberg", "person", "company/staff.html")["topics"] == [
        ("Waterfront District Subarea Plan", row), ("zoning code rewrite", row)]
    assert devset("yolanda-prieto", "person", "person/spotlight.html")["topics"] == [(
        "careers in manufacturing",
        "Yolanda volunteers on the association's workforce committee and visits high schools "
        "across the region to talk about careers in manufacturing.")]


def test_a_career_list_on_their_own_page_gives_title_tenure_and_earlier_roles() -> None:
    """'2020 to now: Senior grants officer, ORSP, Stoneleigh State University' on the
    person's own site: their title and the year they started; an earlier line at another
    organisation is an earlier employer and role."""
    text = ("About Ada\n"
            "I help bakers write their first business plan.\n"
            "Path\n"
            "- 2019 to now: Head baker, Production, Harrow Bakery\n"
            "- 2014 to 2019: Pastry chef, Millstone Hotel\n"
            "- 2012 to 2014: Volunteering, Leeds Food Bank\n")
    page = ExtractedPage(url="https://adalind.example/about", main_text=text,
                         title="About | Ada Lind")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    line = "- 2019 to now: Head baker, Production, Harrow Bakery"
    assert person["title"] == [("Head baker", line)]
    assert person["tenure"] == [("since 2019", line)]
    assert person["previous_employer"] == [("Millstone Hotel",
                                            "- 2014 to 2019: Pastry chef, Millstone Hotel")]
    assert ("Pastry chef, Millstone Hotel", "- 2014 to 2019: Pastry chef, Millstone Hotel") in (
        person["previous_role"])
    assert all("Leeds Food Bank" not in v for v, _ in person.get("previous_employer", []))


def test_their_own_site_titled_with_their_name_and_job_speaks_in_their_voice() -> None:
    page = ExtractedPage(url="https://adalind.example/", title="Ada Lind, Head Baker",
                         main_text="Ada Lind\nHead baker at Harrow Bakery.\nAbout me\n"
                                   "I joined Harrow Bakery in 2019, right after catering "
                                   "college.\n")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    assert [v for v, _ in person["tenure"]] == ["since 2019"]


def test_a_section_heading_of_their_own_page_is_no_post() -> None:
    page = ExtractedPage(url="https://adalind.example/cv", title="CV | Ada Lind",
                         headings=["Education"],
                         main_text="Education\nCatering diploma, Leeds City College, January "
                                   "2015\n")
    assert "posts" not in facts_of([page], "Ada Lind", "Harrow Bakery", "person")


def test_a_place_after_the_employer_in_a_career_line_is_no_employer() -> None:
    """'Field engineer, Ardenwood Contractors, Boise': Boise is where, not who. A teacher's
    school is an earlier employer; a student's university is not."""
    text = ("About Ada\n"
            "- 2019 to now: Head baker, Harrow Bakery\n"
            "- 2015 to 2019: Pastry chef, Millstone Hotel Group, York\n"
            "- 2013 to 2015: Cookery teacher, Fenwick Road School, Leeds, UK\n"
            "- 2010 to 2013: Student, Northgate University\n")
    page = ExtractedPage(url="https://adalind.example/about", main_text=text,
                         title="About | Ada Lind")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    assert [v for v, _ in person["previous_employer"]] == [
        "Millstone Hotel Group", "Fenwick Road School"]
    assert "Pastry chef, Millstone Hotel Group" in [v for v, _ in person["previous_role"]]


def test_a_title_card_keeps_the_title_without_the_unit_and_an_area_is_no_leader() -> None:
    text = ("Our people\n"
            "Ada Lind\n"
            "Interpretation supervisor, Ironfern Cove State Park\n"
            "Priscilla Haugland\n"
            "Vice President, Grid Reliability and Asset Management\n")
    page = ExtractedPage(url="https://harrow.example/people", main_text=text,
                         title="Our people | Harrow Bakery")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    assert [v for v, _ in person["title"]] == ["Interpretation supervisor"]
    leaders = [v for v, _ in facts_of([page], "Ada Lind", "Harrow Bakery", "company")
               .get("leadership", [])]
    assert leaders == ["Priscilla Haugland, Vice President, Grid Reliability and Asset Management"]


def test_where_they_started_out_is_an_earlier_employer_and_a_language_is_no_topic() -> None:
    text = ("Hi, I'm Ada.\n"
            "I started out as a contract tester at Vireo QA Services in Montreal, working "
            "nights from 2012 to 2015.\n"
            "In 2016 I joined Harrow Bakery as its first tester.\n"
            "I look after the small harness we wrote in Python to smoke-test every nightly "
            "build.\n"
            "I mostly write about flaky tests.\n")
    page = ExtractedPage(url="https://adalind.example/about", main_text=text,
                         title="About | Ada Lind")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    assert [v for v, _ in person["previous_employer"]] == ["Vireo QA Services"]
    assert [v for v, _ in person["topics"]] == ["flaky tests"]


def test_a_section_whose_text_starts_with_its_heading_is_no_product() -> None:
    text = ("Volunteer with us\n"
            "Groups\n"
            "Groups of 6 to 25 people can book a private shift.\n"
            "Shelf Scout\n"
            "Shelf Scout is an app that tells volunteers which shelves need stock.\n")
    page = ExtractedPage(url="https://harrow.example/volunteer", main_text=text,
                         title="Volunteer | Harrow Bakery",
                         headings=["Volunteer with us", "Groups", "Shelf Scout"])
    company = facts_of([page], "Ada Lind", "Harrow Bakery", "company")
    assert [v for v, _ in company["products"]] == [
        "Shelf Scout (an app that tells volunteers which shelves need stock)"]


def test_a_team_a_board_and_a_section_are_not_the_company_its_leaders_or_products() -> None:
    """"Our pastry team of 16" is one team, not the company's size; "members of the Teen
    Advisory Board" names a body, not a leader; a careers page's "Hiring" / "Hiring takes
    three steps" is a section, not a product."""
    text = ("Working here\n"
            "Our pastry team of 16 bakers starts at four.\n"
            "The spring menu was chosen by members of the Tasting Advisory Board.\n"
            "Hiring\n"
            "Hiring takes three steps: a call, a trial shift and an offer.\n"
            "Harrow Bakery employs 120 people in three cities.\n")
    page = ExtractedPage(url="https://harrow.example/careers", main_text=text,
                         title="Careers | Harrow Bakery", headings=["Working here", "Hiring"])
    company = facts_of([page], "Ada Lind", "Harrow Bakery", "company")
    assert [v for v, _ in company["size"]] == ["120 people"]
    assert "leadership" not in company
    assert "products" not in company


def test_a_pronoun_is_no_topic() -> None:
    text = ("Why we ask for proposals early\n"
            "I'll write about that another time.\n"
            "Mostly I write about sponsor deadlines.\n")
    page = ExtractedPage(url="https://adalind.example/posts/early", main_text=text,
                         title="Why we ask for proposals early | Ada Lind")
    person = facts_of([page], "Ada Lind", "Harrow Bakery", "person")
    assert [v for v, _ in person["topics"]] == ["sponsor deadlines"]


def test_a_value_cut_by_a_length_cap_ends_at_a_whole_word() -> None:
    """The products pattern reads at most 200 characters: a longer phrase is cut at its last
    whole word ("… Singapore…", never "… Singapore and Sydne"), the cut said with "…"."""
    text = ("Harrow Bakery sells Harrow Loaves, sourdough and rye breads baked overnight for "
            "the cafés, hotels, schools and hospital kitchens of Mill Lane, Harbor Point, "
            "Cedar Hollow, Port Alder, Ferrow Bay, Lakemont, Brennick, Quillhaven and Sydney.")
    found = own_page(text)["products"]
    [(value, quote)] = found
    assert value.endswith("…"), value
    words = set(re.findall(r"\w+", quote))
    assert all(word in words for word in re.findall(r"\w+", value)), value
    assert not re.search(r"\b(?:and|of|the)…$", value)
    # A value over the dossier's own cap is cut the same way.
    long = make_fact("company", "description", "word " * 50 + "Sydney " * 10, "u", "q").value
    assert long.endswith("…") and long[:-1].split()[-1] in {"word", "Sydney"}, long
    # What is provided ends before where it is provided from.
    limmat = own_page("We provide property, casualty and specialty reinsurance to insurance "
                      "companies in more than 80 countries, from our headquarters on "
                      "Bellerivestrasse in Zurich and our offices in London, Miami, Singapore "
                      "and Sydney.", "Limmat Re")
    assert [v for v, _ in limmat["products"]] == [
        "property, casualty and specialty reinsurance to insurance companies in more than 80 "
        "countries"]


def test_a_capitalised_title_held_at_the_employer_whatever_its_words() -> None:
    """"Modeller" is in no list of title words; a capitalised phrase right after the name,
    tied to the employer by "at", is the title all the same, its area kept."""
    for text in (
        "Seraina Caduff is Senior Catastrophe Modeller, Wildfire, at Limmat Re. She leads "
        "the five-person wildfire team.",
        "On episode 41 of The Peril Pod, host Hannah Oduya talks to Seraina Caduff, Senior "
        "Catastrophe Modeller, Wildfire, at Limmat Re in Zurich, about fuel maps.",
    ):
        page = ExtractedPage(url="https://limmatre.example/en/people/seraina-caduff",
                             main_text=text, title="Seraina Caduff | People | Limmat Re")
        person = facts_of([page], "Seraina Caduff", "Limmat Re", "person")
        assert [v for v, _ in person["title"]] == ["Senior Catastrophe Modeller, Wildfire"]
    # Not the employer itself, nor a place or a title held elsewhere.
    for text in ("Seraina Caduff, Limmat Re, said the model was ready.",
                 "Seraina Caduff was Catastrophe Modeller at Limmat Re until 2023.",
                 "Seraina Caduff is Senior Catastrophe Modeller at Stratus Risk Analytics."):
        page = ExtractedPage(url="https://limmatre.example/en/news", main_text=text,
                             title="News | Limmat Re")
        person = facts_of([page], "Seraina Caduff", "Limmat Re", "person")
        assert "title" not in person, text
