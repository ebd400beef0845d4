"""The recipient's words put at the wrong event: a line research has from a podcast said to
be from a conference day, a talk given at one forum put at another, an episode put on a
conference day. The place beside the
words must be one a paragraph holding those words names (or the title of its page); a place
further off in the sentence, or words research never gives, are left to the other checks."""

from __future__ import annotations

from infoprep.drafts.grounding import Claim, Support, unsupported_claims

# A fictional aircraft maintenance trainer, as research and the user's profile say.
RESEARCH = [
    "Ama Ofori is Head of Training at Kettle Aero in Accra.",
    "Bench Notes, episode 12: Slow hands, safe hands",
    "Episode 12: Slow hands, safe hands\n\nAma Ofori tells host Kojo Mensah why apprentices "
    "start on lockwire.\n\nShe says that the pen weighs more than the spanner.",
    "West Africa Maintenance Forum 2025, Accra.\n\nSession: Records that keep aircraft "
    "flying, with Ama Ofori and Efua Boateng.",
    "In 2023 she gave the keynote at Aviation Careers Day, \"From apprentice to trainer\".",
]
PROFILE = ["I am a diesel fitter in Tamale studying for my B1 licence."]


def _claims(text: str) -> list[Claim]:
    support = Support([*RESEARCH, *PROFILE], about=RESEARCH,
                      subjects=["Ama Ofori", "Ama", "Kettle Aero"],
                      places=["Accra, Ghana", "Tamale, Ghana"])
    return unsupported_claims(text, support)


def _flagged(text: str) -> list[str]:
    return [c.phrase for c in _claims(text)]


def test_a_line_from_the_podcast_put_at_a_conference_day_is_flagged() -> None:
    # The episode's page never names its podcast: its title does.
    assert _flagged("On Bench Notes you said the pen weighs more than the spanner.") == []
    wrong = _claims("On Aviation Careers Day you said the pen weighs more than the spanner.")
    assert [c.phrase for c in wrong] == ["Aviation Careers Day"]
    assert wrong[0].note == "research never puts these words with “Aviation Careers Day”"


def test_a_talk_put_at_the_other_forum_is_flagged() -> None:
    assert _flagged("Your keynote at Aviation Careers Day, \"From apprentice to trainer\", "
                    "stayed with me.") == []
    assert _flagged("Your keynote at the West Africa Maintenance Forum, \"From apprentice to "
                    "trainer\", stayed with me.") == ["West Africa Maintenance Forum"]


def test_a_place_far_from_the_words_or_words_research_never_gives_are_left_alone() -> None:
    text = ("I loved \"From apprentice to trainer\" and hope one day to be among the engineers"
            " at the West Africa Maintenance Forum.")
    assert "West Africa Maintenance Forum" not in _flagged(text)
    # Words research does not give are no sign of where they were said.
    assert "Aviation Careers Day" not in _flagged(
        "On Aviation Careers Day you said every apprentice should keep a logbook.")


def test_an_episode_put_on_a_conference_day_is_flagged() -> None:
    assert _flagged("I enjoyed your episode of Bench Notes.") == []
    wrong = _claims("I enjoyed your episode of Aviation Careers Day.")
    assert [c.phrase for c in wrong] == ["Aviation Careers Day"]
    assert wrong[0].note == "research never tells of “Aviation Careers Day” as holding an episode"
