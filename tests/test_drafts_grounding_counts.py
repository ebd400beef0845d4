"""Counts mixed up: a number research gives for one thing put before another thing research
counts ("140 wards" where research has 52 wards and 140 clinics) is flagged, though the
number itself is known; a count research gives, the user's own count and the call's minutes
are left alone."""

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
