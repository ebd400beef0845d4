"""Drafts a person can send: the outreach message, the self-introduction and the thank-you
note, each with its checks (limits, required parts, no job request, no placeholders, reading
ease, grounding against the dossier, profile and notes)."""

from __future__ import annotations

from .context import DraftContext
from .grounding import Claim, Support, extract_claims, unsupported_claims
from .intro import draft_intro, write_intro
from .pitch import pitch, write_pitch
from .render import render_eml, render_json, render_text
from .rules import run_checks
from .thankyou import draft_thankyou, write_thankyou

__all__ = [
    "Claim",
    "DraftContext",
    "Support",
    "draft_intro",
    "draft_thankyou",
    "extract_claims",
    "pitch",
    "render_eml",
    "render_json",
    "render_text",
    "run_checks",
    "unsupported_claims",
    "write_intro",
    "write_pitch",
    "write_thankyou",
]
