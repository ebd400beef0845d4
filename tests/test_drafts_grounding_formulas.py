"""What writers from other places put in a letter that says nothing new about the recipient:
greetings, thanks and sign-offs in their own language, names in its plural, its short forms
and its articles, a country by its adjective, a title joined to its employer another way, a
count of the list that follows, and the day of the call. Next to each, the wrong detail the
check must still flag."""

from __future__ import annotations

from drafting import flagged_against

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional shared cheese cellar, its head affineur, a youth orchestra the user works for
# and a call with her, as research, profile and call notes might describe them.
KNOWN = [
    "Bridget Amundsen is Head Affineur at Coulee Ridge Cellars in Westby.",
    "In 2013 she spent a year in the Jura mountains of France, grading Comté.",
    "Coulee Ridge Cellars ripens cheese for 14 creameries.",
]
PROFILE = [
    "Lukas Feurstein",
    "Since 2016 I have been a cheesemaker at Sennerei Hinteregg in Egg.",
    "I coordinate the Orchestre des jeunes de la Mauricie, a youth orchestra.",
]
NOTES = [
    "Call with Bridget Amundsen, Teams video, Thursday 16:00.",
    "Referral: she will introduce me to Priya Natarajan about the Masterworks week of the "
    "Prairie Suite premiere.",
]


def _flagged(text: str, notes: bool = True) -> list[str]:
    known = [*KNOWN, *PROFILE, *(NOTES if notes else [])]
    support = Support(known, about=KNOWN,
                      subjects=["Bridget Amundsen", "Bridget", "Coulee Ridge Cellars"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_greetings_and_sign_offs_in_the_writers_language_are_no_claims() -> None:
    assert _flagged("Grüß Gott Ms. Amundsen. Cheesemaker from Egg here.") == []
    assert _flagged("Dear Ms. Amundsen,\n\nGreetings from Egg. Thank you for the call.\n\n"
                    "Vergelt's Gott and kind regards,\nLukas Feurstein") == []
    assert _flagged("Thank you for the call.\n\nLiebe Grüße / Best regards,\nLukas") == []
    assert _flagged("Would be glad to connect. LG Lukas") == []
    assert _flagged("Your path inspires me a lot! Au plaisir, Lukas") == []
    # South African English thanks, opening the sign-off line.
    assert _flagged("Thank you for the call.\n\nShot, Lukas") == []


def test_a_gloss_of_the_formula_is_part_of_it() -> None:
    assert _flagged('Thank you for the call.\n\nẸ ṣé gan an (that\'s "thank you very much" '
                    "in Yoruba)!\nLukas") == []


def test_congratulations_is_no_detail_about_the_team() -> None:
    assert _flagged("I read that Coulee Ridge Cellars ripens cheese for 14 creameries, "
                    "congratulations to you and the whole team!") == []


def test_a_formula_word_that_may_be_a_name_is_one_inside_a_sentence() -> None:
    """"LG" signs off at the start of a sentence; inside one it may be the company."""
    assert _flagged("I saw your cellar uses LG sensors in every vault.") == ["LG"]


def test_a_wrong_name_beside_a_formula_is_still_flagged() -> None:
    assert _flagged("Grüß Gott Ms. Amundsen, thank you for the call.") == []
    assert _flagged("Grüß Gott Ms. Amundsson, thank you for the call.") == ["Amundsson"]
    assert "Ledwick" in _flagged("Thank you for the call.\n\nLG from Ledwick,\nLukas")


def test_a_known_name_in_its_plural_is_known() -> None:
    assert _flagged("The Sennereien here plan a shared ripening cellar.") == []
    assert _flagged("The Käsereien here plan a shared ripening cellar.") == ["Käsereien"]


def test_a_short_form_skips_the_articles_of_the_names_language() -> None:
    """"OJM" for "Orchestre des jeunes de la Mauricie"."""
    assert _flagged("I mark the bowings on the OJM parts this season.") == []
    assert _flagged("I mark the bowings on the OSM parts this season.") == ["OSM"]


def test_a_country_by_its_adjective_where_research_names_it() -> None:
    assert "French" not in _flagged("You know the French cellars and a shared one.")
    assert "Italian" in _flagged("You know the Italian cellars and a shared one.")


def test_a_title_joined_to_its_employer_another_way() -> None:
    assert _flagged("I would be glad to connect with the Head Affineur of Coulee Ridge "
                    "Cellars.") == []
    assert _flagged("I would be glad to connect with the Cellar Master of Coulee Ridge "
                    "Cellars.") == ["Cellar Master of Coulee Ridge Cellars"]


def test_a_person_and_the_occasion_after_for_the() -> None:
    assert _flagged("Thank you for introducing me to Priya Natarajan for the Prairie Suite "
                    "week.") == []
    assert _flagged("Thank you for introducing me to Priya for the Masterworks week.") == []
    assert _flagged("Thank you for introducing me to Priya Nadar for the Prairie Suite "
                    "week.") == ["Priya Nadar for the Prairie Suite"]


def test_a_full_name_for_a_one_word_name_is_two_names() -> None:
    # A fictional seed library's volunteer app and its project, as research names them.
    flagged = flagged_against(
        ["Noor Haddad coordinates Project Seedline at the Ashgrove Seed Library.",
         "Volunteers log every packet in SeedSnap, the library's cataloguing app."],
        ["Noor Haddad", "Ashgrove Seed Library"])
    assert flagged("Your tip to start cataloguing in SeedSnap for Project Seedline made "
                   "sense.") == []
    assert flagged("Your tip to start cataloguing in SeedSnap for Project Seedcraft made "
                   "sense.") == ["SeedSnap for Project Seedcraft"]


def test_a_count_of_the_list_that_follows_says_nothing_new() -> None:
    assert _flagged("Three actions from our call: write the agreement first; log every "
                    "vault and keep the readings; and plan the washing room.") == []
    assert _flagged("Four actions from our call: write the agreement first; log every "
                    "vault and keep the readings; and plan the washing room.") == ["Four"]


def test_a_count_of_the_list_after_its_colon_says_nothing_new() -> None:
    assert _flagged("Two books you named are on my desk now: the ripening handbook, which "
                    "I'll read first, and the rind atlas.") == []
    assert _flagged("Your account of the two paths was clear: a dairy science degree, a "
                    "cellar apprenticeship in the Jura.") == []
    assert _flagged("Your account of the three paths was clear: a dairy science degree, a "
                    "cellar apprenticeship in the Jura.") == ["three"]


def test_the_day_of_the_call_is_the_day_the_notes_give() -> None:
    assert _flagged("Thank you so much for your time on Thursday evening.") == []
    assert _flagged("Thank you so much for your time on Wednesday evening.") == ["Wednesday"]
    # Notes that give no day leave the day unchecked; a day proposed is no claim.
    assert _flagged("Thank you so much for your time on Wednesday.", notes=False) == []
    assert _flagged("Would Wednesday suit you for a short call?") == []


def test_a_name_with_the_honorific_suffix_of_the_writers_language() -> None:
    assert _flagged("Thank you for the call, Bridget-san.") == []
    assert _flagged("Thank you for the call, Brigitte-san.") == ["Brigitte-san"]


def test_praise_and_thanks_of_other_languages() -> None:
    assert _flagged("Ayekoo on the new cellar, and thank you for your time.") == []
    assert _flagged("Akpe kakaka (thank you very much, in Ewe),\nLukas") == []
    assert _flagged("Un grand merci for the call.") == []
