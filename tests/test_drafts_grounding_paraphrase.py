"""How people paraphrase what they read, which the grounding check must leave alone, next to
the wrong details it must still flag: a level's plural ("our Y3s"), a person named for the
work they did ("<illustrator> for <book>"), a clause without "that" ("how much of a crossing
its skipper shapes"), a framing "numbers", a clipped word in a compound ("marine tech"), and
a head from the sentence after its known compound modifier ("work order discipline"), and a
length of time said without the word between its count and unit ("eight seasons"), an
institution by its place and a generic word ("Portree College"), and a category the writer
draws ("that kind of weather timetable"), a number inside a model name ("F30"), a known
name by its last word ("the Reserve"), a title without a middle word ("fleet lead"), the
writer's judgement ("such a clever part of …"), a verb before its object ("see you"),
contractions and clips of known words ("dept", "mech", "hydro"), a past form opening a
sentence without its subject ("Grabbed a copy …") and a superlative of an everyday
adjective ("the toughest crossings"), and a name without a middle word ("the Deckhands
Aid Network")."""

from __future__ import annotations

import pytest

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional island ferry operator, its operations lead and a writer applying to it, as
# research, a profile and call notes might describe them.
KNOWN = [
    "Idris Balogun is Fleet Operations Lead at Harbourline Ferries.",
    "His crews keep the company's 12 Damen F30 ferries sailing all winter.",
    "Idris served five years in the Royal Naval Reserve before joining Harbourline Ferries.",
    "Harbourline Ferries runs six routes between the mainland and the Skerry Isles.",
    "On episode 41 of Tidewatch, Idris Balogun explains how his crews added tide sensors to "
    "every berth. Unplanned berth closures fell from 40 in 2022 to 12 in 2024.",
    "Every deckhand logs each fault in the work order system before the next sailing. Former "
    "sailors tend to arrive with that discipline already.",
    "Idris wrote the foreword to Salt Roads, a guide illustrated by Dana Reyes.",
    "The company said it would add four permanent technician jobs once the new berth opens.",
    "A good tech reads the tide before the timetable, Idris says.",
    "Every department sends one person to the weekly safety meeting.",
    "Idris started as a mechanic at the Oban yard.",
    "His advice: get hands-on with hydrography and learn to read the survey charts.",
    "Resource: the Deckhands Mutual Aid Network, and its weekly newsletter.",
    "New deckhands spend a harbour day on the quay, the practical part of the crew course.",
    "Next step: send Idris my logbook by Friday, and come to the open evening at the Oban "
    "terminal in March.",
    "Idris trained as a deck officer at the Nautical College Portree. He says crews learn "
    "more from the weather than from any manual.",
]
PROFILE = [
    "I spent three years as a marine technician at a boatyard in Oban.",
    "I volunteer with Year 3 and Year 4 pupils at a sailing club.",
    "I worked eight summer seasons as a ferry steward and two seasons as a purser.",
]


