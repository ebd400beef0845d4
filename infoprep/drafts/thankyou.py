"""`draft-thankyou`: the thank-you note after the call, from the user's notes."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, InputError
from ..llm import Generator
from ..models import Draft, given_name
from ..prompts import PromptLibrary
from ..records import log_interaction
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
from .context import DraftContext
from .notes import NoteItem
from .rules import limits_for
from .shaping import (
    Resource,
    articles_restored,
    is_clause,
    lower_first,
    resource_things,
    resources_in,
    said_to_them,
    split_clauses,
    split_steps,
    starts_imperative,
    their_to_your,
    timing_in,
)

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = ["CHANNELS", "draft_thankyou", "write_thankyou"]

log = logging.getLogger("infoprep")

_REPORTED = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:said|says|told\s+me|mentioned|"
    r"thinks|noted|explained|pointed\s+out|recommended|suggested|offered)\s+(?:that\s+)?|"
    r"^(?:her|his|their|[A-Z][a-z]+['’]s)\s+(?:\w+\s+)?advice\s+(?:was|is)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# After "suggested" or "told me": the user as the one to act ("I should", "me to").
_TO_ME = re.compile(
    r"^(?:(?:that\s+)?I\s+(?:should\s+|could\s+|might\s+)?|(?:me\s+)?to\s+)(?=[a-z])")
_ACTION_LEAD = re.compile(
    r"^(?:I(?:'ll|’ll| will| plan to| am going to|'m going to| need to| want to| have to| must|"
    r" should| hope to| aim to|'d like to| would like to)|to)\s+", re.IGNORECASE
)



# Statuses that already record the interview; any other moves to interviewed with a draft.
_AFTER_THE_CALL = ("interviewed", "thanked", "following-up")


class MessageReply(DraftReply):
    """A model's LinkedIn thank-you message."""

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
    current = ws.contacts.get(f"#{ctx.contact.id}")
    if current.status not in _AFTER_THE_CALL:
        # Notes of the call mean the call happened: the tracker records the interview, so
        # the thank-you note becomes due (with this draft ready) instead of a stale reminder.
        ws.contacts.set_status(f"#{ctx.contact.id}", "interviewed")
    log_interaction(ws.store, ctx.contact.id, "call", "informational call; thank-you drafted",
                    {"notes": notes, "draft_id": draft_id})
    return draft


def _first(items: list[NoteItem], kind: str) -> NoteItem | None:
    return next((i for i in items if i.kind == kind), None)


def _about_someone(text: str) -> bool:
    """Whether `text` is a sentence about a person: a capitalised name of two words (an
    aside in brackets or commas after it) and then a verb of its own."""
    return re.match(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s*\([^)]*\)|,[^,]*,)?\s+"
                    r"(?:is|was|has|had|will|can|does|did|[a-z]+(?:s|ed))\b", text) is not None


def _unreport(text: str) -> str:
    """What was said, without who said it; a suggestion to the user is put as advice:
    "She suggested I read …" -> "read …", "told me to try …" -> "try …"."""
    said = _REPORTED.sub("", text).strip()
    if said != text.strip():
        said = _TO_ME.sub("", said)
    return said


