"""Imports (LinkedIn, CSV with --map, JSON), the malformed-row rule, exports and round trips."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from infoprep import Workspace
from infoprep.contacts.types import CONTACT_FIELDS
from infoprep.errors import InputError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace(tmp_path / "ws", offline=True, timezone="Europe/Paris")
    yield workspace  # type: ignore[misc]
    workspace.close()


def by_name(ws: Workspace) -> dict[str, dict[str, object]]:
    return {c.name: c.to_dict() for c in ws.contacts.list()}


def test_linkedin_fixture_reads_every_awkward_row(ws: Workspace) -> None:
    report = ws.contacts.import_file(FIXTURES / "Connections.csv")
    assert report.format == "linkedin"
    assert [str(p) for p in report.problems] == ["row 10: no name"]
    people = by_name(ws)
    assert set(people) == {
        "Jane Doe", "José Álvarez", "Zoë Müller", "娜 李", "Søren Kierkegaard-Hansen",
        "Priya Natarajan", "Mary-Kate O'Neill", 'Tom Nguyen "TJ"', "Amélie Poulain",
    }
    jane = people["Jane Doe"]
    assert jane["company"] == "Acme, Inc." and jane["role"] == "Director, Platform Engineering"
    assert jane["email"] is None and jane["source"] == "connection"
    assert jane["connected_on"] == "2025-12-07"
    assert people["José Álvarez"]["email"] == "jose.alvarez@globex.example"
    assert people["Mary-Kate O'Neill"]["company"] is None
    assert people["Søren Kierkegaard-Hansen"]["role"] == "Head of Research, Nordics"
    found = [c.name for c in ws.contacts.find("acme")]
    assert found == ["Jane Doe", "Priya Natarajan", "Zoë Müller"]


def test_reimport_updates_instead_of_duplicating(ws: Workspace, tmp_path: Path) -> None:
    ws.contacts.import_file(FIXTURES / "Connections.csv")
    ws.contacts.note("Jane Doe", "met at PyCon")
    ws.contacts.set_status("Jane Doe", "requested")
    # The same people a year later: Jane moved (same URL, no trailing slash change), José
    # found by email after his URL changed, Priya by name and company.
    newer = tmp_path / "Connections.csv"
    newer.write_text(
        "Notes:\n\"…\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Jane,Doe,https://www.linkedin.com/in/janedoe/,,Globex,VP Platform,07 Dec 2025\n"
        "José,Álvarez,https://www.linkedin.com/in/jalvarez,jose.alvarez@globex.example,"
        "Globex Corporation,Senior Data Scientist,14 Nov 2025\n"
        "Priya,Natarajan,,,ACME Inc.,\"Engineering Manager, Payments\",19 Jun 2025\n"
        "Zed,New,https://www.linkedin.com/in/zednew,,,,01 Nov 2026\n",
        encoding="utf-8",
    )
    report = ws.contacts.import_file(newer)
    assert (report.added, report.updated, report.unchanged) == (1, 2, 1)
    people = by_name(ws)
    assert len(people) == 10
    jane = people["Jane Doe"]
    assert (jane["company"], jane["role"], jane["status"]) == ("Globex", "VP Platform", "requested")
    assert people["José Álvarez"]["linkedin"] == "https://www.linkedin.com/in/jalvarez"
    assert people["Priya Natarajan"]["company"] == "Acme"  # same company: not rewritten
    history = ws.contacts.show("Jane Doe").history
    assert [(i.kind, i.detail) for i in history][-1] == (
        "updated", "company, role from Connections.csv")


def test_older_export_without_url_or_preamble(ws: Workspace) -> None:
    report = ws.contacts.import_file(FIXTURES / "Connections-2019.csv")
    assert (report.format, report.added, report.problems) == ("linkedin", 2, [])
    assert by_name(ws)["Jane Doe"]["email"] == "jane.doe@acme.example"


def test_malformed_rows_reported_good_rows_kept(ws: Workspace) -> None:
    ws.contacts.add("Existing Person")
    report = ws.contacts.import_file(FIXTURES / "Connections-malformed.csv")
    assert [str(p) for p in report.problems] == [
        "row 6: 8 fields where the header has 7 (an unquoted comma?)",
        "row 7: 'not-an-email' is not an email address",
        "row 8: 'yesterday' is not a date like 07 Dec 2025 or 2025-12-07",
    ]
    assert sorted(by_name(ws)) == ["Ada Lovelace", "Edsger Dijkstra", "Existing Person"]


def test_strict_import_changes_nothing(ws: Workspace) -> None:
    ws.contacts.add("Existing Person")
    before = ws.contacts.export("json", now=NOW)
    with pytest.raises(InputError, match=r"nothing imported \(--strict\): row 6: 8 fields"):
        ws.contacts.import_file(FIXTURES / "Connections-malformed.csv", strict=True)
    assert ws.contacts.export("json", now=NOW) == before


def test_cli_reports_rows_on_stderr(run) -> None:
    result = run("contacts", "import", str(FIXTURES / "Connections-malformed.csv"))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[1:] == [
        "warning: row 6: 8 fields where the header has 7 (an unquoted comma?)",
        "warning: row 7: 'not-an-email' is not an email address",
        "warning: row 8: 'yesterday' is not a date like 07 Dec 2025 or 2025-12-07",
    ]
    assert "added 2" in result.stdout and "skipped 3" in result.stdout
    strict = run("contacts", "import", "--strict", str(FIXTURES / "Connections-malformed.csv"))
    assert strict.exit_code == 2
    assert json.loads(run("contacts", "list", "--format", "json").stdout) != []  # from run 1


def test_file_with_no_good_row_is_exit_2(run, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"name,email\r\nAda,nope\r\n,\r\n")
    result = run("contacts", "import", str(path))
    assert result.exit_code == 2
    assert "no row could be imported: row 2: 'nope' is not an email address" in result.output


def test_generic_csv_with_map_lf_and_latin1(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_bytes(
        "Full name;Org;Job;Mail\n".replace(";", ",").encode()
        + "Renée Faÿ,Société Générale S.A.,Analyst,renee@sg.example\n".encode("latin-1")
        + b"Bo Li,Initech,,\n"
    )
    report = ws.contacts.import_file(path, mapping={"Org": "company", "Job": "role",
                                                    "Mail": "email"})
    assert (report.format, report.added, report.ignored_columns) == ("csv", 2, [])
    assert by_name(ws)["Renée Faÿ"]["company"] == "Société Générale S.A."
    assert [c.name for c in ws.contacts.find("SOCIETE GENERALE")] == ["Renée Faÿ"]


def test_dry_run_counts_and_changes_nothing(ws: Workspace) -> None:
    report = ws.contacts.import_file(FIXTURES / "Connections.csv", dry_run=True)
    assert report.added == 9 and report.dry_run
    assert ws.contacts.list() == []


def _rich_workspace(ws: Workspace) -> None:
    book = ws.contacts
    book.import_file(FIXTURES / "Connections.csv")
    book.add("Sam Lee", company="Initech", role="Analyst", email="sam@initech.example",
             linkedin="https://www.linkedin.com/in/samlee", source="event")
    book.refer("Sam Lee", "Kim Park", company="Hooli", role="Engineer")
    book.set_status("Jane Doe", "requested", at="2025-11-01 09:00 Europe/Paris")
    book.set_status("Jane Doe", "scheduled", at="2026-12-03 15:00 Europe/Paris", minutes=20)
    book.set_status("Zoë Müller", "interviewed", at="2026-11-20T10:00:00+00:00")
    book.note("Zoë Müller", "Talked about research ops.\nFollow up in January, ça va.")
    book.set_status("José Álvarez", "scheduled", at="2026-12-05T09:30-05:00", minutes=15)


def test_json_export_import_round_trip_preserves_everything(
    ws: Workspace, tmp_path: Path
) -> None:
    _rich_workspace(ws)
    exported = ws.contacts.export("json", now=NOW)
    path = tmp_path / "contacts.json"
    path.write_text(exported, encoding="utf-8")
    with Workspace(tmp_path / "empty", offline=True, timezone="Europe/Paris") as other:
        report = other.contacts.import_file(path)
        assert (report.format, report.added, report.problems) == ("json", 11, [])
        assert other.contacts.export("json", now=NOW) == exported
        # Importing the same export again changes nothing.
        again = other.contacts.import_file(path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 11)
        assert other.contacts.export("json", now=NOW) == exported
        assert other.contacts.export("ics", now=NOW) == ws.contacts.export("ics", now=NOW)


def test_csv_export_import_round_trip_preserves_every_contact_field(
    ws: Workspace, tmp_path: Path, run
) -> None:
    _rich_workspace(ws)
    path = tmp_path / "contacts.csv"
    path.write_text(ws.contacts.export("csv"), encoding="utf-8", newline="")
    with Workspace(tmp_path / "empty", offline=True) as other:
        report = other.contacts.import_file(path)
        assert (report.format, report.added, report.problems) == ("csv", 11, [])
        mine = [{k: c.to_dict()[k] for k in CONTACT_FIELDS} for c in ws.contacts.list()]
        theirs = [{k: c.to_dict()[k] for k in CONTACT_FIELDS} for c in other.contacts.list()]
        assert theirs == mine
        assert [r.referred for r in other.contacts.referrals()] == ["Kim Park"]


def test_ics_has_calls_and_follow_ups_with_alarms(ws: Workspace) -> None:
    _rich_workspace(ws)
    text = ws.contacts.export("ics", now=NOW)
    cal = Calendar.from_ical(text)
    assert str(cal["version"]) == "2.0" and "infoprep" in str(cal["prodid"])
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    jane = next(e for e in events.values() if "Jane Doe" in str(e["summary"]))
    start = jane.decoded("dtstart")
    assert start == datetime(2026, 12, 3, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert str(jane["dtstart"].params["TZID"]) == "Europe/Paris"
    assert jane.decoded("duration") == timedelta(minutes=20)
    assert str(jane["summary"]) == "Informational interview: Jane Doe (Acme, Inc.)"
    triggers = sorted(a.decoded("trigger") for a in jane.walk("VALARM"))
    assert triggers == [-timedelta(days=1), -timedelta(minutes=15)]
    assert all(str(a["action"]) == "DISPLAY" for a in jane.walk("VALARM"))
    jose = next(e for e in events.values() if "José Álvarez" in str(e["summary"]))
    assert jose.decoded("dtstart").astimezone(UTC) == datetime(2026, 12, 5, 14, 30, tzinfo=UTC)
    follow = {str(e["summary"]): e for e in events.values() if "follow-up" in
              str(e.get("categories").to_ical())}
    assert set(follow) == {
        "Send a thank-you note to Zoë Müller",  # interviewed 20 Nov, no thank-you: overdue
        "Reach out to Kim Park",
    }
    for event in follow.values():
        assert event.decoded("dtstart") >= NOW  # overdue ones are placed now
        assert [a.decoded("trigger") for a in event.walk("VALARM")] == [timedelta(0)]
    assert len(events) == 4 and all(uid.endswith("@infoprep") for uid in events)
    assert "\r\n" in text and all(len(line) <= 75 for line in text.split("\r\n"))


def test_a_csv_url_column_is_not_taken_for_linkedin(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,URL\nAda,https://ada.example\n", encoding="utf-8")
    report = ws.contacts.import_file(path)
    assert (report.added, report.ignored_columns) == (1, ["URL"])
    assert by_name(ws)["Ada"]["linkedin"] is None
    path.write_text("Name,URL\nAda,https://www.linkedin.com/in/ada\n", encoding="utf-8")
    report = ws.contacts.import_file(path, mapping={"URL": "linkedin"})
    assert (report.added, report.updated) == (0, 1)
    assert by_name(ws)["Ada"]["linkedin"] == "https://www.linkedin.com/in/ada"


def test_json_import_reports_bad_contacts_and_refuses_other_json(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "format": "infoprep-contacts", "version": 1,
        "contacts": [
            {"id": 1, "name": "Ada Lovelace", "status": "thanked"},
            {"id": 2, "name": "Bad Email", "email": "nope"},
            {"id": 3, "name": "Bad Call", "calls": [{"starts_at": "soon", "tz": "UTC",
                                                     "minutes": 30}]},
            "not an object",
        ],
    }), encoding="utf-8")
    report = ws.contacts.import_file(path)
    assert [str(p) for p in report.problems] == [
        "row 2: 'nope' is not an email address",
        "row 3: call starts_at 'soon' is not a date and time",
        "row 4: not an object",
    ]
    assert [(c.name, c.status) for c in ws.contacts.list()] == [("Ada Lovelace", "thanked")]
    path.write_text('{"contacts": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not an infoprep contacts export"):
        ws.contacts.import_file(path)
