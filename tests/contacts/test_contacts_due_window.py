"""`contacts due --within`: in the morning, what falls due later today or this week, by when,
on the user's own clock."""

from __future__ import annotations

import json

import pytest
from cli_support import ok

MORNING = "2025-03-10 08:00"  # a Monday in New York, the day after clocks went forward


@pytest.fixture(autouse=True)
def new_york(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_TIMEZONE", "America/New_York")




@pytest.fixture
def week(run) -> None:  # type: ignore[no-untyped-def]
    """A thank-you due now, a call this afternoon, a nudge tomorrow, a check-in in April."""
    for name in ("Ana Souza", "Ben Okoro", "Chloé Martin", "Dev Patel"):
        ok(run("contacts", "add", name, "--company", "Harbor Freight Labs"))
    ok(run("contacts", "status", "Ana Souza", "interviewed", "--at", "2025-03-09 17:00"))
    ok(run("contacts", "status", "Ben Okoro", "scheduled", "--at", "2025-03-10 15:00"))
    ok(run("contacts", "status", "Chloé Martin", "requested", "--at", "2025-03-04 10:00"))
    ok(run("contacts", "status", "Dev Patel", "thanked", "--at", "2025-03-01 09:00"))


def due(run, *args: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    found = json.loads(ok(run("contacts", "due", "--now", MORNING, "--format", "json",
                              *args)).stdout)
    assert isinstance(found, list)
    return found


def test_a_window_shows_what_falls_due_later_by_when(run, week: None) -> None:
    assert [f["name"] for f in due(run)] == ["Ana Souza"]
    today = due(run, "--within", "today")
    assert [(f["name"], f["kind"], f["due_local"], f["due_now"]) for f in today] == [
        ("Ana Souza", "thank-you", "2025-03-09T17:00:00-04:00", True),
        ("Ben Okoro", "call-passed", "2025-03-10T15:30:00-04:00", False),
    ]
    assert today[0]["deadline_local"] == "2025-03-10T17:00:00-04:00"
    assert today[1]["due_at"] == "2025-03-10T19:30:00+00:00"  # the stored key is unchanged
    assert [f["name"] for f in due(run, "--within", "7d")] == [
        "Ana Souza", "Ben Okoro", "Chloé Martin"]
    assert [f["name"] for f in due(run, "--within", "24h")] == [
        "Ana Souza", "Ben Okoro"]  # the nudge falls due at 10:00 tomorrow, 26 hours away
    assert [f["name"] for f in due(run, "--all")] == [
        "Ana Souza", "Ben Okoro", "Chloé Martin", "Dev Patel"]
    text = ok(run("contacts", "due", "--now", MORNING, "--within", "today")).stdout
    assert text.splitlines()[0] == "2025-03-09 17:00 EDT  #1 Ana Souza  [thank-you]"
    assert text.splitlines()[2] == ("2025-03-10 15:30 EDT  #2 Ben Okoro  "
                                    "[call-passed, due in 7 hours]")
    assert text.splitlines()[3].startswith("    after the call of 2025-03-10 15:00 EDT: record it")


def test_today_ends_at_midnight_on_the_users_clock(run, week: None) -> None:
    # 23:00 in New York is already tomorrow in UTC: the call of 15:30 is past, the nudge of
    # 10:00 tomorrow is not today.
    late = json.loads(ok(run("contacts", "due", "--now", "2025-03-10 23:00", "--within",
                             "today", "--format", "json")).stdout)
    assert [f["name"] for f in late] == ["Ana Souza", "Ben Okoro"]
    nothing = ok(run("contacts", "due", "--now", "2025-02-01 08:00", "--within", "today"))
    assert nothing.stdout == "Nothing is due today.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--within", "soon"), "--within 'soon' is not a window: use today, or a number of "
                               "hours, days or weeks such as 12h, 3d, 2w"),
        (("--within", "0d"), "--within '0d' is not a window"),
        (("--within", "3d", "--all"), "give --within or --all, not both"),
    ],
)
def test_a_bad_window_is_one_line_and_exit_2(run, week: None, args: tuple[str, ...],
                                             message: str) -> None:
    result = run("contacts", "due", *args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_help_explains_the_window(run) -> None:
    text = ok(run("contacts", "due", "--help")).stdout
    assert "--within WINDOW" in text
    assert "infoprep contacts due --within today   also what falls due later today" in text
