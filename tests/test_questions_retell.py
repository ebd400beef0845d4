"""A dropped question's rewrite retells the research to the person on the call: "I read that
you studied …", "I read that Acme builds …", not the page's sentence in quotation marks; a
sentence it cannot retell whole is quoted as it stands."""

from __future__ import annotations

import pytest

from infoprep.models import Company, Dossier, Fact, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.retell import retell

PERSON = "Odile Varnham"
COMPANY = "Kestrel Looms"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Odile studied textile design at the Glasgow School of Art.",
         "you studied textile design at the Glasgow School of Art"),
        ("Odile Varnham leads the weaving studio.", "you lead the weaving studio"),
        ("Varnham also teaches a course on natural dyes.",
         "you also teach a course on natural dyes"),
        ("Odile is head of production at Kestrel Looms.",
         "you are head of production at Kestrel Looms"),
        ("Odile has run the mill since 2019.", "you have run the mill since 2019"),
        ("Odile Varnham carries the studio's sample book to every fair.",
         "you carry the studio's sample book to every fair"),
        ("Odile joined Kestrel Looms in 2020 after his MA in design.",
         "you joined Kestrel Looms in 2020 after your MA in design"),
        ("Odile's team grew to twelve weavers last year.",
         "your team grew to twelve weavers last year"),
        # A title before the name is theirs: "Head of Production Odile Varnham said …".
        ("Head of Production Odile Varnham said the mill would add a second shift.",
         "you said the mill would add a second shift"),
    ],
)
def test_a_sentence_about_the_person_is_said_to_them(sentence: str, told: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY) == told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("We weave upholstery cloth for theatres and hotels.",
         "Kestrel Looms weaves upholstery cloth for theatres and hotels"),
        ("We now supply forty studios.", "Kestrel Looms now supplies forty studios"),
        ("We built a second mill in 2022.", "Kestrel Looms built a second mill in 2022"),
        ("We're a cooperative owned by our weavers.",
         "Kestrel Looms is a cooperative owned by its weavers"),
        ("We have dyed with madder since 1987.", "Kestrel Looms has dyed with madder since 1987"),
        ("Our mission is to keep hand weaving alive.",
         "Kestrel Looms' mission is to keep hand weaving alive"),
    ],
)
def test_the_employers_we_is_said_by_name(sentence: str, told: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY) == told


def test_the_persons_own_i_is_said_to_them_only_on_their_own_page() -> None:
    sentence = "I moved from costume to weaving in 2016, and my first loom was a gift."
    assert retell(sentence, person=PERSON, company=COMPANY, own_page=True) == (
        "you moved from costume to weaving in 2016, and your first loom was a gift")
    # On the employer's page an "I" may be anyone (the founder's letter): quoted instead.
    assert retell(sentence, person=PERSON, company=COMPANY) is None
    assert retell("I'm the studio's only dyer.", person=PERSON, company=COMPANY,
                  own_page=True) == "you're the studio's only dyer"


@pytest.mark.parametrize(
    "sentence",
    [
        # A pronoun that may be the person or someone else, or an object "her".
        "Odile joined in 2020 from Halden Mills, where they ran the dye house.",
        "Odile says the move taught her patience.",
        "Odile met Marta in 2015 and she hired him a year later.",
        # The person named twice, an apposition, a later "we" with a verb of its own.
        "Odile hired Odile's sister.",
        "Odile Varnham, head of production, leads the studio.",
        "We weave cloth, and we dye it ourselves.",
        # Someone else, a question, a quotation.
        "Marta Quell founded Kestrel Looms in 1987.",
        "Why does Odile weave by hand?",
        "Odile said “weaving is slow on purpose”.",
    ],
)
def test_a_sentence_that_cannot_be_retold_whole_is_left_to_be_quoted(sentence: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY) is None


