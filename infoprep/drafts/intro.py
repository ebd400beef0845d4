"""`draft-intro`: the outreach message, by email or as a LinkedIn note plus follow-up."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..llm import Generator
from ..models import Draft, given_name
from ..prompts import PromptLibrary
from ..records import contact_ref
from .compose import (
    CHANNELS,
    OFFLINE,
    DraftReply,
    load_context,
    me_vars,
    prompt_data,
    save_draft,
    them_vars,
    tidy,
    variant_of,
    write_message,
)
from .context import Detail, DraftContext
from .grounding import unsupported_claims
from .rules import limits_for
from .text import word_count

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = ["CHANNELS", "draft_intro", "write_intro"]

log = logging.getLogger("infoprep")


class LinkedInReply(DraftReply):
    """A model's LinkedIn intro: the connection note and the message once they accept."""

    note: str
    follow_up: str

    def draft_fields(self) -> dict[str, str]:
        return {"body": self.note.strip(), "follow_up": self.follow_up.strip()}


def draft_intro(ws: Workspace, name: str, channel: str = "email") -> Draft:
    """Draft the outreach message to contact NAME and store it in the workspace."""
    if channel not in CHANNELS:
        raise ConfigError(f"unknown channel '{channel}' (use {' or '.join(CHANNELS)})")
    ctx = load_context(ws, name)
    if ctx.dossier is None:
        company = f' --company "{ctx.company}"' if ctx.company else ' --company "THEIR EMPLOYER"'
        assert ctx.contact is not None
        # Another contact of the same name: the id is what finds this one.
        twin = contact_ref(ws.store.conn, ctx.contact.id, ctx.contact.name).startswith("'#")
        who = f"#{ctx.contact.id}" if twin else ctx.recipient
        log.warning(
            "no research on %s yet: this draft is generic. For a specific one, run "
            '`infoprep research "%s"%s` first', ctx.recipient, who, company,
        )
    draft = write_intro(ctx, ws.prompts, ws.generator, channel)
    assert ctx.contact is not None
    draft.to = ctx.contact.email
    save_draft(ws, draft, ctx.contact.id)
    return draft


def _template_vars(ctx: DraftContext, detail: Detail | None, tier: int) -> dict[str, Any]:
    referrer = ctx.referrer or ""
    return {
        "me": me_vars(ctx.profile),
        "them": them_vars(ctx),
        "detail": detail,
        "referrer": referrer,
        "referrer_first": given_name(referrer),
        "variant": variant_of(ctx.recipient, "intro"),
        "tier": tier,
        "short": False,
    }


def pick_subject(lines: str, ctx: DraftContext) -> str:
    """The first candidate line that fits the subject limit and is grounded (else the last)."""
    probe = Draft(kind="intro", channel="email", body="", generator="")
    low, high = limits_for(probe, ctx).subject_words or (1, 99)
    found = [tidy(line) for line in lines.splitlines() if line.strip()]
    for subject in found:
        if low <= word_count(subject) <= high and not unsupported_claims(subject, ctx.support):
            return subject
    return found[-1] if found else ""


def _offline_candidates(ctx: DraftContext, prompts: PromptLibrary, channel: str
                        ) -> Iterator[Draft]:
    details: list[Detail | None] = [*ctx.details[:4]] or [None]
    for detail in details:
        for tier in range(3):
            data = _template_vars(ctx, detail, tier)
            if channel == "email":
                yield Draft(
                    kind="intro", channel="email", generator=OFFLINE,
                    subject=pick_subject(
                        prompts.render("offline_intro_email", part="subject", **data), ctx),
                    body=tidy(prompts.render("offline_intro_email", part="body", **data)),
                )
            else:
                yield Draft(
                    kind="intro", channel="linkedin", generator=OFFLINE,
                    body=tidy(prompts.render("offline_intro_linkedin", part="note", **data)),
                    follow_up=tidy(
                        prompts.render("offline_intro_linkedin", part="follow_up", **data)
                    ),
                )


def write_intro(ctx: DraftContext, prompts: PromptLibrary, generator: Generator,
                channel: str = "email") -> Draft:
    """The intro for `ctx` on `channel`, with its checks: by the model, else offline."""

    def request(probe: Draft) -> str:
        limits = limits_for(probe, ctx)
        follow_low, follow_high = limits.follow_up_words or (0, 0)
        return prompts.render(
            "draft_intro", channel=channel, recipient=ctx.recipient or "the recipient",
            first_name=ctx.first_name or "them", referrer=ctx.referrer or "",
            min_words=limits.min_words or 0, max_words=limits.max_words or 0,
            max_chars=limits.max_chars or 0, follow_up_min=follow_low,
            follow_up_max=follow_high, **prompt_data(ctx),
        )

    return write_message(
        ctx, prompts, generator, kind="intro", channel=channel,
        candidates=lambda: _offline_candidates(ctx, prompts, channel), request=request,
        reply=LinkedInReply, what="draft-intro",
    )
