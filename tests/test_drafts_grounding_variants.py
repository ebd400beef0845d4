"""Correct drafts the grounding check must leave alone, next to the wrong ones it must still
flag: other spellings, clipped names and words, acronyms of known phrases, a guest named on a
known show, an abstract noun opening a sentence, and verbs or pronouns after a noun."""

from __future__ import annotations

import pytest

from infoprep.drafts.grounding import Support, unsupported_claims
from infoprep.drafts.spelling import spelling_variants

# A fictional bridge engineer, as research and the user's profile might describe them.
KNOWN = [
    "Tomasz Wren is lead structural engineer at Harrow Bridgeworks.",
    "On Load Path, a podcast about bridges, Tomasz Wren talked with Ada Fenwick about "
    "inspecting old rail bridges.",
    "The team color-codes every drawing so site crews can read the load path at a glance.",
    "He studied civil engineering at the University of Nottingham and mentors graduate "
    "engineers.",
    "Corrosion inspections happen every spring, and the team decides repairs together.",
    "The team's practice is to walk every site before a design review.",
    "Most of his week is field work on rail bridges.",
]
PROFILE = ["I am a surveyor finishing a civil engineering degree at Leeds."]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Tomasz Wren", "Tomasz", "Harrow Bridgeworks"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_spelling_variants_cover_british_and_american_endings() -> None:
    assert "color" in spelling_variants("colour")
    assert "practice" in spelling_variants("practise")
    assert "organize" in spelling_variants("organise")
    assert "center" in spelling_variants("centre")
    assert "traveled" in spelling_variants("travelled")


def test_a_word_spelled_the_other_way_is_known() -> None:
    assert _flagged("I'm going to practise walking a site before every review, as your "
                    "team does.") == []
    assert _flagged("I loved that your team colour-codes every drawing for the site "
                    "crews.") == []


def test_an_acronym_of_a_known_phrase_is_known_and_another_is_not() -> None:
    assert _flagged("I'm a surveyor finishing a CE degree at Leeds.") == []
    assert "EE" in _flagged("I'm a surveyor finishing an EE degree at Leeds.")


def test_a_clipped_name_or_word_is_known() -> None:
    assert _flagged("I saw you studied at Nottingham, and I wondered how you came to "
                    "mentor grad engineers.") == []
    assert "Oxford" in _flagged("I saw you studied at Oxford and mentor graduate "
                                "engineers.")


def test_a_guest_on_a_known_show_is_known_part_by_part() -> None:
    assert _flagged("I heard your conversation with Ada Fenwick on Load Path.") == []
    flagged = _flagged("I heard your conversation with Ada Fenwell on Load Path.")
    assert any("Fenwell" in phrase for phrase in flagged)
    flagged = _flagged("I heard your conversation with Ada Fenwick on Span Notes.")
    assert any("Span Notes" in phrase for phrase in flagged)


def test_an_abstract_noun_opening_a_sentence_is_no_name() -> None:
    assert _flagged("Inspection is the part of the job I most want to learn, and I'd "
                    "love to hear how your team plans it.") == []


def test_a_verb_or_pronoun_after_a_noun_is_not_read_into_its_phrase() -> None:
    assert _flagged("I'd love to hear how your team decides what to repair first.") == []
    assert _flagged("Your rail work stood out to me when I read about the team.") == []
    assert _flagged("It was good to hear you started out as a structural engineer "
                    "yourself.") == []


def test_a_closed_compound_is_known_by_its_open_form() -> None:
    assert _flagged("I'd love to hear more about fieldwork on rail bridges.") == []
    assert "deskwork" in _flagged("I'd love to hear more about deskwork on rail bridges.")


def test_an_abbreviation_of_a_known_phrase_is_known_and_a_wrong_one_is_not() -> None:
    support = Support([
        "Dara studies at the University of Northern Wessex, in cardiovascular research.",
        "She coaches strength and conditioning and is Head of Radiography at Elm Park.",
    ])
    for good, phrase in [("Dara is finishing her degree at UNWes.", "UNWes"),
                         ("She knows CV work well.", "CV"),
                         ("Her S&C sessions are popular.", "S&C"),
                         ("She became Head of Radio at Elm Park.", "Head of Radio")]:
        assert phrase not in [c.phrase for c in unsupported_claims(good, support)], good
    for bad, phrase in [("Dara is finishing her degree at UNWal.", "UNWal"),
                        ("She knows CX work well.", "CX"),
                        ("Her S&D sessions are popular.", "S&D"),
                        ("She became Head of Surgery at Elm Park.", "Head of Surgery")]:
        assert phrase in [c.phrase for c in unsupported_claims(bad, support)], bad


