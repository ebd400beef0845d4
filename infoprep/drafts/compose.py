"""What the three drafts share: template variables, the offline pick, the model loop, storage.

Offline, a template is rendered in a few shapes (details, shorter tiers) and the first shape
that passes every check wins. With a model, the reply is checked; a failing draft is
regenerated once with the failures listed, and a draft that still fails is returned with its
failing checks (the caller shows them).
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from ..dates import past_plan
from ..llm import OfflineGenerator, with_fallback
from ..models import Check, Draft, Fact, Profile
from ..records import ContactRow, ensure_contact, find_contact, load_dossier
from ..workspace import utcnow
from .context import DraftContext
from .rules import run_checks
from .shaping import (
    background_leads,
    background_sentence,
    background_short,
    capitals_within,
    clip,
    interest_phrase,
)
from .text import word_set
from .untrusted import clean_text

if TYPE_CHECKING:
    from ..api import Workspace
    from ..llm import Generator, ModelGateway
    from ..prompts import PromptLibrary

__all__ = [
    "CHANNELS",
    "OFFLINE",
    "DraftReply",
    "EmailReply",
    "load_context",
    "me_vars",
    "model_draft",
    "pick_offline",
    "prompt_data",
    "save_draft",
    "them_vars",
    "tidy",
    "variant_of",
    "write_message",
]

log = logging.getLogger("infoprep")

CHANNELS = ("email", "linkedin")
OFFLINE = OfflineGenerator.label


class DraftReply(BaseModel):
    """A model's reply whose fields become the draft's (stripped)."""

    def draft_fields(self) -> dict[str, str]:
        return {name: str(value).strip() for name, value in self.model_dump().items()}


class EmailReply(DraftReply):
    """A model's email draft."""

    subject: str
    body: str

R = TypeVar("R", bound=BaseModel)

_INFINITIVE = re.compile(
    r"^(?:i\s+(?:want|would\s+like|'d\s+like|hope|plan|am\s+hoping|'m\s+hoping)\s+to|"
    r"i'd\s+like\s+to|to)\s+",
    re.IGNORECASE,
)
_VERBS = word_set(
    """learn understand find explore move get build meet hear see make work transition switch
    break become grow know figure discover connect decide compare gain land join develop
    improve test try start sharpen deepen map talk speak practise practice write read take
    volunteer apply ask keep focus study use reach bring create design lead"""
)


def tidy(text: str) -> str:
    """Template output as a message: single spaces, no stray blank lines."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    joined = "\n".join(lines)
    joined = re.sub(r"\s+([,.;:!?])", r"\1", joined)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def variant_of(*keys: str) -> int:
    """A stable choice among phrasings, so one contact always gets the same wording."""
    return zlib.crc32("|".join(keys).encode("utf-8")) % 4


def with_article(phrase: str) -> str:
    """'data analyst …' -> 'a data analyst …'; phrases with their own article stay."""
    text = phrase.strip().rstrip(".")
    if not text:
        return text
    first = text.split()[0]
    if first.casefold() in {"a", "an", "the", "my", "currently", "now"}:
        return text
    if first[0].isupper() and first[1:].islower() and first.casefold() in _DESCRIPTORS:
        text = text[0].lower() + text[1:]
    article = "an" if first[0].casefold() in "aeiou" else "a"
    return f"{article} {text}"


# Headline openings that are ordinary words, lower-cased after "a"/"an".
_DESCRIPTORS = word_set(
    """data senior junior former recent career product software civil mechanical graduate
    student teacher nurse analyst engineer designer researcher marketing finance operations
    project program policy public health clinical lab research design ux user mid
    early"""
)


def possessive(name: str) -> str:
    """"Brightline Energy" -> "Brightline Energy's"; "Cobalt Lane Studios" -> "… Studios'"."""
    if not name:
        return name
    return name + ("'" if name.endswith("s") and not name.endswith("ss") else "'s")


def _join(items: list[str]) -> str:
    items = [i.strip() for i in items if i.strip()]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" or " if len(items) == 2 else ", or ") + items[-1]


def _join_and(items: list[str]) -> str:
    items = [i.strip() for i in items if i.strip()]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def goal_phrase(goals: str) -> str:
    """The profile's goals as what follows 'I want to …' ('' when they do not read so)."""
    text = _INFINITIVE.sub("", " ".join(goals.split()).rstrip("."))
    if not text or text.split()[0].casefold() not in _VERBS:
        return ""
    return text[0].lower() + text[1:]