def _advice_vars(items: list[NoteItem], names: tuple[str, ...] = ()) -> dict[str, str]:
    """The advice as an infinitive ("learn SQL"), its reason as a clause, or a point made,
    said to the person (`names`: how the notes may call them): "most of her week" is
    "most of your week"."""
    advice = reason = point = ""
    # The first piece of advice that says what to do ("build a small project"), else the
    # first piece of advice at all.
    given = [i for i in items if i.kind == "advice"]
    item = next((i for i in given
                 if any(starts_imperative(_unreport(c)) for c in split_clauses(i.text))),
                given[0] if given else None)
    if item is not None:
        clauses = [_unreport(c) for c in split_clauses(item.text)]
        doing = [lower_first(c) for c in clauses if starts_imperative(c)]
        rest = [lower_first(c) for c in clauses if c and not starts_imperative(c)]
        advice = articles_restored(their_to_your(" and ".join(doing[:2])))
        if rest:
            if advice:
                reason = rest[0]
            else:
                point = rest[0]
    if not advice and not point:
        # A point the notes single out ("biggest thing: …") before one merely reported.
        said = ([i for i in items if i.kind == "point"]
                + [i for i in items if i.kind == "said" and _REPORTED.match(i.text)])
        if said:
            point = lower_first(split_clauses(_unreport(said[0].text))[0])
            # "… rather than drawing, and that the designers who last …": one point at a time.
            point = re.split(r",?\s+and\s+that\s+", point)[0]
    reason, point = said_to_them(reason, names), said_to_them(point, names)
    return {"advice": advice, "reason": reason if is_clause(reason) else "",
            "point": point, "point_is_clause": "yes" if is_clause(point) else ""}


# The user's own papers named bare in a note's plan ("send him CV + portfolio"): "my CV".
_BARE_PAPERS = re.compile(
    r"\b((?:send|share|forward|email|update|finish|polish|attach)(?:\s+(?:you|him|her|them))?"
    r"\s+)(?=(?:CV|CVs|résumé|resume|portfolio|cover letter|transcript|writing sample|"
    r"reel|showreel|demo|logbook|thesis|work samples)\b)",
    re.IGNORECASE)


def _own_papers(step: str) -> str:
    """`step` with "my" before the user's own papers where the note left it out ("send you
    CV and sea service record" -> "send you my CV and sea service record"), and without the
    asides the note put in brackets ("start the re-sound (any game, doesn't have to be
    theirs)"); a name in brackets stays ("(UCL)")."""
    return re.sub(r"\s*\([a-z][^()]*\)", "", _BARE_PAPERS.sub(r"\1my ", step))


def _offered(text: str) -> bool:
    """Whether the person offered to make the introduction themselves ("offered to introduce
    me", "she'll intro me", "Jordan will email her"), rather than suggesting the user write."""
    for m in re.finditer(r"\b(?:offered|will|would|can|'ll|’ll)\s+(?:to\s+)?(?:introduc|intro\b|"
                         r"connect|put\s+me\s+in\s+touch|e-?mail|message|ping|cc|loop|"
                         r"write\s+to)", text, re.IGNORECASE):
        if not re.search(r"\bI\s*$|\bI$", text[:m.start()].rstrip("'’ ")):
            return True  # not the user's own "I will email her"
    return False


def _referral_vars(items: list[NoteItem]) -> dict[str, Any]:
    """The first referral in detail; the others by name ("more_referrals": name, offered)."""
    named = [i for i in items if i.kind == "referral" and i.name]
    more = [{"name": i.name, "offered": _offered(i.text)} for i in named[1:]]
    item = named[0] if named else None
    name = item.name if item is not None and item.name else ""
    if item is None or not name:
        return {"referral": "", "referral_context": "", "referral_topic": "",
                "referral_offered": False, "more_referrals": []}
    after = item.text.split(name, 1)[-1]
    context = topic = ""
    appositive = re.match(r"^\s*,\s*([^,]{3,60}?)\s*(?:,|$)|^\s*\(([^()]{3,60})\)", after)
    place = re.match(r"^\s*,?\s*((?:at|from|who|in|on)\b[^,;]{2,70}?)\s*(?:,|;|$|\babout\b)",
                     after, re.IGNORECASE)
    if place:
        context = ("," if place.group(1).lower().startswith("who") else "") + " " + place.group(1)
    elif appositive and not (appositive.group(1) or "").lower().startswith("about"):
        context = ", " + (appositive.group(1) or appositive.group(2)) + ","
    about = re.search(r"\babout\s+([^;]{3,80})$", after)
    if about:
        topic = "about " + about.group(1).rstrip(" .")
    elif context.endswith(","):
        context = context[:-1]
    # Not said to them ("he moved …" is the referral): only "their team" is theirs, and an
    # apposition that opens with "her" or "his" ("Federico Olivera, her senior surveyor"),
    # which can only be the recipient's: the note is about them.
    context = re.sub(r"^(,?\s*)(?:her|his)\s+(?=\w)", r"\1your ", context)
    context = articles_restored(their_to_your(context))
    return {"referral": name, "referral_context": context, "referral_topic": topic,
            "referral_offered": _offered(item.text), "more_referrals": more}


