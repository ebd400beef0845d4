"""The one-page brief to read before a call: who, your pitch, the plan, talking points, follow-ups.

    brief = Workspace().brief("Jordan Rivera", minutes=20)
    Path("brief.html").write_text(brief.render("html"))
"""

from __future__ import annotations

from .build import build_brief
from .model import Brief, BriefSource, ChecklistItem, SourcedLine, TalkingPoint
from .render import render_brief

__all__ = [
    "Brief",
    "BriefSource",
    "ChecklistItem",
    "SourcedLine",
    "TalkingPoint",
    "build_brief",
    "render_brief",
]