def _sentence(text: str) -> str:
    return text + "." if text else ""


def me_vars(profile: Profile) -> dict[str, Any]:
    """The profile shaped for templates.

    `explore`/`exploring` is the verb for what the user is looking at; when the headline
    already says "exploring", another verb, so the two do not repeat in one message.
    """
    explores = re.search(r"\bexplor", profile.headline, re.IGNORECASE) is not None
    capitals = capitals_within(f"{profile.headline}. {profile.background}. {profile.goals}")
    return {
        "explore": "look into" if explores else "explore",
        "exploring": "looking into" if explores else "exploring",
        "name": profile.name,
        "first": profile.first_name,
        "headline": with_article(profile.headline) if profile.headline else "",
        "background": background_sentence(profile.background),
        "background_short": background_short(background_sentence(profile.background)),
        "background_leads": background_leads(background_sentence(profile.background)),
        # For a short pitch from a wordy profile: each part cut at a clause or a detail.
        "headline_compact": with_article(clip(profile.headline, 10) or profile.headline)
        if profile.headline else "",
        "background_compact": _sentence(clip(background_sentence(profile.background), 14)),
        "goal_compact": clip(goal_phrase(profile.goals), 16),
        "has_roles": bool(profile.target_roles),
        "roles": _join(profile.target_roles) or "new",
        "interests": _join_and([interest_phrase(i, capitals) for i in profile.interests]),
        "goal": goal_phrase(profile.goals),
        # Where the user is, unless the headline has said it ("… coordinator in Winnipeg"):
        # "I'm based in Winnipeg, Manitoba, Canada" after it says it twice.
        "location_new": "" if _place_said(profile.location, profile.headline)
        else profile.location,
        "signature": profile.signature.strip() or profile.name,
    }


def _place_said(location: str, text: str) -> bool:
    """Whether `text` names the first part of `location` (its town)."""
    town = location.split(",")[0].strip()
    return bool(town) and re.search(rf"\b{re.escape(town)}\b", text) is not None


def them_vars(ctx: DraftContext) -> dict[str, Any]:
    company = ctx.company
    return {
        "name": ctx.recipient,
        "first": ctx.first_name,
        "company": company,
        "company_short": " ".join(company.split()[:3]),
        "company_s": possessive(company),
        "role": ctx.role,
    }


def pick_offline(candidates: Iterable[Draft], check: Callable[[Draft], list[Check]]) -> Draft:
    """The first candidate that passes every check, else the one with fewest failures."""
    best: Draft | None = None
    best_failures = 10**6
    for draft in candidates:
        draft.checks = check(draft)
        failures = sum(not c.ok for c in draft.checks)
        if failures == 0:
            return draft
        if failures < best_failures:
            best, best_failures = draft, failures
    if best is None:
        raise ValueError("no candidate drafts")
    return best


def model_draft(
    gateway: ModelGateway,
    messages: list[dict[str, str]],
    schema: type[R],
    to_draft: Callable[[R], Draft],
    check: Callable[[Draft], list[Check]],
    revise: Callable[[list[str]], str],
    name: str,
) -> Draft:
    """Ask the model; on failed checks ask once more with the failures listed."""
    reply = gateway.structured(messages, schema, name=name, temperature=0.4)
    draft = to_draft(reply)
    draft.checks = check(draft)
    failures = [f"{c.name}: {c.detail}" for c in draft.checks if not c.ok]
    if not failures:
        return draft
    log.info("the draft failed %d check(s); asking the model once more", len(failures))
    retry = [
        *messages,
        {"role": "assistant", "content": json.dumps(reply.model_dump(), ensure_ascii=False)},
        {"role": "user", "content": revise(failures)},
    ]
    second = to_draft(gateway.structured(retry, schema, name=name, temperature=0.4))
    second.checks = check(second)
    return second


