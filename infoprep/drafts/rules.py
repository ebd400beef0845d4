"""The checks every draft gets, shown after its text and in JSON under `checks`.

Per kind and channel: limits (characters, words, subject words), the required parts of its
kind, no job or referral-for-a-job request in an intro, nothing in an intro framed as current
("congratulations", "your recent talk") unless the research dates it within `news_months`, no
unfilled placeholder or template residue, reading ease in a band, and grounding (see
`grounding.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Check, Draft, given_name, split_detail
from .context import DraftContext
from .grounding import Claim, extract_claims, unsupported_claims
from .readability import flesch_reading_ease
from .requests import EASY_NO as _EASY_NO
from .requests import JOB_WORDS as _JOB_WORDS
from .requests import NEGATION as _NEGATION
from .text import normalise, sentences, stem, word_count, words
from .untrusted import has_template_syntax, is_injection

__all__ = [
    "LINKEDIN_NOTE_FREE",
    "LINKEDIN_NOTE_PREMIUM",
    "PARTS",
    "READING_BAND",
    "Limits",
    "limits_for",
    "parts_for",
    "run_checks",
    "speaking_words",
    "timeliness_check",
]

LINKEDIN_NOTE_FREE = 200
LINKEDIN_NOTE_PREMIUM = 300
WORDS_PER_MINUTE = 150
# Flesch reading ease: under 30 reads like an academic paper; over 90 like a first reader.
READING_BAND = (30.0, 90.0)
# Over the band, a text is choppy only when its sentences are short too (on average, under
# this many words): plain words in sentences of ordinary length read well.
CHOPPY_WORDS = 10


@dataclass(frozen=True)
class Limits:
    """Length limits of one kind on one channel."""

    min_words: int | None = None
    max_words: int | None = None
    max_chars: int | None = None
    subject_words: tuple[int, int] | None = None
    follow_up_words: tuple[int, int] | None = None


def speaking_words(seconds: float) -> int:
    """Words spoken in `seconds` at about 150 words a minute."""
    return round(seconds * WORDS_PER_MINUTE / 60)


def limits_for(draft: Draft, ctx: DraftContext, seconds: float = 30) -> Limits:
    if draft.kind == "intro" and draft.channel == "email":
        return Limits(75, 150, subject_words=(3, 7))
    if draft.kind == "intro" and draft.channel == "linkedin":
        chars = LINKEDIN_NOTE_PREMIUM if ctx.profile.linkedin_premium else LINKEDIN_NOTE_FREE
        return Limits(max_chars=chars, follow_up_words=(50, 150))
    if draft.kind == "thankyou":
        return Limits(100, 170, subject_words=(3, 7) if draft.channel == "email" else None)
    if draft.kind == "pitch":
        target = speaking_words(seconds)
        return Limits(max(1, round(target * 0.7)), max(1, round(target * 1.25)))
    return Limits()


def _has(pattern: str) -> Callable[[str, DraftContext], bool]:
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda text, ctx: compiled.search(text) is not None


def _greeting(text: str, ctx: DraftContext) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return re.match(r"\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b",
                    first, re.IGNORECASE) is not None


def _recipient_named(text: str, ctx: DraftContext) -> bool:
    return bool(ctx.first_name) and re.search(
        rf"\b{re.escape(ctx.first_name)}\b", text) is not None


def _who_you_are(text: str, ctx: DraftContext) -> bool:
    intro = re.search(r"\b(?:I'm|I’m|I am|my name is|this is)\s", text, re.IGNORECASE)
    return intro is not None and re.search(
        rf"\b{re.escape(ctx.profile.first_name)}\b", text) is not None


def _claims_from_dossier(text: str, ctx: DraftContext) -> list[Claim]:
    """Claims in `text` that research supports and that do not merely name the recipient
    or their employer."""
    plain = {w.casefold() for w in words(f"{ctx.recipient} {ctx.company}")}
    found = []
    for claim in extract_claims(text, ctx.support.vocabulary):
        if {w.casefold() for w in words(claim.phrase)} <= plain:
            continue
        if claim.kind in {"name", "quote", "title"}:
            backed = ctx.dossier_support.has_phrase(claim.phrase)
        else:
            backed = claim not in unsupported_claims(claim.sentence, ctx.dossier_support)
        if backed:
            found.append(claim)
    return found


def _why_this_person(text: str, ctx: DraftContext) -> bool:
    if not ctx.details:
        # Without research only the contact record can say why: the company or role.
        return not (ctx.company or ctx.role) or any(
            v and v.casefold() in text.casefold() for v in (ctx.company, ctx.role)
        )
    return bool(_claims_from_dossier(text, ctx)) or any(
        _cites(text, d.title) for d in ctx.details)


def _cites(text: str, detail: str) -> bool:
    """Whether `text` repeats a dossier detail of three or more content words, such as a
    mission ("to make every megawatt-hour of stored energy count"), in one sentence."""
    wanted = {stem(w) for w in words(detail) if len(w) > 3}
    return len(wanted) >= 3 and any(_overlap(s, detail, share=0.75) for s in sentences(text))


def _referrer(text: str, ctx: DraftContext) -> bool:
    first = given_name(ctx.referrer or "")
    return bool(first) and re.search(rf"\b{re.escape(first)}\b", text) is not None


def _signed(text: str, ctx: DraftContext) -> bool:
    """The user's name in the last lines: their first name, or the name their signature
    signs with ("Gil Trevino" for Gilbert)."""
    tail = "\n".join(text.strip().splitlines()[-3:])
    signs = (ctx.profile.signature or "").strip().split("\n", 1)[0].split()
    names = {ctx.profile.first_name, *signs[:1]} - {""}
    return any(re.search(rf"\b{re.escape(name)}\b", tail) is not None for name in names)


def _overlap(text: str, item: str, share: float = 0.5) -> bool:
    wanted = {stem(w) for w in words(item) if len(w) > 3}
    have = {stem(w) for w in words(text) if len(w) > 3}
    return bool(wanted) and len(wanted & have) >= max(2, round(share * len(wanted)))


def _specific_from_notes(text: str, ctx: DraftContext) -> bool:
    items = [i for i in ctx.note_items if i.kind != "said"] or ctx.note_items
    return any(_overlap(text, i.text) or (i.name and i.name in text) for i in items)


def _referral_thanks(text: str, ctx: DraftContext) -> bool:
    names = [i.name for i in ctx.note_items if i.kind == "referral" and i.name]
    return all(
        re.search(rf"\b{re.escape(given_name(n))}\b", text) is not None for n in names
    ) and re.search(r"\bthank", text, re.IGNORECASE) is not None


def _background(text: str, ctx: DraftContext) -> bool:
    """Something of the background: a share of the headline's and background's words, or
    five words in a row of a background told at length ("I served 20 years in the US Army")
    that the headline does not already say."""
    source = f"{ctx.profile.headline} {ctx.profile.background}"
    if _overlap(text, source, share=0.15):
        return True
    told = normalise(ctx.profile.background).split()
    said, headline = f" {normalise(text)} ", f" {normalise(ctx.profile.headline)} "
    return any(f" {run} " in said and f" {run} " not in headline
               for run in (" ".join(told[k:k + 5]) for k in range(len(told) - 4)))


def _exploring(text: str, ctx: DraftContext) -> bool:
    roles = [*ctx.profile.target_roles, *ctx.profile.interests]
    return any(r.casefold() in text.casefold() for r in roles) or _overlap(
        text, ctx.profile.goals, share=0.3)


_INFORMATIONAL = (
    r"informational|not\s+(?:asking|looking)\s+(?:you\s+)?(?:for|about)\s+(?:a\s+)?"
    r"(?:job|jobs|role|position|referral)|not\s+a\s+job\s+(?:request|ask)|"
    r"(?:just|only|simply|purely)\s+(?:hoping\s+)?to\s+learn|learn\s+from\s+your\s+"
    r"(?:experience|path|perspective)"
)
_TIME_ASK = (
    r"\b(?:1[05]|20|25|30)(?:\s*(?:–|-|to|or)\s*(?:20|25|30))?\s*-?\s*min|"
    r"\b(?:fifteen|twenty|thirty)\b(?:[\s-]+(?:to|or)[\s-]+\w+)?[\s-]+min|half\s+an\s+hour"
)
_FLEXIBLE = (
    r"flexib|at\s+your\s+convenience|(?:fits|around|suits)\s+your\s+(?:schedule|calendar|week)|"
    r"whatever\s+(?:time|works|suits|is\s+easiest)|works\s+(?:best\s+)?for\s+you|"
    r"phone\s+or\s+(?:video|zoom)|video\s+or\s+phone|(?:call|phone),?\s+video\s+or|"
    r"any\s+(?:day|time)\s+that|whenever\s+suits"
)
_THANKS_TIME = (
    r"thank\w*[^.!?\n]{0,60}\b(?:time|speaking|talking|chat|conversation|call|meeting|"
    r"generous)"
)
_WILL_DO = (
    r"\bI(?:'ll|’ll|\s+will|\s+plan\s+to|\s+am\s+going\s+to|'m\s+going\s+to|\s+intend\s+to)\b|"
    r"\bmy\s+next\s+step\b|\bI(?:'ve|\s+have)\s+already\b|\bI'm\s+starting\b"
)
_OPPORTUNITIES = (
    r"opportunit|hear\s+(?:of|about)\b|keep\s+me\s+in\s+mind|if\s+anything\s+comes\s+up|"
    r"new\s+information"
)
_DOOR_OPEN = (
    r"keep\s+in\s+touch|stay\s+in\s+touch|touch\s+base|update\s+you|let\s+you\s+know\s+how|"
    r"keep\s+you\s+posted|reach\s+out\s+again|door|stay\s+connected|check\s+back\s+in"
)

# Each part: what it is, and how to see it in a draft.
PARTS: dict[str, tuple[str, Callable[[str, DraftContext], bool]]] = {
    "greeting": ("a greeting by name", _greeting),
    "recipient": ("the recipient's name", _recipient_named),
    "who you are": ("who you are, in a line", _who_you_are),
    "why this person": ("one concrete, sourced detail about them", _why_this_person),
    "referrer": ("the person who referred you", _referrer),
    "informational": ("that the call is informational, not a job request",
                      _has(_INFORMATIONAL)),
    "time ask": ("a request for 15–30 minutes", _has(_TIME_ASK)),
    "flexibility": ("flexibility on time and medium", _has(_FLEXIBLE)),
    "easy no": ("an easy way to say no", _has(_EASY_NO)),
    "thanks for connecting": ("thanks for accepting the connection",
                              _has(r"thank\w*[^.!?\n]{0,40}connect")),
    "sign-off": ("your name at the end", _signed),
    "thanks for time": ("thanks for their time", _has(_THANKS_TIME)),
    "specific from the call": ("one or two specific things they said", _specific_from_notes),
    "what you will do": ("what you will do with the advice", _has(_WILL_DO)),
    "opportunities": ("that you'd love to hear of new information or opportunities",
                      _has(_OPPORTUNITIES)),
    "door open": ("the door left open for future contact", _has(_DOOR_OPEN)),
    "referral thanks": ("thanks by name for each referral in the notes", _referral_thanks),
    "your name": ("your name", lambda text, ctx: ctx.profile.first_name in text),
    "background": ("your background in a sentence", _background),
    "exploring": ("what you are exploring and why", _exploring),
    "why": ("why it draws you", _has(
        r"\b(?:because|since|so\s+that|why|drawn\s+to|excit\w+|curious|care\s+about|"
        r"which\s+is\s+what|that's\s+what|want\s+to|hope\s+to|hoping\s+to)\b")),
}


def parts_for(kind: str, channel: str | None, ctx: DraftContext, which: str = "body"
              ) -> list[str]:
    """The required parts of a kind on a channel (`which` = body or follow_up)."""
    referred = ["referrer"] if ctx.referrer else []
    if kind == "intro" and channel == "linkedin":
        if which == "follow_up":
            return ["greeting", "thanks for connecting", "informational", "time ask",
                    "flexibility", "easy no", "sign-off"]
        return ["recipient", "who you are", "why this person", *referred]
    if kind == "intro":
        return ["greeting", "who you are", "why this person", *referred, "informational",
                "time ask", "flexibility", "easy no", "sign-off"]
    if kind == "thankyou":
        referral = (["referral thanks"]
                    if any(i.kind == "referral" for i in ctx.note_items) else [])
        return ["greeting", "thanks for time", "specific from the call", "what you will do",
                "opportunities", "door open", *referral, "sign-off"]
    if kind == "pitch":
        return ["your name", "background", "exploring", "why"]
    return []


def _limits_check(draft: Draft, limits: Limits) -> Check:
    problems: list[str] = []
    said: list[str] = []
    body_words = word_count(draft.body)
    if limits.min_words is not None and limits.max_words is not None:
        said.append(f"{body_words} words ({limits.min_words}–{limits.max_words})")
        if not limits.min_words <= body_words <= limits.max_words:
            problems.append(f"{body_words} words, outside {limits.min_words}–{limits.max_words}")
    if limits.max_chars is not None:
        chars = len(draft.body)
        said.append(f"note {chars}/{limits.max_chars} characters")
        if chars > limits.max_chars:
            problems.append(f"the note has {chars} characters, over {limits.max_chars}")
    if limits.follow_up_words is not None:
        low, high = limits.follow_up_words
        count = word_count(draft.follow_up or "")
        said.append(f"follow-up {count} words ({low}–{high})")
        if not low <= count <= high:
            problems.append(f"the follow-up has {count} words, outside {low}–{high}")
    if limits.subject_words is not None:
        low, high = limits.subject_words
        count = word_count(draft.subject or "")
        said.append(f"subject {count} words ({low}–{high})")
        if not low <= count <= high:
            problems.append(f"the subject has {count} words, outside {low}–{high}")
    return Check(name="length", ok=not problems, detail="; ".join(problems or said))


def _parts_check(name: str, text: str, wanted: list[str], ctx: DraftContext) -> Check:
    missing = [p for p in wanted if not PARTS[p][1](text, ctx)]
    if missing:
        detail = "missing: " + "; ".join(f"{p} ({PARTS[p][0]})" for p in missing)
    else:
        detail = "has " + ", ".join(wanted)
        if "why this person" in wanted and not ctx.details:
            detail += " (generic: no research on them yet)"
    return Check(name=name, ok=not missing, detail=detail)


def _job_request_check(texts: list[str]) -> Check:
    for text in texts:
        for m in _JOB_WORDS.finditer(text):
            before = text[max(0, m.start() - 60):m.start()]
            before = re.split(r"[.!?;\n]|\bbut\b", before)[-1]
            if not _NEGATION.search(before):
                return Check(name="no job request", ok=False,
                             detail=f"asks about work: “{_around(text, m.start(), m.end())}”")
    return Check(name="no job request", ok=True, detail="asks only to learn")


_RESIDUE = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{|\[(?:your|their|recipient'?s?|company|first|last|insert|"
    r"name|title|role|topic|date|detail)[^\]]{0,25}\]|<(?:name|company|title|role|topic)>|"
    r"\bTODO\b|\bTBD\b|\bXXX+\b|lorem\s+ipsum|\{[a-z_]+\}|\bNone\b(?!\s+of)|\bnull\b|"
    r"\bundefined\b|\bNaN\b|<<<|>>>|QUOTED MATERIAL",
)


# Words that present something from the research as current news.
_AS_CURRENT = re.compile(
    r"\bcongratulat\w*|\b(?:your|their|its)\s+(?:recent|latest|new)\s+\w+|"
    r"\bthe\s+(?:recent|latest)\s+\w+|"
    r"\b(?:recently|just)\s+(?:announced|raised|launched|released|published|gave|given|wrote|"
    r"written|spoke|closed|secured|shared|posted|opened|won)\b|"
    r"\bthe\s+(?:recent\s+)?news\s+(?:that|about|of)\b|\bin\s+the\s+news\b",
    re.IGNORECASE,
)


def timeliness_check(texts: list[str], ctx: DraftContext) -> Check:
    """Nothing framed as current unless the research dates it within `news_months`: what the
    sentence names, else anything at all."""
    recency = ctx.recency
    published = {s.url: s.published for s in ctx.dossier.sources} if ctx.dossier else {}
    items = [(split_detail(f.value)[0], recency.when(f, published)) for f in ctx.safe_facts()]
    current = [title for title, when in items if when is not None and not recency.is_old(when)]
    for text in texts:
        for sentence in sentences(text):
            m = _AS_CURRENT.search(sentence)
            if m is None:
                continue
            named = [(title, when) for title, when in items
                     if _names(sentence, title, ctx.recipient, ctx.company)]
            if any(title in current for title, _ in named) or (not named and current):
                continue
            said = _around(sentence, m.start(), m.end())
            dated = max((when for _, when in named if when is not None), default=None,
                        key=lambda when: when.day)
            if dated is not None and not m.group().casefold().startswith("congrat") and (
                    re.search(rf"\b{dated.day.year}\b", sentence)):
                continue  # "the latest, that Beaufighter off Marsaskala in 2023": dated as it is
            why = (f"the research dates it {dated.text}, more than {recency.months} months ago"
                   if dated else "the research gives it no date within the last "
                   f"{recency.months} months")
            return Check(name="timeliness", ok=False,
                         detail=f"calls it current (“{said}”), but {why}")
    return Check(name="timeliness", ok=True, detail="nothing old is framed as current")


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")


def _figures(text: str) -> set[str]:
    """The figures of three digits or more in `text`, without separators ("640000")."""
    return {f for m in _FIGURE.finditer(text) if len(f := re.sub(r"[,.]", "", m.group())) >= 3}


def _names(sentence: str, title: str, *names: str) -> bool:
    """Whether `sentence` names the item `title`: its words, less the recipient's and the
    employer's names (a headline leads with the employer; a draft says "your BAFTA")."""
    if len(title) < 4:
        return False
    if title.casefold() in sentence.casefold():
        return True
    # A figure of the item names it on its own: "the $640,000 grant" for "… wins $640,000
    # state grant for two investigators" (years aside: they date things, not name them).
    figures = {f for f in _figures(title) if not _YEAR_ONLY.fullmatch(f)}
    if figures & _figures(sentence):
        return True
    known = {stem(w) for name in names for w in words(name)}
    wanted = {stem(w) for w in words(title) if len(w) > 3} - known
    have = {stem(w) for w in words(sentence) if len(w) > 3}
    return bool(wanted) and len(wanted & have) >= max(min(2, len(wanted)),
                                                      round(0.5 * len(wanted)))