def _flagged(text: str, known: list[str] = KNOWN) -> list[str]:
    support = Support([*known, *PROFILE], about=known,
                      subjects=["Idris Balogun", "Idris", "Harbourline Ferries"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_level_cut_to_its_initial_may_be_plural() -> None:
    assert _flagged("I see the same thing when I take our Y3s out on the water.") == []
    assert "Y7s" in _flagged("I see the same thing when I take our Y7s out on the water.")


def test_a_person_named_for_their_work_is_checked_name_by_name() -> None:
    assert _flagged("I loved hearing how Idris Balogun brought in Dana Reyes for Salt Roads "
                    "at Harbourline Ferries.") == []
    flagged = _flagged("I loved hearing how Idris Balogun brought in Dana Reyes for Sea Roads "
                       "at Harbourline Ferries.")
    assert any("Sea Roads" in phrase for phrase in flagged)


def test_a_clause_without_that_ends_in_its_verb() -> None:
    assert _flagged("Your episode made me see how much of a crossing its deckhand "
                    "shapes.") == []


def test_numbers_frame_what_research_counted() -> None:
    assert _flagged("I listened to your Tidewatch episode, and the berth numbers stuck "
                    "with me.") == []
    assert _flagged("I listened to your Tidewatch episode, and the berth cranes stuck "
                    "with me.") != []


@pytest.mark.parametrize(
    "text",
    [
        "I spent three years as a marine tech at a boatyard in Oban, the same trade your "
        "crews come from.",
        "I read that Harbourline Ferries will add four permanent tech jobs once the new "
        "berth opens.",
    ],
)
def test_a_clipped_word_keeps_its_compound(text: str) -> None:
    assert _flagged(text) == []


def test_a_clipped_word_does_not_make_a_wrong_compound_right() -> None:
    assert _flagged("I read that Harbourline Ferries will add four permanent welder jobs "
                    "once the new berth opens.") != []


def test_a_head_from_the_next_sentence_joins_its_known_compound() -> None:
    assert _flagged("Your point that former sailors show up with work order discipline "
                    "made sense to me, Idris.") == []
    assert _flagged("Your point that former sailors show up with work order paperwork "
                    "made sense to me, Idris.") != []


def test_a_clip_of_the_word_research_has_there_is_no_swap() -> None:
    known = [k for k in KNOWN if "A good tech" not in k]  # "tech" is no word of these
    assert _flagged("I read that Harbourline Ferries will add four permanent tech jobs once "
                    "the new berth opens.", known) == []
    assert _flagged("I read that Harbourline Ferries will add four permanent clerk jobs once "
                    "the new berth opens.", known) != []


def test_a_length_keeps_its_count_without_the_word_before_its_unit() -> None:
    assert _flagged("Hearing about your crews made me see my eight seasons as a ferry steward "
                    "as something to build on.") == []
    assert "twelve" in _flagged("Hearing about your crews made me see my twelve seasons as a ferry "
                                "steward as something to build on.")


def test_an_institution_goes_by_its_place_and_a_generic_word() -> None:
    assert _flagged("I see you trained at Portree College, Idris.") == []
    assert "Oban College" in _flagged("I see you trained at Oban College, Idris.")


def test_a_category_the_writer_draws_is_no_detail() -> None:
    assert _flagged("I'd love to hear how your crews keep an eye on that kind of weather "
                    "sensor.") == []
    # Research has "tide sensors": the same head with another modifier is a detail.
    assert _flagged("I'd love to hear how your crews keep an eye on their weather "
                    "sensors.") != []


def test_a_number_inside_a_model_name_counts_nothing() -> None:
    assert _flagged("Your crews keep 12 ferries sailing all winter, Idris.") == []
    assert _flagged("Your crews keep 14 ferries sailing all winter, Idris.") != []


def test_the_last_word_of_a_known_name_refers_to_it() -> None:
    assert _flagged("I'd love to hear how you went from the Reserve to running a fleet.") == []
    assert _flagged("I'd love to hear how you went from the Coastguard to running a "
                    "fleet.") != []


def test_a_title_may_drop_a_middle_word() -> None:
    assert _flagged("Would you have 20 minutes to tell me about life as a fleet lead?") == []
    assert _flagged("Would you have 20 minutes to tell me about life as a harbour "
                    "lead?") != []


def test_the_writers_judgement_is_no_swap() -> None:
    assert _flagged("Your harbour day is such a clever part of the crew course.") == []
    assert "Harbourline Trains" in _flagged(
        "Your harbour day is such a clever part of the crew course at Harbourline Trains.")


def test_a_word_before_its_object_pronoun_is_a_verb() -> None:
    assert _flagged("I'll send my logbook by Friday and see you at the open evening in "
                    "March.") == []
    assert "April" in _flagged("I'll send my logbook by Friday and see you at the open evening "
                               "in April.")


def test_a_contraction_of_a_known_word_is_known() -> None:
    assert _flagged("Your crews on every dept sound like a close team, Idris.") == []
    assert _flagged("Every dept sends one person to the weekly safety meeting, Idris "
                    "says.") == []
    # "bldg" contracts no known word, in the place research gives "department".
    assert _flagged("Every bldg sends one person to the weekly safety meeting, Idris "
                    "says.") != []


def test_a_clip_of_a_known_word_is_known_in_a_compound_and_a_slot() -> None:
    assert _flagged("Like your crews, I came to ferries from a mech background.") == []
    assert _flagged("I'm going to get hands-on with hydro and learn to read the survey "
                    "charts.") == []
    assert "radar" in _flagged("I'm going to get hands-on with radar and learn to read the "
                               "survey charts.")


def test_a_past_form_opening_a_sentence_is_no_name() -> None:
    assert _flagged("Grabbed a copy of your guide to Salt Roads last week.") == []
    assert "Salt Lanes" in _flagged("Grabbed a copy of your guide to Salt Lanes last week.")


def test_a_superlative_of_an_everyday_adjective_is_no_rare_term() -> None:
    assert _flagged("I learned a lot from the toughest crossings.") == []
    assert "gnarliest" in _flagged("I learned a lot from the gnarliest crossings.")


def test_a_name_may_drop_a_middle_word() -> None:
    assert _flagged("I joined the Deckhands Aid Network last night.") == []
    assert "Deckhands Aid Society" in _flagged("I joined the Deckhands Aid Society last night.")


def test_a_name_without_a_middle_word_stands_in_one_stretch_of_text() -> None:
    # A page title and the site after its bar are two stretches: the words between them are
    # no middle words of one name.
    known = [*KNOWN, "Reading the tide: Idris Balogun on moving into ferry operations | "
                     "Ferry Workers Review"]
    assert _flagged("Your words in Ferry Workers Review stayed with me.", known) == []
    assert "Ferry Operations Review" in _flagged(
        "Your words in Ferry Operations Review stayed with me.", known)
