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

# A fictional game designer's call notes and podcast advice.
DESIGNER = [
    "Ilse Norrby is lead designer at Vassa Games.",
    "ADVICE make a portfolio of 3 games each w one page learning goal core loop what changed "
    "after playtest",
    "Notes: humid heat is not dry heat; look at heat index and wet bulb, not only air temp.",
    "Vassa Games publishes the basis risk of every payout; each payout calculation is "
    "checked twice.",
    "In geothermal, she says, a tracer test tells you about thermal breakthrough.",
    "Her 2024 blog post told of the night the conductivity alarm went off.",
]


def _designer(text: str) -> list[str]:
    support = Support(DESIGNER, about=DESIGNER,
                      subjects=["Ilse Norrby", "Ilse", "Vassa Games"])
    return [c.phrase for c in unsupported_claims(text, support)]


PLAN = ("Your portfolio advice gave me a clear plan: three games, each with one page on the "
        "learning goal, the core loop and what changed after playtesting.")


def test_a_swapped_detail_after_a_colon_is_checked_like_the_clause_before_it() -> None:
    assert _designer(PLAN) == []
    assert _designer(PLAN.replace("core loop", "reward loop")) == ["reward loop"]


def test_a_clause_of_the_users_own_after_a_colon_is_not_about_the_recipient() -> None:
    assert _designer(PLAN.replace("plan: three games", "plan: I have three games").replace(
        "core loop", "reward loop")) == []


def test_the_colon_of_a_time_carries_nothing_over() -> None:
    # Without the sentence's "your", the words after "2:10" say nothing of the recipient.
    assert _designer("Your 2024 blog post about the 2:10 a.m. conductivity alarm hit close "
                    "to home.") == []


def test_the_recipients_own_words_after_a_colon_are_no_swap() -> None:
    assert _designer("I'll keep in mind what you said about humid heat: look at the heat "
                    "index and wet-bulb temperature, not only air temperature.") == []
    assert _designer("Your point stayed with me: publishing the basis risk of every payout "
                    "seems both brave and useful.") == []
    assert _designer("Your point stayed with me: in geothermal, the question a tracer "
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
