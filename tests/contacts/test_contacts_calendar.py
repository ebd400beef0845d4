"""The calendar export is a record: calls stay in it once held, a rescheduled call moves
under the same UID, a cancelled one says so, and re-imports update instead of duplicating."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli_support import ok
from icalendar import Calendar


@pytest.fixture(autouse=True)
def new_york(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_TIMEZONE", "America/New_York")




def calls(run, tmp_path: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The exported calendar's call events, by UID."""
    target = tmp_path / "infoprep.ics"
    ok(run("contacts", "export", "--format", "ics", "-o", str(target)))
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    return {str(e["uid"]): e for e in events if "call" in e.get("categories").to_ical().decode()}


def merge(into: dict[str, Any], exported: dict[str, Any]) -> None:
    """What a calendar app does on import: same UID and a higher SEQUENCE replaces."""
    for uid, event in exported.items():
        if uid not in into or int(event.get("sequence", 0)) >= int(into[uid].get("sequence", 0)):
            into[uid] = event


def summary(event: Any) -> tuple[str, str, str, int]:
    return (str(event["summary"]), event.decoded("dtstart").isoformat(), str(event["status"]),
            len(list(event.walk("VALARM"))))


def test_a_held_call_stays_in_the_calendar(run, tmp_path: Path) -> None:
    ok(run("contacts", "add", "Ana Souza", "--company", "Harbor Labs"))
    ok(run("contacts", "status", "Ana Souza", "scheduled", "--at", "2025-03-10 15:00"))
    before = calls(run, tmp_path)
    ok(run("contacts", "status", "Ana Souza", "interviewed", "--at", "2025-03-10 16:00"))
    after = calls(run, tmp_path)
    assert list(after) == list(before) == ["call-1@infoprep"]
    event = after["call-1@infoprep"]
    assert summary(event) == ("Informational interview: Ana Souza (Harbor Labs)",
                              "2025-03-10T15:00:00-04:00", "CONFIRMED", 0)
    assert str(event["description"]).splitlines()[-1] == (
        "Held. Notes and follow-ups: infoprep contacts show 'Ana Souza'")
    # A second call months later is another event; both stay.
    ok(run("contacts", "status", "Ana Souza", "thanked", "--at", "2025-03-11 09:00"))
    ok(run("contacts", "status", "Ana Souza", "scheduled", "--at", "2031-06-01 11:00"))
    later = calls(run, tmp_path)
    assert [summary(e)[1:] for e in later.values()] == [
        ("2025-03-10T15:00:00-04:00", "CONFIRMED", 0),
        ("2031-06-01T11:00:00-04:00", "CONFIRMED", 2),
    ]


def test_a_rescheduled_call_moves_under_its_uid_and_a_declined_one_is_cancelled(
    run, tmp_path: Path
) -> None:
    ok(run("contacts", "add", "Ben Okoro", "--company", "Harbor Labs"))
    ok(run("contacts", "add", "Cleo Park", "--company", "Orbit AG"))
    ok(run("contacts", "status", "Ben Okoro", "scheduled", "--at", "2031-05-02 10:00"))
    ok(run("contacts", "status", "Cleo Park", "scheduled", "--at", "2031-05-03 09:00"))
    app: dict[str, Any] = {}
    merge(app, calls(run, tmp_path))
    ok(run("contacts", "status", "Ben Okoro", "scheduled", "--at", "2031-05-05 10:00"))
    ok(run("contacts", "status", "Ben Okoro", "scheduled", "--at", "2031-05-06 14:00"))
    ok(run("contacts", "status", "Cleo Park", "declined"))
    exported = calls(run, tmp_path)
    assert {uid: int(e["sequence"]) for uid, e in exported.items()} == {
        "call-1@infoprep": 2, "call-2@infoprep": 0}
    merge(app, exported)
    merge(app, calls(run, tmp_path))  # exporting again changes nothing
    assert sorted(summary(e) for e in app.values()) == [
        ("Informational interview: Ben Okoro (Harbor Labs)", "2031-05-06T14:00:00-04:00",
         "CONFIRMED", 2),
        ("Informational interview: Cleo Park (Orbit AG)", "2031-05-03T09:00:00-04:00",
         "CANCELLED", 0),
    ]
    cancelled = app["call-2@infoprep"]
    assert str(cancelled["description"]).splitlines()[-1] == (
        "Did not take place (status declined).")
