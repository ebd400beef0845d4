"""A colleague's title given to the recipient: research gives the title beside another
person's name and never to the recipient, so the draft that gives it to them is flagged and
says whose title it is; the recipient's own titles, past and present, the user's own title
and a role research gives beside an employer's name are left alone."""

from __future__ import annotations

from infoprep.drafts.grounding import Claim, Support, unsupported_claims

# A fictional orchard agronomist, as research describes her and her colleagues.
RESEARCH = [
    "Ingrid Dahl is Senior Agronomist at Fjellgard Orchards in Hardanger.",
    "Our director of agriculture, Tor Lunde, is responsible for the orchards.",
    "She reports to Kari Moe, Head of Orchard Operations.",
    "Ingrid joined Fjellgard Orchards in 2014 as a field technician and became Senior "
    "Agronomist in 2020.",
    "Before that she spent four years as a fruit inspector at Hardanger Fruktlager.",
    "Career: fruit inspector, Hardanger Fruktlager, four years",
]


def _flagged(text: str) -> list[Claim]:
    support = Support(RESEARCH, about=RESEARCH,
                      subjects=["Ingrid Dahl", "Ingrid", "Fjellgard Orchards"])
    return unsupported_claims(text, support)


def _phrases(text: str) -> list[str]:
    return [c.phrase for c in _flagged(text)]


def test_a_colleagues_title_given_to_the_recipient_is_flagged() -> None:
    assert _phrases("I've been reading about your work as Senior Agronomist at Fjellgard "
                    "Orchards.") == []
    wrong = _flagged("I've been reading about your work as director of agriculture at "
                     "Fjellgard Orchards.")
    assert [c.phrase for c in wrong] == ["director of agriculture"]
    assert wrong[0].note == "research gives “director of agriculture” to Tor Lunde, not to the " \
        "recipient"


def test_a_path_to_a_colleagues_title_is_flagged() -> None:
    assert _phrases("Your path from field technician to Senior Agronomist is one I'd love to "
                    "follow.") == []
    assert _phrases("Your path from field technician to Head of Orchard Operations is one I'd "
                    "love to follow.") == ["Head of Orchard Operations"]


def test_a_colleagues_title_the_recipient_is_said_to_hold_now() -> None:
    assert _phrases("You started as a field technician and are now Senior Agronomist at "
                    "Fjellgard Orchards.") == []
    assert _phrases("You started as a field technician and are now Head of Orchard "
                    "Operations at Fjellgard Orchards.") == ["Head of Orchard Operations"]
    assert "Head of Orchard Operations" in _phrases(
        "I gather you're now Head of Orchard Operations there.")


def test_a_role_beside_an_employers_name_is_no_one_elses() -> None:
    assert _phrases("After four years as a fruit inspector at Hardanger Fruktlager, you "
                    "joined Fjellgard Orchards.") == []


def test_the_title_the_user_gives_themselves_is_not_the_recipients() -> None:
    assert "director of agriculture" not in _phrases(
        "I am writing to you as a director of agriculture myself.")
    assert "Head of Orchard Operations" not in _phrases(
        "Kari's move to Head of Orchard Operations shows her range, and you must miss her "
        "in the field.")


def test_titles_of_trades_and_titles_joined_by_and_are_read_whole() -> None:
    known = ["Sokha Lim is Head of Glaze Research at Lotus Ash Ceramics in Siem Reap.",
             "She works closely with Mao Ratha, the studio's kiln master, and with Dara "
             "Pich, the quality and laboratory manager.",
             "Sokha joined Lotus Ash Ceramics in 2013 as a glaze assistant."]
    support = Support(known, about=known,
                      subjects=["Sokha Lim", "Sokha", "Lotus Ash Ceramics"])

    def flagged(text: str) -> list[tuple[str, str]]:
        return [(c.phrase, c.note) for c in unsupported_claims(text, support)]

    assert flagged("I loved what you said as Head of Glaze Research on firing.") == []
    # "master" heads a trade's title as "manager" heads an office's.
    assert flagged("I loved what you said as kiln master on firing.") == [
        ("kiln master", "research gives “kiln master” to Mao Ratha, not to the recipient")]
    # "and" joins the two things the title heads; the title is Dara Pich's.
    assert flagged("I'd love to hear how you, as quality and laboratory manager, decide "
                   "when a glaze is ready.") == [
        ("quality and laboratory manager",
         "research gives “quality and laboratory manager” to Dara Pich, not to the "
         "recipient")]


def test_a_colleague_whose_name_opens_with_an_accented_capital_holds_their_title() -> None:
    known = [*RESEARCH, "Ingrid works closely with Dr Øystein Ålgård, Chief Pomologist, and "
             "with the packhouse team."]
    support = Support(known, about=known, subjects=["Ingrid Dahl", "Ingrid", "Fjellgard Orchards"])
    flagged = unsupported_claims("I'd love to hear how you see the season from your seat as "
                                 "Chief Pomologist.", support)
    assert [c.phrase for c in flagged] == ["Chief Pomologist"]
    assert "Øystein Ålgård" in flagged[0].note
