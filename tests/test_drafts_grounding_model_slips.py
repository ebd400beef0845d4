"""Slips a model makes when it writes from research, which the grounding check must flag,
next to the faithful wording it must leave alone: a year or a month moved onto a named talk,
place or prize; and wording a careful model uses that is no claim: the easy way to say no, a
superlative of a general noun, a title written out where the notes have its initials, the
day of the call in the notes' language, a verb standing where research has a noun."""

from __future__ import annotations

import pytest
from drafting import fixture_support

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional bridge engineer, as research and the user's profile describe her.
KNOWN = [
    "Maren Holt is Head of Bridge Inspection at Fjordline Structures in Trondheim.",
    "In 2024 she gave the talk \"Rust never sleeps\" at the Nordic Bridge Forum in Tromsø.",
    "She joined Fjordline Structures in 2017 after nine years at the state roads agency.",
    "Her team won the Stålpris 2025 for the Vestvik footbridge repair.",
    "In 2021 the team ran a 40-day inspection campaign on the Halsa bridges, checking 1,150 "
    "bearings.",
    "In a June interview with Bro og Vei she described drone inspections of cable stays.",
    "Fjordline Structures was founded in 1998 and employs about 240 people.",
    "In 2022 she chaired a panel on rust protection for young engineers.",
    "In 2020 the team began drone inspections of bridge bearings.",
    "Site visits are free and no booking needed.",
    "The one thing she asks of trainees is patience.",
    "Advice: ask the depot GM which repair keeps them up at night.",
    "Her notes on steel grades use N for normalised steel.",
    "She offered to introduce me to Ola Brekke (senior inspection engineer at Vestvik).",
    "From 2009 to 2017 she was Senior Engineer of the 90-person Vestvik Inspection Unit.",
]
PROFILE = ["I am a civil engineering student in Bergen, graduating in 2027."]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Maren Holt", "Maren", "Fjordline Structures"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_year_bound_to_a_named_talk_or_place_must_be_the_year_research_gives_it() -> None:
    assert _flagged("Hi Maren, your 2024 Tromsø talk on rust stayed with me.") == []
    # 2022 is known, of a panel on rust: not of the Tromsø talk. The year and the name it
    # dates are shown together: either may be the slip.
    assert _flagged("Hi Maren, your 2022 Tromsø talk on rust stayed with me.") == [
        "2022 Tromsø"]
    assert _flagged("Hi Maren, I read about your inspection campaign at Halsa in "
                    "2021.") == []
    assert _flagged("Hi Maren, I read about your inspection campaign at Halsa in "
                    "2020.") == ["Halsa in 2020"]  # 2020 is when the drone inspections began


def test_a_year_in_a_prize_name_must_be_the_prize_year() -> None:
    assert _flagged("Congratulations on the Stålpris 2025, Maren.") == []
    assert "2024" in _flagged("Congratulations on the Stålpris 2024, Maren.")


def test_a_month_bound_to_a_named_publication_must_be_its_month() -> None:
    assert _flagged("Hi Maren, your June interview in Bro og Vei on drone inspections made "
                    "me write.") == []
    assert _flagged("Hi Maren, your July interview in Bro og Vei on drone inspections made "
                    "me write.") == ["July interview in Bro og Vei"]


def test_a_year_beside_a_name_research_never_dates_is_checked_as_before() -> None:
    # Bergen is only the user's city: no known year binds it, so the profile's year holds.
    assert _flagged("Hi Maren, I'm a civil engineering student in Bergen, graduating in "
                    "2027.") == []
    # A year joined to a name by a verb is not bound to it.
    assert _flagged("Hi Maren, you joined Fjordline Structures in 2017 after nine years at "
                    "the state roads agency.") == []


def test_the_easy_way_to_say_no_is_the_writers_offer_not_a_claim() -> None:
    assert _flagged("Hi Maren, if you're too busy, no reply needed at all.") == []
    # A name in it is still checked.
    assert _flagged("Hi Maren, if you're too busy, Kari Lunde at Stavanger could help "
                    "instead.") != []


def test_a_superlative_of_a_general_noun_is_the_writers_verdict() -> None:
    assert _flagged("Hi Maren, your point about drone inspections is the clearest thing I "
                    "have read on cable stays.") == []


