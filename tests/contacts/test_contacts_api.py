"""The tracker through the library, as a notebook uses it, and the follow-up rules."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoprep import Workspace
from infoprep.errors import ConfigError, NotFoundError
from infoprep.records import AmbiguousContactError, ensure_contact, log_interaction

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if "+" not in text else \
        datetime.fromisoformat(text)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace(tmp_path / "ws", offline=True, timezone="Europe/Paris")
    yield workspace  # type: ignore[misc]
    workspace.close()


def kinds(ws: Workspace, now: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in ws.contacts.due(now=at(now))]


def test_every_operation_through_the_library(ws: Workspace, tmp_path: Path) -> None:
    book = ws.contacts
    jane = book.add("Jane Doe", company="Acme, Inc.", role="Director", email="jane@acme.example")
    assert (jane.id, jane.status, jane.source) == (1, "prospect", None)
    assert [c.name for c in book.list(company="ACME")] == ["Jane Doe"]
    change = book.set_status("Jane Doe", "scheduled", at="2026-12-03T15:00+01:00", minutes=25)
    assert change.previous == "prospect" and change.call is not None
    assert (change.call.starts_at, change.call.tz, change.call.minutes) == (
        "2026-12-03T14:00:00+00:00", "+01:00", 25)
    note = book.note("#1", "Ask about the platform team")
    assert note.kind == "note" and note.contact_id == 1
    referral = book.refer("Jane Doe", "Sam Lee", company="Globex")
    assert referral.created and referral.referred == "Sam Lee"
    assert [c.name for c in book.find("globex corp.")] == ["Sam Lee"]
    report = book.show("Jane Doe", now=at("2026-12-01T00:00:00"))
    assert [r.referred for r in report.referred] == ["Sam Lee"]
    assert report.next_follow_up is not None and report.next_follow_up.kind == "call-passed"
    assert [f.kind for f in book.due(now=at("2026-12-01T00:00:00"))] == ["referral"]
    imported = book.import_file(FIXTURES / "Connections.csv")
    # Jane Doe at "Acme, Inc." is in the file: updated, not duplicated.
    assert (imported.added, imported.updated, len(imported.problems)) == (8, 1, 1)
    assert "BEGIN:VEVENT" in book.export("ics", now=at("2026-12-01T00:00:00"))
    assert book.export("csv").count("\r\n") == 11  # header and 10 contacts
    with pytest.raises(NotFoundError, match="no contact named 'Nobody'"):
        book.show("Nobody")
    with pytest.raises(ConfigError, match="unknown export format"):
        book.export("xml")


def test_other_features_interactions_show_up(ws: Workspace) -> None:
    contact = ensure_contact(ws.store, "Ada Lovelace", "Analytical Engines")
    log_interaction(ws.store, contact.id, "researched", "4 sources, 9 facts")
    log_interaction(ws.store, contact.id, "draft-intro", "email")
    ws.store.conn.execute(
        "INSERT INTO drafts (contact_id, created_at, kind, channel, generator, data)"
        " VALUES (?, '2026-01-02T10:00:00+00:00', 'intro', 'email', 'offline', ?)",
        (contact.id, '{"subject": "Fifteen minutes?", "body": "Hi", "checks": [{"ok": true}]}'),
    )
    ws.store.conn.execute(
        "INSERT INTO dossiers (contact_id, updated_at, data) VALUES (?, ?, ?)",
        (contact.id, "2026-01-01T10:00:00+00:00",
         '{"person": {"name": "Ada Lovelace", "title": "Analyst"}, "company": {"name": "AE"},'
         ' "sources": [{"url": "u"}], "facts": []}'),
    )
    report = ws.contacts.show("ada lovelace")
    assert [i.kind for i in report.history] == ["researched", "draft-intro"]
    assert report.dossier is not None and report.dossier["title"] == "Analyst"
    assert report.dossier["sources"] == 1
    assert report.drafts[0]["subject"] == "Fifteen minutes?"
    from infoprep.contacts.render import report_text

    text = report_text(report, ws.contacts.zone)
    assert "Dossier (2026-01-01 11:00 CET): 1 sources, 0 facts; Analyst at AE" in text
    assert 'intro (email) "Fifteen minutes?"' in text
    assert "researched: 4 sources, 9 facts" in text


def test_ambiguity_lists_the_matches(ws: Workspace) -> None:
    ws.contacts.add("Sam Lee", company="Acme")
    ws.contacts.add("Sam Lee", company="Globex")
    with pytest.raises(AmbiguousContactError, match=r"#1 Sam Lee \(Acme\); #2 Sam Lee"):
        ws.contacts.note("sam lee", "hello")
    assert ws.contacts.note("2", "hello").contact_id == 2


def test_thank_you_window_from_the_end_of_the_call(ws: Workspace) -> None:
    book = ws.contacts
    book.add("Jane Doe")
    book.set_status("Jane Doe", "scheduled", at="2025-03-10 15:00 Europe/Paris", minutes=30)
    assert kinds(ws, "2025-03-10T15:00:00") == [("call-passed", "Jane Doe")]
    book.set_status("Jane Doe", "interviewed", at="2025-03-10 19:00 Europe/Paris")
    due = book.due(now=at("2025-03-10T19:00:00"))
    assert [(f.kind, f.overdue) for f in due] == [("thank-you", False)]
    # The call ended at 15:30 Paris time: 24 hours from then.
    assert due[0].deadline == "2025-03-11T14:30:00+00:00"
    assert "by 2025-03-11 15:30 CET (within 24 hours of the interview)" in due[0].reason
    late = book.due(now=at("2025-03-11T15:00:00"))
    assert late[0].overdue and "past 24 hours" in late[0].reason
    book.set_status("Jane Doe", "thanked", at="2025-03-11 16:00 Europe/Paris")
    assert kinds(ws, "2025-03-12T00:00:00") == []


def test_thank_you_hours_is_a_setting(tmp_path: Path) -> None:
    with Workspace(tmp_path / "ws", offline=True, thankyou_hours=72) as ws:
        ws.contacts.add("Jane Doe")
        ws.contacts.set_status("Jane Doe", "interviewed", at="2025-03-10T10:00:00+00:00")
        due = ws.contacts.due(now=at("2025-03-12T10:00:00"))
        assert [(f.kind, f.overdue) for f in due] == [("thank-you", False)]
        assert ws.contacts.due(now=at("2025-03-13T11:00:00"))[0].overdue


def test_thank_you_counts_a_logged_thanked_interaction(ws: Workspace) -> None:
    ws.contacts.add("Jane Doe")
    ws.contacts.set_status("Jane Doe", "interviewed", at="2025-03-10T10:00:00+00:00")
    log_interaction(ws.store, 1, "thanked", "sent by email")
    assert kinds(ws, "2099-01-01T00:00:00") == []


def test_one_nudge_then_stop(ws: Workspace) -> None:
    book = ws.contacts
    book.add("Jane Doe")
    book.set_status("Jane Doe", "requested", at="2025-03-01T10:00:00+00:00")
    assert kinds(ws, "2025-03-07T10:00:00") == []
    assert kinds(ws, "2025-03-08T10:00:00") == [("nudge", "Jane Doe")]
    nudge = book.set_status("Jane Doe", "requested", at="2025-03-09T10:00:00+00:00")
    assert nudge.nudged and nudge.contact.status == "requested"
    assert kinds(ws, "2025-03-20T10:00:00") == []
    assert kinds(ws, "2026-03-20T10:00:00") == []  # never again
    assert [i.kind for i in book.history(1)].count("nudged") == 1


def test_check_in_every_n_weeks(tmp_path: Path) -> None:
    with Workspace(tmp_path / "ws", offline=True, checkin_weeks=4) as ws:
        book = ws.contacts
        book.add("Jane Doe")
        book.set_status("Jane Doe", "interviewed", at="2025-03-01T10:00:00+00:00")
        book.set_status("Jane Doe", "thanked", at="2025-03-02T10:00:00+00:00")
        assert kinds(ws, "2025-03-29T10:00:00") == []
        due = ws.contacts.due(now=at("2025-03-30T10:00:00"))
        assert [f.kind for f in due] == ["check-in"] and "every 4 weeks" in due[0].reason
        book.set_status("Jane Doe", "following-up", at="2025-03-30T12:00:00+00:00")
        assert kinds(ws, "2025-04-20T10:00:00") == []
        assert kinds(ws, "2025-04-27T13:00:00") == [("check-in", "Jane Doe")]
        checked = book.set_status("Jane Doe", "following-up", at="2025-04-27T14:00:00+00:00")
        assert checked.previous == "following-up"
        assert kinds(ws, "2025-05-01T10:00:00") == []
        assert [i.kind for i in book.history(1)].count("checked-in") == 1


def test_referral_due_until_contacted(ws: Workspace) -> None:
    book = ws.contacts
    book.add("Jane Doe")
    book.refer("Jane Doe", "Sam Lee")
    due = book.due()
    assert [(f.kind, f.name) for f in due] == [("referral", "Sam Lee")]
    assert "suggested by Jane Doe" in due[0].reason
    book.set_status("Sam Lee", "requested")
    assert [f.kind for f in book.due()] == []


def test_declined_and_no_reply_end_the_reminders(ws: Workspace) -> None:
    book = ws.contacts
    book.add("Jane Doe")
    book.add("Bob Roe")
    book.set_status("Jane Doe", "requested", at="2025-03-01T10:00:00+00:00")
    book.set_status("Bob Roe", "requested", at="2025-03-01T10:00:00+00:00")
    book.set_status("Jane Doe", "declined")
    book.set_status("Bob Roe", "no-reply")
    assert kinds(ws, "2025-06-01T00:00:00") == []
