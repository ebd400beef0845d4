"""Partners of a piece: a colleague named as the podcast's host, or a session's chair as the
recipient's co-speaker, where research names both people on the page but only the host, or
the co-speaker, in a sentence with the show or the event. The pair is flagged with the person
research has; the right partner, people research names with nobody, and a rival the draft
names too are left alone."""

from __future__ import annotations

from drafting import flagged_against

from infoprep.drafts.grounding import Support, unsupported_claims
from infoprep.drafts.partners import is_person

# A fictional head of glaze research at a pottery, as research says.
RESEARCH = [
    "Maren Solvik is Head of Glaze Research at Fjordleire Pottery in Bergen.",
    "On episode 12 of Salt & Signal, host Eskil Brathagen talks to Maren Solvik about wood "
    "ash glazes.\n\nMaren works closely with Tomas Reinholt, the kiln master, and with "
    "Oddny Kjeldsberg, who runs the clay room.",
    "Nordic Kiln Forum 2025, Bergen, 4 December\n\nAsh to celadon: local glazes for a "
    "working studio\n\nSpeakers: Maren Solvik, Fjordleire "
    "Pottery; Dr Ragna Eidsvoll, Senior Lecturer, Vestland Institute of Technology\n\nThe "
    "session will be chaired by Halvard Tvedten, director of the Nordkapp Glaze Institute.",
    "Ash to celadon: local glazes for a working studio (Nordic Kiln Forum 2025, Bergen, "
    "4 December), with Dr Ragna Eidsvoll.",
]
SUBJECTS = ["Maren Solvik", "Maren", "Fjordleire Pottery"]

_flagged = flagged_against(RESEARCH, SUBJECTS)


def test_a_colleague_named_as_the_podcasts_host_is_flagged_with_the_host() -> None:
    assert _flagged("I loved your episode of Salt & Signal with Eskil Brathagen.") == []
    wrong = "I loved your episode of Salt & Signal with Tomas Reinholt."
    assert _flagged(wrong) == ["Salt & Signal with Tomas Reinholt"]
    support = Support(RESEARCH, subjects=SUBJECTS)
    [claim] = unsupported_claims(wrong, support)
    assert claim.note == "research names Eskil Brathagen with “Salt & Signal”"


def test_a_title_with_its_full_stop_still_joins_the_person_to_the_show() -> None:
    assert _flagged("I loved your episode of Salt & Signal with Mr. Eskil Brathagen.") == []
    assert _flagged("I loved your episode of Salt & Signal with Dr. Tomas Reinholt.") == [
        "Salt & Signal with Dr. Tomas Reinholt"]


def test_a_sessions_chair_named_as_the_co_speaker_is_flagged() -> None:
    right = "Your talk with Dr Ragna Eidsvoll at the Nordic Kiln Forum caught my eye."
    assert _flagged(right) == []
    wrong = "Your talk with Dr Halvard Tvedten at the Nordic Kiln Forum caught my eye."
    assert _flagged(wrong) == ["Halvard Tvedten at the Nordic Kiln Forum"]


def test_a_co_speaker_put_at_the_event_by_a_verb_of_presenting_is_checked_too() -> None:
    right = "I read about the glazes you and Ragna Eidsvoll presented at the Nordic Kiln Forum."
    assert _flagged(right) == []
    wrong = "I read about the glazes you and Halvard Tvedten presented at the Nordic Kiln Forum."
    assert _flagged(wrong) == ["Halvard Tvedten presented at the Nordic Kiln Forum"]


def test_a_partner_where_research_names_no_one_with_the_piece_is_left_alone() -> None:
    # The heading names the talk alone; the speakers are listed below it, where the
    # paragraph check of mixups.py pairs them.
    assert _flagged("Your talk with Dr Ragna Eidsvoll, Ash to celadon, is why I'm "
                    "writing.") == []
    known = ["Maren Solvik spoke at Glaze Week 2025 in Oslo.\n\nShe shared the stage with "
             "Hedda Ruud."]
    assert flagged_against(known, SUBJECTS)("Your talk with Hedda Ruud at Glaze Week "
                                            "caught my eye.") == []


def test_a_rival_the_draft_names_too_is_no_slip() -> None:
    text = ("Eskil Brathagen's questions were great, and I loved hearing about your episode "
            "of Salt & Signal with Tomas Reinholt in the audience.")
    assert "Salt & Signal with Tomas Reinholt" not in _flagged(text)


def test_places_titles_and_practices_are_no_people() -> None:
    support = Support(["Dr Ragna Eidsvoll met Maren at Big Bend, near Malmö Live Konserthus.",
                       "Big Bend Sugar Estate hosts the tour.",
                       "Every new potter learns what the team calls the Tiga Soalan: three "
                       "questions about a glaze."], subjects=SUBJECTS)
    assert is_person("Ragna Eidsvoll", support)
    assert is_person("Dr Ragna Eidsvoll", support)
    assert not is_person("Big Bend", support)
    assert not is_person("Malmö Live Konserthus", support)
    assert not is_person("Senior Lecturer", support)
    # Two words in capitals research never tells of as someone (no title, role or "who").
    assert not is_person("Tiga Soalan", support)


def test_a_person_and_a_show_read_as_one_name_are_two() -> None:
    # "Tomas Reinholt on Salt & Signal" is read as one name; the pair is still checked.
    assert _flagged("I enjoyed your conversation with Eskil Brathagen on Salt & Signal.") == []
    assert _flagged("I enjoyed your conversation with Tomas Reinholt on Salt & Signal.") == [
        "Tomas Reinholt on Salt & Signal"]


def test_a_book_put_by_another_author_is_flagged() -> None:
    known = [*RESEARCH, "- resource: the book Ash Glazes by Phil Rogers, chapters on wood ash"]
    flagged = flagged_against(known, SUBJECTS)
    assert flagged("I'm ordering Ash Glazes by Phil Rogers, as you suggested.") == []
    assert flagged("I'm ordering Ash Glazes by Eskil Brathagen, as you suggested.") == [
        "Ash Glazes by Eskil Brathagen"]


def test_a_name_after_in_with_an_s_is_someone_not_a_town() -> None:
    support = Support(["They analysed each ash in Nadia Halim's laboratory.",
                       "The studio is based in Siem Reap."], subjects=SUBJECTS)
    assert not support.is_town("Nadia Halim")
    assert support.is_town("Siem Reap")


def test_the_one_the_recipient_spoke_to_on_a_show_is_its_host() -> None:
    assert _flagged("On episode 12 of Salt & Signal, you told Eskil Brathagen that ash "
                    "is cheap.") == []
    assert _flagged("On episode 12 of Salt & Signal, you told Tomas Reinholt that ash is "
                    "cheap.") == ["Salt & Signal, you told Tomas Reinholt"]
    # Without a show, a talk or an episode in the sentence, "told" pairs nothing.
    assert _flagged("At Salt & Signal's studio you told Tomas Reinholt about ash.") == []
