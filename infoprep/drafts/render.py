"""Drafts as text (the draft, then its checks), JSON (the contract) or an RFC 5322 message."""

from __future__ import annotations

import json
from email.message import EmailMessage
from email.utils import formataddr, formatdate

from ..errors import ConfigError
from ..models import Draft, Profile

__all__ = ["render_eml", "render_json", "render_text"]


def render_text(draft: Draft, max_chars: int | None = None) -> str:
    """The draft as the user reads it, then one line per check."""
    lines: list[str] = []
    if draft.follow_up is not None:
        limit = f"/{max_chars}" if max_chars else ""
        lines += [f"Connection note ({len(draft.body)}{limit} characters):", "", draft.body, "",
                  "Follow-up message, once they accept:", "", draft.follow_up]
    else:
        if draft.subject:
            lines += [f"Subject: {draft.subject}", ""]
        lines.append(draft.body)
    lines += ["", "Checks:"]
    for check in draft.checks:
        mark = "ok  " if check.ok else "FAIL"
        lines.append(f"  [{mark}] {check.name}: {check.detail}")
    return "\n".join(lines) + "\n"


def render_json(draft: Draft) -> str:
    """The stable JSON contract of a draft."""
    return json.dumps(draft.contract(), indent=2, ensure_ascii=False) + "\n"


def render_eml(draft: Draft, profile: Profile) -> str:
    """An RFC 5322 message a mail client opens as a draft: To, Subject, body."""
    if draft.channel != "email":
        raise ConfigError("--format eml needs an email draft: add --channel email")
    message = EmailMessage()
    if profile.email:
        message["From"] = formataddr((profile.name, profile.email))
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = draft.subject or ""
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to send
    body = draft.body + "\n"
    # Plain 8-bit text opens readably anywhere; quoted-printable only when lines are too long.
    long_lines = any(len(line.encode("utf-8")) > 990 for line in body.splitlines())
    message.set_content(body, cte="quoted-printable" if long_lines else "8bit")
    return message.as_string()
