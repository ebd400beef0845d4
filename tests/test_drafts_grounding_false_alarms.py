"""Correct drafts the grounding check must leave alone, next to the wrong ones it must
still flag: demonyms of known places, -ly adverbs, a topic that is a sentence's subject, and
a year said with another verb for the same event."""

from __future__ import annotations

import pytest
from drafting import flagged_against

from infoprep.drafts.demonyms import places_of
from infoprep.drafts.grounding import Support, unsupported_claims
from infoprep.drafts.word_forms import judgement_word

# A fictional bakery cooperative and its head baker, as research might describe them.
KNOWN = [
    "Ruth Okonkwo is head baker at Saltmarsh Bakery Cooperative.",
    "Saltmarsh Bakery Cooperative was founded in 2011 and bakes for schools across Norway "
    "and Portugal.",
    "In 2016 the cooperative won a regional award for its rye starter.",
    "Why our ovens run on leftover heat, by Ruth Okonkwo, May 2023.",
    "The post explains how the bakery recovers heat from the proving room.",
]


def _flagged(text: str, places: tuple[str, ...] = ()) -> list[str]:
    support = Support([*KNOWN, *places], about=KNOWN,
                      subjects=["Ruth Okonkwo", "Ruth", "Saltmarsh Bakery Cooperative"],
                      places=places)
    return [c.phrase for c in unsupported_claims(text, support)]


@pytest.mark.parametrize(
    ("word", "place"),
    [("Canadian", "Canada"), ("Kenyan", "Kenya"), ("Japanese", "Japan"),
     ("Pakistani", "Pakistan"), ("Londoner", "London"), ("Icelandic", "Iceland"),
     ("Norwegian", "Norway"), ("French", "France"), ("Chicagoans", "Chicago")],
)
def test_a_demonym_leads_back_to_its_place(word: str, place: str) -> None:
    assert place in places_of(word)


def test_a_word_that_is_no_demonym_gives_no_place() -> None:
    assert places_of("Saltmarsh") == []


def test_a_demonym_of_a_place_research_names_is_supported() -> None:
    assert _flagged("Saltmarsh Bakery Cooperative has fed Norwegian schools since "
                    "2011, which I admire.") == []
    assert _flagged("I'd love to hear how Saltmarsh Bakery Cooperative came to bake "
                    "for Portuguese schools.") == []


def test_a_demonym_of_a_place_nobody_named_is_flagged() -> None:
    assert "Swedish" in _flagged(
        "Saltmarsh Bakery Cooperative has fed Swedish schools since 2011, which I admire.")


def test_a_demonym_needs_its_place_named_as_a_place() -> None:
    # "Ruth" is a person here, so "Ruthian" (whatever it means) is not backed by her name.
    assert "Ruthian" in _flagged("I admire the Ruthian bakeries of the north coast.")


def test_a_location_given_as_such_backs_its_demonym() -> None:
    text = "As a Bergener myself, I loved reading about the rye starter."
    assert "Bergener" in _flagged(text, places=("Oslo, Norway",))
    assert _flagged(text, places=("Bergen, Norway",)) == []


@pytest.mark.parametrize("adverb", ["gladly", "wholeheartedly", "meticulously",
                                    "painstakingly"])
def test_an_adverb_in_ly_is_neither_a_rare_term_nor_a_name(adverb: str) -> None:
    assert _flagged(f"I will follow up on that {adverb}, as you suggested.") == []
    assert _flagged(f"Thank you, Ruth. {adverb.capitalize()}, I will start with the rye "
                    "starter.") == []


def test_a_name_ending_in_ly_is_still_a_name() -> None:
    assert "Kimberly" in _flagged("I will follow up with Kimberly at Saltmarsh Bakery "
                                  "Cooperative, as you suggested.")


