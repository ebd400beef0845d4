"""The parts of a letter that say nothing about the recipient: the greeting and the closing
in whatever language the writer uses ("Kia ora", "Hiya", "Ngā mihi", "Slàinte"), a person
the notes name called by their first name alone, and the length of call the writer asks for
in any wording. Next to each, the wrong detail the check must still flag."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional orchard cooperative, its grower liaison and a call with her, as research and
# call notes might describe them.
KNOWN = [
    "Wren Abernethy is Grower Liaison at Tallow Hill Cooperative.",
    "Tallow Hill Cooperative presses apples from 40 member orchards in the Teme Valley.",
    "Wren started the Orchard Mentors scheme in 2021.",
    "Referral: she will introduce me to Grace Okonjo, the cooperative's field manager.",
    "Suggested I talk to Hugo Marsh, who runs the juice line.",
]
PROFILE = ["Ailsa Ferrie", "I am a farm assistant in Ledbury studying horticulture."]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Wren Abernethy", "Wren", "Tallow Hill Cooperative"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_greetings_and_closings_in_any_language_are_no_claims() -> None:
    letter = ("Kia ora Wren,\n\nThank you for the call about the Orchard Mentors scheme.\n\n"
              "Ngā mihi nui,\nAilsa Ferrie")
    assert _flagged(letter) == []
    assert _flagged("Hiya Wren,\n\nThanks again for your time.\n\nSlàinte,\nAilsa") == []
    assert _flagged("Dia dhuit Wren – I'm a farm assistant in Ledbury.") == []


def test_a_misspelt_name_in_the_greeting_is_still_flagged() -> None:
    assert _flagged("Kia ora Wendy,\n\nThank you for the call.\n\nNgā mihi,\nAilsa") == [
        "Wendy"]
    assert _flagged("Dear Ms Abernathy,\n\nThank you for the call.") == ["Abernathy"]


def test_a_closing_line_with_a_date_is_a_claim() -> None:
    """"See you in March," closes the letter but says when: checked like any date."""
    flagged = _flagged("Hi Wren,\n\nThank you for the call.\n\nSee you at the 2019 open day,\n"
                       "Ailsa")
    assert "2019" in flagged
    assert _flagged("Hi Wren,\n\nThank you for the call.\n\nSee you at Ledwick,\nAilsa") == [
        "Ledwick"]


def test_a_person_the_notes_name_may_be_called_by_first_name() -> None:
    assert _flagged("And thank you for putting me in touch with Grace.") == []
    assert _flagged("I'll write to Hugo about the juice line next week.") == []
    assert _flagged("And thank you for putting me in touch with Jordan.") == ["Jordan"]


def test_the_length_of_call_asked_for_is_no_claim_in_any_wording() -> None:
    assert _flagged("If you ever had 20 minutes, I'd love to ask how you began.") == []
    assert _flagged("Could you spare ten minutes one afternoon next week?") == []
    assert _flagged("Wren, do you have 15 minutes in the next few weeks?") == []
    assert _flagged("Tallow Hill presses apples from 55 member orchards.") == ["55"]


def test_a_word_the_writer_opens_a_sentence_with_apart_is_no_name() -> None:
    # Words of the writer's own language, set apart by a comma or "!".
    assert _flagged("Thank you for the call. Sjoe, I had no idea how big the juice line "
                    "was.") == []
    assert _flagged("Thank you for the call about the Orchard Mentors scheme. Braw "
                    "stuff!") == []


def test_a_name_opening_a_sentence_in_apposition_is_still_a_name() -> None:
    assert _flagged("Thank you for the call. Pomona, the cooperative's new press, sounds "
                    "amazing.") == ["Pomona"]
