"""Words that tell of the user, not of the recipient: a rare word in a clause about the user
alone ("the whiteboard in my lab"), a verb after "to" ("going to rewrite the checklists") and
what the user says they are ("I'm a ski patroller and avalanche control tech") are no claims
about the recipient's work; the same words said of the recipient, or beside someone the user
names, still need research behind them."""

from __future__ import annotations

from drafting import fixture_support, flagged_against

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional storm surge barrier and its operations lead, as research might describe them.
KNOWN = [
    "Lotte Brink is Operations Lead at the Hollandse Kering barrier.",
    "The barrier's two sector gates are tested every autumn with a full closure.",
    "Operators follow a closure checklist kept under version control.",
    "Jonas Vermeer handles convergence monitoring on the tunnel under the barrier.",
]


def _flagged(text: str) -> list[str]:
    support = Support(KNOWN, about=KNOWN, subjects=["Lotte Brink", "Lotte", "Hollandse Kering"])
    return [c.phrase for c in unsupported_claims(text, support)]


def test_a_rare_word_about_the_user_alone_is_no_claim() -> None:
    assert _flagged("That line is going straight up on the whiteboard in my "
                    "lab.") == []
    assert _flagged("It is a side of the work I've never seen from the scaffold.") == []


def test_the_same_word_said_of_the_recipients_work_is_flagged() -> None:
    assert _flagged("I loved hearing how your gates are tested from the scaffold.") == [
        "scaffold"]


def test_a_compound_of_the_trade_said_of_the_recipients_work_is_flagged() -> None:
    # Not two frequent words run together ("beforehand"): "flood" and "gate" are rarer.
    assert _flagged("I loved hearing how your gates are tested from the floodwall.") == [
        "floodwall"]
    assert _flagged("I loved hearing how your gates are tested from the gatehouse.") == [
        "gatehouse"]


def test_a_word_beside_someone_the_user_names_still_needs_research() -> None:
    assert _flagged("I will write to Jonas about convergence monitoring.") == []
    assert _flagged("I will write to Jonas about vibration monitoring.") == ["vibration"]


def test_a_verb_after_to_is_no_term() -> None:
    assert _flagged("As you suggested, I'm going to rewrite the checklists for our "
                    "operators.") == []
    assert _flagged("I would like to ask how an engineer can learn to cooperate better with "
                    "operators.") == []


def test_a_verb_after_a_later_to_is_no_term_either() -> None:
    assert _flagged("I'm acting first on your advice to recalibrate my checklists before "
                    "the autumn closure.") == []


def _fixture_flagged(person: str, text: str) -> list[str]:
    return [c.phrase for c in unsupported_claims(text, fixture_support(person))]


def test_what_the_user_says_they_are_is_theirs_to_word() -> None:
    # The profile says "ski patroller and avalanche control technician at Bitterroot Bowl".
    person = "tessa-marquardt"
    assert _fixture_flagged(person, "Hi Tessa, I'm a ski patroller and avalanche control "
                            "tech in Montana.") == []
    assert _fixture_flagged(person, "Hi Tessa, ski patroller and avalanche control tech "
                            "here, in Montana.") == []
    # The same words said of the recipient must be research's.
    assert _fixture_flagged(person, "Hi Tessa, you were a ski patroller and avalanche "
                            "control tech in Montana.") == ["avalanche control tech"]


def test_as_a_in_a_sentence_about_the_user_alone_is_theirs() -> None:
    person = "mariam-al-falasi"
    assert _fixture_flagged(person, "I've worked in kitchens since 2014, starting as a "
                            "dishwasher, and I'm now trying to take a similar step into food "
                            "safety auditing.") == []
    assert _fixture_flagged(person, "I read that you worked in kitchens, starting as a "
                            "dishwasher.") == ["dishwasher"]


def test_a_number_the_users_profile_tells_of_the_same_thing() -> None:
    research = ["Rehema Mollel is Head of Apiary Extension at Msitu Asali.",
                "Since 2023 the union has supplied 4,200 Kenya top-bar hives on credit."]
    profile = ["In 2020 I started a beekeepers' club; it now has 64 members and 190 Kenya "
               "top-bar hives."]
    flagged = flagged_against([*research, *profile], ["Rehema Mollel", "Rehema", "Msitu Asali"],
                              about=research)
    # Research has 4,200 among these words, but the profile tells 190 of the user's club.
    assert flagged("Our club has grown to 190 Kenya top-bar hives since 2020.") == []
    # Said of the union, 190 is still the wrong number.
    assert flagged("Since 2023 the union has supplied 190 Kenya top-bar hives on credit, "
                   "which I admire.") == ["190"]


# A fictional ferry line's crew trainer, and a user whose profile dates their own work.
_FERRY = ["Hedda Lunde trains deck crews at Fjordlink Ferries.",
          "Fjordlink Ferries runs eleven battery ferries across the Sognefjord."]
_DECKHAND = ("Since 2016 I have worked as a deckhand on the Bergen harbour boats. "
             "From 2011 to 2014 I studied marine biology at the University of Tromsø.")


def _own_years_flagged(text: str) -> list[str]:
    return flagged_against([*_FERRY, _DECKHAND], ["Hedda Lunde", "Fjordlink Ferries"],
                           about=_FERRY, dated=[("2025-04-02", _FERRY[1])])(text)


def test_the_years_the_users_own_texts_date_are_theirs_to_count() -> None:
    # 2016 to the research's 2025: nine years (eight full ones); 2011 to 2014: three.
    assert _own_years_flagged("I'm a deckhand with nine years on harbour boats, and I'd "
                              "love to hear how you train new crews.") == []
    assert _own_years_flagged("After eight years on the harbour boats I want to move "
                              "into crew training.") == []
    assert _own_years_flagged("I spent three years in Tromsø before that.") == []


def test_years_the_users_texts_never_date_are_flagged() -> None:
    assert _own_years_flagged("I'm a deckhand with four years on harbour boats, and I'd "
                              "love to hear how you train new crews.") == ["four"]


def test_the_users_span_of_years_gives_the_recipient_none() -> None:
    assert _own_years_flagged("You have trained deck crews for nine years.") == ["nine"]


def test_a_code_or_acronym_the_user_says_of_themselves_is_theirs() -> None:
    # The user's own tools and credentials, in clauses about them alone.
    assert _flagged("I've run a bakery for years and I'm teaching myself SQL at "
                    "night.") == []
    assert _flagged("My thesis was an FEM model of a cracked weir, and it made me curious "
                    "about gates.") == []
    assert _flagged("I'm brushing up my grammar until I reach B2.") == []


def test_a_code_said_of_the_recipients_work_still_needs_research() -> None:
    assert _flagged("I read that your operators log every closure in SQL.") == ["SQL"]
    assert _flagged("I drew the sections for the ARC review this spring.") == ["ARC"]
    assert _flagged("I'll ask how the barrier's FEM model was built.") == ["FEM"]