@pytest.mark.parametrize(
    "text",
    [
        "Your May post on why the ovens run on leftover heat put into words something I see "
        "every week at my own bakery.",
        "Your post on how the bakery recovers heat from the proving room made me rethink my "
        "own kitchen.",
        "Your post on leftover heat gave me a new way to think about my own kitchen.",
    ],
)
def test_a_topic_that_is_the_subject_ends_where_the_sentence_goes_on(text: str) -> None:
    assert _flagged(text) == []


def test_a_wrong_topic_in_the_subject_is_still_flagged() -> None:
    flagged = _flagged("Your May post on why the ovens run on leftover steam put into words "
                       "something I see every week.")
    assert any("steam" in phrase for phrase in flagged)


def test_a_year_said_of_the_same_subject_with_a_compatible_event_is_supported() -> None:
    # "since 2011" is a start, as "founded in 2011" is; no other word is shared.
    assert _flagged("Saltmarsh Bakery Cooperative has been quietly feeding the coast "
                    "since 2011.") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # another year
        ("Saltmarsh Bakery Cooperative has been quietly feeding hungry children across the "
         "coast since 2013.", "2013"),
        # the same year said of someone else
        ("Ruth Okonkwo has been quietly feeding hungry children across the coast since 2011.",
         "2011"),
        # the same year with an event of another kind
        ("Saltmarsh Bakery Cooperative won a prize for feeding hungry children across the "
         "coast in 2011.", "2011"),
        # the user's own year
        ("I have been quietly feeding hungry children across the coast since 2011.", "2011"),
    ],
)
def test_a_year_without_that_support_is_flagged(text: str, year: str) -> None:
    assert year in _flagged(text)


def test_an_ly_word_before_a_noun_is_an_adjective_and_still_a_claim() -> None:
    assert "fortnightly" in _flagged(
        "I'd love to hear how the cooperative moved to fortnightly sourdough deliveries.")


def test_the_writers_judgement_of_a_known_thing_is_no_claim() -> None:
    # "well-deserved", "busy", "clearest" say what the writer thinks of a thing research
    # names; a word that tells which thing it is, in the same place, is still checked.
    assert _flagged("Congratulations again on the well-deserved award for your rye starter "
                    "in 2016.") == []
    assert _flagged("Congratulations again on the national award for your rye starter "
                    "in 2016.") == ["national award"]
    assert _flagged("I read that your ovens run on the cleverest heat I know of.") == []
    assert _flagged("I read that your ovens run on waste heat.") == ["waste heat"]


def test_judgement_words_in_all_their_forms() -> None:
    assert all(judgement_word(w) for w in ("busy", "busiest", "truest", "clearer", "biggest",
                                           "honestly", "Messy"))
    assert not any(judgement_word(w) for w in ("deepest", "heavy", "national", "business"))


def test_what_a_known_thing_did_is_no_other_thing() -> None:
    known = [*KNOWN, "Waste at the bakery fell from 9 per cent to 4 per cent after the switch."]
    flagged = flagged_against(known, ["Ruth Okonkwo", "Ruth", "Saltmarsh Bakery Cooperative"])
    # "the rye starter fell": a verb said of a known thing, not a thing in its place.
    assert flagged("Your post told how the rye starter fell asleep in the proving room.") == []
    # A verb's form before a noun names a kind of thing, which research must give.
    assert flagged("Your post explains how the bakery recovers heat from the cooling "
                   "room.") == ["cooling room"]


def test_a_word_clipped_as_people_say_it_is_the_known_phrase() -> None:
    known = ["Rafa Ibarra joined Driftwood Games as a localization coordinator in 2016.",
             "He studied civil engineering at the University of Leeds."]
    flagged = flagged_against(known, ["Rafa Ibarra", "Rafa", "Driftwood Games"])
    assert flagged("I'd love to hear how you went from loc coordinator to producer.") == []
    assert flagged("Your path from civil eng at Leeds into games is one I admire.") == []
    # A clip of no word research has there is still flagged.
    assert flagged("Your path from civil env at Leeds into games is one I admire.") == [
        "civil env"]


