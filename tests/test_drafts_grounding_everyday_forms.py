"""Everyday ways writers restate what research, the profile and notes say: a subject line, a
stock opening, the day and length of a call as notes shorten them ("Tues", "Sat 08:00", "~35
min"), a date and place said with other words around them, a state's postal code, a list
counted above its bullet points, the town an event's page dates, "by mid-December". Next to
each, the wrong detail the check must still flag."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional greenhouse grower, a dictionary publisher's head and a call, as research,
# profile and call notes might describe them.
KNOWN = [
    "Annelies Verhoeven is Head Grower at Lichtveld Growers, which grows tomatoes at three "
    "sites: 's-Gravenzande, Monster and Maasdijk.",
    "She speaks at the Gulf Coast Greenhouse Conference in Houston in March.",
    "Femke Declercq became Head of English Lexicography in 2019.",
    'Its findings appear in the dictionary as "Watch out!" notes.',
]
PROFILE = [
    "Gil Trevino",
    "I am a greenhouse assistant in San Antonio, Texas. I was a teacher of English for years.",
    "In 2019 my pupils and I collected about 600 Dundee words and phrases into a glossary.",
]
NOTES = [
    "Call with Annelies Verhoeven (Lichtveld), Tues 9am my time / 4pm hers, ~35 min.",
    "Talk to: Rohan Kamath, grower in her team, from Mangalore.",
    "To do: send my crop log by 21 November.",
]


def _flagged(text: str, to: tuple[str, ...] = ("Annelies Verhoeven", "Annelies",
                                               "Lichtveld Growers")) -> list[str]:
    support = Support([*KNOWN, *PROFILE, *NOTES], about=KNOWN, subjects=to)
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_subject_line_opens_a_sentence() -> None:
    assert _flagged("Subject: Request for a short call - greenhouse assistant") == []


def test_stock_openings_are_formulas() -> None:
    assert _flagged("Dear Ms. Verhoeven,\n\nI hope this mail finds you well. Heartiest "
                    "congratulations to you and your team!") == []


def test_the_day_of_the_call_as_the_notes_shorten_it() -> None:
    assert _flagged("Thanks so much for the call Tuesday.") == []
    assert _flagged("Thanks so much for the call Thursday.") == ["Thursday"]


def test_the_length_of_the_call_as_the_notes_shorten_it() -> None:
    assert _flagged("That was the most useful 35 minutes I've had this year.") == []
    assert _flagged("That was the most useful 45 minutes I've had this year.") == ["45"]


def test_a_date_with_the_word_after_it_as_the_notes_have_them() -> None:
    assert _flagged("I will send you my crop log by 21 November.") == []
    assert "24" in _flagged("I will send you my crop log by 24 November.")


def test_a_place_after_the_preposition_the_notes_give_it() -> None:
    assert _flagged("It helps to know that someone from Mangalore made the same move.") == []
    assert _flagged("It helps to know that someone from Mysore made the same move.") == [
        "Mysore"]


def test_a_state_by_its_postal_code_after_a_town() -> None:
    assert _flagged("I'm a greenhouse assistant in San Antonio, TX, learning hydroponics.") == []


def test_a_former_role_prefixed_to_a_name() -> None:
    assert _flagged("Hi Annelies, ex-English teacher here, now in greenhouses.") == []


def test_you_two_is_no_count_but_a_number_given_you_is() -> None:
    assert _flagged("Is this the session you two will present in Houston?") == []
    assert _flagged("I will send you five crop logs by 21 November.") == ["five"]


def test_a_place_name_with_a_leading_apostrophe() -> None:
    assert _flagged("Also, the truss tomatoes at 's-Gravenzande! That's wild.") == []


def test_a_capitalised_title_ends_before_the_verb() -> None:
    to = ("Femke Declercq", "Femke")  # the dictionary publisher's head
    assert _flagged("Your road to Head of English Lexicography gives me hope.", to) == []
    assert _flagged("Your road to Head of English Dictionaries gives me hope.", to) != []


def test_a_year_told_of_the_same_thing_in_other_words() -> None:
    assert _flagged("I have a glossary of 600 Dundee words and phrases that my class and I "
                    "put together in 2019.") == []
    assert _flagged("I have a glossary of 600 Dundee words and phrases that my class and I "
                    "put together in 2017.") == ["2017"]


def test_a_month_said_again_is_the_same_month() -> None:
    assert _flagged("Saw you're speaking at the Gulf Coast Greenhouse Conference in Houston in "
                    "March.\n\nThanks, and safe travels in March!") == []


def test_a_word_with_the_word_after_it_as_research_has_them() -> None:
    assert _flagged("I was glad to hear it now has a Watch out! note of its own.") == []


def test_a_count_of_the_bullet_points_below() -> None:
    assert _flagged("Hi Annelies,\n\nThree advices I am taking with me:\n- log every crop\n"
                    "- walk the rows daily\n- keep the glass clean\n\nGil") == []
    assert _flagged("Hi Annelies,\n\nFour advices I am taking with me:\n- log every crop\n"
                    "- walk the rows daily\n- keep the glass clean\n\nGil") == ["Four"]


def test_a_month_that_recurs_is_a_date() -> None:
    """"every March" dates what it is said of like "in March" does."""
    support = Support(["The roster opens to new applicants every February.",
                       "The new warehouse is due to open in March 2027."])
    said = "I saw that the roster opens for new applicants every {}."
    assert [c.phrase for c in unsupported_claims(said.format("February"), support)] == []
    assert [c.phrase for c in unsupported_claims(said.format("March"), support)] == ["March"]


def test_a_month_after_each_before_or_after_is_a_date() -> None:
    """"each October", "before June", "after August" date what they are said of as "in
    October" does."""
    support = Support(["The ferry school takes six cadets a year, starting each October.",
                       "Its new simulator opens in April 2027."])
    said = "I gather the ferry school takes six cadets a year and starts {} {}."
    for lead in ("each", "before", "after"):
        assert [c.phrase for c in unsupported_claims(said.format(lead, "October"),
                                                     support)] == []
        assert [c.phrase for c in unsupported_claims(said.format(lead, "April"),
                                                     support)] == ["April"]


