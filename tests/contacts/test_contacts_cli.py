"""Every `contacts` command through the CLI, as a user types it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import ok

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin"


@pytest.fixture(autouse=True)
def paris(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_TIMEZONE", "Europe/Paris")




def test_add_list_show(run) -> None:
    out = ok(run("contacts", "add", "Jane Doe", "--company", "Acme, Inc.", "--role", "Director",
                 "--email", "jane@acme.example", "--linkedin", "janedoe", "--source", "event"))
    assert out.stdout == "Added #1 Jane Doe — Director · Acme, Inc.\n"
    ok(run("contacts", "add", "Bob Roe", "--company", "Globex"))
    listed = json.loads(ok(run("contacts", "list", "--format", "json")).stdout)
    assert [c["name"] for c in listed] == ["Bob Roe", "Jane Doe"]
    jane = listed[1]
    assert jane["linkedin"] == "https://www.linkedin.com/in/janedoe"
    assert jane["source"] == "event" and jane["status"] == "prospect"
    assert jane["created_at"].endswith("+00:00")  # stored in UTC
    text = ok(run("contacts", "list")).stdout.splitlines()
    assert text[0].split() == ["ID", "NAME", "COMPANY", "ROLE", "STATUS", "UPDATED"]
    assert "CET" in text[1] or "CEST" in text[1]  # shown in local time
    csv_out = ok(run("contacts", "list", "--format", "csv", "--company", "ACME")).stdout
    assert csv_out.splitlines()[0].startswith("id,name,company,role,email,linkedin")
    assert len(csv_out.splitlines()) == 2 and "Jane Doe" in csv_out
    shown = ok(run("contacts", "show", "jane doe")).stdout
    assert shown.startswith("#1 Jane Doe — Director · Acme, Inc.\n  status: prospect\n")
    assert "History:\n" in shown and "added: event" in shown


def test_add_duplicate_and_bad_values_exit_2_and_change_nothing(run) -> None:
    ok(run("contacts", "add", "Jane Doe", "--company", "Acme, Inc."))
    dup = run("contacts", "add", "jane  doe", "--company", "ACME")
    assert dup.exit_code == 2
    assert dup.output.strip() == (
        "Error: 'jane doe' is already in the tracker as #1 Jane Doe (Acme, Inc.)"
    )
    for args, message in [
        (("--email", "nope"), "--email: 'nope' is not an email address"),
        (("--source", "magic"), "--source: unknown source 'magic'"),
        (("--linkedin", "https://example.com/x"), "is not a LinkedIn profile URL"),
        (("--referred-by", "Nobody"), "no contact named 'Nobody'"),
    ]:
        result = run("contacts", "add", "Sam Lee", *args)
        assert result.exit_code in (1, 2) and message in result.output, result.output
        assert "Traceback" not in result.output
    assert len(json.loads(ok(run("contacts", "list", "--format", "json")).stdout)) == 1


def test_status_pipeline_with_times_and_history(run) -> None:
    ok(run("contacts", "add", "Jane Doe", "--company", "Acme"))
    assert ok(run("contacts", "status", "Jane Doe", "requested")).stdout == (
        "#1 Jane Doe: prospect → requested\n"
    )
    out = ok(run("contacts", "status", "Jane Doe", "scheduled",
                 "--at", "2026-12-03 15:00 Europe/Paris", "--minutes", "20")).stdout
    assert out == ("#1 Jane Doe: requested → scheduled; call 2026-12-03 15:00 CET "
                   "(Europe/Paris), 20 minutes\n")
    data = json.loads(ok(run("contacts", "show", "1", "--format", "json")).stdout)
    assert data["calls"][0]["starts_at"] == "2026-12-03T14:00:00+00:00"  # UTC
    assert data["calls"][0]["tz"] == "Europe/Paris" and data["calls"][0]["minutes"] == 20
    changes = [i for i in data["history"] if i["kind"] == "status"]
    assert [(c["data"]["from"], c["data"]["to"]) for c in changes] == [
        ("prospect", "requested"), ("requested", "scheduled")]
    assert all(c["at"].endswith("+00:00") for c in changes)
    # An ISO 8601 offset works too; the call is rescheduled.
    ok(run("contacts", "status", "Jane Doe", "scheduled", "--at", "2026-12-04T09:30-05:00"))
    data = json.loads(ok(run("contacts", "show", "Jane Doe", "--format", "json")).stdout)
    assert [c["starts_at"] for c in data["calls"]] == [
        "2026-12-03T14:00:00+00:00", "2026-12-04T14:30:00+00:00"]
    assert data["calls"][1]["minutes"] == 30
    ok(run("contacts", "status", "Jane Doe", "interviewed", "--at", "2025-01-05 10:00"))
    history = json.loads(ok(run("contacts", "show", "Jane Doe", "--format", "json")).stdout)[
        "history"]
    assert [i["at"] for i in history if i["detail"] == "scheduled → interviewed"] == [
        "2025-01-05T09:00:00+00:00"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("bogus",), "unknown status 'bogus' (one of: prospect, requested, scheduled"),
        (("scheduled",), "scheduled needs --at"),
        (("scheduled", "--at", "tomorrow"), "cannot read the time 'tomorrow'"),
        (("scheduled", "--at", "2026-03-29 02:30 Europe/Paris"), "the clocks skip that hour"),
        (("scheduled", "--at", "2026-12-03 15:00 Mars/Olympus"), "unknown time zone"),
        (("requested", "--minutes", "20"), "--minutes only goes with the status 'scheduled'"),
        (("requested", "--at", "2999-01-01 10:00"), "is in the future"),
        (("prospect",), "Jane Doe is already 'prospect'; nothing changed"),
    ],
)
def test_status_errors_exit_2(run, args: tuple[str, ...], message: str) -> None:
    ok(run("contacts", "add", "Jane Doe"))
    result = run("contacts", "status", "Jane Doe", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert json.loads(ok(run("contacts", "list", "--format", "json")).stdout)[0][
        "status"] == "prospect"


def test_ambiguous_name_lists_ids_and_id_works(run) -> None:
    ok(run("contacts", "add", "Sam Lee", "--company", "Acme"))
    ok(run("contacts", "add", "Sam Lee", "--company", "Globex"))
    result = run("contacts", "status", "Sam Lee", "requested")
    assert result.exit_code == 2
    assert "matches 2 contacts: #1 Sam Lee (Acme); #2 Sam Lee (Globex)" in result.output
    assert ok(run("contacts", "status", "#2", "requested")).stdout.startswith("#2 Sam Lee")


def test_note_text_file_and_stdin(run, tmp_path: Path) -> None:
    ok(run("contacts", "add", "Jane Doe"))
    ok(run("contacts", "note", "Jane Doe", "Likes talking about platform teams"))
    notes = tmp_path / "call.md"
    notes.write_text("Met at PyCon.\nAsk about the Lisbon office.\n", encoding="utf-8")
    ok(run("contacts", "note", "Jane Doe", "--file", str(notes)))
    ok(run("contacts", "note", "Jane Doe", "--file", "-", input="From stdin\n"))
    history = json.loads(ok(run("contacts", "show", "Jane Doe", "--format", "json")).stdout)[
        "history"]
    assert [i["detail"] for i in history if i["kind"] == "note"] == [
        "Likes talking about platform teams",
        "Met at PyCon.\nAsk about the Lisbon office.",
        "From stdin",
    ]
    assert run("contacts", "note", "Jane Doe").exit_code == 2
    assert run("contacts", "note", "Jane Doe", "   ").exit_code == 2
    missing = run("contacts", "note", "Jane Doe", "--file", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "nope.txt" in missing.output


def test_refer_creates_other_and_shows_both_ways(run) -> None:
    ok(run("contacts", "add", "Jane Doe", "--company", "Acme"))
    out = ok(run("contacts", "refer", "Jane Doe", "--to", "Sam Lee", "--company", "Globex",
                 "--role", "Analyst")).stdout
    assert out == "#1 Jane Doe suggested #2 Sam Lee (new contact)\n"
    again = ok(run("contacts", "refer", "Jane Doe", "--to", "sam lee")).stdout
    assert again == "#1 Jane Doe suggested #2 Sam Lee\n"
    sam = json.loads(ok(run("contacts", "show", "Sam Lee", "--format", "json")).stdout)
    assert sam["contact"]["source"] == "referral" and sam["contact"]["referred_by"] == 1
    assert [r["referrer"] for r in sam["referred_by"]] == ["Jane Doe"]
    jane = ok(run("contacts", "show", "Jane Doe")).stdout
    assert "Suggested: #2 Sam Lee (" in jane
    assert "Suggested by: #1 Jane Doe" in ok(run("contacts", "show", "Sam Lee")).stdout
    assert run("contacts", "refer", "Nobody", "--to", "Sam Lee").exit_code == 1
    assert run("contacts", "refer", "Jane Doe", "--to", "Jane Doe").exit_code == 2


def test_add_referred_by_records_referral(run) -> None:
    ok(run("contacts", "add", "Jane Doe"))
    ok(run("contacts", "add", "Sam Lee", "--referred-by", "Jane Doe"))
    due = json.loads(ok(run("contacts", "due", "--format", "json")).stdout)
    assert [(d["kind"], d["name"]) for d in due] == [("referral", "Sam Lee")]
    assert "suggested by Jane Doe" in due[0]["reason"]


def test_due_text_and_nothing_due(run) -> None:
    assert ok(run("contacts", "due")).stdout == "Nothing is due.\n"
    ok(run("contacts", "add", "Jane Doe"))
    ok(run("contacts", "status", "Jane Doe", "requested", "--at", "2025-03-01 10:00"))
    assert ok(run("contacts", "due", "--now", "2025-03-05 10:00")).stdout == "Nothing is due.\n"
    out = ok(run("contacts", "due", "--now", "2025-03-09 10:00")).stdout
    assert out.startswith("2025-03-08 10:00 CET  #1 Jane Doe  [nudge]\n    no reply since")
    assert "`infoprep contacts status 'Jane Doe' requested`" in out
    upcoming = ok(run("contacts", "due", "--all", "--now", "2025-03-02 10:00")).stdout
    assert "#1 Jane Doe  [nudge, due in 6 days]" in upcoming


def test_find_forgives_company_spelling(run) -> None:
    for name, company, role in [
        ("Jane Doe", "Acme, Inc.", "Director, Platform"),
        ("Zoë Müller", "ACME Inc", "UX Researcher"),
        ("Priya Natarajan", "Acme", "Engineering Manager"),
        ("Bob Roe", "Acme Widgets", "Engineer"),
    ]:
        ok(run("contacts", "add", name, "--company", company, "--role", role))
    found = json.loads(ok(run("contacts", "find", "--company", "acme  inc.", "--format",
                              "json")).stdout)
    assert [c["name"] for c in found] == ["Jane Doe", "Priya Natarajan", "Zoë Müller"]
    found = json.loads(ok(run("contacts", "find", "--company", "ACME", "--role", "manager",
                              "--format", "json")).stdout)
    assert [c["name"] for c in found] == ["Priya Natarajan"]
    assert ok(run("contacts", "find", "--company", "Initech")).stdout == (
        "Nobody at Initech in your contacts.\n")
    assert run("contacts", "find").exit_code == 2


def test_import_linkedin_fixture_then_reimport(run) -> None:
    path = str(FIXTURES / "Connections.csv")
    first = ok(run("contacts", "import", path))
    assert first.stdout.startswith(f"{path}: 10 rows read (linkedin); added 9, updated 0, "
                                   "unchanged 0, skipped 1")
    assert "warning: row 10: no name" in first.stderr
    second = ok(run("contacts", "import", path))
    assert "added 0, updated 0, unchanged 9, skipped 1" in second.stdout
    assert len(json.loads(ok(run("contacts", "list", "--format", "json")).stdout)) == 9


def test_import_help_states_the_rule(run) -> None:
    text = ok(run("contacts", "import", "--help")).stdout
    assert "malformed row is reported" in text
    assert "written in ONE transaction" in text
    assert "With --strict a malformed row imports nothing" in text


def test_import_bad_usage_exit_2(run, tmp_path: Path) -> None:
    missing = run("contacts", "import", str(tmp_path / "none.csv"))
    assert missing.exit_code == 2 and "no such file" in missing.output
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("Who,Org\nAda,AE\n", encoding="utf-8")
    assert "no column gives the name" in run("contacts", "import", str(csv_file)).output
    bad_map = run("contacts", "import", str(csv_file), "--map", "Who=fullname")
    assert bad_map.exit_code == 2 and "unknown field 'fullname'" in bad_map.output
    no_col = run("contacts", "import", str(csv_file), "--map", "Nope=name")
    assert no_col.exit_code == 2 and "has no column 'Nope'" in no_col.output
    assert run("contacts", "import", str(csv_file), "--map", "Who").exit_code == 2
    done = ok(run("contacts", "import", str(csv_file), "--map", "Who=name", "--map",
                  "Org=company"))
    assert "added 1" in done.stdout


def test_export_formats_to_stdout_and_file(run, tmp_path: Path) -> None:
    ok(run("contacts", "add", "Jane Doe", "--company", "Acme"))
    ok(run("contacts", "status", "Jane Doe", "scheduled", "--at", "2026-12-03 15:00 Europe/Paris"))
    assert json.loads(ok(run("contacts", "export")).stdout)["format"] == "infoprep-contacts"
    assert ok(run("contacts", "export", "--format", "csv")).stdout.startswith("id,name,")
    target = tmp_path / "calls.ics"
    result = ok(run("contacts", "export", "--format", "ics", "-o", str(target)))
    assert result.stdout == "" and f"Wrote {target}" in result.stderr
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert run("contacts", "export", "--format", "xml").exit_code == 2


def test_every_contacts_command_has_help(run) -> None:
    names = ["add", "list", "show", "status", "note", "refer", "due", "find", "import", "export"]
    listing = ok(run("contacts", "--help")).stdout
    for name in names:
        assert name in listing
        assert ok(run("contacts", name, "--help")).stdout.startswith("Usage: infoprep contacts")