def test_a_title_written_out_is_known_by_the_acronym_the_notes_use() -> None:
    assert _flagged("Thank you, Maren. I'll take your advice and ask the general manager "
                    "which repair keeps them up at night.") == []


def test_a_lead_verb_a_letter_and_a_name_without_its_size_are_no_slips() -> None:
    # "lead" with its object is a verb, not a job title.
    assert _flagged("Hi Maren, you now lead bridge inspection for all of Fjordline's "
                    "fjords.") == []
    # A letter alone ("N strips", "learning R") names no one.
    assert _flagged("Hi Maren, I run my own N tests on the bridge bearings.") == []
    # A known name said without the size research gives it.
    assert _flagged("Hi Maren, you were Senior Engineer of the Vestvik Inspection Unit "
                    "until 2017.") == []


def test_a_person_to_meet_keeps_the_title_the_notes_give_them() -> None:
    assert _flagged("Thank you, Maren, for offering to introduce me to Ola Brekke, inspection "
                    "engineer at Vestvik.") == []
    # Maren's own title, given to him: known, but not as his.
    assert _flagged("Thank you, Maren, for offering to introduce me to Ola Brekke, Head of "
                    "Bridge Inspection at Vestvik.") == ["Head of Bridge Inspection"]


def _flagged_thanks(text: str, notes: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE, notes], about=KNOWN,
                      subjects=["Maren Holt", "Maren", "Fjordline Structures"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_the_call_length_follows_from_the_times_the_notes_give() -> None:
    notes = "Call with Maren, Thu 19 Nov, 9:30-10:25 on Teams. Advice: learn drone rules."
    assert _flagged_thanks("Dear Maren, thank you for taking fifty-five minutes on Thursday.",
                           notes) == []
    assert _flagged_thanks("Dear Maren, thank you for taking fifty minutes on Thursday.",
                           notes) == ["fifty"]


def test_the_users_own_year_in_a_clause_about_them_alone_is_theirs() -> None:
    # The profile says "graduating in 2027"; the user may tell it in other words.
    assert _flagged("Hi Maren, I finish my degree in 2027.") == []
    # A year in a clause about the recipient still needs research to give it.
    assert _flagged("Hi Maren, your team's work in 2027 on the Halsa bridges sounds "
                    "demanding.") == ["2027 on the Halsa"]


def test_the_day_of_the_call_may_be_in_the_language_of_the_notes() -> None:
    def flagged(notes: str, text: str) -> list[str]:
        support = Support([*KNOWN, notes, "On Sundays I lead family tours."], about=KNOWN,
                          subjects=["Maren Holt", "Maren", "Fjordline Structures"])
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("Llamada con Maren Holt, martes 7pm, ~40 min.",
                   "Thank you so much for our call on Tuesday.") == []
    assert flagged("Llamada con Maren Holt, martes 7pm, ~40 min.",
                   "Thank you so much for our call on Thursday.") == ["Thursday"]
    assert flagged("Appel avec Maren Holt jeudi, 30 min.",
                   "Thank you for your time on Thursday, Maren.") == []


# The words of a clause that stand where research has others are a swap only as nouns: a
# verb in that place ("what that work looks like", "…, covers exactly …", "the plan becoming
# your first dataset") is the writer's own sentence.
@pytest.mark.parametrize(("person", "text"), [
    ("adriana-mora", "Your CLANR 2026 workshop in Lima, FES for foot drop: from first fitting "
                     "to home use, covers exactly the side of the work I want to learn."),
    ("ilaria-porcu", "I've put in about 60 home batteries, and I'd like to understand what "
                     "that step up to grid-scale commissioning looks like day to day."),
    ("dace-kalnina", "Your line about the notebook of everything that went wrong with the "
                     "yard plan becoming your first dataset stayed with me."),
    # an adverb of how the writer will do a thing, and a past form before its object
    ("liis-aavik+notes", "I'll read the instructor posting carefully before the 15 January "
                         "deadline, and I'll send you three session cards and a short CV by "
                         "Monday 14 December."),
    ("seraina-caduff", "Your CatRisk Europe abstract on ember transport raising a Greek "
                       "200-year loss by 35% caught my eye."),
    # "… Ocean to Table Africa, you said a chemist …" is no title in apposition to a name
    ("ndeye-fatou-sarr", "In your 2025 episode of Ocean to Table Africa, you said a chemist "
                         "understands that a number has an uncertainty."),
])
def test_a_verb_where_research_has_a_noun_is_no_swap(person: str, text: str) -> None:
    assert [c.phrase for c in unsupported_claims(text, fixture_support(person))] == []


def test_a_noun_before_an_adverb_and_its_verb_is_still_a_swap() -> None:
    # Research says the nurses read the briefs: "pharmacists" in their place is a slip.
    text = ("Your post about replacing dashboards with short written briefs, and the detail "
            "that pharmacists actually read them, is the most useful thing I've read.")
    assert "pharmacists" in " ".join(
        c.phrase for c in unsupported_claims(text, fixture_support("maya-chen")))


def test_the_person_the_recipient_pointed_to_must_be_one_the_notes_name() -> None:
    notes = ("Call w/ Maren Holt, Tues. ADVICE: learn drone inspection. Talk to Ola Brekke, "
             "ex-colleague, now at Vestvik.")
    known = [*KNOWN, "Kari Dahl leads the drone unit at Fjordline Structures."]

    def flagged(text: str, said: list[str]) -> list[str]:
        support = Support([*known, notes, *PROFILE], about=[*known, notes],
                          subjects=["Maren Holt", "Maren", "Fjordline Structures"], said=said)
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("Thank you for suggesting I talk to Ola Brekke.", [notes]) == []
    # Research names Kari Dahl, but the call did not: a colleague mixed up for another.
    assert flagged("Thank you for suggesting I talk to Kari Dahl.", [notes]) == ["Kari Dahl"]
    assert flagged("Thank you for offering to introduce me to Kari Dahl.", [notes]) == [
        "Kari Dahl"]
    assert flagged("Thank you for offering to pass my name to Kari Dahl.", [notes]) == [
        "Kari Dahl"]
    # Named as what research says of her, or with no notes known, she is no slip.
    assert flagged("I read that Kari Dahl leads your drone unit.", [notes]) == []
    assert flagged("Thank you for suggesting I talk to Kari Dahl.", []) == []


def test_an_introduction_is_to_someone_the_notes_tell_the_user_to_talk_to() -> None:
    notes = ("Call w/ Maren Holt, Tues.\n- Kari Dahl still runs the drone unit\n"
             "- talk to Dr. Ola Brekke, ex-colleague, now at Vestvik; she'll email him to "
             "introduce me")
    known = [*KNOWN, "Kari Dahl leads the drone unit at Fjordline Structures.",
             "The 2024 forum was chaired by Dr Nina Holm of the roads agency."]

    def flagged(text: str) -> list[str]:
        support = Support([*known, notes, *PROFILE], about=[*known, notes],
                          subjects=["Maren Holt", "Maren", "Fjordline Structures"],
                          said=[notes])
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("Thank you for offering to introduce me to Dr. Ola Brekke.") == []
    # The notes name Kari Dahl, but not as someone to talk to.
    assert flagged("Thank you for offering to introduce me to Kari Dahl.") == ["Kari Dahl"]
    # A titled name is a person's, however research writes it.
    assert flagged("Thank you for offering to introduce me to Dr Nina Holm.") == ["Nina Holm"]
    # An offer to write to someone for the user is an introduction too.
    assert flagged("Thank you for offering to email Dr. Ola Brekke and introduce us.") == []
    assert flagged("Thank you for offering to email Kari Dahl and introduce us.") == [
        "Kari Dahl"]


def test_who_the_user_says_they_are_may_be_in_their_own_words() -> None:
    profile = ["Matías Cortés",
               "From 2016 I was a planning engineer at Mina Punta Brava, and since 2019 I "
               "have been its ventilation engineer, senior since 2022.",
               "I design signage and write short guides."]

    def flagged(text: str) -> list[str]:
        support = Support([*KNOWN, *profile], about=KNOWN,
                          subjects=["Maren Holt", "Maren", "Fjordline Structures"])
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("I'm Matías Cortés, a senior ventilation engineer at a copper mine.") == []
    assert flagged("As a senior ventilation engineer, I plan our fire drills.") == []
    # A word the profile never uses is still the writer's invention …
    assert flagged("I'm Matías Cortés, a chief ventilation engineer at a copper mine.") != []
    # … and what the user is doing is no statement of who they are.
    assert flagged("I'm getting a copy of Writing Is Designing, as you suggested.") == [
        "Writing Is Designing"]


def test_a_year_of_a_name_nearby_may_come_from_its_page() -> None:
    """The episode's page was published in 2025; the draft dates the conversation so."""
    support = fixture_support("chiharu-okabe")
    text = ("In your 2025 conversation with Helen Marsh on The Conservation Bench, you said "
            "that people who have made clothes understand where a garment strains.")
    assert [c.phrase for c in unsupported_claims(text, support)] == []
    assert [c.phrase for c in unsupported_claims(text.replace("2025", "2023"), support)] == [
        "2023"]


def test_a_version_must_be_the_one_research_gives_the_named_thing() -> None:
    support = fixture_support("seraina-caduff")
    text = "I'm writing because of the release of FLARE {} that you led in April 2026."
    assert [c.phrase for c in unsupported_claims(text.format("3.0"), support)] == []
    assert [c.phrase for c in unsupported_claims(text.format("2.0"), support)] == ["2.0"]


def test_a_number_typed_against_its_unit_and_the_two_that_points_back() -> None:
    notes = "Call w/ Maren Holt, Tues evening (her time 8pm!). Butter 13C, dough 4C."

    def flagged(text: str) -> list[str]:
        support = Support([*KNOWN, notes, *PROFILE], about=[*KNOWN, notes],
                          subjects=["Maren Holt", "Maren", "Fjordline Structures"])
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("I've written down your numbers, butter at 13°C and dough at 4°C.") == []
    assert flagged("I've written down your numbers, butter at 15°C and dough at 4°C.") == [
        "15"]
    assert flagged("Thank you for talking at eight in the evening your time.") == []
    assert flagged("You said inspectors often blur the two.") == []
    assert flagged("I'd love to hear how the two sides of it fit together.") == []
    # The last or first few of a list the sentence before gives: "the last two".
    assert flagged("You told me to proof the dough, chill it and weigh it. I've started on "
                   "the last two, and I'd love your view on the first.") == []
    assert "two" in flagged("You told me you chill two trays a night.")


def test_a_colleagues_title_given_to_the_recipient_is_a_slip() -> None:
    support = fixture_support("deirdre-mulcahy")
    text = ("Dear Deirdre,\n\nAs {}, you've seen the service grow from two staff "
            "interpreters in January 2021.")
    assert [c.phrase for c in unsupported_claims(
        text.format("Coordinator of the Irish Sign Language Interpreting Service"),
        support)] == []
    assert "Deaf Patient Liaison Officer" in [c.phrase for c in unsupported_claims(
        text.format("Deaf Patient Liaison Officer"), support)]



def test_a_month_research_gives_another_of_with_the_same_words_is_flagged() -> None:
    # The fixture hat maker's news page: "Casa Azuay in Cuenca opened its new finishing
    # workshop on 8 May after ten months of building"; June is the month of its visits.
    support = fixture_support("fabiola-tenesaca")
    text = ("I was reading about Casa Azuay's new finishing workshop, opened in {} 2025 after "
            "ten months of building, with 16 blocking stations.")

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged(text.format("May")) == []
    assert flagged(text.format("June")) == ["June"]
    assert flagged("From June, visitors can watch a hat being blocked in the workshop.") == []


def test_a_year_said_twice_in_a_sentence_is_checked_at_each_use() -> None:
    # The fixture hat maker's head of weaving: in Italy from 2007 to 2012, at Casa Azuay
    # since 2013.
    support = fixture_support("fabiola-tenesaca")
    text = ("You spent 2007 to 2012 in Italy at Cappellificio Valtenna in Montappone, and then "
            "joined Casa Azuay as a grader in {}.")
    assert [c.phrase for c in unsupported_claims(text.format("2013"), support)] == []
    assert [c.phrase for c in unsupported_claims(text.format("2012"), support)] == ["2012"]
