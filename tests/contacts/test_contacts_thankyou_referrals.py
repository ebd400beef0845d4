"""`draft-thankyou --notes`: the people the notes say to talk to reach the tracker through the
exact `contacts refer` command, printed until the referral is recorded."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from cli_support import ok

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"




def hints(stderr: str) -> dict[str, list[str]]:
    """Each 'Record the referral to NAME' line's commands, by NAME."""
    found: dict[str, list[str]] = {}
    for line in stderr.splitlines():
        match = re.match(r"Record the referral to (.+?) from your notes: ", line)
        if match:
            found[match[1]] = re.findall(r"`([^`]+)`", line)
    return found


def test_referrals_in_the_notes_come_with_the_command_that_records_them(
    run, tmp_path: Path
) -> None:
    ok(run("profile", "init", "--force", "--from", str(EXAMPLES / "profile.toml")))
    ok(run("contacts", "add", "Jordan Rivera", "--company", "Brightline Energy"))
    ok(run("contacts", "add", "Sam Park", "--company", "Globex"))
    for handle in ("li-wei-data", "li-wei-ops"):
        ok(run("contacts", "add", "Li Wei", "--company", "Initech", "--linkedin", handle))
    notes = tmp_path / "notes.md"
    notes.write_text((EXAMPLES / "call-notes.md").read_text(encoding="utf-8")
                     + "- Referrals: Sam Park; Li Wei\n", encoding="utf-8")
    drafted = ok(run("draft-thankyou", "Jordan Rivera", "--notes", str(notes)))
    assert "Aisha Bello" in drafted.stdout  # the note thanks Jordan for the introduction
    found = hints(drafted.stderr)
    assert found == {
        "Aisha Bello": ["infoprep contacts refer 'Jordan Rivera' --to 'Aisha Bello'"],
        "Sam Park": ["infoprep contacts refer 'Jordan Rivera' --to 'Sam Park'"],
        "Li Wei": ["infoprep contacts refer 'Jordan Rivera' --to '#3'",
                   "infoprep contacts refer 'Jordan Rivera' --to '#4'"],
    }
    assert "adds them as a contact" in drafted.stderr
    # Drafting records nothing by itself: the names are read from free text.
    shown = json.loads(ok(run("contacts", "show", "Jordan Rivera", "--format", "json")).stdout)
    assert shown["referred"] == []
    # The commands work as printed, and running one twice records it once.
    for command in (*found["Aisha Bello"], *found["Sam Park"], found["Li Wei"][1],
                    found["Sam Park"][0]):
        ok(run(*shlex.split(command)[1:]))
    shown = json.loads(ok(run("contacts", "show", "Jordan Rivera", "--format", "json")).stdout)
    assert [(r["referred_id"], r["referred"]) for r in shown["referred"]] == [
        (5, "Aisha Bello"), (2, "Sam Park"), (4, "Li Wei")]
    assert len(json.loads(ok(run("contacts", "list", "--format", "json")).stdout)) == 5
    # A second draft from the same notes asks for nothing already recorded.
    again = ok(run("draft-thankyou", "Jordan Rivera", "--notes", str(notes)))
    assert hints(again.stderr) == {}
    assert ok(run("-q", "draft-thankyou", "Jordan Rivera", "--notes", str(notes))).stderr == ""