def _residue_check(texts: list[str]) -> Check:
    for text in texts:
        m = _RESIDUE.search(text)
        if m:
            return Check(name="no placeholders", ok=False,
                         detail=f"unfilled or template text: “{_around(text, m.start(), m.end())}”")
        for line in text.splitlines():
            if is_injection(line):
                return Check(name="no placeholders", ok=False,
                             detail=f"carries instructions from a page: “{line.strip()[:80]}”")
        if has_template_syntax(text):
            return Check(name="no placeholders", ok=False, detail="template syntax left in")
    return Check(name="no placeholders", ok=True, detail="no placeholders or template residue")


def _reading_check(text: str) -> Check:
    score = flesch_reading_ease(text)
    low, high = READING_BAND
    # A greeting or sign-off line ("Hi Ilse,", "Best,", "Priya") is no sentence to join.
    said = [n for n in (len(words(s)) for s in sentences(text)) if n > 2]
    per_sentence = sum(said) / max(1, len(said))
    ok = low <= score and (score <= high or per_sentence >= CHOPPY_WORDS)
    verdict = "" if ok else (" — too dense: shorter sentences, plainer words" if score < low
                             else " — choppy: join a few sentences")
    return Check(name="reading ease", ok=ok,
                 detail=f"Flesch {score:.0f} (band {low:.0f}–{high:.0f}){verdict}")


