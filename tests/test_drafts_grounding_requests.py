"""The writer's own words in a draft: the request ("I'm not asking about openings",
"happy to fit around your shifts") and the writer's credentials by abbreviation ("a PGCert"
for a postgraduate certificate, "an ICU nurse" for an intensive care nurse, "fr-CA" for
Canadian French). Next to each, the wrong detail the check must still flag."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional ferry company, its fleet planner and the user's own profile.
KNOWN = [
    "Odile Brannock is Fleet Planner at Gullwing Ferries in Portree.",
    "Gullwing Ferries runs 6 crossings a day to the outer islands.",
    "Odile spoke at the Harbour Logistics Forum in 2023.",
]
PROFILE = [
    "Tamsin Rook",
    "I am a deck hand in Oban and I am studying for a Postgraduate Certificate in "
    "Maritime Operations.",
    "Before that I spent three years as an intensive care nurse.",
    "I translate safety notices into Canadian French for our summer crews.",
]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Odile Brannock", "Odile", "Gullwing Ferries"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_the_writers_request_is_no_claim() -> None:
    assert _flagged("It's only to learn how planning works – I'm not asking about "
                    "secondments.") == []
    assert _flagged("It's not a job enquiry, and I'm happy to fit around your rosters, "
                    "by phone or video.") == []


def test_a_detail_inside_the_request_is_still_checked() -> None:
    # The request's own words pass; what it says of the recipient does not.
    flagged = _flagged("I'm happy to fit around your rosters after the Harbour Safety "
                       "Summit, by phone or video.")
    assert any("Harbour Safety Summit" in phrase for phrase in flagged)
    assert "rosters" not in " ".join(flagged)
    # An asked-about job word with no negation is no request boilerplate.
    assert _flagged("Could you tell me about the secondments at Gullwing?") != []


def test_credentials_by_abbreviation_of_the_profile() -> None:
    assert _flagged("I'm a deck hand studying for a PGCert in maritime operations.") == []
    assert _flagged("I spent three years as an ICU nurse before going to sea.") == []
    assert _flagged("I translate notices into fr-CA for our summer crews.") == []


def test_a_wrong_abbreviation_is_still_flagged() -> None:
    assert _flagged("I'm a deck hand studying for a PGDip in maritime operations.") == [
        "PGDip"]
    # "ER" names no one, but an ER nurse is no job the profile gives (an intensive care one).
    assert any("ER" in phrase for phrase in _flagged(
        "I spent three years as an ER nurse before going to sea."))
    assert _flagged("I translate notices into fr-FR for our summer crews.") == ["fr-FR"]


def test_working_with_the_recipients_people_is_no_request() -> None:
    # Only fitting the call around their time is the writer's ask; how they work with
    # someone is a claim about them.
    assert _flagged("I'd love to know how you work with your hydrographers.") == [
        "hydrographers"]
    assert _flagged("Happy to fit in with your rosters.") == []


def test_a_short_form_spells_no_pronoun_or_small_word() -> None:
    # "March she reviews tidal" would spell "MaSRT" piece by piece; a short form stands for
    # words that name something, so this event is one research never names.
    support = Support([*KNOWN, "Every March she reviews tidal charts with the board."],
                      about=KNOWN, subjects=["Odile Brannock", "Odile", "Gullwing Ferries"])
    flagged = [c.phrase for c in unsupported_claims(
        "I hope to see you at MaSRT in Portree this year.", support)]
    assert "MaSRT" in flagged
    # A short form of the words themselves still passes.
    assert _flagged("I'm a deck hand studying for a PGCert in maritime operations.") == []