# A fictional hotel group's finance director, the user's profile and a call with her.
HOTEL = [
    "Shatha Al-Rawahi is Group Director of Finance at Qantab Hotels in Muscat.",
    "About 70 per cent of that hotel's annual profit is made in ten weeks.",
    "She wants fifty baisas of every extra rial of revenue to reach gross operating profit.",
    "Qantab Hotels runs a paid 12-week finance trainee program.",
    "She speaks on a panel with two colleagues, Faizan Qureshi and Vikram Sethi.",
]
ME = ["Adeel Chaudhry", "I grew up in Lahore and now live in Cebu.",
      "From 2016 to 2022 I was Finance Manager at Ravi Threads, a textile exporter."]
CALL = ["Call with Shatha Al-Rawahi, Teams, Weds 8:00, about 35 mins. She asked about Lahore.",
        "Next CMA sitting April 2026."]


def _hotel(text: str) -> list[str]:
    support = Support([*HOTEL, *ME, *CALL], about=HOTEL,
                      subjects=["Shatha Al-Rawahi", "Shatha", "Qantab Hotels"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_more_of_the_writers_formulas() -> None:
    assert _hotel("Dear Ms. Al-Rawahi,\n\nAssalam-o-Alaikum. I hope this email finds you in "
                  "the best of health.") == []
    assert _hotel("Please say salamat kaayo to your team for me!") == []


def test_a_compound_number_word_and_the_notes_short_day() -> None:
    assert _hotel("Thank you for your time on Wednesday. Thirty-five minutes went by in a "
                  "flash.") == []
    # read as one number, never as a name or as "five"
    assert _hotel("Qantab Hotels now runs thirty-five hotels.") == ["thirty-five"]


def test_a_year_after_its_month_as_the_notes_have_them() -> None:
    assert _hotel("I am registering for the CMA in April 2026.") == []
    assert "2027" in _hotel("I am registering for the CMA in April 2027.")


def test_a_length_in_the_plural_of_a_known_hyphenated_one() -> None:
    assert _hotel("I'd like to understand what the 12 weeks look like from your side.") == []
    assert _hotel("I'd like to understand what the 16 weeks look like from your side.") == [
        "16"]


def test_a_count_of_years_between_two_years_research_gives() -> None:
    assert _hotel("I spent six years as Finance Manager at a textile exporter.") == []
    assert _hotel("I spent eight years as Finance Manager at a textile exporter.") == [
        "eight"]


def test_a_country_after_a_known_town() -> None:
    assert _hotel("I am a finance manager from Cebu, Philippines.") == []
    assert _hotel("I am a finance manager from Cebu, Atlantis.") == ["Atlantis"]


def test_a_place_the_notes_put_after_about() -> None:
    assert _hotel("It was kind of you to ask about Lahore as well.") == []


def test_words_for_one_another() -> None:
    assert _hotel("About 70 per cent of the hotel's yearly profit is made in ten weeks, and "
                  "you want fifty baisas of every additional rial to reach GOP.") == []


def test_a_count_of_the_names_in_apposition() -> None:
    assert _hotel("You speak with two of your colleagues, Faizan Qureshi and Vikram "
                  "Sethi.") == []


def test_a_school_year_is_no_name() -> None:
    assert _hotel("I have been telling my Year 11s that for years.") == []


def test_the_other_two_counts_what_was_just_named() -> None:
    assert _hotel("I have only seen the first, and I'm very curious about the other two.") == []


def test_a_month_cut_short_before_its_day() -> None:
    support = Support(["Call with Corinne, Tuesday Oct 28, Teams, ~40 min."])
    said = "Un grand merci for our call on {}. The forty minutes went by very fast!"
    assert [c.phrase for c in unsupported_claims(said.format("Oct. 28"), support)] == []
    assert "Nov" in [c.phrase for c in unsupported_claims(said.format("Nov. 28"), support)]


def test_a_number_with_its_scale_letter() -> None:
    support = Support(["In its first year CaseVault saved 1.9 million pages of printing."])
    said = "CaseVault saving {} pages in its first year made me jealous!"
    assert [c.phrase for c in unsupported_claims(said.format("1.9M"), support)] == []
    assert [c.phrase for c in unsupported_claims(said.format("2.9M"), support)] == ["2.9M"]


def test_a_name_from_the_users_own_profile_needs_no_shared_subject() -> None:
    support = Support(["Nurul leads the hospice's nurse line."],
                      about=["Nurul leads the hospice's nurse line."])
    mine = Support(["Nurul leads the hospice's nurse line.",
                    "I was resident engineer on the Ndarugu raw water tunnel."],
                   about=["Nurul leads the hospice's nurse line."])
    said = "On Ndarugu we were happy with a fraction of that."
    assert [c.phrase for c in unsupported_claims(said, mine)] == []
    assert [c.phrase for c in unsupported_claims(said, support)] == ["Ndarugu"]


def test_everyday_words_the_writer_adds_are_no_claims() -> None:
    assert _hotel("I've read it about five times since, if I'm honest.") == []
    assert _hotel("The lady with the shaky hands really stuck with me.") == []
    assert _hotel("If you could spare 20 minutes, I would be very grateful. Blessings, "
                  "Adeel") == []


# A watch workshop's head, a call on a Saturday, and a talk's page with its town and dates.
WORKSHOP = [
    "Cheryl Tsang is Head of Workshop at Harbourline Horology in Hong Kong.",
    "Asia Pilotage Forum 2026, BEXCO, Busan, 25–26 November.",
    "Talk: Three hundred trips. Mountain Forests Forum 2025, Innsbruck, 3 December.",
    "Panel: Hands on the bench. Nordic Craft Days 2025, Tórshavn, Faroe Islands, 23–25 "
    "September 2025.",
    "In March 2019 the Bench Programme took its first applications from abroad.",
]
WORKSHOP_NOTES = ["Zoom w/ Cheryl Tsang — Sat 08:00 my time, ~40 min.\n"
                  "- TODO: photos of the case back by Mon\n"
                  "- Bench Programme: applications open 1 Feb 2027"]


def _phrases(support: Support, text: str) -> list[str]:
    """The phrases the check flags in `text`, against `support`."""
    return [c.phrase for c in unsupported_claims(text, support)]


def _workshop(text: str) -> list[str]:
    support = Support([*WORKSHOP, *WORKSHOP_NOTES], about=[*WORKSHOP, *WORKSHOP_NOTES],
                      subjects=["Cheryl Tsang", "Cheryl", "Harbourline Horology"],
                      said=WORKSHOP_NOTES)
    return [c.phrase for c in unsupported_claims(text, support)]


def test_the_notes_saturday_before_a_time_is_the_day_of_the_call() -> None:
    assert _workshop("Thank you for giving me 40 minutes on Saturday.") == []
    assert _workshop("Thank you for Saturday's call.") == []
    # Monday is in the notes, but as the day the photos are due.
    assert _workshop("Thank you for giving me 40 minutes on Monday.") == ["Monday"]
    assert _workshop("Thank you for Monday's call.") == ["Monday"]
    # A day the writer will do something on is no day of the call.
    assert _workshop("Thank you for the call, and I'll send the photos on Monday.") == []


def test_a_day_something_is_due_by_is_the_one_the_notes_give() -> None:
    assert _workshop("I'll send you the photos of the case back by Monday.") == []
    assert _workshop("I'll send you the photos of the case back by Friday.") == ["Friday"]


def test_a_town_an_events_page_dates_is_a_place() -> None:
    assert _workshop("What made me write was your Busan session on pilots.") == []
    assert _workshop("Subject: Three hundred trips at Innsbruck") == []
    # The town before its country on the dated line.
    assert _workshop("A colleague chaired your panel in Tórshavn in September.") == []
    # A town research never names is still flagged.
    assert _workshop("What made me write was your Incheon session on pilots.") == ["Incheon"]


def test_a_part_of_a_month_is_no_name() -> None:
    assert _workshop("I'll send you the photos by mid-December.") == []


FIELD = [
    "Hrafnhildur Einarsdottir is Senior Reservoir Engineer at Sletta Power.",
    "On episode 12 of Deep Heat she tells how Sletta lost about 16 bar of pressure in its "
    "first 15 years.",
    "Baths per fish in a sea cycle fell from 11 to 7 between 2021 and 2024.",
    "The greenway gave four lanes of traffic over to a bike route.",
]


def _field(text: str) -> list[str]:
    support = Support(FIELD, about=FIELD,
                      subjects=["Hrafnhildur Einarsdottir", "Hrafnhildur", "Sletta Power"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_common_verb_going_on_with_its_amount_is_no_detail() -> None:
    assert _field("Your Deep Heat episode, on Sletta losing about 16 bar of pressure in its "
                  "first 15 years, is why I'd like to connect.") == []
    assert _field("The number of baths per fish in a sea cycle falling from 11 to 7 between "
                  "2021 and 2024 caught my eye.") == []
    # A noun in the place of another is still a detail.
    assert _field("It is rare to see four lanes of parking given over to a bike route.") == [
        "parking"]


def test_a_day_of_the_month_the_notes_give_in_another_month_is_flagged() -> None:
    said = "I'll apply when applications for the Bench Programme open on 1 {} 2027."
    assert _workshop(said.format("February")) == []
    # March is known, of the programme's first applications from abroad.
    assert _workshop(said.format("March")) == ["March"]


def test_numbers_that_count_nothing_research_gives() -> None:
    known = ["Litia Vunisea runs the water lab at Reef Coast Testing.",
             "Almost 31% of the samples failed in the first year.",
             "I taught chemistry in Lautoka in 2012 and 2013."]
    lab = Support(known, about=known[:2], subjects=["Litia Vunisea", "Litia"])
    # People as a pair, a number that points back, the end of a span of years.
    assert _phrases(lab, "It is a bonus that you two go back to your university days.") == []
    assert _phrases(lab, "I liked hearing about the two of you testing every sample by "
                         "hand.") == []
    assert _phrases(lab, "I test samples too, and I recognised myself in that 31%.") == []
    assert _phrases(lab, "I also taught chemistry in Lautoka back in 2012–13.") == []
    # A count of something is still a count.
    assert _phrases(lab, "Almost 41% of the samples failed in the first year.") == ["41"]


def test_a_topic_ends_at_a_dash() -> None:
    known = ["On the Catchment podcast Philippa Lang talks about trigger flows."]
    support = Support(known, about=known, subjects=["Philippa Lang", "Philippa"])
    assert unsupported_claims("Loved your Catchment episode on trigger flows – keen to "
                              "connect!", support) == []


def test_a_region_of_the_world_the_user_places_themselves_in() -> None:
    known = ["Farid Jumaat is a harbour pilot at the Port of Tuas."]
    profile = ["Chief officer on container feeders, aiming to become a harbour pilot."]
    port = Support([*known, *profile], about=known, subjects=["Farid Jumaat", "Farid"])
    assert _phrases(port, "I'm a chief officer on container feeders in Southeast Asia.") == []
    # Said of the recipient, a region is a claim like any other place.
    assert _phrases(port, "Your pilots trained in Southeast Asia.") == ["Southeast Asia"]


def test_two_frequent_words_run_together_are_an_everyday_word() -> None:
    # "beforehand", "dropout": no term of the grower's trade, though the list lacks them.
    assert _flagged("If the conference is too busy, I would love to ask you a few questions "
                    "on a call beforehand.") == []
    assert _flagged("Thanks again for Tuesday, and no worries about the dropout!") == []



TANNERY = [
    "Mirta Cáceres is head of tanning technology at Curtiembre Chaco.",
    "In 2021 she cut the liming recipes from 40 to 12, which she calls the surest way of "
    "stopping wet-white failures at their source.",
]


def test_an_ing_verb_with_its_object_after_a_preposition_is_no_detail() -> None:
    support = Support(TANNERY, about=TANNERY,
                      subjects=["Mirta Cáceres", "Mirta", "Curtiembre Chaco"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    # "tackling" for research's "stopping": another verb, said with its object.
    assert flagged("Cutting your liming recipes from 40 to 12 is a very practical way of "
                   "tackling wet-white failures at their source.") == []
    # The object swapped is still flagged.
    assert flagged("Cutting your liming recipes from 40 to 12 is a very practical way of "
                   "tackling wet-blue failures at their source.") == ["wet-blue"]


MINT = [
    "Ailsa Kewley is head of coin design at the Sulby Mint.",
    "A collector coin needs about 14 weeks from brief to first strike at the Sulby Mint.",
]


def test_an_s_verb_going_on_with_an_amount_is_what_a_thing_does() -> None:
    support = Support(MINT, about=MINT, subjects=["Ailsa Kewley", "Ailsa", "Sulby Mint"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    # "takes about 14 weeks" for research's "needs": what the coin does, no other coin.
    assert flagged("Reading that a collector coin takes about 14 weeks from brief to first "
                   "strike at the Sulby Mint surprised me.") == []
    # Another thing in the coin's place is still flagged.
    assert flagged("Reading that a collector medal takes about 14 weeks from brief to first "
                   "strike at the Sulby Mint surprised me.") == ["collector medal"]


def test_a_month_the_writer_asks_to_meet_in_is_theirs() -> None:
    # The writer's plan, in a sentence that asks or wishes: no date research gives.
    assert _flagged("I can't make it to Houston, but maybe over a short call in December?") == []
    assert _flagged("I wish I could be there in March.") == []
    assert _flagged("I'll work on getting there in January or February.") == []
    # A month told of the recipient's talk is still checked.
    assert any("April" in phrase for phrase in _flagged(
        "I hear you speak at the Gulf Coast Greenhouse Conference in April."))


def test_a_year_the_writer_plans_for_is_theirs() -> None:
    # The writer's plan for themselves: no year research gives.
    assert _flagged("I hope a move into glasshouse work may be possible for me in 2027.") == []
    assert _flagged("Her course on greenhouse hygiene is now at the top of my list for "
                    "2027.") == []
    # A year told of the recipient is still checked.
    assert any("2021" in phrase for phrase in _flagged(
        "Femke Declercq became Head of English Lexicography in 2021."))
