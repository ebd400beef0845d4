"""The tracker's results as terminal text (JSON and CSV come from the types and exporters)."""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import Any

from .times import ago, parse_stored, show_local
from .types import Contact, ContactReport, FollowUp, ImportReport, Referral, StatusChange

__all__ = [
    "contact_line",
    "contacts_table",
    "follow_ups_text",
    "import_text",
    "report_text",
    "status_text",
    "to_json",
]


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def contact_line(c: Contact) -> str:
    where = " · ".join(p for p in (c.role, c.company) if p)
    return f"#{c.id} {c.name}" + (f" — {where}" if where else "")


def contacts_table(contacts: list[Contact], zone: tzinfo | None) -> str:
    if not contacts:
        return "No contacts."
    rows = [("ID", "NAME", "COMPANY", "ROLE", "STATUS", "UPDATED")]
    rows += [
        (f"#{c.id}", c.name, c.company or "", c.role or "", c.status,
         show_local(c.updated_at, zone))
        for c in contacts
    ]
    widths = [min(max(len(r[i]) for r in rows), 32) for i in range(len(rows[0]) - 1)]
    lines = []
    for r in rows:
        cells = [r[i][: widths[i]].ljust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    return "\n".join(lines)


def follow_ups_text(
    items: list[FollowUp], zone: tzinfo | None, empty: str, now: datetime | None = None
) -> str:
    """One entry per follow-up, by when it falls due (in `zone`); those not due yet say how
    soon they are (given `now`)."""
    if not items:
        return empty
    lines = []
    for f in items:
        flag = " (overdue)" if f.overdue else ""
        soon = ""
        if now is not None and not f.due_now:
            soon = f", due {ago(parse_stored(f.due_at), now)}"
        lines.append(f"{show_local(f.due_at, zone)}  #{f.contact_id} {f.name}  "
                     f"[{f.kind}{flag}{soon}]\n    {f.reason}")
    return "\n".join(lines)


def _referral(r: Referral, incoming: bool) -> str:
    who = f"#{r.referrer_id} {r.referrer}" if incoming else f"#{r.referred_id} {r.referred}"
    return f"{who} ({r.at[:10]})"


def report_text(report: ContactReport, zone: tzinfo | None) -> str:
    c = report.contact
    out = [contact_line(c), f"  status: {c.status}"]
    for label, value in (("email", c.email), ("linkedin", c.linkedin), ("source", c.source),
                         ("connected on", c.connected_on)):
        if value:
            out.append(f"  {label}: {value}")
    if c.referred_by:
        out.append(f"  referred by: #{c.referred_by} {c.referred_by_name or ''}".rstrip())
    out.append(
        f"  added {show_local(c.created_at, zone)}, updated {show_local(c.updated_at, zone)}"
    )
    if report.next_follow_up:
        f = report.next_follow_up
        out.append(f"  next follow-up: {show_local(f.due_at, zone)} [{f.kind}] {f.reason}")
    if report.calls:
        out.append("Calls:")
        out += [f"  {show_local(k.starts_at, zone)} ({k.tz}), {k.minutes} minutes"
                for k in report.calls]
    if report.referred_by:
        out.append("Suggested by: " + ", ".join(_referral(r, True) for r in report.referred_by))
    if report.referred:
        out.append("Suggested: " + ", ".join(_referral(r, False) for r in report.referred))
    if report.dossier:
        d = report.dossier
        about = " at ".join(p for p in (d.get("title"), d.get("employer")) if p)
        out.append(f"Dossier ({show_local(d['updated_at'], zone)}): {d.get('sources', 0)} sources,"
                   f" {d.get('facts', 0)} facts" + (f"; {about}" if about else ""))
    if report.drafts:
        out.append("Drafts:")
        for d in report.drafts:
            subject = f" \"{d['subject']}\"" if d.get("subject") else ""
            channel = f" ({d['channel']})" if d.get("channel") else ""
            out.append(f"  {show_local(d['created_at'], zone)}  {d['kind']}{channel}{subject}")
    out.append("History:")
    if not report.history:
        out.append("  (nothing yet)")
    for i in report.history:
        detail = i.detail
        call = (i.data or {}).get("call")
        if i.kind == "status" and isinstance(call, dict) and call.get("starts_at"):
            detail += f" (call {show_local(str(call['starts_at']), zone)})"
        out.append(f"  {show_local(i.at, zone)}  {i.kind}" + (f": {detail}" if detail else ""))
    return "\n".join(out)


def status_text(change: StatusChange, zone: tzinfo | None) -> str:
    c = change.contact
    if change.nudged:
        return f"Logged the nudge to #{c.id} {c.name}; no more reminders for this request."
    if change.previous == change.status == "following-up":
        return f"Logged a check-in with #{c.id} {c.name}."
    text = f"#{c.id} {c.name}: {change.previous} → {change.status}"
    if change.call is not None:
        text += (f"; call {show_local(change.call.starts_at, zone)}"
                 f" ({change.call.tz}), {change.call.minutes} minutes")
    return text


_ORDER_WORDS = {"day-first": "day/month", "month-first": "month/day"}
_SHOWN_ROWS = 10


def _dates_shown(dates: list[dict[str, Any]], sign: str) -> str:
    shown = ", ".join(f"row {d['row']} {d['text']} {sign} {d['read_as']}"
                      for d in dates[:_SHOWN_ROWS])
    more = f" and {len(dates) - _SHOWN_ROWS} more" if len(dates) > _SHOWN_ROWS else ""
    return shown + more


def import_text(report: ImportReport) -> str:
    lines = [report.summary()]
    if report.ignored_columns:
        lines.append("ignored columns: " + ", ".join(report.ignored_columns))
    order = _ORDER_WORDS.get(report.date_order or "", "")
    guessed = [d for d in report.dates_unsettled if not d.get("kept")]
    kept = [d for d in report.dates_unsettled if d.get("kept")]
    why = (f"the file writes dates both ways ({report.date_both_ways})"
           if report.date_both_ways else
           "nothing in the file shows whether its dates are day/month or month/day")
    if guessed:
        other = "month-first" if report.date_order == "day-first" else "day-first"
        lines.append(
            f"dates: {why}; {len(guessed)} that could be either were read as {order}: "
            f"{_dates_shown(guessed, '→')}. If they are {_ORDER_WORDS[other]}, import again "
            f"with --dates {other} (the dates are corrected)"
        )
    if kept:
        lines.append(
            f"dates: {'' if guessed else why + '; '}{len(kept)} that could be either were "
            f"left as already stored: {_dates_shown(kept, '=')}"
        )
    if order and not report.dates_unsettled:
        lines.append(f"dates: read as {order} ({report.date_order_because})")
    return "\n".join(lines)
