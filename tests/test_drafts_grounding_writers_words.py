"""More of what a writer says in their own words that asserts nothing new: the publication
they read the news in (named as its site spells it), a contraction, the count of things
their sentence then lists, a gap between two years research gives. And a count of hours
is checked like any other number."""

from __future__ import annotations

import pytest

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional harbour authority's dive supervisor, as research might describe her.
KNOWN = [
    "Nell Varga is Dive Supervisor at Port Hallam, where she has worked since 2013.",
    "She joined the port's dive team in 2013 and became Dive Supervisor in 2019.",
    "Her team inspects every berth within 72 hours of a ship strike.",
    "Port Hallam wins £1.2m to replace its oldest pontoons.",
]
SITES = ["porthallam.example", "harbourgazette.example"]


def _flagged(text: str, known: list[str] = KNOWN,
             subjects: tuple[str, ...] = ("Nell Varga", "Nell", "Port Hallam")) -> list[str]:
    """The phrases the check flags in `text` against `known` (research about `subjects`)."""
    support = Support(known, about=known, subjects=list(subjects), sites=SITES)
    return [c.phrase for c in unsupported_claims(text, support)]


def test_the_publication_is_named_as_its_site_spells_it() -> None:
    assert _flagged("I read in the Harbour Gazette that Port Hallam won £1.2m for new "
                    "pontoons.") == []
    assert _flagged("I read in the Harbour Times that Port Hallam won £1.2m for new "
                    "pontoons.") == ["Harbour Times"]


@pytest.mark.parametrize("text", [
    "Great to know there's a dive team at Port Hallam that trains people from scratch.",
    "Your point that it'll always be the berth inspections that matter stuck with me.",
])
def test_a_contraction_is_no_term(text: str) -> None:
    assert not {"there's", "it'll"} & set(_flagged(text))


def test_a_count_of_the_things_the_sentence_lists_is_the_list() -> None:
    assert _flagged("Two bits of advice have stuck with me: logging every dive, and asking "
                    "to shadow the supervisor.") == []
    assert _flagged("The two things I keep coming back to are the berth inspections and "
                    "the dive team.") == []
    # A count the list does not bear out is still a claim.
    assert _flagged("Three bits of advice have stuck with me: logging every dive, and "
                    "asking to shadow the supervisor.") == ["Three"]


def test_years_later_may_be_the_gap_between_two_known_years() -> None:
    assert _flagged("You joined the dive team in 2013 and became Dive Supervisor six years "
                    "later.") == []
    assert _flagged("You joined the dive team in 2013 and became Dive Supervisor four years "
                    "later.") == ["four"]


def test_a_count_of_hours_is_a_claim() -> None:
    assert _flagged("Your team inspects every berth within 72 hours of a ship strike.") == []
    assert _flagged("Your team inspects every berth within 48 hours of a ship strike.") == [
        "48"]


SHORT_FORMS = [
    "Idris Fenn trained as a deck cadet at the Coastal Pilotage Training Academy.",
    "He holds a Master's certificate of competency.",
    "Port Hallam has opened a ₹4.5 crore dive training centre.",
]


def _flagged_short(text: str) -> list[str]:
    return _flagged(text, SHORT_FORMS, ("Idris Fenn", "Port Hallam"))


def test_short_forms_a_writer_uses_for_known_names() -> None:
    # A short form taking two letters of a word, and one whose lower-case letter is a
    # joining word's ("CoC": certificate of competency).
    assert _flagged_short("You were a cadet at CPTRA before the Master's CoC.") == []
    assert "CPXRA" in _flagged_short("You were a cadet at CPXRA.")
    assert "CoE" in _flagged_short("You hold a Master's CoE.")


def test_a_contraction_or_a_currency_is_no_name() -> None:
    assert _flagged_short("Didn't expect that. The Rs 4.5 crore dive training centre at Port "
                          "Hallam is impressive.") == []


@pytest.mark.parametrize("text", [
    "Diolch for accepting! Just a note to say diolch again for Thursday.",
    "Saw Hallam has a new dive centre.",  # a note's "I" left out: "Saw" is no name
    "Thanks for the Zoom on Wed.",  # a weekday after "on" ends the name
    "Will send you my notes after 1 month, as you suggested.",
])
def test_the_writers_own_formulas_notes_and_plans(text: str) -> None:
    assert _flagged(text) == []


def test_a_count_in_the_writers_plan_is_theirs_but_a_claim_beside_it_is_checked() -> None:
    assert _flagged("Will send you my dive log after 1 month, and your team inspects every "
                    "berth within 48 hours.") == ["48"]


REGISTER = [
    "Nell Varga is Dive Supervisor at Port Hallam.",
    "Before that she was an assistant dive supervisor at Kelby Docks.",
    "She holds an MS in Marine Biology.",
    "A second near-infrared scanner now checks every hull plate.",
]


def _flagged_register(text: str) -> list[str]:
    return _flagged(text, REGISTER)


@pytest.mark.parametrize("text", [
    "Good day Ma'am Nell! Sir Nell Varga, I mean.",
    "Dear Ma,\n\nThank you for your time.",
    "Thank you so much and God bless!",
    "Could we talk via Zoom, Google Meet or phone?",
    "I'd love to hear how y'all plan the inspections.",
    "You were an Asst dive supervisor at Kelby Docks before Port Hallam.",
    "The second NIR scanner at Port Hallam sounds like a big step.",
])
def test_courtesies_call_tools_and_short_forms_of_a_writers_register(text: str) -> None:
    assert _flagged_register(text) == []


def test_a_degree_is_no_short_form_of_some_known_word() -> None:
    # "PhD" is no word cut to its consonants: it is checked as a degree.
    assert "PhD" in _flagged_register("You hold a PhD in Marine Biology.")
