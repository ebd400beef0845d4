"""Noun phrases about the recipient: a title, a compound of unknown words or known words
put together that no known sentence has together is flagged; the letter's own phrasing and
what the user says of themselves are left alone."""

from __future__ import annotations

import pytest

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional ferry operator and its head of scheduling, as research and notes might say.
KNOWN = [
    "Tomas Berg is head of scheduling at Fjordline Ferries.",
    "Before Fjordline, Tomas spent nine years as a harbour pilot in Bergen.",
    "Fjordline Ferries runs electric car ferries across three fjords.",
    "Tomas wrote a post on why the crew plans winter timetables with local schools.",
]
NOTES = "Call with Tomas, 30 minutes by phone. He said to learn the basics of crew rostering."
PROFILE = ["Lea Moss", "logistics analyst moving into transport planning",
           "I work as a freight engineer at a port in Oslo."]


def _flagged(text: str) -> list[str]:
    about = [*KNOWN, NOTES]
    support = Support([*about, *PROFILE], about=about,
                      subjects=["Tomas Berg", "Tomas", "Fjordline Ferries", "Fjordline"])
    return [c.phrase for c in unsupported_claims(text, support)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title made of words known apart: "harbour" pilot, the user's "engineer"
        ("Your move from harbour engineer to head of scheduling is the path I hope to take.",
         "harbour"),
        # a phrase whose words nothing known uses
        ("Fjordline's work with offshore wind farms is why I'm writing.", "offshore"),
        # known words in a phrase no known sentence has: "car" and "timetables"
        ("Your post on winter car timetables stuck with me.", "car"),
        # the letter's own word before a known noun: "phone" and "timetables"
        ("Your piece on phone timetables for local schools stuck with me.", "phone"),
    ],
)
def test_a_phrase_nothing_known_has_together_is_flagged(text: str, wrong: str) -> None:
    assert any(wrong in phrase for phrase in _flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Your nine years as a harbour pilot before Fjordline are the path I hope to follow.",
        "The electric car ferries you run across three fjords are why I'm writing.",
        # a frequent head frames known words: "your scheduling work"
        "I'd love to hear how your scheduling work fits with the schools.",
        # everyday words of a letter
        "Your advice gave me a clear place to start, and no hard feelings if you can't.",
        # the user's own phrase in a sentence about the recipient
        "I listened to your post on my morning commute to the port.",
        # a participle after the user's title, not part of a phrase
        "I'm a logistics analyst moving into transport planning, and your post was a help.",
    ],
)
def test_paraphrase_and_the_letters_own_words_pass(text: str) -> None:
    assert _flagged(text) == []


# A fictional observatory's telescope operator, with the notes of a call.
SUMMIT = [
    "Tomás Aravena is a telescope operator at the Pampa Alta Observatory.",
    "He works an eight-days-on, six-days-off roster between the summit and the base.",
    "He was at the base in San Pedro, just down from an 8-day summit shift.",
    "Advice: turn the project into a 2 page case study (what we found, what changed).",
    "Advice: don't hide the producer stuff; learn the budget side.",
]


def _summit(text: str) -> list[str]:
    support = Support(SUMMIT, about=SUMMIT,
                      subjects=["Tomás Aravena", "Tomás", "Pampa Alta Observatory"])
    return [c.phrase for c in unsupported_claims(text, support)]


@pytest.mark.parametrize(
    "text",
    [
        # a count in words where research writes it in figures: "8-day", "2 page"
        "Thank you for taking 40 minutes with me, straight after an eight-day shift on the "
        "summit.",
        "I will turn it into a two-page case study about what we found and send it to you.",
        # a shell noun after a known word frames it: "the producer stuff"
        "As you said, I won't hide the producer background, and I'll learn the budget side.",
    ],
)
def test_counts_in_words_and_shell_nouns_are_no_coined_phrase(text: str) -> None:
    assert _summit(text) == []



def test_a_role_after_an_owners_s_is_no_title() -> None:
    known = ["Mirta Cáceres is head of leather chemistry at Curtiembre Andina.",
             "She spent six years as a supplier's technical representative before joining.",
             "Jasper Reid is the children's librarian at the Hobart library."]
    support = Support(known, about=known,
                      subjects=["Mirta Cáceres", "Mirta", "Curtiembre Andina"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("I'd value your view on how a supplier's chemist and a tannery's chemist "
                   "see the work differently.") == []
    # "children's" makes a title: a children's chemist is one research never names.
    assert any("children's chemist" in p for p in flagged(
        "Mirta, your work as the children's chemist at Curtiembre Andina inspires me."))


def test_a_step_after_a_known_word_frames_it() -> None:
    known = ["Chiharu Okabe is head of textile conservation at the Kamogawa Museum.",
             "Her advice: do the postgraduate diploma before you look for studio work."]
    support = Support(known, about=known,
                      subjects=["Chiharu Okabe", "Chiharu", "Kamogawa Museum"])
    assert [c.phrase for c in unsupported_claims(
        "I'm taking your advice not to skip the postgraduate step.", support)] == []