def test_a_subject_line_names_its_topic_in_the_writers_words() -> None:
    known = ["Olfa Chaabouni is head of bridge inspection at Qantara Engineering.",
             "In a 2023 trial on 40 bridges, drones found 92% of cracks over 0.3 mm.",
             "Delaminated concrete is still found by sounding it with a hammer."]
    flagged = flagged_against(known, ["Olfa Chaabouni", "Olfa", "Qantara Engineering"])
    assert flagged("Subject: Your hammer-and-drone trial") == []
    # The same words in the body put together what research keeps apart.
    assert flagged("Your hammer-and-drone trial caught my eye.") == ["hammer-and-drone trial"]
    # A subject line's years and names are checked as anywhere.
    assert flagged("Subject: Your 2021 hammer-and-drone trial") == ["2021"]


def test_a_verb_in_s_after_a_known_thing_is_what_it_does() -> None:
    known = ["Réka Szalontai leads the trials pharmacy at Pécs Clinical Centre.",
             "Her colleague Dóra Vass moved from community pharmacy work into trials in 2021."]
    flagged = flagged_against(known, ["Réka Szalontai", "Réka", "Pécs Clinical Centre"])
    # "sounds so close": a verb, where research has "work" after the same words.
    assert flagged("Thank you for suggesting Dóra Vass, whose path from community pharmacy "
                   "sounds so close to mine.") == []
    # A noun in that place is another thing.
    assert flagged("Thank you for suggesting Dóra Vass, whose path from community pharmacy "
                   "sales is so close to mine.") == ["pharmacy sales"]


def test_a_topic_told_with_a_short_word_in_another_form_is_known() -> None:
    known = ["Tanya Ruiz runs the in-bond desk at Puerta Norte Logistics in Laredo.",
             "Why we hire supply sergeants | Puerta Norte Logistics blog, August 2025.",
             "Across the company, most new hires stay two years."]
    flagged = flagged_against(known, ["Tanya Ruiz", "Tanya", "Puerta Norte Logistics"])
    # "hires" is "hire" said of the company; the page's title tells the topic.
    assert flagged("I read your post on why Puerta Norte hires supply sergeants.") == []
    assert flagged("I read your post on why Puerta Norte hires supply drivers.") != []


def test_a_name_with_a_plural_possessive_inside_is_read_whole() -> None:
    known = [*KNOWN, "Ruth is a member of the Northern Bakers' Guild and sits on its "
             "apprenticeship panel."]
    flagged = flagged_against(known, ["Ruth Okonkwo", "Saltmarsh Bakery"])
    assert flagged("I'll read the Northern Bakers' Guild's notes on apprenticeships.") == []
    # A guild research never names is still flagged, whole.
    assert flagged("I'll read the Southern Bakers' Guild's notes on apprenticeships.") == [
        "Southern Bakers' Guild"]


def test_an_s_verb_after_its_subject_is_what_a_thing_does() -> None:
    known = ["Halima Yusuf runs the river gauging team at the Benue Water Authority.",
             "Her team built Kiyaye, a float sensor that logs water levels every ten minutes.",
             "Every field crew receives printed feedback on each gauging it files.",
             "The flood forecasts use the readings from Kiyaye each morning.",
             "Halima's gauging logbook holds 4,000 readings."]
    flagged = flagged_against(known, ["Halima Yusuf", "Halima", "Benue Water Authority"])
    # After "that" which follows a noun, at the end of a clause of time, before a name's
    # preposition that ends the clause: a verb, not a thing in a known thing's place.
    assert flagged("I'd love to hear more about Kiyaye, the float sensor that tracks water "
                   "levels every ten minutes.") == []
    assert flagged("I hope to keep you posted as my gauging logbook swells.") == []
    assert flagged("I'd love to learn how your team builds the flood forecasts Kiyaye "
                   "relies on.") == []
    # A noun in a known noun's place is still flagged.
    assert flagged("I'd love to hear more about Kiyaye, the float sensor that logs water "
                   "temperatures every ten minutes.") == ["temperatures"]
    assert flagged("I liked that every survey crew receives printed feedback on each "
                   "gauging.") == ["survey"]


