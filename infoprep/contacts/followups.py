"""Follow-ups: what to do for whom, from when, and why.

The rules, from the career guides:
- thank-you: after an interview, until the status moves on (or a `thanked` interaction is
  logged); overdue after `thankyou_hours` (24 by default); a draft from `draft-thankyou`
  (logged as a `call` with its draft id) is mentioned as ready;
- nudge: `nudge_days` (7) after a request with no reply, once; after the nudge, nothing more;
- check-in: every `checkin_weeks` with people you interviewed and thanked, counted from the
  last status change, note, nudge or check-in;
- referral: someone suggested a person you have not contacted yet (still a prospect);
- call-passed: a scheduled call is over and its outcome is not recorded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from ..records import contact_refs
from .times import ago, parse_stored, show_local, to_stored
from .types import FollowUp

__all__ = ["FollowUpRules", "pending_follow_ups"]

_TOUCHES = {"status", "note", "nudged", "checked-in", "thanked", "call"}
_ACTIVE = ("requested", "scheduled", "interviewed", "thanked", "following-up")


@dataclass(frozen=True)
class FollowUpRules:
    thankyou_hours: float = 24.0
    nudge_days: float = 7.0
    checkin_weeks: float = 8.0


@dataclass
class _Event:
    at: datetime
    kind: str
    data: dict[str, Any]


def _status_to(event: _Event, status: str) -> bool:
    return event.kind == "status" and event.data.get("to") == status


def pending_follow_ups(
    conn: sqlite3.Connection, rules: FollowUpRules, now: datetime, zone: tzinfo | None
) -> list[FollowUp]:
    """Every pending follow-up (due now or later), earliest first."""
    ref = contact_refs(conn)
    marks = ", ".join("?" for _ in _ACTIVE)
    contacts = conn.execute(
        f"SELECT id, name, status, updated_at FROM contacts WHERE status IN ({marks})", _ACTIVE
    ).fetchall()
    events: dict[int, list[_Event]] = {c["id"]: [] for c in contacts}
    # Each contact's calls by start; the one arranged last (highest id) is the current one.
    calls: dict[int, list[tuple[datetime, int, int]]] = {c["id"]: [] for c in contacts}
    if contacts:
        active = f"SELECT id FROM contacts WHERE status IN ({marks})"
        for row in conn.execute(
            f"SELECT contact_id, at, kind, data FROM interactions WHERE contact_id IN ({active})"
            " ORDER BY at, id",
            _ACTIVE,
        ):
            data = json.loads(row["data"]) if row["data"] else {}
            events[row["contact_id"]].append(
                _Event(parse_stored(row["at"]), row["kind"], data if isinstance(data, dict) else {})
            )
        for row in conn.execute(
            f"SELECT id, contact_id, starts_at, minutes FROM calls WHERE contact_id IN ({active})"
            " ORDER BY starts_at, id",
            _ACTIVE,
        ):
            calls[row["contact_id"]].append(
                (parse_stored(row["starts_at"]), row["minutes"], row["id"])
            )

    found: list[FollowUp] = []
    for c in contacts:
        who, status, history = c["name"], c["status"], events[c["id"]]
        since = next(
            (e.at for e in reversed(history) if _status_to(e, status)),
            parse_stored(c["updated_at"]),
        )
        item = _rule(status, since, history, calls[c["id"]], rules, now, zone, ref(c["id"], who))
        if item is not None:
            kind, due_at, action, command, reason, deadline = item
            found.append(
                FollowUp(
                    kind=kind,
                    contact_id=c["id"],
                    name=who,
                    due_at=to_stored(due_at),
                    reason=reason,
                    deadline=to_stored(deadline) if deadline else None,
                    overdue=deadline is not None and now > deadline,
                    action=action,
                    command=command,
                )
            )
    found.extend(_referrals(conn, now, ref))
    for f in found:
        f.due_local = _local(f.due_at, zone)
        f.deadline_local = _local(f.deadline, zone) if f.deadline else None
        f.due_now = parse_stored(f.due_at) <= now
    found.sort(key=lambda f: (f.due_at, f.name.casefold(), f.contact_id))
    return found


def _local(stored: str, zone: tzinfo | None) -> str:
    """A stored time on the user's clock, ISO 8601 with its offset."""
    return parse_stored(stored).astimezone(zone).isoformat(timespec="seconds")


