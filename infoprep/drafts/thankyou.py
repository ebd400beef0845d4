"""`draft-thankyou`: the thank-you note after the call, from the user's notes."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..errors import ConfigError, InputError
from ..llm import Generator, ModelGateway, with_fallback
from ..models import Check, Draft
from ..prompts import PromptLibrary
from ..records import log_interaction
from .compose import (
    load_context,
    me_vars,
    model_draft,
    pick_offline,
    prompt_data,
    save_draft,
    them_vars,
    tidy,
    variant_of,
)
from .context import DraftContext
from .notes import NoteItem
from .rules import limits_for, run_checks
from .text import word_set

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = ["CHANNELS", "draft_thankyou", "write_thankyou"]

CHANNELS = ("email", "linkedin")
OFFLINE = "offline templates"
log = logging.getLogger("infoprep")

_REPORTED = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?:said|says|told\s+me|mentioned|thinks|noted|"
    r"explained|pointed\s+out|recommended|suggested|offered)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_ACTION_LEAD = re.compile(
    r"^(?:I(?:'ll|’ll| will| plan to| am going to|'m going to)|to)\s+", re.IGNORECASE
)
_IMPERATIVE = word_set(
    """learn build read talk reach focus start try write keep join volunteer apply get take
    practise practice look find use ask study spend document make go attend meet follow
    sign listen watch create pick choose aim avoid consider treat think"""
)


class EmailReply(BaseModel):
    subject: str
    body: str


class MessageReply(BaseModel):
    body: str


def draft_thankyou(ws: Workspace, name: str, notes: str, channel: str = "email",
                   notes_name: str = "the notes") -> Draft:
    """Draft the thank-you note to NAME from the call notes; logs the call and stores it."""
    if channel not in CHANNELS:
        raise ConfigError(f"unknown channel '{channel}' (use {' or '.join(CHANNELS)})")
    if not notes.strip():
        raise InputError(f"{notes_name} is empty: write down what you talked about first")
    ctx = load_context(ws, name, notes)
    draft = write_thankyou(ctx, ws.prompts, ws.generator, channel)
    assert ctx.contact is not None
    draft.to = ctx.contact.email
    draft_id = save_draft(ws, draft, ctx.contact.id)
    log_interaction(ws.store, ctx.contact.id, "call", "informational call; thank-you drafted",
                    {"notes": notes, "draft_id": draft_id})
    return draft


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if first[:1].isupper() and first[1:].islower() and first not in {"I"}:
        return text[0].lower() + text[1:]
    return text


def _first(items: list[NoteItem], kind: str) -> NoteItem | None:
    return next((i for i in items if i.kind == kind), None)


def _note_vars(ctx: DraftContext) -> dict[str, Any]:
    items = ctx.note_items
    advice_item = _first(items, "advice")
    advice = point = ""
    if advice_item is not None:
        text = _REPORTED.sub("", advice_item.text)
        if text.split() and text.split()[0].casefold() in _IMPERATIVE:
            advice = _lower_first(text)
        else:
            point = _lower_first(text)
    if not advice and not point:
        said = [i for i in items if i.kind == "said" and _REPORTED.match(i.text)]
        if said:
            point = _lower_first(_REPORTED.sub("", said[0].text))
    resource_item = _first(items, "resource")
    resource = ""
    if resource_item is not None:
        resource = _REPORTED.sub("", resource_item.text)
        resource = re.sub(r"^(?:read|check\s+out|look\s+at|listen\s+to)\s+", "", resource,
                          flags=re.IGNORECASE)
        resource = _lower_first(resource)
    action_item = _first(items, "action")
    action = _lower_first(_ACTION_LEAD.sub("", action_item.text)) if action_item else ""
    referral_item = _first(items, "referral")
    referral = referral_item.name if referral_item and referral_item.name else ""
    context = ""
    if referral_item is not None and referral:
        after = referral_item.text.split(referral, 1)[-1].strip(" ,;")
        if re.match(r"^(?:at|from|who|on|in)\b", after, re.IGNORECASE) and len(after) < 70:
            context = ("," if after.lower().startswith("who") else "") + " " + after
    return {"advice": advice, "point": point, "resource": resource, "action": action,
            "referral": referral, "referral_context": context}


def _offline_candidates(ctx: DraftContext, prompts: PromptLibrary, channel: str
                        ) -> Iterator[Draft]:
    for tier in range(3):
        data = {"me": me_vars(ctx.profile), "them": them_vars(ctx), "channel": channel,
                "variant": variant_of(ctx.recipient, "thankyou"), "tier": tier,
                **_note_vars(ctx)}
        subject = (tidy(prompts.render("offline_thankyou", part="subject", **data))
                   if channel == "email" else None)
        yield Draft(kind="thankyou", channel=channel, subject=subject, generator=OFFLINE,
                    body=tidy(prompts.render("offline_thankyou", part="body", **data)))


def write_thankyou(ctx: DraftContext, prompts: PromptLibrary, generator: Generator,
                   channel: str = "email") -> Draft:
    """The thank-you note for `ctx` (which carries the notes), with its checks."""

    def check(draft: Draft) -> list[Check]:
        return run_checks(draft, ctx)

    def offline() -> Draft:
        return pick_offline(_offline_candidates(ctx, prompts, channel), check)

    def with_model(gateway: ModelGateway) -> Draft:
        limits = limits_for(Draft(kind="thankyou", channel=channel, body="", generator=""),
                            ctx)
        referrals = any(i.kind == "referral" for i in ctx.note_items)
        data = prompt_data(ctx)
        user = prompts.render(
            "draft_thankyou", channel=channel, recipient=ctx.recipient,
            first_name=ctx.first_name, min_words=limits.min_words, max_words=limits.max_words,
            referrals=referrals, profile=data["profile"], notes=ctx.notes or "",
            facts=data["facts"] if ctx.dossier is not None else "",
        )
        messages = [{"role": "system", "content": prompts.render("draft_system")},
                    {"role": "user", "content": user}]

        def revise(failures: list[str]) -> str:
            return prompts.render("draft_revise", failures=failures)

        if channel == "email":
            def email(reply: EmailReply) -> Draft:
                return Draft(kind="thankyou", channel="email", subject=reply.subject.strip(),
                             body=reply.body.strip(), generator=gateway.label)

            return model_draft(gateway, messages, EmailReply, email, check, revise,
                               "thankyou_email")

        def message(reply: MessageReply) -> Draft:
            return Draft(kind="thankyou", channel="linkedin", body=reply.body.strip(),
                         generator=gateway.label)

        return model_draft(gateway, messages, MessageReply, message, check, revise,
                           "thankyou_linkedin")

    return with_fallback(generator, with_model, offline, "draft-thankyou")
