"""How results show in a notebook: drafts as plain text or Markdown.

Dossiers, question sets and briefs render through their own modules; this holds what the
drafts' renderers (terminal text, JSON, .eml) do not cover. Draft text can carry quoted page
text, so Markdown escapes it.
"""

from __future__ import annotations

from .models import Draft
from .research.render import md

__all__ = ["draft_markdown", "draft_text"]


def draft_text(draft: Draft) -> str:
    """The message as the user would send it: subject, body, and a LinkedIn follow-up."""
    parts = [f"Subject: {draft.subject}\n" if draft.subject else "", draft.body]
    if draft.follow_up is not None:
        parts.append(f"\n\nFollow-up message, once they accept:\n\n{draft.follow_up}")
    return "".join(parts)


def _quote(text: str) -> list[str]:
    return [f"> {md(line)}" if line.strip() else ">" for line in text.splitlines()]


def draft_markdown(draft: Draft) -> str:
    """The draft as a Markdown block: what it is, the message quoted, then its checks."""
    what = draft.kind + (f" ({draft.channel})" if draft.channel else "")
    lines = [f"**Draft {md(what)}** · {md(draft.generator)}", ""]
    if draft.subject:
        lines += [f"**Subject:** {md(draft.subject)}", ""]
    lines += _quote(draft.body)
    if draft.follow_up is not None:
        lines += ["", "**Follow-up message, once they accept:**", "", *_quote(draft.follow_up)]
    if draft.checks:
        lines += ["", "Checks:", ""]
        lines += [
            f"- {'✅' if c.ok else '❌'} {md(c.name)}: {md(c.detail)}" for c in draft.checks
        ]
    return "\n".join(lines) + "\n"