def write_message(
    ctx: DraftContext,
    prompts: PromptLibrary,
    generator: Generator,
    *,
    kind: str,
    channel: str,
    candidates: Callable[[], Iterable[Draft]],
    request: Callable[[Draft], str],
    reply: type[DraftReply],
    what: str,
) -> Draft:
    """The `kind` message for `ctx` on `channel`, with its checks: by the model, else offline.

    `candidates` gives the offline shapes, best first; `request(probe)` renders the model's
    user prompt (`probe` is an empty draft of this kind and channel, for its limits); `reply`
    is the model's reply off email (an email is always `EmailReply`); `what` names the command
    in the warning when the model fails and the offline path stands in.
    """

    def check(draft: Draft) -> list[Check]:
        return run_checks(draft, ctx)

    def offline() -> Draft:
        return pick_offline(candidates(), check)

    def with_model(gateway: ModelGateway) -> Draft:
        probe = Draft(kind=kind, channel=channel, body="", generator="")
        messages = [{"role": "system", "content": prompts.render("draft_system")},
                    {"role": "user", "content": request(probe)}]

        def revise(failures: list[str]) -> str:
            return prompts.render("draft_revise", failures=failures)

        def to_draft(answer: DraftReply) -> Draft:
            return Draft.model_validate({"kind": kind, "channel": channel,
                                         "generator": gateway.label, **answer.draft_fields()})

        schema: type[DraftReply] = EmailReply if channel == "email" else reply
        return model_draft(gateway, messages, schema, to_draft, check, revise,
                           f"{kind}_{channel}")

    return with_fallback(generator, with_model, offline, what)


def prompt_data(ctx: DraftContext) -> dict[str, str]:
    """The profile, the recipient and the research as plain text, for fencing in prompts;
    each fact with its date when known ("(old)": older than news_months) and any plan it
    announces for a date now past ("past plan: spring 2026"), and the month."""
    p = ctx.profile
    profile = "\n".join(
        f"{key}: {value}" for key, value in (
            ("name", p.name), ("headline", p.headline), ("background", p.background),
            ("goals", p.goals), ("interests", ", ".join(p.interests)),
            ("target roles", ", ".join(p.target_roles)), ("location", p.location),
            ("signature", p.signature or p.name),
        ) if value
    )
    card = "\n".join(
        f"{key}: {value}" for key, value in (
            ("name", ctx.recipient), ("title", ctx.role), ("employer", ctx.company),
            ("referred by", ctx.referrer or ""),
        ) if value
    )
    published = {s.url: s.published for s in ctx.dossier.sources} if ctx.dossier else {}
    recency = ctx.recency

    def dated(fact: Fact) -> str:
        plan = past_plan(fact.value, recency.today)
        passed = f"\n  past plan: {plan.when}" if plan else ""
        when = recency.when(fact, published)
        if when is None:
            return passed
        return f"\n  date: {when.text}" + (" (old)" if recency.is_old(when) else "") + passed

    facts = "\n".join(
        f"- {f.subject} {f.field}: {f.value}\n  quote: {f.quote}\n  source: {f.source_url}"
        f"{dated(f)}"
        for f in ctx.safe_facts()
    )
    excerpts = ""
    if ctx.dossier is not None:
        excerpts = "\n\n".join(
            f"[{s.title or s.url}] {s.url}\n{clean_text(s.text)[:1500]}"
            for s in ctx.dossier.sources[:6] if s.text.strip()
        )
    return {"profile": profile, "recipient_card": card or "(unknown)",
            "facts": facts or "(no research yet)", "excerpts": excerpts,
            "today": f"{recency.today:%B %Y}", "news_months": str(recency.months)}


def load_context(ws: Workspace, name: str, notes: str | None = None) -> DraftContext:
    """The profile, contact (created if new), dossier and referrer for a draft to NAME."""
    profile = ws.profile()
    contact: ContactRow | None = find_contact(ws.store, name)
    if contact is None:
        contact = ensure_contact(ws.store, name)
        log.info("added %s to your contacts", contact.name)
    dossier = load_dossier(ws.store, contact.id)
    referrer = None
    if contact.referred_by is not None:
        row = ws.store.conn.execute(
            "SELECT name FROM contacts WHERE id = ?", (contact.referred_by,)
        ).fetchone()
        referrer = row["name"] if row else None
    recency = ws.recency()
    return DraftContext(profile, contact, dossier, referrer, notes, today=recency.today,
                        news_months=recency.months)


def save_draft(ws: Workspace, draft: Draft, contact_id: int | None) -> int:
    """Store the draft in the workspace; its row id."""
    with ws.store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO drafts (contact_id, created_at, kind, channel, generator, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (contact_id, utcnow(), draft.kind, draft.channel, draft.generator,
             draft.model_dump_json()),
        )
        return int(cursor.lastrowid or 0)
