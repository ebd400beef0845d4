"""Mix-ups of known names: two names research gives, joined in a draft as research never
joins them (a colleague as the podcast's host, a master's at the other university, a role at
another employer, a person "of" another organisation), are flagged as the pair the sentence
makes, saying research never names them together; names research joins, names the user
brings, and names a verb, a list or an apposition puts side by side are left alone."""

from __future__ import annotations

import pytest
from drafting import flagged_against

from infoprep.drafts.grounding import Claim, Support, unsupported_claims
from infoprep.drafts.name_kinds import name_kind

# A fictional museum entomologist, as research, the call notes and the user's profile say.
RESEARCH = [
    "Kerstin Lund is Collections Manager, Insects, at the Ridgeway Museum in Hobart.",
    "She grew up in Devonport and studied zoology at the University of Tasmania, where her "
    "honours year was spent sorting pitfall samples from the Central Plateau.\n\nShe "
    "finished a Master of Museum Studies at Deakin University in 2014.\n\nShe works "
    "closely with Dr Alan Pike, curator of beetles, and with Sam Oduya, who leads the "
    "digitisation team.",
    "On episode 23 of Back of Drawers, host Leonie Barr goes behind the cabinets with Kerstin "
    "Lund.\n\nThey talk about pest traps, old labels and the museum's move to Glenorchy.",
    "Island Collections Forum 2025, Launceston, 14 May.\n\nSession 3: Moving two million "
    "insects.\n\nKerstin Lund, Collections Manager, Ridgeway Museum\nPriya Raman, Registrar, "
    "Harbour Science Centre",
    "The Tasmanian Entomology Day 2024 was held in Burnie.",
    "Before the museum she spent four years as a field technician at Bush Heritage "
    "Australia, surveying beetles on its reserves in the Midlands.\n\nShe later catalogued "
    "moths for the Atlas of Living Australia.",
    "Ruth Ennis is the museum's collections officer. Ngaire Hale is its exhibitions manager.",
]
NOTES = ["- talk to Sam Oduya, did his master's at Monash, started as a volunteer in 2021"]
PROFILE = ["I am a biology graduate in Perth working at the Swan Valley Insect Farm with "
           "Dr Alan Pike's old field guide on my desk."]


def _support() -> Support:
    about = [*RESEARCH, *NOTES]
    return Support([*about, *PROFILE], about=about,
                   subjects=["Kerstin Lund", "Kerstin", "Ridgeway Museum"],
                   places=["Hobart, Tasmania, Australia", "Perth, Western Australia"])


def _flagged(text: str) -> list[Claim]:
    return unsupported_claims(text, _support())


def test_a_colleague_named_as_the_podcasts_host_is_flagged() -> None:
    right = "Hi Kerstin, I enjoyed episode 23 of Back of Drawers with Leonie Barr."
    assert _flagged(right) == []
    wrong = _flagged("Hi Kerstin, I enjoyed episode 23 of Back of Drawers with Sam Oduya.")
    # The pair is flagged as the sentence joins it: either name may be the slip.
    assert [c.phrase for c in wrong] == ["Back of Drawers with Sam Oduya"]
    assert wrong[0].note == "research never names “Back of Drawers” with “Sam Oduya”"


def test_a_degree_at_the_other_university_is_flagged() -> None:
    # Each is named in a paragraph of its own: one paragraph naming both would back them.
    assert _flagged("Your Master of Museum Studies at Deakin University caught my eye.") == []
    wrong = _flagged("Your Master of Museum Studies at the University of Tasmania caught my "
                     "eye.")
    assert [c.phrase for c in wrong] == [
        "Master of Museum Studies at the University of Tasmania"]


def test_co_speakers_listed_under_the_conferences_name_go_together() -> None:
    # The conference is named in the page's opening paragraph, the speakers further down.
    assert _flagged("I saw your session with Priya Raman at the Island Collections Forum "
                    "2025.") == []


def test_an_event_held_elsewhere_is_flagged_by_its_place() -> None:
    assert _flagged("I read about the Tasmanian Entomology Day in Burnie.") == []
    wrong = _flagged("I read about the Tasmanian Entomology Day in Hobart.")
    assert [c.phrase for c in wrong] == ["Tasmanian Entomology Day in Hobart"]


