"""Counts mixed up: a number research gives for one thing put before another thing research
counts ("140 wards" where research has 52 wards and 140 clinics), or among the words research
gives with another number ("logs more than 230 sensors every ten seconds" where it says
1,400), is flagged, though the number itself is known; a count research gives, the user's own
count, the call's minutes and a year before a word (which dates it) are left alone."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional hospital's booking project, as research and the user's profile say.
RESEARCH = [
    "Aroha Kemp leads patient flow at Kawakawa Health.",
    "The one-page booking standard is now used on 52 wards.",
    "The booking standard also reached 140 clinics across the region in 2024.",
    "Her team re-roofed the old nurses' home with 6,200 slates in fourteen weeks.",
    "The booking office issued 30 permits for parking.",
    "Call notes: she gave me 35 minutes; the 3,100 tonnes of linen figure is from 2023.",
]
PROFILE = ["I pinned 4,200 beetles for my thesis and have logged 38 dives."]


def _flagged(text: str) -> list[str]:
    support = Support([*RESEARCH, *PROFILE], about=RESEARCH,
                      subjects=["Aroha Kemp", "Aroha", "Kawakawa Health"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_known_number_before_another_counted_thing_is_flagged() -> None:
    assert _flagged("I'd love to hear about the booking standard now used on 52 wards.") == []
    assert _flagged("I'd love to hear about the booking standard now used on 140 wards.") == [
        "140"]
    # Opening the sentence, the count is no numbered name ("BT 2 cuttings").
    assert _flagged("The 140 wards on the booking standard must keep you busy.") == ["140"]
    assert _flagged("The 140 permits for the booking standard must keep you busy.") == [
        "140"]


def test_a_count_research_gives_in_another_sentence_is_still_known() -> None:
    assert _flagged("Reaching 140 clinics with one booking standard is impressive.") == []
    assert _flagged("Re-roofing with 6,200 slates in fourteen weeks is quite a job.") == []


def test_the_users_own_counts_and_the_calls_minutes_are_no_mix_up() -> None:
    assert _flagged("Thank you for the 35 minutes on Tuesday.") == []
    assert _flagged("You were kind about my 38 dives.") == []


# A fictional observatory's engineer, for a number put where research has another among the
# same words.
OBSERVATORY = [
    "Since 2022 Tomasa Reyes has led Vigia, the health monitoring system that logs more than "
    "1,400 temperature and vibration sensors every ten seconds.",
    "The first version of Vigia ran on a single server and watched 230 sensors.",
    "She spent two years as a site engineer with Tunelsur before joining the observatory.",
    "Sixty-four per cent of the alarms in its first month were false.",
    "More than 80 per cent of the night crew now trust the alarms.",
    "Tomasa studied mechanical engineering at the Antofagasta Technical University, "
    "graduating in 2008, and finished a cryogenics diploma in Grenoble in 2011.",
    "Of the 11 technicians the observatory has hired since 2023, six came from the copper "
    "mines of the Atacama desert.",
]
ENGINEER = ["From 2019 to 2024 I was a site engineer on a water tunnel near Nairobi."]


def _observatory(text: str) -> list[str]:
    support = Support([*OBSERVATORY, *ENGINEER], about=OBSERVATORY,
                      subjects=["Tomasa Reyes", "Tomasa"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_number_where_research_puts_another_among_the_same_words_is_flagged() -> None:
    assert _observatory("A system that logs more than 1,400 sensors every ten seconds is close"
                        " to my work on pumps.") == []
    # 230 is known, but of the first version: the words around it are those of the 1,400.
    assert _observatory("A system that logs more than 230 sensors every ten seconds is close"
                        " to my work on pumps.") == ["230"]
    assert _observatory("You spent five years as a site engineer with Tunelsur.") == ["five"]


def test_the_flag_says_which_number_research_has_there() -> None:
    support = Support([*OBSERVATORY, *ENGINEER], about=OBSERVATORY,
                      subjects=["Tomasa Reyes", "Tomasa"])
    [claim] = unsupported_claims("A system that logs more than 230 sensors every ten seconds "
                                 "is close to my work on pumps.", support)
    assert claim.note == "research has 1,400 in its place"


def test_a_number_among_its_own_words_or_the_users_is_left_alone() -> None:
    # Both numbers, each with its own words.
    assert _observatory("Vigia watched 230 sensors at first and now logs more than 1,400.") == []
    # A number in words is one number: "sixty-four" is 64, not 4.
    assert _observatory("I read that 64 per cent of the alarms in its first month were "
                        "false.") == []
    # The user's own years, in a clause about them, whatever research says of the recipient.
    assert _observatory("I spent five years as a site engineer myself, so your path "
                        "interests me.") == []


def test_a_year_where_research_puts_another_is_flagged() -> None:
    said = "You studied mechanical engineering at the Antofagasta Technical University, "
    assert _observatory(said + "graduating in 2008.") == []
    # 2011 is known, and in the same sentence, but of the diploma.
    assert _observatory(said + "graduating in 2011.") == ["2011"]


def test_numbers_the_draft_says_in_another_order_are_no_rivals() -> None:
    # Research has "since 2023, six came from …": six stands where the draft has 2023.
    assert _observatory("Six of the 11 technicians hired since 2023 came from the copper "
                        "mines of the Atacama desert.") == []


def test_a_year_before_a_word_counts_nothing() -> None:
    # Research counts the stamps (60); a year before the words dates the stamp, no count.
    known = [*RESEARCH, "Aroha designed the pink pigeon stamp in 2016.",
             "The printer made 60 pink pigeon sheets for the issue."]
    support = Support([*known, *PROFILE], about=known,
                      subjects=["Aroha Kemp", "Aroha", "Kawakawa Health"])
    flagged = [c.phrase for c in unsupported_claims(
        "Your 2016 pink pigeon stamp is why I'd love to connect.", support)]
    assert flagged == []
    # A count is still a count: 140 is research's number of clinics, not of wards.
    assert "140" in _flagged("I read that the booking standard is used on 140 wards.")


def test_a_length_of_time_research_gives_otherwise_is_flagged() -> None:
    """A length in minutes is no claim of its own (a call's length is the writer's ask),
    but one where research puts another number among the same words is wrong."""
    support = Support(["Rosa Lindqvist runs the ambulance dispatch centre at Kalmar County.",
                       "Her team cut the time from a call to the first ambulance leaving from "
                       "a median of 11 minutes to 7.",
                       "Each dispatcher takes a 20-minute break every two hours."],
                      subjects=["Rosa Lindqvist", "Rosa", "Kalmar County"])
    said = ("Cutting the time from a call to the first ambulance leaving from a median of "
            "{} minutes to 7 is impressive.")

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged(said.format(11)) == []
    assert flagged(said.format(20)) == ["20"]
    assert flagged("Would you have 20 minutes for a call next week?") == []
    assert flagged("Thank you for the 20 minutes you gave me on Tuesday.") == []


# A fictional tunnel contractor's two projects, each with its fans and its year.
TUNNELS = [
    "Sigrid Holm leads ventilation design at Fjellvind in Bergen.",
    "The contract covers the 3.2-kilometre Ravnaberg tunnel, which will get new longitudinal "
    "ventilation with 28 jet fans, new lay-bys and a fire-rated escape route, from March 2027.",
    "Her team designed the Kvernhus tunnel for a 40 MW fire with 16 jet fans in each tube.",
    "Applications for the ventilation traineeship open in October 2027.",
]


def _tunnels(text: str) -> list[tuple[str, str]]:
    support = Support(TUNNELS, about=TUNNELS, subjects=["Sigrid Holm", "Sigrid", "Fjellvind"])
    return [(c.phrase, c.note) for c in unsupported_claims(text, support)]


def test_a_number_known_before_its_word_of_another_thing_is_flagged() -> None:
    # Research gives "16 jet fans" of another tunnel; the Ravnaberg tunnel gets 28.
    assert _tunnels("I read that the 3.2-kilometre Ravnaberg tunnel is getting 28 jet fans and "
                    "a fire-rated escape route.") == []
    assert _tunnels("I read that the 3.2-kilometre Ravnaberg tunnel is getting 16 jet fans and "
                    "a fire-rated escape route.") == [("16", "research has 28 in its place")]
    # So too a month research gives before that year, of the traineeship.
    assert _tunnels("The Ravnaberg tunnel's new longitudinal ventilation (March 2027) is the "
                    "project I'd most like to hear about.") == []
    assert [phrase for phrase, _ in _tunnels(
        "The Ravnaberg tunnel's new longitudinal ventilation (October 2027) is the project "
        "I'd most like to hear about.")] == ["October"]


def test_a_number_before_its_word_without_the_name_it_is_of_is_left_alone() -> None:
    # Nothing names the tunnel: the 16 jet fans may be those research gives.
    assert _tunnels("A longitudinal system with 16 jet fans and a fire-rated escape route "
                    "sounds like hard work.") == []


def test_a_year_known_after_its_month_of_another_thing_is_flagged() -> None:
    known = [*TUNNELS, "Fjellvind has held ISO 45001 certification since February 2025.",
             "Sigrid first presented the design at the Tunnel Days in Oslo in February 2024."]
    support = Support(known, about=known, subjects=["Sigrid Holm", "Sigrid", "Fjellvind"])
    # Research gives "February 2024" of a talk; Fjellvind's certificate dates from 2025.
    assert [c.phrase for c in unsupported_claims(
        "I read that Fjellvind was certified to ISO 45001 in February 2025.", support)] == []
    assert [c.phrase for c in unsupported_claims(
        "I read that Fjellvind was certified to ISO 45001 in February 2024.", support)] == [
        "2024"]


def test_a_number_word_joined_to_its_size_is_that_many() -> None:
    # "a ninety-thousand-dollar mannequin": the figure research writes in digits.
    research = [*RESEARCH, "A district midwife will never see a $90,000 mannequin, she says."]
    support = Support([*research, *PROFILE], about=research,
                      subjects=["Aroha Kemp", "Aroha", "Kawakawa Health"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("A district midwife will never even see a ninety-thousand-dollar "
                   "mannequin!") == []
    assert flagged("A district midwife will never even see a seventy-thousand-dollar "
                   "mannequin!") == ["seventy"]


# A fictional mobile clinic and workshop, for counts research gives bare beside another count
# of the same thing, and for two numbers research gives together.
SCREENING = [
    "Of the 18,600 children screened in its first two school years, 1,240 had a full "
    "diagnostic evaluation on the bus, and 213 were found to have a permanent hearing loss "
    "that nobody had known about.",
    "The bus visits schools on 2–3 December and again in spring.",
    "Last season six of us made 4,200 pairs of shoes for the company.",
    "Since then she has voiced 38 organs, from a six-stop chamber organ to the 58-stop organ "
    "of the cathedral.",
]


def _screening(text: str) -> list[str]:
    support = Support(SCREENING, about=SCREENING, subjects=["Rosa Vidal", "Rosa"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_count_research_gives_bare_beside_another_count_of_the_thing_is_known() -> None:
    # 213 is the children found with a hearing loss, though research counts "18,600 children".
    assert _screening("I keep coming back to the 213 children the bus found with a permanent "
                      "hearing loss.") == []
    # 1,240 is known too, but of the children evaluated, never of those found.
    assert _screening("I keep coming back to the 1,240 children the bus found with a "
                      "permanent hearing loss.") == ["1,240"]


def test_two_numbers_research_gives_together_are_known_in_other_words() -> None:
    assert _screening("By the time you wrote it, six of you were making 4,200.") == []
    assert _screening("You have voiced 38 organs, from six stops to 58.") == []
    # A number research never gives beside its neighbour is still flagged.
    assert "5,100" in _screening("By the time you wrote it, six of you were making 5,100.")


def test_a_count_of_a_compound_counts_its_head_too() -> None:
    known = ["Lenka Horáková leads visual merchandising at Vltava Dům, from the 11 street "
             "windows of the Prague flagship to the smallest counter in Liberec."]
    own = ["I plan and dress our two windows and the shop floor myself."]
    support = Support([*known, *own], about=known,
                      subjects=["Lenka Horáková", "Lenka", "Vltava Dům"])
    # "11 street windows" counts windows: 11 of them, whatever the user counts of their own.
    assert [c.phrase for c in unsupported_claims(
        "I'd love to hear how you get from an idea to 11 windows in Prague.", support)] == []
    assert [c.phrase for c in unsupported_claims(
        "I'd love to hear how you get from an idea to 14 windows in Prague.", support)] == ["14"]


def test_a_count_the_user_tells_of_themselves_with_myself_after_it_is_theirs() -> None:
    known = ["Jolynn Kilmete leads the observer programme at Pacific Tuna Watch.",
             "Her observers spent 412 days at sea on longliners last year."]
    own = ["Since 2022 I have made five trips as an observer on longliners, 138 days at sea "
           "in total."]
    support = Support([*known, *own], about=known,
                      subjects=["Jolynn Kilmete", "Jolynn", "Pacific Tuna Watch"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    assert flagged("Having spent 138 days at sea myself, I'd love to hear how your observers "
                   "cope.") == []
    # Said of the recipient's observers, the user's 138 is no count of theirs.
    assert flagged("Your observers spent 138 days at sea on longliners last year.") == ["138"]


def test_a_count_before_a_frequent_adjective_counts_the_noun_after_it() -> None:
    known = ["Nilmini Jayasekara is head of accessible formats at the Akuru Trust.",
             "In 2024 our six embossers produced 1.9 million braille pages.",
             "Two new embossers arrived from the Nordic Braille Alliance in December."]
    support = Support(known, about=known,
                      subjects=["Nilmini Jayasekara", "Nilmini", "Akuru Trust"])

    def flagged(text: str) -> list[str]:
        return [c.phrase for c in unsupported_claims(text, support)]

    # "Two new embossers" counts embossers: two as well as six.
    assert flagged("The two embossers from the Nordic Braille Alliance stayed with me.") == []
    assert flagged("The four embossers from the Nordic Braille Alliance stayed with me.") == [
        "four"]


def test_a_count_with_new_before_its_thing_counts_that_thing() -> None:
    # "new" between the number and the thing it counts is no thing counted: "9 new sweeps"
    # counts sweeps, which research counts 12 of (its 9 is a chimney's metres).
    known = ["Ines Weber trains chimney sweeps at Kaminfeger Minett in Esch-sur-Alzette.",
             "Apprentices practise on our 9-metre training chimney before any roof.",
             "We plan to be training 12 new sweeps by 2032."]
    support = Support(known, about=known, subjects=["Ines Weber", "Ines", "Kaminfeger Minett"])
    assert [c.phrase for c in unsupported_claims(
        "Your apprentices and the 12 new sweeps you are training caught my eye.",
        support)] == []
    assert [c.phrase for c in unsupported_claims(
        "Your apprentices and the 9 new sweeps you are training caught my eye.",
        support)] == ["9"]
