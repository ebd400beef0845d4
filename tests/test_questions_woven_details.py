"""Woven questions name what a person would recognise: a product by its name (never a line of
a services list or a fragment of a page), and their title without the employer a byline adds."""

from __future__ import annotations

from infoprep.models import Company, Dossier, Fact, Person
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates

SITE = "https://tidewrack.example/services"


def _texts(person: Person, facts: list[Fact]) -> list[str]:
    dossier = Dossier(person=person, company=Company(name=person.employer or ""), facts=facts)
    return [q.text for q in offline_candidates(PromptLibrary(None), dossier, None, 40)]


def _product(value: str) -> Fact:
    return Fact(subject="company", field="products", value=value, source_url=SITE, quote=value)


def test_a_line_of_a_services_list_is_not_asked_about_as_a_product() -> None:
    person = Person(name="Gwen Ashby", title="Physiotherapist", employer="Tidewrack Physio")
    texts = _texts(person, [_product("and have cleaned"),
                            _product("Orthopaedic and sports physiotherapy"),
                            _product("bee suits, veils and gloves")])
    assert not any("does your work touch" in t for t in texts), texts


def test_a_named_product_after_a_services_line_is_asked_about() -> None:
    person = Person(name="Ines Varga", title="product designer", employer="Furrowlight Labs")
    texts = _texts(person, [_product("Orthopaedic and sports physiotherapy"),
                            _product("Furrowlight Field (a mobile app for soil sampling)")])
    assert ("Which part of Furrowlight Field does your work touch, and what is hardest about "
            "getting it right?") in texts


def test_a_title_is_asked_about_without_the_employer_its_byline_adds() -> None:
    person = Person(name="Linnea Abernathy", employer="Vessely Marsh Architects",
                    title="Senior Sustainability Consultant, Vessely Marsh Architects")
    texts = _texts(person, [])
    assert not any("Consultant, Vessely" in t for t in texts), texts
    assert any(t.startswith("As Senior Sustainability Consultant at Vessely Marsh Architects,")
               for t in texts), texts
    assert any("doing well as a Senior Sustainability Consultant, and" in t for t in texts), texts


def test_an_employer_that_reads_with_the_gets_it() -> None:
    person = Person(name="Idris Kowal", title="Senior Cybersecurity Analyst",
                    employer="City of Wexford Landing")
    texts = _texts(person, [Fact(subject="company", field="mission",
                                 value="keep city services running for every resident",
                                 source_url=SITE, quote="We keep city services running.")])
    assert not any(" at City of" in t or " like City of" in t for t in texts), texts
    assert any(t.startswith("As Senior Cybersecurity Analyst at the City of Wexford Landing,")
               for t in texts), texts
    assert any(t.startswith("The City of Wexford Landing describes its mission as") for t in
               texts), texts