def test_names_a_verb_a_list_or_an_apposition_puts_together_are_no_pair() -> None:
    # What the writer heard, and a list of people: research need not say them together.
    assert _flagged("Sam Oduya mentioned your talk at the Island Collections Forum.") == []
    assert _flagged("Thank you for suggesting Sam Oduya, Priya Raman and Leonie Barr.") == []
    assert _flagged("I'd love to meet Alan Pike, Leonie Barr's guest.") == []


def test_the_users_own_names_and_the_recipient_pair_with_anything() -> None:
    # The user's own world: research need not know their workplace.
    assert _flagged("I work at the Swan Valley Insect Farm in Perth.") == []
    assert _flagged("Kerstin Lund on Back of Drawers was a joy to hear.") == []
    # A town beside a name research gives elsewhere is no mix-up: towns go apart.
    assert _flagged("Sam Oduya in Hobart leads the digitisation team.") == []


def test_the_drafts_grounding_check_names_the_pair_and_why() -> None:
    """What the user reads under the draft: the pair as written, and that research never
    names the two together."""
    from infoprep.drafts.context import DraftContext
    from infoprep.drafts.rules import run_checks
    from infoprep.models import Company, Dossier, Draft, Person, Profile, Source

    dossier = Dossier(
        person=Person(name="Kerstin Lund", employer="Ridgeway Museum"),
        company=Company(name="Ridgeway Museum"),
        sources=[Source(url="https://ridgeway.example/people", title="People", kind="website",
                        text=RESEARCH[2] + "\n\nSam Oduya leads the digitisation team.\n")],
    )
    ctx = DraftContext(Profile(name="Ana Ruiz", headline="biology graduate"), None, dossier)
    draft = Draft(kind="pitch", channel="spoken", generator="offline",
                  body="I'm Ana. I loved episode 23 of Back of Drawers with Sam Oduya.")
    detail = next(c.detail for c in run_checks(draft, ctx) if c.name == "grounding")
    assert ("“Back of Drawers with Sam Oduya” (name: research never names “Back of Drawers” "
            "with “Sam Oduya”)") in detail


def test_a_role_at_another_known_place_is_flagged() -> None:
    # The role and both places are known; only one place goes with the role.
    assert _flagged("You spent four years as a field technician at Bush Heritage "
                    "Australia.") == []
    wrong = _flagged("You spent four years as a field technician at the Atlas of Living "
                     "Australia.")
    assert [c.phrase for c in wrong] == ["field technician at the Atlas of Living Australia"]
    assert wrong[0].note == ("research never names “field technician” with “Atlas of Living "
                             "Australia”")


def test_a_colleague_given_another_colleagues_role_is_flagged() -> None:
    assert _flagged("I hear Ruth Ennis, your collections officer, suggested I write.") == []
    wrong = _flagged("I hear Ngaire Hale, your collections officer, suggested I write.")
    assert [c.phrase for c in wrong] == ["Ngaire Hale, your collections officer"]
    assert wrong[0].note == "research never names “Ngaire Hale” as “collections officer”"


def test_a_role_is_the_persons_only_beside_their_name() -> None:
    # "She works closely with Dr Alan Pike, curator of beetles, and with Sam Oduya, who leads
    # the digitisation team": one sentence names both, but the role is Dr Pike's.
    assert _flagged("I hear Dr Alan Pike, your curator of beetles, suggested I write.") == []
    wrong = _flagged("I hear Sam Oduya, your curator of beetles, suggested I write.")
    assert [c.phrase for c in wrong] == ["Sam Oduya, your curator of beetles"]


