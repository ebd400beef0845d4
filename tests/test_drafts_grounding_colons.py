"""What follows a colon spells out the clause before it: "your advice on the podcast: learn
surfactants properly" is a claim about the recipient's advice, checked like the clause before
it, though it names no one. A clause the user opens of themselves after the colon ("a plan:
I've signed up for a course") and the colon of a time ("2:10 a.m.") carry nothing over.

With it, three readings that would flag the recipient's own words: a linking verb after a
noun ("every payout seems"), a clause without "that" ("the question a tracer answers"), and a
word the notes clip ("air temp" for "air temperature"); and a count research gives in the
sentence about the same things ("seven tunnels" of the E16 contract) is not mixed up with
another sentence's count of the noun."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional cosmetics chemist's podcast advice and call notes.
CHEMIST = [
    "Ilse Norrby is formulation lead at Vassa Labs.",
    "On The Formulation Bench in 2024 her advice for people starting out was: learn "
    "emulsions properly and make the same cream a hundred times.",
    "Notes: humid heat is not dry heat; look at heat index and wet bulb, not only air temp.",
    "Vassa Labs publishes the basis risk of every payout since 2021.",
    "In geothermal, she says, the question a tracer answers is thermal breakthrough.",
    "Her 2024 blog post told of the night the conductivity alarm went off.",
]


def _chemist(text: str) -> list[str]:
    support = Support(CHEMIST, about=CHEMIST, subjects=["Ilse Norrby", "Ilse", "Vassa Labs"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_swapped_detail_after_a_colon_is_checked_like_the_clause_before_it() -> None:
    right = ("What made me write was your advice on The Formulation Bench in 2024: learn "
             "emulsions properly and make the same cream a hundred times.")
    assert _chemist(right) == []
    flagged = _chemist(right.replace("emulsions", "surfactants"))
    assert any("surfactants" in phrase for phrase in flagged)


def test_a_clause_of_the_users_own_after_a_colon_is_not_about_the_recipient() -> None:
    assert _chemist("Your advice on The Formulation Bench gave me a concrete plan: I've "
                    "signed up for a cosmetics course this spring.") == []


def test_the_colon_of_a_time_carries_nothing_over() -> None:
    # Without the sentence's "your", the words after "2:10" say nothing of the recipient.
    assert _chemist("Your 2024 blog post about the 2:10 a.m. conductivity alarm hit close "
                    "to home.") == []


def test_the_recipients_own_words_after_a_colon_are_no_swap() -> None:
    assert _chemist("I'll keep in mind what you said about humid heat: look at the heat "
                    "index and wet-bulb temperature, not only air temperature.") == []
    assert _chemist("Your point stayed with me: publishing the basis risk of every payout "
                    "seems both brave and useful.") == []
    assert _chemist("Your point stayed with me: in geothermal, the question a tracer "
                    "answers is thermal breakthrough.") == []


# A fictional tunnel contractor: two counts of tunnels, each in its own sentence.
TUNNELS = [
    "Bergdal Tunnelteknikk has won a contract to upgrade seven tunnels on the E16 in "
    "Valdres.",
    "Since 2015 Bergdal Tunnelteknikk has helped bring 64 tunnels up to the standard, with "
    "fire-rated escape routes and radio coverage for traffic control.",
    "Since 2019 her team has seen 23 tunnels upgraded in Oslo.",
]


def _tunnels(text: str) -> list[str]:
    support = Support(TUNNELS, about=TUNNELS, subjects=["Bergdal Tunnelteknikk", "Bergdal"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_count_follows_the_sentence_about_the_same_things() -> None:
    right = ("I wrote because of Bergdal's E16 contract in Valdres: seven tunnels upgraded "
             "while they stay open to traffic.")
    assert _tunnels(right) == []
    # A count no sentence gives for that contract is still set against "23 tunnels upgraded".
    assert any("eleven" in phrase for phrase in _tunnels(right.replace("seven", "eleven")))