def test_a_dropped_questions_rewrite_retells_its_evidence() -> None:
    """Through the filter: the evidence stays the page's exact sentence; the rewrite says it
    to the person, and an education fact brings the follow-on about what they studied."""
    team = "https://kestrel-looms.example/team"
    about = "https://kestrel-looms.example/about"
    studied = "Odile studied textile design at the Glasgow School of Art."
    weave = "We weave upholstery cloth for theatres, ships and hotels."
    dossier = Dossier(
        person=Person(name=PERSON, employer=COMPANY),
        company=Company(name=COMPANY),
        sources=[
            Source(url=team, title="Team", kind="page", text=f"Our team\n{studied}\n"),
            Source(url=about, title="About", kind="page", text=f"About us\n{weave}\n"),
        ],
        facts=[
            Fact(subject="person", field="degree",
                 value="textile design, Glasgow School of Art", source_url=team, quote=studied),
            Fact(subject="company", field="products", value="upholstery cloth",
                 source_url=about, quote=weave),
        ],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    school = judge.judge_one("Where did Odile study?")
    assert school.googleable and school.evidence is not None and school.rewrite is not None
    assert school.evidence.quote == studied
    assert school.rewrite.startswith(
        "I read on kestrel-looms.example that you studied textile design at the Glasgow "
        "School of Art — how much of what you studied")
    assert "“" not in school.rewrite
    cloth = judge.judge_one("What kind of cloth does Kestrel Looms weave?")
    assert cloth.googleable and cloth.rewrite is not None
    assert cloth.rewrite.startswith(
        "I read on kestrel-looms.example that Kestrel Looms weaves upholstery cloth for "
        "theatres, ships and hotels — ")


@pytest.mark.parametrize(
    "sentence",
    [
        # Two verbs the subject governs: turning only the first would break the sentence.
        "Odile leads the studio and teaches a dyeing class.",
        "We collect, sort and store donated yarn.",
        "We sit inside the design team and report to the studio director.",
        # "we" beside the writer's own "I".
        "We switched to madder in 2018, because I wanted a warmer red.",
    ],
)
def test_a_sentence_with_a_second_verb_to_turn_is_left_to_be_quoted(sentence: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY) is None


def test_an_adverb_in_ly_is_read_past_and_the_persons_we_is_their_team() -> None:
    assert retell("We routinely weave forty metres a day.", person=PERSON,
                  company=COMPANY) == "Kestrel Looms routinely weaves forty metres a day"
    assert retell("Odile Varnham regularly judges the county show.", person=PERSON,
                  company=COMPANY) == "you regularly judge the county show"
    # On the person's own page "we" may be their household or their old team.
    assert retell("We moved to the coast in 2019.", person=PERSON, company=COMPANY,
                  own_page=True) is None


@pytest.mark.parametrize(
    ("sentence", "own_page", "told"),
    [
        ("In fiscal 2024 I submitted 142 proposals for my departments.", True,
         "in fiscal 2024 you submitted 142 proposals for your departments"),
        ("In March 2024 we raised a £12 million Series A led by Harbour Ventures.", False,
         "in March 2024 Kestrel Looms raised a £12 million Series A led by Harbour Ventures"),
        ("Since 2019, Odile has run the mill.", False, "since 2019, you have run the mill"),
    ],
)
def test_an_opening_phrase_of_time_stays_in_front(sentence: str, own_page: bool,
                                                  told: str) -> None:
    assert retell(sentence, person=PERSON, company=COMPANY, own_page=own_page) == told


def test_a_career_list_and_a_section_heading_give_plain_rewrites_and_evidence() -> None:
    """A tenure read off a career list line is said in words ("you have been at … since
    2020", never "I read about since 2020"); a question answered under a heading quotes the
    line under it, not the heading, and without its list bullet."""
    bio = "https://odile.example/about"
    line = "- 2020 to now: Head of Production, Kestrel Looms"
    text = ("About Odile\nI run the weaving floor.\nPath\n" + line + "\n"
            "- 2014 to 2020: Dyer, Halden Mills\nCertificates\n"
            "- Certified Master Dyer, 2018\n")
    dossier = Dossier(
        person=Person(name=PERSON, employer=COMPANY),
        company=Company(name=COMPANY),
        sources=[Source(url=bio, title="About Odile Varnham", kind="page", text=text)],
        facts=[Fact(subject="person", field="tenure", value="since 2020", source_url=bio,
                    quote=line)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    since = judge.judge_one("How long have you been at Kestrel Looms?")
    assert since.googleable and since.rewrite is not None
    assert since.rewrite.startswith(
        "I read on odile.example that you have been at Kestrel Looms since 2020 — ")
    certified = judge.judge_one("What certification do you have?")
    assert certified.googleable and certified.evidence is not None
    assert certified.evidence.quote.endswith("Certified Master Dyer, 2018")
    assert certified.rewrite is not None and "“Certified Master Dyer, 2018”" in (
        certified.rewrite)


def test_another_person_before_the_name_is_no_title() -> None:
    assert retell("Marta Quell and Odile Varnham bought the mill in 2019.", person=PERSON,
                  company=COMPANY) is None


@pytest.mark.parametrize(("title", "said"), [
    ("Senior grants officer", "that you work as a senior grants officer at Kestrel Looms —"),
    ("Head of Production", "that you work as Head of Production at Kestrel Looms —"),
])
def test_a_title_in_a_rewrite_reads_as_a_role(title: str, said: str) -> None:
    bio = "https://odile.example/about"
    line = f"- 2020 to now: {title}, Kestrel Looms"
    dossier = Dossier(
        person=Person(name=PERSON, employer=COMPANY),
        company=Company(name=COMPANY),
        sources=[Source(url=bio, title="About Odile Varnham", kind="page",
                        text=f"About Odile\nPath\n{line}\n")],
        facts=[Fact(subject="person", field="title", value=title, source_url=bio, quote=line)],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None))
    verdict = judge.judge_one("What is your job title?")
    assert verdict.googleable and verdict.rewrite is not None
    assert said in verdict.rewrite
