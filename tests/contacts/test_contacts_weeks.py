"""The tracker used over several weeks, as a job seeker types it: reschedules, thank-you
notes after calls, spreadsheet exports from other countries, dates typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import ok
from icalendar import Calendar

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def paris(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_TIMEZONE", "Europe/Paris")




def test_rescheduling_to_an_earlier_day_moves_the_call(run, tmp_path: Path) -> None:
    ok(run("contacts", "add", "Noor Haddad", "--company", "Fjord Analytics"))
    ok(run("contacts", "status", "Noor Haddad", "scheduled",
           "--at", "2031-05-10 16:00 America/New_York"))
    # Noor can do it sooner: the call moves a week earlier.
    ok(run("contacts", "status", "Noor Haddad", "scheduled",
           "--at", "2031-05-02 16:00 America/New_York"))
    pending = json.loads(ok(run("contacts", "due", "--all", "--format", "json",
                                "--now", "2031-04-20 09:00")).stdout)
    assert [(f["kind"], f["due_at"]) for f in pending] == [
        ("call-passed", "2031-05-02T20:30:00+00:00")]
    shown = json.loads(ok(run("contacts", "show", "Noor Haddad", "--format", "json",
                              "--now", "2031-04-20 09:00")).stdout)
    assert shown["next_follow_up"]["due_at"] == "2031-05-02T20:30:00+00:00"
    target = tmp_path / "calls.ics"
    ok(run("contacts", "export", "--format", "ics", "-o", str(target),
           "--now", "2031-04-20 09:00"))
    events = [e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    starts = [e.decoded("dtstart").isoformat() for e in events]
    assert starts == ["2031-05-02T16:00:00-04:00"]
    text = ok(run("contacts", "show", "Noor Haddad")).stdout
    assert "status: rescheduled (call 2031-05-02 22:00 CEST)" in text


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("2031-12-01", "--at '2031-12-01' gives the day but not the time of the call: add it "
                       "(e.g. --at '2031-12-01 15:00')"),
        ("2031-12-01 15:00 PST", "'PST' in '2031-12-01 15:00 PST' is not a time zone name: "
                                 "use an IANA name like Europe/Paris or America/New_York"),
        ("1/12/2031", "cannot read the time '1/12/2031': use ISO 8601"),
        ("next tue", "cannot read the time 'next tue'"),
    ],
)
def test_a_call_needs_a_day_and_time_typed_unambiguously(run, when: str, message: str) -> None:
    ok(run("contacts", "add", "Noor Haddad", "--company", "Fjord Analytics"))
    result = run("contacts", "status", "Noor Haddad", "scheduled", "--at", when)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    shown = json.loads(ok(run("contacts", "show", "Noor Haddad", "--format", "json")).stdout)
    assert shown["contact"]["status"] == "prospect" and shown["calls"] == []


def test_a_day_alone_still_says_when_something_happened(run) -> None:
    ok(run("contacts", "add", "Noor Haddad", "--company", "Fjord Analytics"))
    ok(run("contacts", "status", "Noor Haddad", "requested", "--at", "2026-01-12"))
    shown = json.loads(ok(run("contacts", "show", "Noor Haddad", "--format", "json")).stdout)
    changes = [i["at"] for i in shown["history"] if i["kind"] == "status"]
    assert changes == ["2026-01-11T23:00:00+00:00"]  # midnight in Paris


def test_a_drafted_thank_you_records_the_interview_and_its_deadline(run) -> None:
    ok(run("profile", "init", "--force", "--from", str(EXAMPLES / "profile.toml")))
    ok(run("contacts", "add", "Jordan Rivera", "--company", "Brightline Energy"))
    # The call happened without being tracked; the thank-you draft records it.
    drafted = ok(run("draft-thankyou", "Jordan Rivera", "--notes",
                     str(EXAMPLES / "call-notes.md")))
    assert "send a thank-you note (a draft is ready) by " in drafted.stderr
    assert "within 24 hours of the interview" in drafted.stderr
    pending = json.loads(ok(run("contacts", "due", "--all", "--format", "json")).stdout)
    assert [(f["kind"], f["overdue"]) for f in pending] == [("thank-you", False)]
    assert "(a draft is ready)" in pending[0]["reason"]
    shown = json.loads(ok(run("contacts", "show", "Jordan Rivera", "--format", "json")).stdout)
    assert shown["contact"]["status"] == "interviewed"
    assert [i["kind"] for i in shown["history"]][-2:] == ["status", "call"]
    # Thanked: the next reminder is the check-in, counted from the thank-you.
    ok(run("contacts", "status", "Jordan Rivera", "thanked"))
    pending = json.loads(ok(run("contacts", "due", "--all", "--format", "json")).stdout)
    assert [f["kind"] for f in pending] == ["check-in"]


def test_a_late_thank_you_is_not_given_a_new_day(run) -> None:
    ok(run("profile", "init", "--force", "--from", str(EXAMPLES / "profile.toml")))
    ok(run("contacts", "add", "Jordan Rivera", "--company", "Brightline Energy"))
    ok(run("contacts", "status", "Jordan Rivera", "interviewed", "--at", "2026-01-05 10:00"))
    drafted = ok(run("draft-thankyou", "Jordan Rivera", "--notes",
                     str(EXAMPLES / "call-notes.md")))
    assert "Send it within 24 hours, by" not in drafted.stderr
    assert "past 24 hours" in drafted.stderr and "(a draft is ready)" in drafted.stderr
    shown = json.loads(ok(run("contacts", "show", "Jordan Rivera", "--format", "json")).stdout)
    assert [i["detail"] for i in shown["history"] if i["kind"] == "status"] == [
        "prospect → interviewed"]


def test_a_semicolon_separated_export_with_a_bom_imports(run, tmp_path: Path) -> None:
    # What a spreadsheet writes where the decimal mark is a comma: ';' between cells,
    # a UTF-8 BOM, CRLF line ends, a blank line, a company whose name holds a comma.
    text = (
        "First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
        "Søren;Ødegård;https://www.linkedin.com/in/soren-odegard;;\"Fjord, Inc.\";Analyst;"
        "07 Dec 2025\r\n"
        "\r\n"
        "Inès;Lefèvre;https://www.linkedin.com/in/ines-lefevre;ines@fjord.example;Fjord Inc.;"
        "Data Lead;12 Jan 2026\r\n"
    )
    target = tmp_path / "Connections.csv"
    target.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = ok(run("contacts", "import", str(target)))
    assert "2 rows read (linkedin); added 2" in result.stdout
    people = json.loads(ok(run("contacts", "find", "--company", "fjord", "--format",
                               "json")).stdout)
    assert [(p["name"], p["company"], p["email"], p["connected_on"]) for p in people] == [
        ("Inès Lefèvre", "Fjord Inc.", "ines@fjord.example", "2026-01-12"),
        ("Søren Ødegård", "Fjord, Inc.", None, "2025-12-07"),
    ]


def test_a_semicolon_csv_with_mapped_columns(run, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    target.write_text("Person;Employer;Mail\nAda Quist;Orbit AG;ada@orbit.example\n",
                      encoding="utf-8")
    ok(run("contacts", "import", str(target), "--map", "Person=name"))
    people = json.loads(ok(run("contacts", "list", "--format", "json")).stdout)
    assert [(p["name"], p["company"], p["email"]) for p in people] == [
        ("Ada Quist", "Orbit AG", "ada@orbit.example")]


def test_every_row_of_an_import_is_accounted_for(run, tmp_path: Path) -> None:
    target = tmp_path / "Connections.csv"
    target.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Marek,Nowak,https://www.linkedin.com/in/marek-nowak,,Orbit AG,Engineer,07 Dec 2025\n"
        ",,https://www.linkedin.com/in/nobody,,,,\n"
        "Marek,Nowak,https://www.linkedin.com/in/marek-nowak,,Orbit AG,Engineer,07 Dec 2025\n"
        "Lena,Berg,https://www.linkedin.com/in/lena-berg,,Orbit AG,Designer,08 Dec 2025\n",
        encoding="utf-8",
    )
    result = ok(run("contacts", "import", str(target)))
    assert result.stdout.splitlines()[0] == (
        f"{target}: 4 rows read (linkedin); added 2, updated 0, unchanged 0, skipped 1, "
        "1 repeated (merged with an earlier row)"
    )
    assert "warning: row 3: no name" in result.stderr
    assert len(json.loads(ok(run("contacts", "list", "--format", "json")).stdout)) == 2


def test_rename_and_correct_a_contact_keeps_their_history(run) -> None:
    ok(run("contacts", "add", "Jon Smyth", "--company", "Orbit AG", "--email", "jon@orbit.example"))
    ok(run("contacts", "add", "Ada Quist", "--company", "Orbit AG", "--email", "ada@orbit.example"))
    ok(run("contacts", "status", "Jon Smyth", "requested"))
    out = ok(run("contacts", "edit", "Jon Smyth", "--name", "John Smythe", "--role", "CTO",
                 "--company", "")).stdout
    assert out == "Changed company, name, role: #1 John Smythe — CTO\n"
    shown = json.loads(ok(run("contacts", "show", "John Smythe", "--format", "json")).stdout)
    assert shown["contact"]["status"] == "requested" and shown["contact"]["company"] is None
    assert shown["history"][-1]["kind"] == "edited"
    assert "name: Jon Smyth → John Smythe" in shown["history"][-1]["detail"]
    assert run("contacts", "show", "Jon Smyth").exit_code == 1
    # Another person's email address is refused, and nothing changes.
    clash = run("contacts", "edit", "John Smythe", "--email", "ADA@orbit.example")
    assert clash.exit_code == 2
    assert clash.stderr == "Error: #2 Ada Quist already has that email address\n"
    nothing = run("contacts", "edit", "John Smythe")
    assert nothing.exit_code == 2 and "say what to change" in nothing.stderr


def test_remove_a_contact_with_history_after_confirming(run) -> None:
    ok(run("contacts", "add", "Ada Quist", "--company", "Orbit AG"))
    ok(run("contacts", "refer", "Ada Quist", "--to", "Bo Lind", "--company", "Orbit AG"))
    ok(run("contacts", "status", "Ada Quist", "scheduled", "--at", "2031-05-02 10:00"))
    ok(run("contacts", "note", "Ada Quist", "prefers mornings"))
    refused = run("contacts", "remove", "Ada Quist", input="n\n")
    assert refused.exit_code == 1
    assert len(json.loads(ok(run("contacts", "list", "--format", "json")).stdout)) == 2
    out = ok(run("contacts", "remove", "Ada Quist", input="y\n")).stdout
    assert out == ("Removed #1 Ada Quist — Orbit AG "
                   "(interactions: 4, calls: 1, referrals: 1)\n")
    people = json.loads(ok(run("contacts", "list", "--format", "json")).stdout)
    assert [(p["name"], p["referred_by"]) for p in people] == [("Bo Lind", None)]
    assert run("contacts", "remove", "Ada Quist", "--yes").exit_code == 1


def test_calendar_names_the_contact_so_the_command_works(run, tmp_path: Path) -> None:
    for linkedin in ("li-wei-1", "li-wei-2"):
        ok(run("contacts", "add", "Li Wei", "--company", "Initech", "--linkedin", linkedin))
    ok(run("contacts", "add", "Pat O'Brien, Jr.", "--company", "Smith, Jones & Co."))
    ok(run("contacts", "status", "2", "scheduled", "--at", "2031-05-02 10:00"))
    ok(run("contacts", "status", "Pat O'Brien, Jr.", "scheduled", "--at", "2031-05-03 10:00"))
    target = tmp_path / "calls.ics"
    ok(run("contacts", "export", "--format", "ics", "-o", str(target)))
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    descriptions = [str(e["description"]).splitlines()[-1] for e in events]
    assert descriptions == ["Prepare: infoprep brief '#2'",
                            "Prepare: infoprep brief 'Pat O'\"'\"'Brien, Jr.'"]
    assert [str(e["summary"]) for e in events] == [
        "Informational interview: Li Wei (Initech)",
        "Informational interview: Pat O'Brien, Jr. (Smith, Jones & Co.)"]


def test_a_name_typed_without_accents_finds_the_contact(run) -> None:
    ok(run("contacts", "add", "José García", "--company", "Acme"))
    ok(run("contacts", "add", "Zoë Ångström", "--company", "Nordlicht"))
    assert ok(run("contacts", "show", "jose garcia")).stdout.startswith("#1 José García")
    ok(run("contacts", "status", "Zoe Angstrom", "requested"))
    shown = json.loads(ok(run("contacts", "show", "2", "--format", "json")).stdout)
    assert shown["contact"]["status"] == "requested"