def test_a_title_after_an_article_is_read_whole() -> None:
    """"I became an accredited checking technician": the title is the profile's own words, not
    "n accredited checking technician" torn from its article."""
    from infoprep.drafts.context import DraftContext
    from infoprep.drafts.grounding import unsupported_claims
    from infoprep.models import Profile

    profile = Profile(
        name="Aisha Mahmood", headline="pharmacy technician",
        background="I became an accredited checking technician in 2022.",
    )
    support = DraftContext(profile).support
    said = "Hi, I'm Aisha. I became an accredited checking technician in 2022."
    assert [c.phrase for c in unsupported_claims(said, support)] == []
    wrong = said.replace("accredited checking", "senior dispensary")
    assert [c.phrase for c in unsupported_claims(wrong, support)] == [
        "senior dispensary technician"]


@pytest.mark.parametrize("ask", [
    "If you ever had 15 minutes for a quick call, I'd be grateful.",
    "Would you be open to a 15- to 20-minute call whenever the timing is right?",
    "Could you spare 20 minutes of your time next month?",
])
def test_the_time_asked_for_is_no_claim(ask: str) -> None:
    """The length of the call the user asks for is the request, whatever verb the sentence
    has ("had"), not a number about the recipient."""
    from infoprep.drafts.context import DraftContext
    from infoprep.drafts.grounding import unsupported_claims
    from infoprep.models import Profile

    support = DraftContext(Profile(name="Sam Lee", headline="analyst")).support
    assert [c.phrase for c in unsupported_claims(ask, support)] == []


# A fictional county archivist, for abbreviations, name words and counts of time.
ARCHIVIST = [
    "Wren Caldow is QA Lead Archivist at the County Records Office of Marlowe, based in "
    "Tasmeria.",
    "She holds a Graduate Diploma in Archival Science from the University of Kelmoor "
    "Bray-Dunmore.",
    "Enquiries now get replies within 10 days instead of seven.",
    "She spent nine years in conservation, the last four as head of the bindery.",
    "More than nine in ten requests are answered online.",
]


def _archivist_flags(text: str) -> list[str]:
    support = Support(ARCHIVIST, subjects=["Wren Caldow", "Wren"])
    return [c.phrase for c in unsupported_claims(text, support)]


@pytest.mark.parametrize(("good", "bad", "wrong"), [
    # An all-capital word of a known phrase gives all its letters.
    ("Your path to QALA interests me.", "Your path to QAPA interests me.", "QAPA"),
    # Hyphenated parts count as words.
    ("Your years at UKBD interest me.", "Your years at UKBS interest me.", "UKBS"),
    # Clipped words, with spaces or dots.
    ("Your Grad Dip sounds useful.", "Your Grad Cert sounds useful.", "Grad Cert"),
    # One distinctive word of a known name.
    ("Did Kelmoor prepare you well?", "Did Kelworth prepare you well?", "Kelworth"),
    # A three-letter clip of a known place.
    ("Are you still based in Tas?", "Are you still based in Vic?", "Vic"),
])
def test_abbreviations_and_name_words(good: str, bad: str, wrong: str) -> None:
    assert _archivist_flags(good) == []
    assert wrong in _archivist_flags(bad)


def test_generic_word_of_a_known_name_is_not_a_name_alone() -> None:
    assert "Marlowe" not in _archivist_flags("Your work at Marlowe inspires me.")
    assert _archivist_flags("Your work at Kelmoor College inspires me.") != []


def test_counts_of_time_and_number_words() -> None:
    # A bare count takes the nearest unit of time.
    assert _archivist_flags("You moved enquiry replies from seven days to 10.") == []
    assert _archivist_flags("You spent four years running the bindery.") == []
    assert "five" in _archivist_flags("You spent five years running the bindery.")
    # "ten" is not found inside "listened".
    assert _archivist_flags("I listened and learned that nine in ten requests are answered "
                            "online.") == []
    assert "eight" in _archivist_flags("I listened and learned that eight in ten requests "
                                       "are answered online.")
    # How often the user reread something is no claim; a count about the recipient is.
    assert _archivist_flags("Your note is lovely; I have read it three times.") == []


