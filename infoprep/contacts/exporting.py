"""Exports: CSV (one row per contact, every contact field), JSON (everything: contacts with
their history and calls, and referrals; `contacts import` restores it), and ICS (RFC 5545,
written by `icalendar`): scheduled calls and pending follow-ups as events with reminders.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ConfigError
from ..records import contact_ref
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

    for contact in book.list(status="scheduled"):
        call = book.current_call(contact.id)
        if call is None:
            continue
        at = f" ({contact.company})" if contact.company else ""
        event = Event()
        event.add("uid", f"call-{call.id}@infoprep")
        event.add("dtstamp", stamp)
        event.add("dtstart", _zoned(call))
        event.add("duration", timedelta(minutes=call.minutes))
        event.add("summary", f"Informational interview: {contact.name}{at}")
        lines = [f"{call.minutes}-minute informational interview with {contact.name}{at}."]
        if contact.role:
            lines.append(f"Role: {contact.role}")
        if contact.email:
            lines.append(f"Email: {contact.email}")
        if contact.linkedin:
            lines.append(f"LinkedIn: {contact.linkedin}")
            event.add("url", contact.linkedin)
        ref = contact_ref(book.store.conn, contact.id, contact.name)
        lines.append(f"Prepare: infoprep brief {ref}")
        event.add("description", "\n".join(lines))
        event.add("categories", ["infoprep", "call"])
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