def _note_vars(ctx: DraftContext) -> dict[str, Any]:
    items = ctx.note_items
    names = tuple(n for n in (ctx.recipient, ctx.first_name) if n)
    found: dict[str, Any] = {**_advice_vars(items, names), **_referral_vars(items)}
    # A thing to be pointed to, before a sentence about someone that only mentions one
    # ("Sofia Marques (their font engineer) runs a short Python course every spring").
    resource_item = next((i for i in items if i.kind == "resource" and not _about_someone(
        i.text)), None) or _first(items, "resource")
    resources: list[Resource] = []
    if resource_item is not None:
        things, verb = resource_things(_unreport(resource_item.text))
        resources = resources_in(lower_first(things), verb)
    found["resource"] = (", ".join(r.text for r in resources[:-1]) + " and " + resources[-1].text
                         if len(resources) > 1 else resources[0].text if resources else "")
    found["resources"] = resources
    # Next steps: the one that names the referral goes with the referral, with its timing.
    actions: list[str] = []
    referral_plan = ""
    first_name = given_name(found["referral"])
    for item in (i for i in items if i.kind == "action"):
        for clause in split_steps(item.text):
            clause = lower_first(_ACTION_LEAD.sub("", clause))
            if first_name and re.search(rf"\b{re.escape(first_name)}\b", clause):
                referral_plan = referral_plan or clause
            elif clause:
                actions.append(clause)
    # "send him a copy", "come to her session": said to them, "send you", "your session".
    found["actions"] = [_own_papers(said_to_them(a, names)) for a in actions[:2]]
    found["referral_plan"] = said_to_them(referral_plan, names)
    found["timing"] = timing_in(" ".join(actions))
    return found


def _offline_candidates(ctx: DraftContext, prompts: PromptLibrary, channel: str
                        ) -> Iterator[Draft]:
    # Tiers 0-3 leave out more and more; sparse notes get up to two sentences more (`extra`).
    for tier, extra in ((0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (0, 2)):
        data = {"me": me_vars(ctx.profile), "them": them_vars(ctx), "channel": channel,
                "variant": variant_of(ctx.recipient, "thankyou"), "tier": tier,
                "extra": extra, **_note_vars(ctx)}
        subject = (tidy(prompts.render("offline_thankyou", part="subject", **data))
                   if channel == "email" else None)
        yield Draft(kind="thankyou", channel=channel, subject=subject, generator=OFFLINE,
                    body=tidy(prompts.render("offline_thankyou", part="body", **data)))


def write_thankyou(ctx: DraftContext, prompts: PromptLibrary, generator: Generator,
                   channel: str = "email") -> Draft:
    """The thank-you note for `ctx` (which carries the notes), with its checks."""

    def request(probe: Draft) -> str:
        limits = limits_for(probe, ctx)
        data = prompt_data(ctx)
        return prompts.render(
            "draft_thankyou", channel=channel, recipient=ctx.recipient,
            first_name=ctx.first_name, min_words=limits.min_words, max_words=limits.max_words,
            referrals=any(i.kind == "referral" for i in ctx.note_items),
            profile=data["profile"], notes=ctx.notes or "",
            facts=data["facts"] if ctx.dossier is not None else "",
        )

    return write_message(
        ctx, prompts, generator, kind="thankyou", channel=channel,
        candidates=lambda: _offline_candidates(ctx, prompts, channel), request=request,
        reply=MessageReply, what="draft-thankyou",
    )