def _rule(
    status: str,
    since: datetime,
    history: list[_Event],
    calls: list[tuple[datetime, int, int]],
    rules: FollowUpRules,
    now: datetime,
    zone: tzinfo | None,
    ref: str,
) -> tuple[str, datetime, str, str, str, datetime | None] | None:
    """(kind, due at, what to do, the command to run once done, the whole reason, deadline)."""
    if status == "interviewed":
        # The interview ended when the last call before the status change ended.
        held = since
        for start, minutes, _ in calls:
            end = start + timedelta(minutes=minutes)
            if end <= since:
                held = end
        if any(e.kind == "thanked" and e.at >= held for e in history):
            return None
        deadline = held + timedelta(hours=rules.thankyou_hours)
        hours = f"{rules.thankyou_hours:g} hours"
        # `draft-thankyou` logs the call with the id of the draft it saved.
        drafted = any(e.kind == "call" and "draft_id" in e.data and e.at >= held
                      for e in history)
        then = " (a draft is ready)" if drafted else ""
        if now > deadline:
            action = f"send a thank-you note{then}: interviewed {ago(held, now)}, past {hours}"
        else:
            action = (
                f"send a thank-you note{then} by {show_local(deadline, zone)}"
                f" (within {hours} of the interview)"
            )
        command = f"infoprep contacts status {ref} thanked"
        return "thank-you", held, action, command, f"{action}; then `{command}`", deadline
    if status == "requested":
        if any(e.kind == "nudged" and e.at >= since for e in history):
            return None
        due_at = since + timedelta(days=rules.nudge_days)
        action = f"no reply since your request {ago(since, now)}: send one short nudge"
        command = f"infoprep contacts status {ref} requested"
        return (
            "nudge",
            due_at,
            action,
            command,
            f"{action}, then `{command}` (no more reminders after that)",
            None,
        )
    if status == "scheduled" and calls:
        start, minutes, _ = max(calls, key=lambda call: call[2])
        end = start + timedelta(minutes=minutes)
        action = (f"the call of {show_local(start, zone)} is over: record it" if now >= end
                  else f"after the call of {show_local(start, zone)}: record it")
        command = f"infoprep contacts status {ref} interviewed"
        return (
            "call-passed",
            end,
            action,
            command,
            f"{action} with `{command}` (or reschedule)",
            None,
        )
    if status in ("thanked", "following-up"):
        touches = [e.at for e in history if e.kind in _TOUCHES]
        last = max(touches, default=since)
        due_at = last + timedelta(weeks=rules.checkin_weeks)
        action = (f"check in (every {rules.checkin_weeks:g} weeks with people you "
                  f"interviewed): last contact {ago(last, now)}")
        command = f"infoprep contacts status {ref} following-up"
        return "check-in", due_at, action, command, f"{action}; then `{command}`", None
    return None


def _referrals(
    conn: sqlite3.Connection, now: datetime, ref: Callable[[int, str], str]
) -> list[FollowUp]:
    rows = conn.execute(
        "SELECT f.referred_id, b.name AS referred, a.name AS referrer, f.at FROM referrals f"
        " JOIN contacts a ON a.id = f.referrer_id JOIN contacts b ON b.id = f.referred_id"
        " WHERE b.status = 'prospect' ORDER BY f.at, f.id"
    ).fetchall()
    by_person: dict[int, list[sqlite3.Row]] = {}
    for r in rows:
        by_person.setdefault(r["referred_id"], []).append(r)
    found = []
    for person, refs in by_person.items():
        first = parse_stored(refs[0]["at"])
        names = ", ".join(dict.fromkeys(r["referrer"] for r in refs))
        action = f"reach out: suggested by {names} {ago(first, now)}"
        command = f"infoprep contacts status {ref(person, refs[0]['referred'])} requested"
        found.append(
            FollowUp(
                kind="referral",
                contact_id=person,
                name=refs[0]["referred"],
                due_at=to_stored(first),
                reason=f"{action}; then `{command}`",
                action=action,
                command=command,
            )
        )
    return found
