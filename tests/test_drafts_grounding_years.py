"""Years mixed up: a year put beside a name that the few known sentences naming it date
otherwise ("Project Tern, which you've led since 2021" where research says 2023, "your 2024
conversation with Farai Moyo" where the episode is from 2025) is flagged; the year research
gives, a year of a town's (where, not what, a year dates) and a year beside a name research
dates with several years are left alone. So is a year an event verb governs ("the summer
school you founded in 2021" where research has it founded in 2020), unless research tells the
event once without its year. A piece of the recipient's dated otherwise than its page ("Your
September post, “…”" where the page was published in October) is flagged."""

from __future__ import annotations

from drafting import flagged_against

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional visual effects studio's pipeline lead, as research says.
RESEARCH = [
    "Leilani Chow is Pipeline Supervisor at Fathom & Finch in Vancouver.",
    "She has led Project Tern, the studio's move to OpenUSD, since 2023.",
    "Project Tern now covers every show in production.",
    "On the 2025 episode of Render Queue, Farai Moyo asks her about junior developers.",
    "Farai Moyo hosts the podcast from Toronto.",
    "Vancouver's first film studio opened in 1948.",
    "Awards: Premios Interfaz 2026, best studio tool.",
    "Leilani joined Fathom & Finch in 2012.",
    "Project Heron began in 2019 and shipped in 2022.",
    # The wrong years below are known too, of other things, beside the draft's words.
    "In 2021 the studio began its move to cloud rendering.",
    "In 2024 the studio recorded a conversation about rendering for its careers page.",
    "In 2020 she founded the studio's summer school for junior developers.",
    "In 2021 the summer school moved to a bigger room.",
    "Of the 40 tools the studio published that year, artists used twelve.",
    "In 2022 the studio published its render farm report.",
]