def _grounding_check(texts: list[str], ctx: DraftContext) -> Check:
    unsupported: list[Claim] = []
    total = 0
    for text in texts:
        total += len(extract_claims(text, ctx.support.vocabulary))
        unsupported += unsupported_claims(text, ctx.support)
    if unsupported:
        listed = "; ".join(_flag(c, ctx) for c in unsupported)
        return Check(name="grounding", ok=False,
                     detail=f"not supported by the dossier, profile or notes: {listed}")
    return Check(name="grounding", ok=True,
                 detail=f"{total} specific claim(s), each supported by the dossier, "
                        "profile or notes")


def _flag(claim: Claim, ctx: DraftContext) -> str:
    """A flagged claim, with why a known phrase is flagged or the known name it is probably
    a slip for."""
    if claim.note:
        return f"“{claim.phrase}” ({claim.kind}: {claim.note})"
    near = (ctx.support.nearest_name(claim.phrase)
            if claim.kind in {"name", "event", "title"} else None)
    said = f"; research has “{near}”" if near else ""
    return f"“{claim.phrase}” ({claim.kind}{said})"


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 30):end + 30].split())


def run_checks(draft: Draft, ctx: DraftContext, seconds: float = 30) -> list[Check]:
    """Every check for a draft of its kind and channel."""
    texts = [t for t in (draft.subject, draft.body, draft.follow_up) if t]
    checks = [_limits_check(draft, limits_for(draft, ctx, seconds))]
    if draft.subject is not None or draft.channel == "email":
        wanted_subject = draft.kind in {"intro", "thankyou"} and draft.channel == "email"
        if wanted_subject and not (draft.subject or "").strip():
            checks.append(Check(name="subject", ok=False, detail="the email has no subject"))
    checks.append(_parts_check(
        "required parts" if draft.follow_up is None else "note parts",
        draft.body, parts_for(draft.kind, draft.channel, ctx), ctx))
    if draft.follow_up is not None:
        checks.append(_parts_check("follow-up parts", draft.follow_up,
                                   parts_for(draft.kind, draft.channel, ctx, "follow_up"), ctx))
    if draft.kind == "intro":
        checks.append(_job_request_check(texts))
        checks.append(timeliness_check(texts, ctx))
    checks.append(_residue_check(texts))
    checks.append(_reading_check("\n".join(t for t in (draft.body, draft.follow_up) if t)))
    checks.append(_grounding_check(texts, ctx))
    return checks
