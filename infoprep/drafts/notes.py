"""The user's notes of a call, read into the things a thank-you note can refer to.

Notes are free text. A line may start with a label (`Advice:`, `Resource:`, `Referral:`,
`Next:`); unlabelled lines are classified by their wording ("recommended …", "introduce me
to …", "I will …"). Nothing here is sent anywhere: the notes are the user's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common_words import english_rank
from .shaping import starts_imperative

__all__ = ["NoteItem", "parse_notes", "referral_names"]

_LABELS = {
    "advice": r"advice|tip|tips|suggestion|suggestions|takeaway|takeaways|lesson",
    "resource": r"resource|resources|read|reading|book|books|article|podcast|newsletter|course|"
    r"link|links|tool|tools",
    "referral": r"referral|referrals|intro|introduction|contact|contacts|people|talk to|"
    r"reach out to|names?",
    "action": r"next(?:\s+steps?)?(?:\s+for\s+me)?|to ?do|todo|actions?|follow[- ]?up|"
    r"(?:my\s+)?plan",
}
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(" + "|".join(f"(?:{v})" for v in _LABELS.values()) + r")\s*[:–—-]\s*",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"\b(?:talk|speak|reach\s+out|write|chat)\s+(?:to|with)\b|\bintroduc\w*\s+(?:me|you)\s+to\b|"
    r"\bintro\s+(?:(?:me|you)\s+)?to\b|\bconnect\s+(?:me|you)\s+(?:with|to)\b|\bput\s+me\s+in\s+touch\s+with\b|"
    r"\bcontact\b|\breferr?\w*\b",
    re.IGNORECASE,
)
_RESOURCE = re.compile(
    r"\brecommend\w*\b|\bbook\b|\bnewsletter\b|\bpodcast\b|\barticle\b|\bcourse\b|"
    r"\bcheck\s+out\b|^\s*read\b|"
    # "She suggested I read …", "told me to listen to …"
    r"\b(?:suggest\w*|told\s+me\s+to|said\s+to|advis\w*)\s+(?:that\s+)?(?:I\s+|me\s+to\s+)?"
    r"(?:should\s+)?(?:read|listen\s+to|watch|look\s+at|subscribe\s+to)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(r"^\s*(?:I(?:'ll| will| plan to| am going to|'m going to)|my next step)\b",
                     re.IGNORECASE)
_ADVICE = re.compile(r"\b(?:advis\w*|suggest\w*|should|recommend\w*|try|learn|focus)\b|"
                     r"\btold\s+me\s+to\b|^\s*(?:don['’]t|do\s+not|never|always)\s+\w",
                     re.IGNORECASE)
_NAME = re.compile(
    r"\b([A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|de|da|van|von|del|di|le|la|bin|al)){1,3})"
)
# A sentence ends at ".", "!" or "?" before a space and a word (any case: notes are typed fast);
# not after an initial or a short abbreviation ("Dr.", "e.g.", "J. Smith").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Za-z]\.[a-z])(?<!\b(?:Dr|Mr|Ms|St|vs))"
                           r"(?<!\bMrs)(?<!\bProf)[.!?]+\s+(?=[\w“\"'‘])")
_NOT_NAMES = {"I", "She", "He", "They", "We", "You", "Her", "His", "Their", "My", "The"}


@dataclass(frozen=True)
class NoteItem:
    """One thing from the call: advice, a resource, a referral (with the name) or an action."""

    kind: str  # advice | resource | referral | action | said
    text: str
    name: str | None = None


def _imperative(line: str) -> bool:
    """A line that tells the user what to do ("Learn the basics …"), not a heading that
    opens with a verb's form ("Call with Jordan, 20 Nov")."""
    return starts_imperative(line) and re.match(
        r"^\S+\s+(?:with|on|at|from|about|notes?|log|recap)\b", line, re.IGNORECASE) is None


def _label_kind(label: str) -> str:
    for kind, pattern in _LABELS.items():
        if re.fullmatch(pattern, label.strip(), re.IGNORECASE):
            return kind
    return "said"


def _referral_name(text: str) -> str | None:
    anchor = _REFERRAL.search(text)
    tail = text[anchor.end():] if anchor else text
    for m in _NAME.finditer(tail):
        words = m.group(1).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) >= 2:
            return " ".join(words)
    if anchor is not None:
        # Notes typed in lower case: "she'll intro me to priya natarajan" names someone when
        # the two or three words after the anchor are no everyday English words.
        lower = re.match(r"\s*([a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){1,2})\b", tail)
        if lower:
            words = lower.group(1).split()
            while len(words) > 2 and english_rank(words[-1]) is not None:
                words.pop()
            if all(english_rank(w) is None and len(w) > 1 for w in words):
                return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


def _clean(text: str) -> str:
    text = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", text).strip()
    return text.rstrip(" .;")


def _pieces(text: str) -> list[str]:
    """The notes' lines, a line of several sentences split into them ("Really useful chat.
    Jordan thinks …"); a labelled line ("Resources: …") stays whole."""
    found: list[str] = []
    for raw in text.splitlines():
        if _LABEL.match(raw) or raw.lstrip().startswith("#"):
            found.append(raw)
        else:
            found.extend(p for p in _SENTENCE_END.split(_clean(raw)) if p.strip())
    return found


def parse_notes(text: str) -> list[NoteItem]:
    """The notes' lines (and the sentences of a long line) as items, in order; the first
    line that only says who/when is kept as 'said' like any other remark."""
    items: list[NoteItem] = []
    for raw in _pieces(text):
        line = _clean(raw)
        if not line or line.startswith("#"):
            continue
        label = _LABEL.match(raw)
        if label:
            kind = _label_kind(label.group(1))
            body = _clean(raw[label.end():])
        else:
            body = line
            if _REFERRAL.search(line) and _referral_name(line):
                kind = "referral"
            elif _ACTION.search(line):
                kind = "action"
            elif _RESOURCE.search(line):
                kind = "resource"
            elif _ADVICE.search(line) or _imperative(line):
                kind = "advice"
            else:
                kind = "said"
        if not body:
            continue
        name = _referral_name(body) if kind == "referral" else None
        if kind == "referral" and name is None:
            kind = "said"
        items.append(NoteItem(kind, body, name))
    return items


def referral_names(text: str) -> list[str]:
    """Everyone the notes say the user should talk to, in order, once each: each referral's
    name, and the further names of a line that lists several ('Referrals: Sam Park; Li Wei')."""
    found: dict[str, str] = {}
    for item in parse_notes(text):
        if item.kind != "referral" or item.name is None:
            continue
        names = [item.name]
        for piece in re.split(r"\s*;\s*", item.text)[1:]:
            name = _referral_name(piece)
            if name is not None:
                names.append(name)
        for name in names:
            found.setdefault(" ".join(name.split()).casefold(), name)
    return list(found.values())