def test_names_read_whole_and_derived_adjective_openers() -> None:
    known = [*ARCHIVIST,
             "Her gallery Beneath the Moor opened in 2021.",
             "She represents the office on the Tasmerian Records Council."]
    support = Support(known, subjects=["Wren Caldow", "Wren"])

    def flags(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    # A known name the span reader would cut at a common word stays whole.
    assert flags("Your gallery Beneath the Moor is wonderful.") == []
    assert "Marsh" in flags("Your gallery Beneath the Marsh is wonderful.")
    # Two known names linked by "on the".
    assert flags("You represent Wren Caldow on the Tasmerian Records Council.") == []
    assert flags("You represent Wren Caldow on the Tasmerian Archives Council.") != []
    # An adjective made from a frequent word opens a sentence; a name does not.
    assert flags("Informational only, not a job request.") == []
    assert "Kelworthal" in flags("Kelworthal only, not a job request.")


def test_hyphenated_words_share_their_parts_as_context() -> None:
    support = Support(["I spent six years at a depot, the last three as night-shift lead."])
    assert [c.phrase for c in unsupported_claims(
        "I've run a night shift for three years.", support)] == []
    assert "five" in [c.phrase for c in unsupported_claims(
        "I've run a night shift for five years.", support)]


# A fictional hydrologist, for paraphrases people write: clips, places, verbs by form.
RIVER = [
    "Orla Brennock is a senior hydrologist at Fenwater Trust, based in Gort, Co. Galway.",
    "Her post on flood forecasting says the team keeps nursing homes and schools on the "
    "warning list.",
    "She suggested the Severn competition's Thames flow data for a first project.",
    "The trust runs the low, likely and high flood scenarios every morning.",
]
RIVER_PROFILE = ["I teach AP Statistics in Leeds and manage the operations rota."]


def _river(text: str) -> list[str]:
    support = Support([*RIVER, *RIVER_PROFILE], about=RIVER,
                      subjects=["Orla Brennock", "Orla", "Fenwater Trust"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_county_abbreviation_keeps_the_place_whole() -> None:
    assert _river("I'm a Galway woman too, so seeing someone from Gort doing this was "
                  "lovely.") == []
    assert "Tuam" in _river("I'm from Tuam, so seeing someone from Gort doing this was "
                            "lovely.")


def test_a_clip_may_keep_the_plural_s() -> None:
    assert _river("I teach AP Stats in Leeds and I'm learning forecasting.") == []
    assert "AP Calc" in _river("I teach AP Calc in Leeds and I'm learning forecasting.")


def test_names_a_known_sentence_gives_apart() -> None:
    assert _river("Your advice to start with the Severn Thames data was the push I "
                  "needed.") == []
    assert "Severn Trent" in _river("Your advice to start with the Severn Trent data was "
                                    "the push I needed.")


def test_verbs_by_form_and_owners_are_no_details() -> None:
    assert _river("I read your post twice on the drive home and kept nodding along.") == []
    assert _river("I'd love to hear how forecasting and warnings fit together.") == []
    assert _river("Your post said warnings improved, and I wonder if schools need the same "
                  "patience.") == []
    assert _river("I'd like to speak your team's language.") == []
    assert _river("I read how you run the low/likely/high scenarios.") == []


def test_what_the_letter_is_not_and_everyday_compounds() -> None:
    assert _river("It's purely to learn from you, not a job enquiry.") == []
    assert "enquiry" in " ".join(_river("It's about your job enquiry process."))
    known = [*RIVER, "She took a hydrologist post at the trust and a business partner role."]
    support = Support(known, about=known, subjects=["Orla Brennock", "Orla"])
    for text in ("I enjoyed your blog post on flood forecasting.",
                 "Your business degree must help with the trust's budget."):
        assert [c.phrase for c in unsupported_claims(text, support)] == []
    # A wrong detail in the same places is still flagged.
    assert _river("Your post on flood forecasting says the team keeps prisons and schools "
                  "on the warning list.") != []


def test_a_flagged_name_shows_the_known_name_it_is_probably_a_slip_for() -> None:
    """"Erika Hill" where research names "Erika Hall": the check says which name research has,
    so the user can fix the draft at once; a name like no known one gets no suggestion."""
    from infoprep.drafts.context import DraftContext
    from infoprep.drafts.rules import run_checks
    from infoprep.models import Company, Dossier, Draft, Person, Profile, Source

    dossier = Dossier(
        person=Person(name="Erika Hall", employer="Fernmoor Labs"),
        company=Company(name="Fernmoor Labs"),
        sources=[Source(url="https://fernmoor.example/team", title="Team", kind="website",
                        text="Erika Hall leads research at Fernmoor Labs in Leeds.\n")],
    )
    ctx = DraftContext(Profile(name="Sam Lee", headline="analyst"), None, dossier)

    def grounding(body: str) -> str:
        draft = Draft(kind="pitch", channel="spoken", body=body, generator="offline")
        return next(c.detail for c in run_checks(draft, ctx) if c.name == "grounding")

    assert "“Erika Hill” (name; research has “Erika Hall”)" in grounding(
        "I'm Sam. I loved how Erika Hill leads research at Fernmoor Labs.")
    assert "“Quentin Marsh” (name)" in grounding(
        "I'm Sam. I loved how Quentin Marsh leads research at Fernmoor Labs.")


# A fictional baker changing careers, and the bakery owner she wrote to.
BAKERY = [
    "Priya Okafor runs Cinder Loaf, a bakery in Hexham, and sells day-old bread for resale "
    "through a market stall.",
    "Her talk at the Northern Bakers Meet covered keeping apprentices: paying for packaging "
    "and flour for them.",
    "Priya Okafor has run Cinder Loaf for six years.",
    "For her, good pastry is part of what managers need.",
]
BAKER = [
    "I have worked in hotel kitchens for nine years, starting as a porter. For the last "
    "three I have led the pastry section at the Tyne Grand.",
]


def _bakery_flagged(text: str) -> list[str]:
    support = Support([*BAKERY, *BAKER], about=BAKERY,
                      subjects=["Priya Okafor", "Priya", "Cinder Loaf"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_count_whose_unit_the_sentence_before_gives() -> None:
    assert _bakery_flagged("I've led the pastry section in hotel kitchens at the Tyne Grand "
                           "for three years.") == []
    assert "five" in _bakery_flagged("I've led the pastry section in hotel kitchens at the "
                                     "Tyne Grand for five years.")


def test_the_users_own_years_beside_the_recipients() -> None:
    assert _bakery_flagged("Hearing how you have run Cinder Loaf made me see my nine years "
                           "in kitchens as a strength.") == []
    assert "twelve" in _bakery_flagged("Hearing how you have run Cinder Loaf made me see my "
                                       "twelve years in kitchens as a strength.")


def test_working_hours_idioms_are_no_counts() -> None:
    assert _bakery_flagged("I know a bakery is never a 9-to-5 job, and ovens run 24/7 "
                           "before a market day.") == []
    assert _bakery_flagged("Bakers rarely keep nine-to-five hours.") == []
    # A range of counts is still a count.
    assert "4" in _bakery_flagged("You sell at 4-to-6 markets a week.")


def test_everyday_acronyms_and_weekdays_are_no_names() -> None:
    assert _bakery_flagged("I've attached my CV as a PDF and I'm free most Saturdays.") == []
    assert "Crumb Club" in _bakery_flagged("I'm free most Saturdays and keen to hear about "
                                           "the Crumb Club.")


def test_everyday_acronyms_of_wards_and_screens_in_capitals_are_no_names() -> None:
    assert _bakery_flagged("I see the patient who comes to ED at 2 a.m.") == []
    assert _bakery_flagged("As a tester I can only imagine the UI bugs.") == []
    # Written as a name, it is one.
    assert "Ed" in _bakery_flagged("I learned a lot from Ed at the bakery.")


def test_where_the_user_heard_it_and_a_root_of_a_known_word() -> None:
    assert _bakery_flagged("I caught your talk on the train this week.") == []
    assert _bakery_flagged("I liked that half of it is good enough to resell.") == []
    assert "upcycle" in _bakery_flagged("I liked that half of it is good enough to "
                                        "upcycle.")
    assert "sourdough starters" in _bakery_flagged(
        "I caught your talk on sourdough starters this week.")


def test_verbs_in_a_list_and_a_clause_without_that() -> None:
    assert _bakery_flagged("Your idea of paying for flour and packaging and offering "
                           "Saturday shifts keeps apprentices.") == []
    assert "packaging and ovens" in _bakery_flagged(
        "Your idea of paying for flour and packaging and ovens keeps apprentices.")
    assert _bakery_flagged("Cinder Loaf is the part managers actually need.") == []
    assert "pastry managers" in _bakery_flagged("Cinder Loaf is the pastry managers actually "
                                                "need.")


def test_an_age_group_is_no_count_and_a_prefix_gives_an_initial() -> None:
    assert _bakery_flagged("I spend my Saturdays teaching sixteen-year-olds to bake.") == []
    assert "16" in _bakery_flagged("I teach 16 apprentices to bake.")
    support = Support(["She leads the hospital's antimicrobial stewardship team."],
                      subjects=["She"])
    assert [c.phrase for c in unsupported_claims("I'm keen on AMS.", support)] == []
    assert "ASP" in [c.phrase for c in unsupported_claims("I'm keen on ASP.", support)]


def test_a_university_by_its_place_initial_and_u() -> None:
    support = Support(["She trained at the University of Dorset Medical Centre."],
                      subjects=["She"])
    assert [c.phrase for c in unsupported_claims(
        "You trained at DU Medical Centre.", support)] == []
    assert "EU Medical Centre" in [c.phrase for c in unsupported_claims(
        "You trained at EU Medical Centre.", support)]


def test_a_framing_noun_names_the_known_thing_generally() -> None:
    support = Support(["Jo Marsh says that with her team, kitchen skills count: a clean "
                       "bench, a steady hand."], subjects=["Jo Marsh"])
    assert [c.phrase for c in unsupported_claims(
        "Jo Marsh told me that my kitchen work counts for a lot.", support)] == []
    assert "kitchen charm counts" in [c.phrase for c in unsupported_claims(
        "Jo Marsh told me that my kitchen charm counts for a lot.", support)]


# A fictional cider maker's quality lead, as research and the user's notes might describe her.
CIDER = [
    "Wren Ashby is Quality Control Manager at Kestrel Hill Cidery.",
    "Kestrel Hill Cidery will reopen its tasting barn in summer 2026 with a new press hall.",
    "Wren wrote for Kestrel Hill Cidery: what our orchard survey taught us about bitter "
    "apples.",
    "Advice: lead with my SOPs and lab logs; craft cideries rarely have a lab of their own.",
    "Next step: send her a one-page case study of my sampling log before Friday.",
    "Suggested I talk to Piet Moss, the cellar quality technician on her team.",
]


def _cider_flagged(text: str) -> list[str]:
    support = Support(CIDER, subjects=["Wren Ashby", "Wren", "Kestrel Hill Cidery"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_title_with_its_leading_words_as_initials() -> None:
    assert _cider_flagged("You started in the cellar before becoming QC manager.") == []
    assert any("QA" in p for p in _cider_flagged(
        "You started in the cellar before becoming QA manager."))


def test_an_acronym_in_the_other_number() -> None:
    assert _cider_flagged("Your advice to lead with my SOP work helped.") == []
    assert "GMP" in _cider_flagged("Your advice to lead with my GMP work helped.")


def test_a_framing_version_and_a_verb_before_its_object() -> None:
    assert _cider_flagged("I'll send you the one-page version before Friday.") == []
    assert any("memo" in p for p in _cider_flagged(
        "I'll send you the one-page memo before Friday."))
    assert _cider_flagged("I'll talk to Piet Moss, since cellar quality sounds a lot "
                          "like my path.") == []


def test_a_comparative_compares_rather_than_names() -> None:
    assert _cider_flagged("I'd love to know how smaller cideries without a lab like yours "
                          "manage.") == []
    assert "organic cideries" in _cider_flagged(
        "I'd love to know how organic cideries without a lab like yours manage.")


def test_the_venue_of_a_post_is_not_its_topic() -> None:
    assert _cider_flagged("I read your post on the Kestrel Hill blog about what the orchard "
                          "survey taught you about bitter apples.") == []
    assert any("sweet" in p for p in _cider_flagged(
        "I read your post on the Kestrel Hill blog about what the orchard survey taught you "
        "about sweet pears."))


def test_a_season_of_a_year_dates_what_it_is_said_of() -> None:
    assert _cider_flagged("I saw that Kestrel Hill Cidery will reopen its tasting barn in "
                          "summer 2026.") == []
    assert "winter 2026" in _cider_flagged("I saw that Kestrel Hill Cidery will reopen its "
                                           "tasting barn in winter 2026.")


# A fictional ferry operator's head of purchasing, for clipped levels, acronyms and
# everyday modifiers.
FERRY = [
    "Ines Marlow is Head of Purchasing at Tidewell Ferries, which runs 14 vessels.",
    "Since 2021 the share of our spending that goes to small and local suppliers has risen "
    "to 40%.",
    "Tidewell asked every bidder to commit to local apprenticeships. The winning yard has "
    "taken on 12 apprentices in boatyards along the coast.",
    "The Clean Crossings plan commits Tidewell to a fully electric fleet by 2032.",
]
FERRY_PROFILE = [
    "I have been a Certified Marine Surveyor in Devon since 2016.",
    "I am studying for the NEBOSH Level 3 certificate.",
]


def _ferry_flagged(text: str) -> list[str]:
    support = Support([*FERRY, *FERRY_PROFILE], about=FERRY,
                      subjects=["Ines Marlow", "Ines", "Tidewell Ferries", "Tidewell"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_level_cut_to_its_initial_before_its_number() -> None:
    assert _ferry_flagged("Hi Ines, I'm a surveyor studying for NEBOSH L3.") == []
    assert _ferry_flagged("Hi Ines, I'm a surveyor studying for NEBOSH L5.") != []


def test_an_acronym_beside_a_year_stands_for_the_words_spelt_out() -> None:
    assert _ferry_flagged("I've been a CMS since 2016 and I'm hoping to move into "
                          "purchasing.") == []
    assert "2019" in _ferry_flagged("I've been a CMS since 2019 and I'm hoping to move "
                                    "into purchasing.")


def test_an_acronym_of_a_known_phrase_with_its_own_head_letter() -> None:
    assert _ferry_flagged("Seeing the SLE share of spend at Tidewell rise to 40% is "
                          "brilliant.") == []
    assert "QPE" in _ferry_flagged("Seeing the QPE share of spend at Tidewell rise to 40% "
                                   "is brilliant.")


def test_a_plan_aiming_for_what_it_commits_to_is_no_swap() -> None:
    assert _ferry_flagged("With the Clean Crossings plan aiming for a fully electric fleet "
                          "by 2032, Tidewell has big tenders ahead.") == []
    assert "2030" in _ferry_flagged("With the Clean Crossings plan aiming for a fully "
                                    "electric fleet by 2030, Tidewell has big tenders ahead.")


def test_an_everyday_modifier_from_the_next_sentence() -> None:
    assert _ferry_flagged("Ines, your 12 apprentices in local boatyards at Tidewell really "
                          "stood out.") == []
    # "electric" is known, but only in a text about the fleet, nowhere near the boatyards.
    assert "electric boatyards" in _ferry_flagged(
        "Ines, your 12 apprentices in electric boatyards at Tidewell really stood out.")


def test_an_ing_word_before_a_role_noun_names_the_title_field() -> None:
    known = [*FERRY, "Ines will pass my CV to Piet Arden, the regional operations director "
             "for the North Coast.",
             "Tidewell runs training days for new deckhands, led by a fleet manager."]
    support = Support([*known, *FERRY_PROFILE], about=known,
                      subjects=["Ines Marlow", "Ines", "Tidewell Ferries", "Tidewell"])
    ok = ("Thank you for passing my CV to Piet Arden, the regional operations director for "
          "the North Coast.")
    wrong = ok.replace("regional operations director", "regional training manager")
    assert [c.phrase for c in unsupported_claims(ok, support)] == []
    assert any("training manager" in c.phrase for c in unsupported_claims(wrong, support))


def test_a_word_known_only_by_its_stem_in_a_long_pinned_slot() -> None:
    known = [*FERRY, "Ines asked every bidder to price in a second life for the batteries.",
             "The new vessels need shore charging at both ports."]
    support = Support([*known, *FERRY_PROFILE], about=known,
                      subjects=["Ines Marlow", "Ines", "Tidewell Ferries", "Tidewell"])
    ok = "Ines, I loved that every bidder had to price in a second life for the batteries."
    wrong = ok.replace("batteries", "chargers")
    assert [c.phrase for c in unsupported_claims(ok, support)] == []
    assert "chargers" in [c.phrase for c in unsupported_claims(wrong, support)]