def test_a_role_with_an_acronym_or_a_possessive_between_is_read_whole() -> None:
    research = ["Mere Tane, Kōtuku Dairy's QA manager, runs the lab.",
                "Ari Cole is the plant manager at Kōtuku Dairy."]
    support = Support(research, about=research, subjects=["Kōtuku Dairy"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("Thank you for introducing me to Mere Tane, your QA manager at the "
                   "plant.") == []
    assert flagged("Thank you for introducing me to Ari Cole, your QA manager at the "
                   "plant.") == ["Ari Cole, your QA manager"]


def test_a_role_goes_with_the_place_research_puts_it_at() -> None:
    research = ["Ana Reyes is audio director at Kruk Interactive in Kraków.",
                "She joined Kruk Interactive in 2019 after six years as a sound designer at "
                "Sroka Games, where she first worked with Jan Lis.",
                "Jan Lis joined Kruk Interactive in 2021 as a senior interpreter."]
    support = Support(research, about=research,
                      subjects=["Ana Reyes", "Ana", "Kruk Interactive"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("You started as a sound designer at Sroka Games, Ana.") == []
    assert flagged("I read that Jan Lis joined as a senior interpreter at Kruk "
                   "Interactive.") == []
    # One sentence names the role and the employer, but puts the role at Sroka Games.
    assert flagged("You started as a sound designer at Kruk Interactive, Ana.") == [
        "sound designer at Kruk Interactive"]


def test_a_person_of_an_organisation_is_known_where_research_names_them_together() -> None:
    assert _flagged("I met Priya Raman of the Harbour Science Centre at the forum.") == []
    # Both names are known, but research never names Ruth Ennis with the centre.
    assert [c.phrase for c in _flagged("I met Ruth Ennis of the Harbour Science Centre at the "
                                       "forum.")] == ["Ruth Ennis of the Harbour Science Centre"]


def test_a_role_research_never_names_given_to_a_known_colleague_is_flagged() -> None:
    research = ["Trainees follow a course taught by chief hydrographic surveyor Mariana Techera "
                "and senior surveyor Federico Olivera."]
    support = Support(research, about=research, subjects=["Mariana Techera", "Mariana"])
    said = "Thank you for pointing me to Federico Olivera, your {}, who did the course."
    assert unsupported_claims(said.format("senior surveyor"), support) == []
    wrong = unsupported_claims(said.format("deputy chief surveyor"), support)
    assert [c.phrase for c in wrong] == ["Federico Olivera, your deputy chief surveyor"]
    assert wrong[0].note == "research never names “Federico Olivera” as “deputy chief surveyor”"


# A barrier's decision system, its maintenance app and a stay abroad, as research names them.
BARRIER = [
    "Lotte van Gelderen is head of barrier operations at Maaskering.",
    "At the Oude Maas barrier the closure decision is taken by GETIJ, the barrier's decision "
    "support system.",
    "Keringwacht, the maintenance app the team built in 2022, logs every test closure.",
    "In 2017 she spent five months at the Institut d'Optique Alpine in Grenoble.",
    "She spoke at the Storm Surge Symposium in 2019.",
]


def _barrier(text: str) -> list[tuple[str, str]]:
    support = Support(BARRIER, about=BARRIER,
                      subjects=["Lotte van Gelderen", "Lotte", "Maaskering"])
    return [(c.phrase, c.note) for c in unsupported_claims(text, support)]


def test_a_known_name_where_research_puts_another_among_the_same_words() -> None:
    assert _barrier("I was struck that the closure decision is taken by GETIJ, with "
                    "operators stepping in only if it fails.") == []
    assert _barrier("I was struck that the closure decision is taken by Keringwacht, with "
                    "operators stepping in only if it fails.") == [
        ("Keringwacht", "research has GETIJ in its place")]
    assert _barrier("Your five months at the Institut d'Optique Alpine in 2017 is the step "
                    "I'm most curious about.") == []
    assert ("Storm Surge Symposium", "research has Institut d'Optique Alpine in its place") in (
        _barrier("Your five months at the Storm Surge Symposium in 2017 is the step I'm most "
                 "curious about."))


def test_the_recipient_research_names_where_the_draft_says_you_is_no_rival() -> None:
    # Research titles the interview with the recipient's name where the draft names the
    # paper that ran it: "your interview in the Delta Courier, “…”" is to "you".
    known = [*BARRIER, "Lotte van Gelderen: 'Closing the gates is the easy part'",
             "The Delta Courier runs an interview every week with people who work on the water."]
    support = Support(known, about=known, subjects=["Lotte van Gelderen", "Lotte", "Maaskering"])
    assert [c.phrase for c in unsupported_claims(
        "I read your interview in the Delta Courier, “Closing the gates is the easy part”, "
        "twice.", support)] == []
    # Where the draft names someone else, the recipient is still the name research has.
    assert any("Dekker" in c.phrase for c in unsupported_claims(
        "I read the interview with Jan Dekker, “Closing the gates is the easy part”, twice.",
        support))


def test_a_name_that_starts_like_a_weekday_is_a_rival_too() -> None:
    # "Montaro" and "Sunbury" begin as "Mon" and "Sun" do; they are names, not days.
    known = ["Tessa Marsh is lead forecaster at the Sawback Avalanche Centre.",
             "She left patrol in 2013 to study snow science at Montaro State University.",
             "Tessa later taught one winter at Western Ridge University.",
             "The centre's radar was installed by Sunbury Instruments in 2019.",
             "Its wind masts were made by Halden Systems."]
    support = Support(known, about=known, subjects=["Tessa Marsh", "Tessa",
                                                    "Sawback Avalanche Centre"])
    flagged = [(c.phrase, c.note) for c in unsupported_claims(
        "You left patrol in 2013 to study snow science at Western Ridge University.", support)]
    assert ("Western Ridge University", "research has Montaro State University in its place"
            ) in flagged
    flagged = [(c.phrase, c.note) for c in unsupported_claims(
        "I read that the centre's radar was installed by Halden Systems in 2019.", support)]
    assert ("Halden Systems", "research has Sunbury Instruments in its place") in flagged


def test_a_name_cut_to_its_initials_is_no_other_name() -> None:
    known = ["She holds an MPH from the University of Washington and became Senior "
             "Epidemiologist in 2021."]
    support = Support(known, about=known, subjects=["Dana Reyes", "Dana"])
    assert [c.phrase for c in unsupported_claims(
        "I saw you did your MPH at UW and became Senior Epidemiologist in 2021.",
        support)] == []


# A ceramics studio's glazes, its kiln master and a paper's report, as research tells them.
STUDIO = [
    "Sokunthea Keo is head of glaze and kiln research at Lotus Ash Ceramics in Siem Reap.",
    "The studio's glazes are Kulen Celadon, a green glaze inspired by Angkorian wares, and "
    "Rice Ash White, made with rice husk ash from farms in Siem Reap province.",
    "In 2025 she tested the glazes with Dara Chan, the studio's kiln master, on 40 test tiles.",
    "The Tonle Post reported that the studio will open a second kiln in 2026.",
]


def _studio(text: str) -> list[tuple[str, str]]:
    support = Support(STUDIO, about=STUDIO,
                      subjects=["Sokunthea Keo", "Sokunthea", "Lotus Ash Ceramics"])
    return [(c.phrase, c.note) for c in unsupported_claims(text, support)]


def test_a_known_name_told_with_the_words_research_tells_of_another() -> None:
    assert _studio("What made me write was Rice Ash White, the glaze line made with rice "
                   "husk ash from farms in Siem Reap province.") == []
    assert _studio("What made me write was Kulen Celadon, the glaze line made with rice "
                   "husk ash from farms in Siem Reap province.") == [
        ("Kulen Celadon", "research has Rice Ash White in its place")]
    # The paper that reported a story tells none of its words, and is no other name.
    assert _studio("I read in the Tonle Post that the studio will open a second kiln in "
                   "2026.") == []


@pytest.mark.parametrize(("name", "kind"), [
    ("Gangri Mountain Rescue Trust", "organisation"), ("Bergen Maritime Days", "event"),
    ("the Druk Daily Post", "publication"), ("the Garage Programme", "programme"),
    ("Head Grower", "title"), ("SniffBird", "camel"), ("Kinley Penjor", "other"),
    ("Safe Winter", "other")])
def test_the_kind_of_thing_a_name_names(name: str, kind: str) -> None:
    assert name_kind(name) == kind


def test_a_title_in_capitals_beside_a_person_must_be_theirs() -> None:
    known = ["Ingrid Saebo leads electrification at Kvitsund Ferjer in Bergen.",
             "She works with Siri Brekke, Grid Planning Manager at Vestnett, on the quay "
             "connections.",
             "Hakon Rygg, Technical Director at Vestnett, signed the charging contract."]
    flagged = flagged_against(known, ["Ingrid Saebo", "Ingrid", "Kvitsund Ferjer"])
    assert flagged("As I mentioned, Siri Brekke, Grid Planning Manager at Vestnett, "
                   "suggested I write.") == []
    # Technical Director is Hakon Rygg's title; research gives Siri Brekke another.
    assert flagged("As I mentioned, Siri Brekke, Technical Director at Vestnett, suggested "
                   "I write.") == ["Siri Brekke, Technical Director"]


def test_a_teams_list_gives_each_person_the_role_beside_their_own_name() -> None:
    known = ["Ingrid Saebo leads electrification at Kvitsund Ferjer in Bergen.",
             "colleague: Tom Dahl, Head of Charging; Liv Berg, senior trainer; Kari Lund, "
             "safety officer"]
    flagged = flagged_against(known, ["Ingrid Saebo", "Ingrid", "Kvitsund Ferjer"])
    assert flagged("As I mentioned, Kari Lund, your safety officer, suggested I write.") == []
    # The role beside another name in the list is that person's, lower case or capitals.
    assert flagged("As I mentioned, Kari Lund, your senior trainer, suggested I write.") == [
        "Kari Lund, your senior trainer"]
    assert flagged("I'd love to meet Liv Berg, your Head of Charging, one day.") == [
        "Liv Berg, your Head of Charging"]
    # A role of one word: the end of the one research gives, or another.
    assert flagged("I'd love to meet Liv Berg, your trainer, one day.") == []
    assert flagged("I'd love to meet Liv Berg, your engraver, one day.") == [
        "Liv Berg, your engraver"]



def test_a_list_of_names_and_roles_gives_each_role_to_the_name_before_it() -> None:
    # "head of blocking" stands right before Verónica Cordero's name, but is Wilson
    # Guamán's; "master weaver" is a role research sets beside a person, though no list of
    # roles holds "weaver".
    known = ["Fabiola Tenesaca is Head of Weaving and Finishing at Casa Azuay.",
             "She works closely with Dolores Quizhpi, the company's master weaver, who trains "
             "the home weavers, Wilson Guamán, head of blocking, Verónica Cordero, head of "
             "export sales, and Patricio Sigüenza, the general manager."]
    flagged = flagged_against(known, ["Fabiola Tenesaca", "Fabiola", "Casa Azuay"])
    assert flagged("I'd love to meet Verónica Cordero, your head of export sales.") == []
    assert flagged("I'd love to meet Verónica Cordero, your head of blocking.") == [
        "Verónica Cordero, your head of blocking"]
    assert flagged("I'd love to meet Dolores Quizhpi, your master weaver.") == []
    assert flagged("I'd love to meet Verónica Cordero, your master weaver.") == [
        "Verónica Cordero, your master weaver"]


def test_a_colleagues_role_of_the_trade_given_to_the_recipient_is_flagged() -> None:
    # "grafter" is in no list of roles: research sets it beside a colleague in a list of
    # names and roles.
    known = ["Maeva Tetuanui joined Perles de Tiputa in 2014 as a grafter and became Head "
             "Grafter in 2018.",
             "She works closely with Heimana Temauri, the farm's senior grafter, Dr Lucie "
             "Brotherson, the farm's biologist, and Vaitiare Mai, the farm's director."]
    flagged = flagged_against(known, ["Maeva Tetuanui", "Maeva", "Perles de Tiputa"])
    text = ("I'd love to hear how you went from joining Perles de Tiputa as a grafter in 2014 "
            "to becoming {} four years later.")
    assert flagged(text.format("Head Grafter")) == []
    assert flagged(text.format("senior grafter")) == ["senior grafter"]


def test_a_place_joined_as_another_role_than_research_gives_is_flagged() -> None:
    known = ["Fabiola Tenesaca is Head of Weaving and Finishing at Casa Azuay.",
             "From 2007 to 2012 she was a quality inspector at Cappellificio Valtenna in "
             "Montappone, and she joined Casa Azuay in 2013 as a grader."]
    flagged = flagged_against(known, ["Fabiola Tenesaca", "Fabiola", "Casa Azuay"])
    assert flagged("You joined Casa Azuay as a grader in 2013.") == []
    assert flagged("You joined Casa Azuay in 2013 as a hat grader.") == []
    assert flagged("I'd love to hear how you went from joining Casa Azuay as a quality "
                   "inspector in 2013 to Head of Weaving and Finishing.") == [
        "Casa Azuay as a quality inspector"]
    # Where research never says what the place was joined as, there is nothing to check.
    assert flagged("You joined Cappellificio Valtenna as a blocker in 2007.") == []


def test_names_with_letters_beyond_english_are_read_whole() -> None:
    known = ["Magda Sroka is Head of Audio at Kruk Interactive in Warsaw.",
             "The Salt Deep trailer's music is by Jakub Łukasiewicz, recorded with the "
             "strings of the Mokotów Chamber Orchestra.",
             "Bartek Nowak leads the studio's sound design team."]
    support = Support(known, subjects=["Magda Sroka", "Magda", "Kruk Interactive"])
    text = ("The Salt Deep trailer's music, by Bartek Nowak, recorded with the strings of the "
            "Mokotów Chamber Orchestra, is why I'm writing.")
    # "Łukasiewicz" is one word of the name research has, not cut at its first letter.
    assert [(c.phrase, c.note) for c in unsupported_claims(text, support)] == [
        ("Bartek Nowak", "research has Jakub Łukasiewicz in its place")]


def test_a_role_the_user_gives_their_own_colleague_is_theirs_to_give() -> None:
    known = ["Selam Bekele is head of print at Addis Security Print.",
             "At Addis Security Print the prepress manager checks every plate before a run.",
             "Ask Kofi, the shift lead on your press line, to show you colour separation."]
    flagged = flagged_against(known, ["Selam Bekele", "Selam", "Addis Security Print"])
    # "our": someone of the user's own workplace, named in the user's words.
    assert flagged("I'll ask our prepress manager, Kofi, to show me colour separation.") == []
    assert flagged("I'll ask Kofi, our prepress manager, to show me colour separation.") == []
    # "your": a role at the recipient's, which research gives someone else.
    assert flagged("I'll ask your prepress manager, Kofi, about colour separation.") == [
        "prepress manager, Kofi"]


# A fictional upland trust's two tools, as research describes them, and a user's profile.
_TRUST = ["Ffion Rees leads visitor monitoring at the Ridgeline Trust.",
          "Every crossing is now logged in TrailCount, our sensor network, so we can see "
          "which ridge paths walkers have worn down.",
          "The trust also runs StileMap, a booking app for volunteer wardens."]
_USER = "Osian Pryce is a countryside ranger who maps worn-down ridge paths with sensors."


def _described(text: str) -> list[str]:
    return flagged_against([*_TRUST, _USER], ["Ffion Rees", "Ridgeline Trust"],
                           about=_TRUST)(text)


def test_a_name_in_apposition_research_tells_of_another_name_is_flagged() -> None:
    # The words research tells of TrailCount stand further from it than a few words.
    assert _described("I was especially taken with TrailCount, the sensor network that "
                      "shows which ridge paths walkers have worn down.") == []
    assert _described("I was especially taken with StileMap, the sensor network that "
                      "shows which ridge paths walkers have worn down.") == ["StileMap"]


def test_the_users_own_name_in_apposition_is_theirs() -> None:
    assert _described("I'm Osian Pryce, a countryside ranger who maps which ridge paths "
                      "walkers have worn down with a sensor network.") == []


def test_the_name_research_tells_the_apposition_of_is_noted_without_its_sentences_opener(
        ) -> None:
    known = ["Ffion Rees leads visitor monitoring at the Ridgeline Trust.",
             "Through Walker Count, our sensor network, we can see which ridge paths "
             "walkers have worn down.",
             "The trust also runs StileMap, a booking app for volunteer wardens."]
    support = Support(known, subjects=["Ffion Rees", "Ridgeline Trust"])
    [claim] = unsupported_claims("I was especially taken with StileMap, the sensor network "
                                 "that shows which ridge paths walkers have worn down.",
                                 support)
    assert claim.phrase == "StileMap"
    assert claim.note == "research tells this of Walker Count"


def test_an_organisation_put_in_the_town_research_puts_another_in_is_flagged() -> None:
    # Research has the Ridgeway Museum in Hobart and names the Harbour Science Centre
    # elsewhere, never with Hobart.
    assert _flagged("I loved reading about your work at the Ridgeway Museum in Hobart.") == []
    wrong = _flagged("Before that you were at the Harbour Science Centre in Hobart, I think.")
    assert [c.phrase for c in wrong] == ["Harbour Science Centre in Hobart"]
    # A person in a town is no organisation's place: towns go apart from people.
    assert _flagged("Sam Oduya in Hobart leads the digitisation team.") == []


def test_a_person_research_places_at_another_organisation_put_at_the_employer() -> None:
    research = [*RESEARCH, "Island Collections Forum 2025.\n\nThe session will be chaired by "
                           "Dr. Mara Quill, head of research at the Harbour Science Centre."]
    support = Support([*research, *PROFILE], about=research,
                      subjects=["Kerstin Lund", "Kerstin", "Ridgeway Museum"],
                      places=["Hobart, Tasmania, Australia", "Perth, Western Australia"])
    right = "Thank you for offering to introduce me to Mara Quill at the Harbour Science Centre."
    assert unsupported_claims(right, support) == []
    wrong = unsupported_claims(right.replace("Harbour Science Centre", "Ridgeway Museum"),
                               support)
    assert [c.phrase for c in wrong] == ["Mara Quill at the Ridgeway Museum"]