def test_what_the_user_was_in_an_opening_phrase_before_i_is_their_own() -> None:
    known = ["Ingrid Solheim trains harbour pilots at Bergen Pilot Station.",
             "Most trainees come from deck officer roles on ferries after years of port "
             "calls.",
             "Pilots board each ship at the fairway buoy."]
    flagged = flagged_against(known, ["Ingrid Solheim", "Ingrid", "Bergen Pilot Station"])
    # "as a …" in a phrase the user is the subject after: what they were, in their words.
    assert flagged("After years of port calls as a ship's officer, I'd love to understand "
                   "how you train pilots.") == []
    # Said of the recipient, the role is research's to give.
    assert flagged("Your path after years as a ship's officer is the one I hope to "
                   "follow.") == ["ship's officer"]


def test_a_podcast_host_talking_to_the_recipient_is_an_interview() -> None:
    known = ["Winnie Cherono is Quality Manager at Kimugul Growers' Tea Factory in Kericho.",
             "Cup and Leaf, episode 41: Quality is made on the farm. Podcast episode.",
             "On episode 41 of Cup and Leaf, host Lydia Awino talks to Winnie Cherono about "
             "how the factory pays for quality."]
    flagged = flagged_against(known, ["Winnie Cherono", "Winnie", "Kimugul Growers"])
    assert flagged("I wrote because of your interview on Cup and Leaf.") == []
    # A podcast is no keynote, nor an episode a post.
    assert "keynote" in flagged("I wrote because of your keynote on Cup and Leaf.")
    # Without a host, a podcast may be the recipient's own: no interview.
    alone = flagged_against([*known[:2], "Winnie Cherono records Cup and Leaf herself."],
                            ["Winnie Cherono", "Winnie", "Kimugul Growers"])
    assert "interview" in alone("I wrote because of your interview on Cup and Leaf.")


def test_a_one_word_name_in_a_subject_line_is_known_anywhere() -> None:
    known = ["Lineo Mothibeli is Head of Virus Diagnostics at Mohokare Seeds in Maseru.",
             "Before that she worked as a diagnostic scientist at Boland Plant Diagnostics in "
             "Paarl, South Africa, where she ran thousands of virus tests."]
    flagged = flagged_against(known, ["Lineo Mothibeli", "Lineo", "Mohokare Seeds"])
    # A subject line's few words share none with the sentence that names the town.
    assert flagged("Subject: From Paarl back to Maseru") == []
    # A name nothing known gives is flagged there as anywhere.
    assert flagged("Subject: From Stellenbosch back to Maseru") == ["Stellenbosch"]


def test_what_the_writer_calls_their_family_is_no_name() -> None:
    known = ["Aoife Kinsella campaigns for family carers at Carers Voice Ireland.",
             "Her grandmother never had a night off, she says."]
    flagged = flagged_against(known, ["Aoife Kinsella", "Aoife", "Carers Voice Ireland"])
    assert flagged("Your line about your grandmother stayed with me - my own Nana was the "
                   "same.") == []
    # A capitalised word after "my" that is no word for family is still a name to check.
    assert flagged("Your line about your grandmother stayed with me - my own Nessa was the "
                   "same.") == ["Nessa"]


def test_where_the_user_moves_from_is_theirs_to_tell() -> None:
    known = ["Tanisha Brooks is an AML investigator at Lakeshore Bank in Chicago.",
             "She spent three months with the bank's BSA team in Evanston.",
             "She started at the bank on the teller desk.",
             "The team reviews the alerts of the branch network every morning."]
    flagged = flagged_against(known, ["Tanisha Brooks", "Tanisha", "Lakeshore Bank"])
    assert flagged("When I told my manager I wanted to move from the teller line into "
                   "investigations, she told me to write to you.") == []
    assert flagged("Coming from the teller line, I'd love to hear how the team reviews "
                   "alerts.") == []
    # Where the recipient came from is still checked.
    assert flagged("I read that you moved from the teller line into investigations.") == [
        "teller line"]
