"""Planted claims the grounding check must flag, next to the correct phrasing it must leave
alone: a name built from a known acronym and unknown words, months and durations said of a
known event, event phrases and superlatives about the recipient, and an event's name put
together from words research gives apart."""

from __future__ import annotations

from drafting import flagged_against

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional orchard ecologist, as research, the user's profile and call notes describe her.
KNOWN = [
    "Ines Varga leads pollinator research at Kestrel Orchards.",
    "In April 2023 she spoke at the British Ecological Society's Orchard Day (BES Orchard "
    "Day) about hedgerow margins.",
    "Her blog post described the codling moth outbreak that cost the oldest rows half their "
    "fruit in a single week.",
    "Kestrel Orchards runs a 14-month traineeship with the county college.",
    "Trainees spend two days a week at the county college.",
    "Volunteers help at the October grafting day each year.",
    "Next step for me: book a shadowing visit at the Kestrel Orchards packhouse in May.",
]
PROFILE = ["I am a gardener finishing a horticulture diploma in Hereford."]


def _flagged(text: str) -> list[str]:
    support = Support([*KNOWN, *PROFILE], about=KNOWN,
                      subjects=["Ines Varga", "Ines", "Kestrel Orchards"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_name_with_a_known_acronym_needs_its_other_words_known_together() -> None:
    assert _flagged("Hi Ines, I enjoyed your talk at BES Orchard Day on hedgerow margins.") == []
    assert _flagged("Hi Ines, I enjoyed your talk at the BES Hedgerow Day on hedgerow "
                    "margins.")


def test_a_month_said_of_a_known_event_must_be_its_month() -> None:
    assert _flagged("Thank you, Ines. I'm signing up for the October grafting day.") == []
    assert _flagged("Thank you, Ines. I'm signing up for the June grafting day.") == ["June"]


def test_a_month_beside_a_plan_is_checked_only_against_the_same_plan() -> None:
    assert _flagged("Thanks, Ines. I'm going to book a shadowing visit in May.") == []
    assert _flagged("Thanks, Ines. I'm going to book a shadowing visit in July.") == ["July"]
    assert _flagged("Thanks, Ines. Would you be free for a short call in July?") == []


def test_a_length_of_time_must_be_the_known_length_in_any_spelling() -> None:
    assert _flagged("Hi Ines, I was glad to read that the county college and Kestrel Orchards "
                    "offer a fourteen-month traineeship.") == []
    assert _flagged("Hi Ines, I was glad to read that the county college and Kestrel Orchards "
                    "offer a two-year traineeship.") == ["two"]


def test_an_event_about_the_recipient_must_be_known_by_its_words() -> None:
    assert _flagged("Hi Ines, your post on the codling moth outbreak that cost the oldest "
                    "rows half their fruit stayed with me.") == []
    flagged = _flagged("Hi Ines, your post on the red mite bloom that cost the oldest rows "
                       "half their fruit stayed with me.")
    assert any("bloom" in phrase for phrase in flagged)


def test_the_event_a_draft_presumes_must_be_one_research_mentions() -> None:
    assert _flagged("Hi Ines, I keep wondering how an orchard recovers after the codling "
                    "moth outbreak.") == []
    assert _flagged("Hi Ines, I keep wondering how an orchard recovers after the planting "
                    "competition.") == ["planting competition"]


def test_a_superlative_about_the_recipients_work_must_be_the_known_one() -> None:
    assert _flagged("Hi Ines, I was struck that your oldest rows lost half their fruit.") == []
    assert _flagged("Hi Ines, I was struck that your youngest rows lost half their "
                    "fruit.") == ["youngest rows"]


def test_an_events_name_is_never_put_together_from_words_research_gives_apart() -> None:
    known = ["Doreen Namutebi leads fraud analytics at Pesa Wallet in Kampala.",
             "Her session was at the Pearl Fraud Summit 2025 in Kampala, where fraud "
             "losses across East Africa were the theme."]
    flagged = flagged_against(known, ["Doreen Namutebi", "Doreen", "Pesa Wallet"])
    assert flagged("I came across your session at the Pearl Fraud Summit.") == []
    # East Africa, fraud and a summit are all in that sentence; the summit is not.
    assert flagged("I came across your session at the East Africa Fraud Summit.") == [
        "East Africa Fraud Summit"]


def test_a_name_before_the_word_for_an_event_is_one_name_too() -> None:
    known = ["Philippa Lang is a hydrologist at Tasman Water in Nelson.",
             "She sits on the committee of the Otago Rivers Society and mentors the graduates "
             "in our Water Futures programme."]
    flagged = flagged_against(known, ["Philippa Lang", "Philippa", "Tasman Water"])
    # "Water" and "Otago" are names in that sentence; a conference of "Water Otago" is not.
    assert flagged("I saw you're presenting at the Water Otago conference next year.") == [
        "Water Otago"]
    assert flagged("I saw you mentor graduates in the Water Futures programme.") == []


def test_a_kind_word_beside_a_known_acronym_names_no_known_event() -> None:
    known = ["Hannah Whitaker leads data science at Almanac Retail in Columbus.",
             "She spoke on artificial intelligence (AI) in forecasting at the Retail Analytics "
             "Summit 2024.",
             "Summit talks: forecasting in practice, by Hannah Whitaker.",
             "Next step for me: the Columbus Data & Analytics meetup, where she gives a talk on "
             "forecasting."]
    flagged = flagged_against(known, ["Hannah Whitaker", "Hannah", "Almanac Retail"])
    # Research knows "AI", "Columbus" and a summit; not a Columbus AI Summit.
    assert flagged("I'll see you at the Columbus AI Summit – I'm looking forward to your "
                   "talk on forecasting.") == ["Columbus AI Summit"]
    assert flagged("I'll see you at the Columbus Data & Analytics meetup – I'm looking "
                   "forward to your talk on forecasting.") == []