def _flagged(text: str, known: list[str] = RESEARCH) -> list[str]:
    support = Support(known, about=known,
                      subjects=["Leilani Chow", "Leilani", "Fathom & Finch"],
                      places=["Vancouver, British Columbia, Canada"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_year_research_gives_the_name_is_supported() -> None:
    assert _flagged("Project Tern, which you've led since 2023, is the move I most want to "
                    "understand.") == []
    assert _flagged("I keep coming back to your 2025 conversation with Farai Moyo.") == []


def test_another_year_beside_the_name_is_flagged() -> None:
    assert _flagged("Project Tern, which you've led since 2021, is the move I most want to "
                    "understand.") == ["2021"]
    assert _flagged("I keep coming back to your 2024 conversation with Farai Moyo.") == [
        "2024"]
    assert _flagged("Congratulations on the Premios Interfaz 2025.") == [
        "Premios Interfaz 2025"]


def test_a_town_is_where_not_what_a_year_dates() -> None:
    assert _flagged("You joined Fathom & Finch in Vancouver back in 2012.") == []


def test_a_name_research_dates_with_several_years_is_not_dated_by_one() -> None:
    # Research gives Project Heron a start and a release: a year beside it may date
    # something else of it, and the check cannot tell which.
    assert _flagged("Project Heron, which you've led since 2021, is the move I most want "
                    "to understand.") == []


def test_a_year_of_an_event_research_dates_otherwise_is_flagged() -> None:
    assert _flagged("I'd love to hear about the summer school you founded in 2020.") == []
    # 2021 is known of the summer school, but of its move, not its founding.
    assert _flagged("I'd love to hear about the summer school you founded in 2021.") == ["2021"]


def test_an_event_research_tells_without_its_year_dates_nothing() -> None:
    # "the 40 tools the studio published that year": the year is told elsewhere.
    assert _flagged("Only twelve of the 40 tools the studio published in 2024 were used, "
                    "I read.") == []


# The recipient's pieces, as the titles of their pages give them, with the date each came out.
PIECES = [
    *RESEARCH,
    "What a render farm taught me about patience | Fathom & Finch blog, published October "
    "2025.",
    "Why our juniors start on the asset browser | Fathom & Finch blog, published March 2024.",
    "In September 2025 the studio moved its render farm to Burnaby.",
    "In 2023 our juniors moved to the asset team's floor.",
]


def _pieces(text: str) -> list[str]:
    return _flagged(text, PIECES)


def test_a_piece_dated_otherwise_than_its_page_is_flagged() -> None:
    assert _pieces('Your October post, "What a render farm taught me about patience", '
                   "stayed with me.") == []
    # September 2025 is known, of the farm's move.
    assert _pieces('Your September post, "What a render farm taught me about patience", '
                   "stayed with me.") == ["September"]


def test_a_piece_named_by_the_words_of_its_title_is_dated_by_its_page() -> None:
    assert _pieces("Your 2024 post on why our juniors start on the asset browser made me "
                   "smile.") == []
    # 2023 is known, of the juniors' move.
    assert _pieces("Your 2023 post on why our juniors start on the asset browser made me "
                   "smile.") == ["2023"]


# A beekeeping union's extension head, her path and an app, as research dates them.
APIARY = [
    "Rehema Mollel is Head of Apiary Extension at Msitu Asali Cooperative Union in Tabora.",
    "From 2009 she ran the Kaliua Forest Beekeeping Project, and in 2016 she joined Msitu "
    "Asali as an extension officer.",
    "In 2018 the union rolled out AsaliTrack, a hive record app, to 4,200 beekeepers.",
]


def _apiary(text: str) -> list[tuple[str, str]]:
    support = Support(APIARY, about=APIARY,
                      subjects=["Rehema Mollel", "Rehema", "Msitu Asali Cooperative Union",
                                "Msitu Asali"])
    return [(c.phrase, c.note) for c in unsupported_claims(text, support)]


def test_a_year_research_tells_of_something_else_with_these_words() -> None:
    assert _apiary("Your move from the Kaliua Forest Beekeeping Project to Msitu Asali in "
                   "2016 is the path I hope to follow.") == []
    # 2018 is known, but of the app; research tells these words with 2009 and 2016. (Which
    # of them the move is, words alone cannot tell, so no year is offered in its place.)
    assert _apiary("Your move from the Kaliua Forest Beekeeping Project to Msitu Asali in "
                   "2018 is the path I hope to follow.") == [("2018", "")]
    assert _apiary("AsaliTrack, which the union rolled out to 4,200 beekeepers in 2018, is "
                   "what I hope to learn.") == []


def test_a_day_of_a_month_research_tells_of_something_else_with_these_words() -> None:
    known = ["Olfa Chaabouni is head of bridge inspection at Qantara Engineering.",
             "Her session with Leila Mansouri is on 2 December at the bridge congress in "
             "Marseille.",
             "The bridge register went online on 3 December 2024 with 1,200 structures."]
    flagged = flagged_against(known, ["Olfa Chaabouni", "Olfa", "Qantara Engineering"])
    assert flagged("I'll watch your session at the bridge congress in Marseille with Leila "
                   "Mansouri on 2 December.") == []
    # 3 December is known, but of the register; research tells this session with 2 December,
    # by far more of the words.
    assert flagged("I'll watch your session at the bridge congress in Marseille with Leila "
                   "Mansouri on 3 December.") == ["3", "December"]


def test_a_year_in_brackets_after_a_name_dates_that_name() -> None:
    known = ["Rhiannon Pardoe is Head of Fish Health at Channel Reach Salmon in Hobart.",
             "Career: veterinary officer, Tasmanian Aquatic Animal Health Laboratory "
             "(2011-2015); Channel Reach Salmon since 2016.",
             "In 2024 the Tasmanian Aquatic Animal Health network met in Launceston.",
             "Fish health days with the University of Tasmania (since 2019): eight students "
             "each May.",
             "Degree: veterinary science, University of Tasmania (2006)."]
    flagged = flagged_against(known, ["Rhiannon Pardoe", "Rhiannon", "Channel Reach Salmon"])
    # The laboratory is dated 2011 by the brackets after its name, whatever 2024 is told of.
    assert flagged("You worked at the Tasmanian Aquatic Animal Health Laboratory from 2011 "
                   "to 2015 before joining Channel Reach.") == []
    # The fish health days are dated 2019 by theirs: 2006 is the degree's year.
    assert flagged("I was struck by the fish health days you've run with the University of "
                   "Tasmania since 2006.") == ["2006"]


def test_a_year_research_tells_with_far_more_of_these_words_wins_over_a_passing_one() -> None:
    known = ["Magda Sroka is Head of Audio at Kruk Interactive in Warsaw.",
             "In 2025 she started an audio residency that brings composers from outside "
             "games into the team.",
             "The studio's first audio award came in 2024."]
    flagged = flagged_against(known, ["Magda Sroka", "Magda", "Kruk Interactive"])
    assert flagged("I read that in 2025 you started an audio residency for composers from "
                   "outside games.") == []
    # 2024 is told with "audio" once (the award); 2025 with started, residency, composers,
    # outside, games and audio.
    assert flagged("I read that in 2024 you started an audio residency for composers from "
                   "outside games.") == ["2024"]
    # Told with a word or two more, a year research gives these words too stands.
    assert flagged("The studio's first audio award in 2024 came before you started the "
                   "residency.") == []


def test_a_degree_put_at_the_university_of_another_year_is_shown_with_its_year() -> None:
    known = ["Catrin Owain is Heritage Officer at Moelfryn Slate in Gwynedd.",
             "She studied archaeology at Bangor University, graduating in 2008.",
             "She completed an MSc in the Conservation of Historic Buildings at the "
             "University of Bath in 2016 and joined Moelfryn in 2017."]
    support = Support(known, subjects=["Catrin Owain", "Catrin", "Moelfryn Slate",
                                       "Moelfryn"])
    right = "You took an MSc in the Conservation of Historic Buildings at the University of " \
            "Bath in 2016."
    assert unsupported_claims(right, support) == []
    # Bangor University is known, of her first degree in 2008: the year and the university
    # disagree, and the user sees both, whichever is the slip.
    wrong = right.replace("University of Bath", "Bangor University")
    [claim] = unsupported_claims(wrong, support)
    assert (claim.phrase, claim.note) == (
        "Bangor University in 2016", "research gives “Bangor University” another year")


# A blog post research has, published in 2023, and an older note that dates what it is about.
POST = ("Fathom & Finch tech blog: why our artists never type a file path. When an artist "
        "publishes, Skiff checks the work against a list of rules for that department and "
        "refuses to publish anything that fails. Skiff, our publishing tool, was added in 2020.")
POSTED = [*RESEARCH, "Why our artists never type a file path, published 9 March 2023.", POST]


_flagged_with_dates = flagged_against(POSTED, ["Leilani Chow", "Fathom & Finch"],
                                      dated=[("2023-03-09", POST)])


def test_a_piece_dated_by_the_page_on_what_it_is_about_is_supported() -> None:
    # The post is told by what it says, not by its title: its page's date backs the year.
    assert _flagged_with_dates(
        "Your 2023 post on how Skiff refuses any publish that breaks a department's rules "
        "really hit home.") == []


def test_a_piece_dated_otherwise_than_its_page_is_not_backed_by_it() -> None:
    # No page of 2024 says so, and the name it is told by must be the page's own.
    flagged = _flagged_with_dates(
        "Your 2024 post on how Skiff refuses any publish that breaks a department's rules "
        "really hit home.")
    assert "2024" in flagged


def test_a_year_put_right_after_a_title_is_the_one_research_puts_there() -> None:
    # Many sentences name the title, some with other years of her career beside it.
    known = [
        "Ingrid Saebo is Electrification Project Lead at Kvitsund Ferjer in Bergen.",
        "She joined Kvitsund in 2018 as electrical superintendent for the fleet and became "
        "Electrification Project Lead in 2021.",
        "On the 2024 episode, Ingrid Saebo, Electrification Project Lead at Kvitsund Ferjer, "
        "talks about battery ferries.",
        "Speakers: Ingrid Saebo, Electrification Project Lead, Kvitsund Ferjer.",
        "By Ingrid Saebo, Electrification Project Lead",
        "career: electrical superintendent 2018; Electrification Project Lead since 2021",
        # 2018 is told with the same words too, of her first work on the project.
        "Her work as lead superintendent on the electrification project began in 2018.",
    ]
    flagged = flagged_against(known, ["Ingrid Saebo", "Ingrid", "Kvitsund Ferjer"])
    assert "2018" in flagged("I've been reading about your work as Electrification Project "
                             "Lead since 2018.")
    assert flagged("I've been reading about your work as Electrification Project Lead since "
                   "2021.") == []
    # The user's own years are theirs to tell.
    assert flagged("I've been an electrical superintendent since 2018 myself.") == []


def test_a_year_the_notes_give_with_the_words_around_it_is_what_was_said() -> None:
    # Research tells 2024 of the congress papers; the notes of the call say "from 2019 on".
    known = [*RESEARCH, "The society published the 2024 congress papers on boiler safety.",
             "Leilani presented congress papers for the society in 2024."]
    notes = ('- resource: the society\'s congress papers are online, "read the factory ones '
             'from 2019 on"')
    flagged = flagged_against([*known, notes], ["Leilani Chow", "Fathom & Finch"],
                              said=[notes])
    assert flagged("I'll work through the society's congress papers from 2019 on, as you "
                   "suggested.") == []
    # A year the notes never give is still checked against research.
    assert "2021" in flagged("I'll work through the society's congress papers from 2021 on, "
                             "as you suggested.")


def test_a_month_research_puts_another_in_the_place_of_is_flagged() -> None:
    known = ["Odile Marchetti leads the ferry cadet school at Port Aurel.",
             "The school takes a first group of nine cadets in March 2027, on a paid "
             "18-month course.",
             "A bridge simulator for the cadets opens in September 2026."]
    flagged = flagged_against(known, ["Odile Marchetti", "Odile", "Port Aurel"])
    said = "I read that the school takes a first group of nine cadets in {} 2027."
    assert flagged(said.format("March")) == []
    # September is a month research gives with "cadets", but not in this place.
    assert flagged(said.format("September")) == ["September"]
    # Where it does say it, and where the draft names both months, it stands.
    assert flagged("I'd love to see the cadets' new bridge simulator when it opens in "
                   "September.") == []
    assert flagged("I read that the school takes nine cadets from March to September "
                   "2027.") == []


def test_a_day_of_the_week_research_puts_another_in_the_place_of_is_flagged() -> None:
    known = ["Benedikt Aas edits the flood bulletin at the Drava Basin Authority.",
             "The bulletin now goes out on Tuesday evenings instead of Sunday nights, so "
             "farmers read it before the working week.",
             "His team meets every Thursday."]
    flagged = flagged_against(known, ["Benedikt Aas", "Benedikt", "Drava Basin Authority"])
    said = "I like that the bulletin now goes out on {} evenings instead of Sunday nights."
    assert flagged(said.format("Tuesday")) == []
    # Thursday is a day research gives, but not in this place.
    assert flagged(said.format("Thursday")) == ["Thursday"]
    assert flagged("I'd love to sit in on one of your team's Thursday meetings.") == []



# The user's own texts give 2017 and 2020, of their own life.
_OWN = ["I finished my animation degree in 2017 and moved to Calgary in 2020."]


def test_a_year_by_a_name_of_researchs_is_not_the_users_own_year() -> None:
    def flagged(text: str) -> list[str]:
        return flagged_against([*RESEARCH, *_OWN], ["Leilani Chow", "Leilani", "Fathom & Finch"],
                               about=RESEARCH)(text)
    # A clause with "I'd" in it, but the year is Project Heron's, which research dates
    # otherwise: not the user's own 2017.
    assert any("2017" in phrase for phrase in flagged(
        "Seeing Project Heron begin in 2017 is the kind of path I'd love to learn from."))
    # Their own year of their own life still needs no research.
    assert flagged("I moved to Calgary in 2020 and I've been drawing ever since.") == []


# A blog post of 2023 on finishing a project research dates from 2020, and a page whose
# title the draft quotes.
LABELS = ("Blog post: What we learned rewriting 34 labels. Three years ago we started "
          "Project Clear Label, so that every label reads without a chemistry degree. This "
          "month we finished the work.")
SHOES = ("Why we make our own pointe shoes. Six of us make about 4,200 pairs a year for the "
         "company's dancers.")
LABELLED = [*RESEARCH, "Since 2020 Leilani has led Project Clear Label at Fathom & Finch.",
            "What we learned rewriting 34 labels, published 22 May 2023.", LABELS,
            "Why we make our own pointe shoes, published 27 January 2025.", SHOES]


_flagged_labels = flagged_against(LABELLED, ["Leilani Chow", "Fathom & Finch"],
                                  dated=[("2023-05-22", LABELS), ("2025-01-27", SHOES)])


def test_a_piece_dated_by_its_page_needs_no_other_year_of_what_it_is_about() -> None:
    # Research dates the project 2020, and its post 2023: the post's year is the page's.
    assert _flagged_labels("Your 2023 post on finishing Project Clear Label is what made me "
                           "write.") == []
    assert "2021" in _flagged_labels("Your 2021 post on finishing Project Clear Label is what "
                                     "made me write.")


def test_a_piece_dated_by_the_page_whose_title_the_draft_quotes() -> None:
    assert _flagged_labels('Your 2025 post, "Why we make our own pointe shoes," stayed with '
                           "me.") == []
    assert "2024" in _flagged_labels('Your 2024 post, "Why we make our own pointe shoes," '
                                     "stayed with me.")


def test_a_year_before_a_piece_on_a_named_thing_dates_the_piece_not_the_thing() -> None:
    known = ["Jolene Bodden is water quality manager at Seagrape Water Company.",
             "In 2022 her team built MembraneWatch, a dashboard for the plant's membranes.",
             "Clean when the membranes tell you | Seagrape Water Company blog, published "
             "February 2025.",
             "Why we clean on MembraneWatch's word, not the calendar's."]
    flagged = flagged_against(known, ["Jolene Bodden", "Jolene", "Seagrape Water Company"])
    # MembraneWatch dates from 2022; the post on it from 2025.
    assert flagged("Your 2025 post on MembraneWatch hit home.") == []
    # Bound to the name itself, the year is still MembraneWatch's.
    assert flagged("MembraneWatch, which your team built in 2025, hit home.") == ["2025"]


def test_a_year_after_a_name_and_its_place_is_bound_to_the_name() -> None:
    known = ["Dana Haddadin is Head of Formulation at Mawj Naturals in Amman.",
             "partner: Halite Minerals, Ghor Al Safi, since 2009; mud tested for 21 minerals",
             "Karim Sabbagh has worked with Halite Minerals since 2015."]
    flagged = flagged_against(known, ["Dana Haddadin", "Dana", "Mawj Naturals"])
    assert flagged("Mawj has sourced its mud from Halite Minerals since 2009.") == []
    assert flagged("Mawj has sourced its mud from Halite Minerals since 2012.") == ["2012"]


def test_what_the_recipient_said_in_a_year_is_backed_by_a_page_of_that_year() -> None:
    episode = ("The Conservation Bench, episode 47: Keeping, not making. Chiharu explains the "
               "distinction she draws between shūri, repair that returns an object to use, and "
               "hozon, preservation that keeps the evidence of its life.")
    known = ["Chiharu Okabe is head of textile conservation at the Kamogawa Museum.",
             "Work on the kesa will begin in October 2024 in the conservation wing.",
             episode]
    flagged = flagged_against(known, ["Chiharu Okabe", "Chiharu", "Kamogawa Museum"],
                              dated=[("2025-04-10", episode)])
    assert flagged("What made me write was the distinction you drew in 2025 between repair "
                   "and hozon.") == []
    # No page of 2023 holds it.
    assert flagged("What made me write was the distinction you drew in 2023 between repair "
                   "and hozon.") == ["2023"]
