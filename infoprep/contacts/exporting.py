"""Exports: CSV (one row per contact, every contact field), JSON (everything: contacts with
their history and calls, and referrals; `contacts import` restores it), and ICS (RFC 5545,
written by `icalendar`): every call, held and cancelled ones included (a calendar is a record;
a rescheduled call keeps its UID, so a re-import moves it), and pending follow-ups, as events
with reminders.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ConfigError
from ..records import contact_refs
from .times import in_zone, parse_stored, to_stored
from .types import CONTACT_FIELDS, Call, Contact, Interaction

if TYPE_CHECKING:
    from .book import ContactBook

__all__ = ["EXPORT_FORMATS", "export", "write_file"]

EXPORT_FORMATS = ("csv", "json", "ics")
FOLLOW_UP_MINUTES = 15
_TITLES = {
    "thank-you": "Send a thank-you note to",
    "nudge": "Nudge",
    "check-in": "Check in with",
    "referral": "Reach out to",
    "call-passed": "Record the call with",
}


def export(book: ContactBook, fmt: str, now: datetime) -> str:
    if fmt == "csv":
        return contacts_csv(sorted(book.list(), key=lambda c: c.id))
    if fmt == "json":
        return json.dumps(export_document(book, now), ensure_ascii=False, indent=2) + "\n"
    if fmt == "ics":
        return calendar(book, now)
    raise ConfigError(f"unknown export format '{fmt}' ({', '.join(EXPORT_FORMATS)})")


def contacts_csv(contacts: list[Contact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CONTACT_FIELDS)
    for c in contacts:
        values = (getattr(c, k) for k in CONTACT_FIELDS)
        writer.writerow(["" if v is None else v for v in values])
    return out.getvalue()


def export_document(book: ContactBook, now: datetime) -> dict[str, Any]:
    conn = book.store.conn
    history: dict[int, list[dict[str, Any]]] = {}
    for row in conn.execute("SELECT * FROM interactions ORDER BY at, id"):
        item = Interaction.from_row(row)
        history.setdefault(item.contact_id, []).append(
            {"at": item.at, "kind": item.kind, "detail": item.detail, "data": item.data}
        )
    calls: dict[int, list[dict[str, Any]]] = {}
    for row in conn.execute("SELECT * FROM calls ORDER BY starts_at, id"):
        calls.setdefault(row["contact_id"], []).append(
            {"starts_at": row["starts_at"], "tz": row["tz"], "minutes": row["minutes"],
             "created_at": row["created_at"]}
        )
    contacts = []
    for c in sorted(book.list(), key=lambda c: c.id):
        data: dict[str, Any] = {k: getattr(c, k) for k in CONTACT_FIELDS}
        data["interactions"] = history.get(c.id, [])
        data["calls"] = calls.get(c.id, [])
        contacts.append(data)
    return {
        "format": "infoprep-contacts",
        "version": 1,
        "exported_at": to_stored(now),
        "contacts": contacts,
        "referrals": [
            {"referrer_id": r.referrer_id, "referred_id": r.referred_id, "at": r.at}
            for r in book.referrals()
        ],
    }


def _zoned(call: Call) -> datetime:
    """The call's start on its own zone's clock (IANA zones keep their TZID in the file)."""
    start = parse_stored(call.starts_at)
    try:
        return start.astimezone(ZoneInfo(call.tz)) if "/" in call.tz else start.astimezone(UTC)
    except (ZoneInfoNotFoundError, ValueError):
        return in_zone(start, "UTC")


_HELD = ("interviewed", "thanked", "following-up")


@dataclass
class CalendarCall:
    """A call as the calendar keeps it: the call arranged last for that meeting, the id of
    the first (its UID), how often it was rescheduled, and what became of it: `planned`
    (still scheduled, past or not), `held` (then interviewed, thanked …) or `cancelled`
    (then declined, no-reply, or back to an earlier status), with that status (`outcome`)."""

    contact_id: int
    call: Call
    uid_id: int
    sequence: int = 0
    state: str = "planned"
    outcome: str = ""


def calendar_calls(book: ContactBook) -> list[CalendarCall]:
    """Every call ever arranged, past ones included, a rescheduled one once (at its last
    time), by start. Calls are tied to the status change that arranged them (same start and
    time of arranging); one arranged while the contact was already scheduled replaces the
    call before it."""
    conn = book.store.conn
    changes: dict[int, list[tuple[int, str, dict[str, Any]]]] = {}
    for row in conn.execute(
        "SELECT id, contact_id, at, data FROM interactions WHERE kind = 'status' ORDER BY id"
    ):
        data = json.loads(row["data"]) if row["data"] else {}
        if isinstance(data, dict):
            changes.setdefault(row["contact_id"], []).append((row["id"], row["at"], data))
    statuses = {r["id"]: r["status"] for r in conn.execute("SELECT id, status FROM contacts")}
    kept: list[CalendarCall] = []
    last: dict[int, CalendarCall] = {}  # each contact's call arranged last so far
    for row in conn.execute("SELECT * FROM calls ORDER BY contact_id, id"):
        call = Call.from_row(row)
        history = changes.get(call.contact_id, [])
        arranged = next(
            (i for i, (_, at, data) in enumerate(history)
             if at == call.created_at and isinstance(data.get("call"), dict)
             and data["call"].get("starts_at") == call.starts_at),
            None,
        )
        entry = CalendarCall(call.contact_id, call, call.id)
        before = last.get(call.contact_id)
        if (arranged is not None and history[arranged][2].get("from") == "scheduled"
                and before is not None):
            # A reschedule: the same meeting at another time.
            kept.remove(before)
            entry.uid_id, entry.sequence = before.uid_id, before.sequence + 1
        kept.append(entry)
        last[call.contact_id] = entry
        after = history[arranged + 1:] if arranged is not None else []
        moved = next((d.get("to") for _, _, d in after
                      if d.get("from") == "scheduled" and d.get("to") != "scheduled"), None)
        if arranged is None:
            # Arranged outside the tracker's history (an old import): judge by the status.
            moved = statuses.get(call.contact_id)
            moved = None if moved == "scheduled" else moved
        if moved in _HELD:
            entry.state, entry.outcome = "held", str(moved)
        elif moved:
            entry.state, entry.outcome = "cancelled", str(moved)
    kept.sort(key=lambda e: (e.call.starts_at, e.call.id))
    return kept


def calendar(book: ContactBook, now: datetime) -> str:
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//infoprep//contacts//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "infoprep contacts")
    stamp = now.astimezone(UTC)

    def alarm(before: timedelta, text: str) -> Alarm:
        item = Alarm()
        item.add("action", "DISPLAY")
        item.add("description", text)
        item.add("trigger", -before)
        return item

    namer = contact_refs(book.store.conn)
    contacts = {c.id: c for c in book.list()}
    for entry in calendar_calls(book):
        contact, call = contacts[entry.contact_id], entry.call
        at = f" ({contact.company})" if contact.company else ""
        start = _zoned(call)
        event = Event()
        # One UID per call, kept when it is rescheduled: a re-import moves the event.
        event.add("uid", f"call-{entry.uid_id}@infoprep")
        event.add("sequence", entry.sequence)
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=call.minutes))
        event.add("status", "CANCELLED" if entry.state == "cancelled" else "CONFIRMED")
        event.add("summary", f"Informational interview: {contact.name}{at}")
        lines = [f"{call.minutes}-minute informational interview with {contact.name}{at}."]
        if contact.role:
            lines.append(f"Role: {contact.role}")
        if contact.email:
            lines.append(f"Email: {contact.email}")
        if contact.linkedin:
            lines.append(f"LinkedIn: {contact.linkedin}")
            event.add("url", contact.linkedin)
        ref = namer(contact.id, contact.name)
        if entry.state == "held":
            lines.append(f"Held. Notes and follow-ups: infoprep contacts show {ref}")
        elif entry.state == "cancelled":
            lines.append(f"Did not take place (status {entry.outcome}).")
        else:
            lines.append(f"Prepare: infoprep brief {ref}")
        event.add("description", "\n".join(lines))
        event.add("categories", ["infoprep", "call"])
        if entry.state == "planned" and start > now:
            event.add_component(alarm(timedelta(days=1), f"Tomorrow: call with {contact.name}"))
            event.add_component(alarm(timedelta(minutes=15), f"In 15 minutes: {contact.name}"))
        cal.add_component(event)

    for item in book.follow_ups(now=now):
        if item.kind == "call-passed":
            continue  # the call's own event stands for it
        due = parse_stored(item.due_at)
        # Overdue follow-ups are placed now, so the reminder still fires.
        start = max(due, now).astimezone(UTC).replace(second=0)
        event = Event()
        event.add("uid", f"{item.kind}-{item.contact_id}-{due:%Y%m%dT%H%M}@infoprep")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=FOLLOW_UP_MINUTES))
        event.add("summary", f"{_TITLES.get(item.kind, item.kind)} {item.name}")
        event.add("description", item.reason)
        event.add("categories", ["infoprep", "follow-up", item.kind])
        event.add_component(alarm(timedelta(0), f"{_TITLES.get(item.kind, item.kind)} "
                                                f"{item.name}"))
        cal.add_component(event)
    cal.add_missing_timezones()
    return str(cal.to_ical().decode("utf-8"))


def write_file(path: Path, text: str) -> None:
    """Write atomically: a crash leaves the old file, never half a new one."""
    from ..errors import InputError

    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
