"""Thank-you notes from call notes typed the way people type them right after a call: a header
line, shorthand, labels of their own, a list of things to read, several people to talk to."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from drafting import FIXTURES, set_up

from infoprep.drafts.notes import expand_shorthand, parse_notes
from infoprep.drafts.shaping import resource_things, their_to_your

EXAMPLES = FIXTURES.parent / "examples"


def _thankyou(run, home: Path, tmp_path: Path, notes: str, name: str = "Jordan Rivera") -> str:
    """The offline thank-you body for `notes`, after checking every check passed."""
    if not (home / "profile.toml").exists():
        home.mkdir(parents=True, exist_ok=True)
        shutil.copy(EXAMPLES / "profile.toml", home / "profile.toml")
    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    result = run("draft-thankyou", name, "--notes", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    return " ".join(str(draft["body"]).split())


TERSE = (
    "call w/ Jordan 11/24, 25 min\n\n"
    "- biggest thing: PMs at Brightline spend ~half their time w/ ops team, not in Jira\n"
    "- she rec'd the Reforge product strategy course, esp. the module on roadmaps\n"
    "- talk to Sam Okoro on their data team!! b/c he moved from finance -> product 2 yrs ago\n"
    "- me: apply to associate PM program when it opens in Feb? she said yes, ping her then\n"
)


@pytest.mark.parametrize("header", [
    "call w/ Jordan 11/24, 25 min",
    "Coffee chat with Jordan, 24 Nov.",
    "Teams call with Aoife Kinsella, about 30 minutes, on a Wednesday lunchtime.",
    "notes - zoom w/ priya natarajan 3/2 ~30 mins",
    "Jordan - 20 min",
])
def test_a_header_line_is_no_item(header: str) -> None:
    items = parse_notes(header + "\n- Advice: learn SQL properly\n")
    assert [(i.kind, i.text) for i in items] == [("advice", "learn SQL properly")]


def test_a_first_line_that_says_something_is_kept() -> None:
    items = parse_notes("Jordan said PMs spend 25 min a day in Jira\n")
    assert [i.kind for i in items] == ["said"]


def test_the_header_is_never_advice_in_the_note(run, isolated_home: Path,
                                                 tmp_path: Path) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TERSE)
    for header_bit in ("11/24", "25 min", "call w/", "call with Jordan"):
        assert header_bit not in body


def test_shorthand_is_written_out() -> None:
    assert expand_shorthand("spend ~half their time w/ops, esp. b/c ppl = mgrs & 2 yrs") == (
        "spend about half their time with ops, especially because people is managers and "
        "2 years")
    assert expand_shorthand("W/ Jordan; send by fri, opens in Feb") == (
        "With Jordan; send by Friday, opens in February")
    # inside a word or a name, nothing changes
    assert expand_shorthand("Q&A on C++, 10+ years, Jan Novak") == (
        "Q&A on C++, 10+ years, Jan Novak")
    assert expand_shorthand("the Columbus Data & Analytics meetup") == (
        "the Columbus Data & Analytics meetup")


def test_the_note_reads_as_written_english(run, isolated_home: Path, tmp_path: Path) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TERSE)
    for shorthand in ("~", "w/", "esp.", "rec'd", "b/c", " = ", " & ", "!", "yrs", "?"):
        assert shorthand not in body
    assert "about half their time with the ops team" in body  # the PMs' time stays theirs
    assert "Sam Okoro on your data team" in body  # Jordan's team, said to Jordan
    assert "their data team" not in body


def test_their_team_is_yours_only_when_nothing_else_owns_it() -> None:
    assert their_to_your("talk to Sam Okoro on their data team") == (
        "talk to Sam Okoro on your data team")
    for kept in ("PMs sit with their ops team", "Sam at Octopus, on their data team",
                 "they hire for their design team", "most of their time"):
        assert their_to_your(kept) == kept


def test_an_unknown_label_is_a_point_made_and_me_is_the_users_plan(
    run, isolated_home: Path, tmp_path: Path
) -> None:
    items = parse_notes(TERSE)
    assert ("point", "PMs at Brightline spend about half their time with ops team, not in "
            "Jira") in [(i.kind, i.text) for i in items]
    body = _thankyou(run, isolated_home, tmp_path, TERSE)
    assert ("Your point that PMs at Brightline spend about half their time with the ops team, "
            "not in Jira, has stayed with me.") in body
    assert ("My next steps are to apply to the associate PM program when it opens in February "
            "and to ping you then.") in body
    assert "she said yes" not in body.casefold()


def test_a_label_naming_a_kind_keeps_that_kind() -> None:
    items = parse_notes("must read: Inspired by Marty Cagan\nppl to meet: Priya Raman\n")
    assert [(i.kind, i.text) for i in items] == [
        ("resource", "Inspired by Marty Cagan"), ("referral", "Priya Raman")]


def test_a_resource_list_names_the_things_not_what_to_do_with_them(
    run, isolated_home: Path, tmp_path: Path
) -> None:
    assert resource_things("take the Reforge course and that I read the Brightline blog") == (
        "the Reforge course and the Brightline blog", "")
    assert resource_things("Try Softer by Aundi Kolber") == ("Try Softer by Aundi Kolber", "")
    body = _thankyou(run, isolated_home, tmp_path, (
        "She recommended that I take the Reforge product strategy course and that I read the "
        "Brightline engineering blog.\n"))
    assert ("pointing me to the Reforge product strategy course and the Brightline "
            "engineering blog") in body
    assert "that I read" not in body
    assert "digging into the course and reading the blog" in body


def test_a_point_a_resource_and_a_referral_are_all_thanked_for(
    run, isolated_home: Path, tmp_path: Path
) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TERSE)
    assert "Your point that PMs at Brightline" in body
    assert "the Reforge product strategy course, especially the module on roadmaps" in body
    assert "suggesting I talk to Sam Okoro" in body


def test_two_people_to_talk_to_are_both_thanked_for(run, isolated_home: Path,
                                                     tmp_path: Path) -> None:
    name = set_up(isolated_home, "lena-okafor")
    body = _thankyou(run, isolated_home, tmp_path, (
        "Phone call with Lena Okafer, 20 minutes, 14 March.\n\n"
        "She said most of her week goes into community meetings rather than drawing, and "
        "that the designers who last are the ones who enjoy the politics. She suggested I "
        "talk to Daniel Osei at the City of Halden and to Ruth Adeyemi, who runs their "
        "community engagement team. I'll email Daniel next week.\n"), name)
    assert ("Your point that most of your week goes into community meetings rather than "
            "drawing has stayed with me.") in body
    assert "suggesting I talk to Daniel Osei at the City of Halden." in body
    assert "Thank you also for suggesting I talk to Ruth Adeyemi." in body
    assert "Okafer" not in body and "14 March" not in body


def test_a_plan_in_lower_case_is_the_users_next_step(run, isolated_home: Path,
                                                      tmp_path: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    body = _thankyou(run, isolated_home, tmp_path, (
        "talked w maya chen tues 25 min\n"
        "she said clinicians ignore dashboards but read short briefs\n"
        "i need to write up my usability tests as a case study, send to maya by fri\n"), name)
    assert "Your point that clinicians ignore dashboards but read short briefs" in body
    assert ("My next steps are to write up my usability tests as a case study and to send it "
            "to you by Friday.") in body
    assert "tues" not in body


def test_a_referral_glossed_in_brackets_is_introduced_with_the_gloss(
    run, isolated_home: Path, tmp_path: Path
) -> None:
    body = _thankyou(run, isolated_home, tmp_path, (
        "- Advice: learn SQL properly\n"
        "- ppl to talk to: Priya Raman (UX research mgr at Brightline), Tom Reyes\n"))
    assert "talk to Priya Raman, UX research manager at Brightline." in body
    assert "Thank you also for suggesting I talk to Tom Reyes." in body


# Notes as the new fixture writers typed them: a person to talk to described as "her old
# boss", a resource with an aside of what she said, a month cut short after the day, "ep",
# an imperative before an acronym.
TYPED_LIKE_A_CONSERVATOR = (
    "Zoom w/ Jordan — Tue 5pm her time, ~40 min\n\n"
    "- ADVICE: Learn SQL, dashboards alone won't carry over\n"
    "- resource: the Product Bench ep w/ Helen Marsh (she said skip the first 10 min)\n"
    "- talk to Rosalind Pryce, her old boss at Ashdown Studio in Bath, takes interns\n"
    "- TODO: send my portfolio by Fri 21 Nov\n"
)


def test_a_note_typed_in_haste_reads_as_a_letter(run, isolated_home: Path,
                                                 tmp_path: Path) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TYPED_LIKE_A_CONSERVATOR)
    assert "Rosalind Pryce, your old boss" in body
    assert "her old boss" not in body
    assert "the Product Bench episode with Helen Marsh" in body
    assert "she said" not in body and "(" not in body
    assert "21 November" in body and "Nov " not in body
    assert "your advice to learn SQL" in body


def test_a_month_after_its_day_and_an_episode_are_written_out() -> None:
    assert expand_shorthand("send CV by Fri 21 Nov. Email Ingrid") == (
        "send CV by Friday 21 November. Email Ingrid")
    assert expand_shorthand("the Sounding Line ep w/ Hannah") == (
        "the Sounding Line episode with Hannah")
    assert expand_shorthand("Jan Novak's 3 Dec talk") == "Jan Novak's 3 December talk"


TYPED_AT_SEA = (
    "Teams call w/ Capt. Jordan Rivera — Thu 19 Nov, about 30 min\n\n"
    "- ADVICE: start a ship-handling log NOW, panels love it\n"
    "- talk to Capt. Arjun Menon, his deputy, runs the simulator phase\n"
    "- REFERRAL: he'll pass my name to the recruitment team, and tell Arjun I'll email\n"
    "- TODO: send him CV + sea service record by Fri 27 Nov. apply online before 31 Jan\n"
)


def test_a_rank_before_a_name_and_steps_typed_in_lower_case(run, isolated_home: Path,
                                                           tmp_path: Path) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TYPED_AT_SEA)
    assert "suggesting I talk to Arjun Menon" in body  # "Capt." ends no sentence
    assert "I'll email" not in body.split("talk to")[-1][:20]  # "Arjun I'll" is no name
    assert "send you my CV and sea service record by Friday 27 November" in body
    assert "and to apply online before 31 January" in body
    assert ". apply" not in body


TYPED_IN_CAPITALS = (
    "call w/ Jordan 11/24, 25 min\n\n"
    "- ADVICE: start a project log NOW, panels love it\n"
    "- TODO: send her reel link by Fri 4 Dec. start the re-sound (any game, doesn't have to "
    "be theirs). Ask Dr Thapa about studio hours\n"
)


def test_capitals_for_emphasis_and_asides_in_a_plan_are_left_out(
        run, isolated_home: Path, tmp_path: Path) -> None:
    body = _thankyou(run, isolated_home, tmp_path, TYPED_IN_CAPITALS)
    assert "NOW" not in body
    assert "send you my reel link by Friday 4 December" in body  # "her" was who it goes to
    assert "your reel" not in body
    assert "doesn't have to be theirs" not in body
    assert "to start the re-sound" in body


def test_capitals_for_emphasis_are_lowered_but_acronyms_stay() -> None:
    assert expand_shorthand("start a log NOW, DON'T skip it, WHO guidelines and HACCP") == (
        "start a log now, don't skip it, WHO guidelines and HACCP")
