"""The user's notes of a call, read into the things a thank-you note can refer to.

Notes are free text. A line may start with a label (`Advice:`, `Resource:`, `Referral:`,
`Next:`); unlabelled lines are classified by their wording ("recommended …", "introduce me
to …", "I will …"). Any other label before a colon ("biggest thing:", "surprise:") marks a
point the person made; `me:` marks the user's own plan or question. The lines at the top that
only say who, when and how long ("call w/ Jordan 11/24, 25 min") are no item. Shorthand
("w/", "b/c", "~half", "rec'd") is written out from data/shorthand.txt. Nothing here is sent
anywhere: the notes are the user's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from .common_words import english_rank
from .shaping import starts_imperative
from .text import word_set

__all__ = ["NoteItem", "expand_shorthand", "parse_notes", "referral_names"]

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
_ACTION = re.compile(r"^\s*(?:I(?:'ll| will| plan to| am going to|'m going to| need to| want to|"
                     r" have to| must| should| hope to| aim to|'d like to| would like to)|"
                     r"my next step)\b",
                     re.IGNORECASE)
_ADVICE = re.compile(r"\b(?:advi[sc]\w*|suggest\w*|should|recommend\w*|try|learn|focus)\b|"
                     r"\btold\s+me\s+to\b|^\s*(?:don['’]t|do\s+not|never|always)\s+\w",
                     re.IGNORECASE)
# A word of a name: a capital, then lower-case letters of any alphabet ("Krūmiņš", "Ólafsdóttir").
# Not "I'll", "I'm": "tell Arjun I'll email" names Arjun alone.
_NAME_WORD = r"(?!I['’](?:ll|m|ve|d)\b)[A-ZÀ-ÖØ-Þ](?:[^\W\d_A-Z]|['’-])+"
_NAME = re.compile(
    rf"\b({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|van|von|del|di|le|la|bin|al)){{1,3}})"
)
# A sentence ends at ".", "!" or "?" before a space and a word (any case: notes are typed fast);
# not after an initial or a short abbreviation ("Dr.", "Capt.", "e.g.", "J. Smith").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Za-z]\.[a-z])(?<!\b(?:Dr|Mr|Ms|St|vs))"
                           r"(?<!\bMrs)(?<!\bProf)(?<!\bCapt)(?<!\bSgt)(?<!\bCol)(?<!\bGen)"
                           r"(?<!\bLt)(?<!\bRev)(?<!\bFr)(?<!\bSr)(?<!\bJr)(?<!\bMx)"
                           r"[.!?]+\s+(?=[\w“\"'‘])")
_NOT_NAMES = {"I", "She", "He", "They", "We", "You", "Her", "His", "Their", "My", "The"}


# Any label before a colon: up to four words ("biggest thing:", "note to self:").
_ANY_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*|\d+[.)]\s*)?([A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,3})\s*:\s+(?=\S)")
# Labels for the user's own lines: a plan, or a question they asked.
_MINE = re.compile(r"me|for\s+me|self|(?:note\s+)?to\s+self|my\s+(?:questions?|qs?|thoughts?|"
                   r"ideas?)|i\s+asked|q|questions?", re.IGNORECASE)

# A header says who, when and how long: dates ("11/24", "24 Nov", "Nov 24th"), times and
# durations ("25 min", "half an hour").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WHEN = re.compile(
    rf"\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?(?!\w)|"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|"
    r"~?\b\d+\s*-?\s*(?:m|mins?|minutes?|h|hrs?|hours?)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|"
    r"\b\d{1,2}:\d{2}\b|\b(?:half\s+an|an|one)\s+hour\b",
    re.IGNORECASE,
)
# Words that say what the meeting was; a header names one (or a date) …
_HEADER_CUES = word_set(
    """call called chat coffee zoom teams meet meeting mtg phone video notes note convo
    conversation catch-up catchup interview informational facetime hangout lunch skype webex""")
# … and is otherwise made of these, names and dates.
_HEADER_WORDS = _HEADER_CUES | word_set(
    """with w about approx approximately around roughly on at for a an the of from and my our
    quick short first intro virtual today yesterday this morning afternoon evening lunchtime
    breakfast re via by min mins minute minutes hour hours hr hrs ish long google ms
    microsoft in person in-person monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun january february april june july august
    september october november december jan feb apr jun jul aug sep sept oct nov dec""")


@cache
def _shorthand() -> list[tuple[re.Pattern[str], str]]:
    """data/shorthand.txt as (pattern, expansion) pairs, in the file's order."""
    text = resources.files("infoprep.drafts").joinpath("data/shorthand.txt").read_text("utf-8")
    rules: list[tuple[re.Pattern[str], str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, long = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        runs_on = short.endswith("/") or short == "~"
        after = "" if runs_on else r"(?![\w/+&=<>-])"
        rules.append((re.compile(r"(?<![\w/+&=<>~-])" + re.escape(short) + after,
                                 re.IGNORECASE), long))
    return rules


_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
              "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
              "sat": "Saturday", "sun": "Sunday", "jan": "January", "feb": "February",
              "mar": "March", "apr": "April", "jun": "June", "jul": "July", "aug": "August",
              "sep": "September", "sept": "September", "oct": "October", "nov": "November",
              "dec": "December"}
# A month cut short after the day of the month: "by Fri 21 Nov", "on 3rd Dec".
_DAY_MONTH = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)?\s+)(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"(?![\w'’])", re.IGNORECASE)
# A day or month cut short where a date is meant: "by fri", "in Feb" (not "Jan Novak").
_SHORT_DATE = re.compile(
    r"\b(by|on|next|this|until|till|before|after|from|in|early|late|mid-?|since|every)(\s+)("
    + "|".join(_DAY_NAMES) + r")(?![\w'’])",
    re.IGNORECASE,
)


# A word typed in capitals for emphasis ("start a log NOW", "BEFORE the harvest", "DON'T"):
# a frequent English word, not an acronym that spells one ("WHO", "CAT").
_SHOUTED = re.compile(r"\b[A-Z]{3,}(?:['’][A-Z]{1,2})?\b")
_ACRONYM_WORDS = frozenset({"WHO", "ACT", "CAT", "ICE", "AIM", "SAT", "ARM", "CAN", "ONE",
                            "GAP", "MET", "BAR", "SEA", "ART", "EAT", "USE"})


def _quieted(m: re.Match[str]) -> str:
    word = m.group(0)
    low = word.lower().replace("’", "'")
    rank = english_rank(low) or english_rank(low.replace("'", ""))  # "don't" as "dont"
    if word in _ACRONYM_WORDS or rank is None or rank >= 2000:
        return word
    return word.lower()


def expand_shorthand(text: str) -> str:
    """`text` with note shorthand written out: "spend ~half their time w/ ops" -> "spend
    about half their time with ops", "by fri" -> "by Friday", "21 Nov" -> "21 November"; a
    capital stays a capital ("W/" -> "With")."""
    text = _SHOUTED.sub(_quieted, text)
    text = _SHORT_DATE.sub(
        lambda m: m.group(1) + m.group(2) + _DAY_NAMES[m.group(3).casefold()], text)
    text = _DAY_MONTH.sub(lambda m: m.group(1) + _DAY_NAMES[m.group(2).casefold()], text)
    for pattern, long in _shorthand():

        def written(m: re.Match[str], long: str = long) -> str:
            if not m.group(0)[:1].isalpha() and re.search(
                    r"(?:^|\s)[A-Z][\w'’]*\s+$", m.string[:m.start()]) and re.match(
                    r"\s+[A-Z]", m.string[m.end():]):
                return m.group(0)  # part of a name: "Data & Analytics", "Marks & Spencer"
            word = long[0].upper() + long[1:] if m.group(0)[:1].isupper() else long
            following = m.string[m.end():m.end() + 1]
            return word + (" " if following.isalnum() else "")

        text = pattern.sub(written, text)
    return text


def _is_header(line: str) -> bool:
    """A line that only says who, when and how long: "call w/ Jordan 11/24, 25 min",
    "Coffee chat with Jordan, 24 Nov", "Teams call with Aoife Kinsella, about 30 minutes"."""
    rest_of = _WHEN.sub(" ", line)
    dated = rest_of != line
    words = re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*", rest_of)
    cue = any(w.casefold() in _HEADER_CUES for w in words)
    # Names (capitalised, or typed in lower case beside a date) are what a header is about.
    rest = [w for w in words if w.casefold() not in _HEADER_WORDS and not w[:1].isupper()]
    return (cue or dated) and len(rest) <= (2 if dated else 0)


@dataclass(frozen=True)
class NoteItem:
    """One thing from the call: advice, a resource, a referral (with the name), an action
    of the user's, a point the person made, or anything else said."""

    kind: str  # advice | resource | referral | action | point | said
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
    # "on their data team!!" -> "on their data team": emphasis is the user's, not the note's.
    text = re.sub(r"\s*!+(?=[\s.,;:)\"”'’?]|$)", "", text)
    return text.rstrip(" .;?")


def _pieces(text: str) -> list[str]:
    """The notes' lines, a line of several sentences split into them ("Really useful chat.
    Jordan thinks …"); a labelled line ("Resources: …", "me: …") stays whole."""
    found: list[str] = []
    for raw in text.splitlines():
        if _LABEL.match(raw) or _ANY_LABEL.match(raw) or raw.lstrip().startswith("#"):
            found.append(raw)
        else:
            # Split before the line is tidied: "on their data team!! because …" is two.
            line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", raw).strip()
            found.extend(p for p in _SENTENCE_END.split(line) if _clean(p))
    return found


# "she said yes, ping her then": a bare reply to the user's question says nothing itself.
_BARE_REPLY = re.compile(
    r"^(?:she|he|they|[A-Z][a-z]+)\s+(?:said|says|agreed|replied)(?:\s+(?:yes|no|sure|ok|okay|"
    r"yep|definitely|absolutely|of\s+course|maybe|that's\s+fine|go\s+for\s+it))?\b"
    r"\s*(?:[,;:]\s*|\s+(?:and|so)\s+|$)",
    re.IGNORECASE,
)


def _wording_kind(line: str) -> str:
    """What an unlabelled line is, from its wording."""
    if _REFERRAL.search(line) and _referral_name(line):
        return "referral"
    if _ACTION.search(line):
        return "action"
    if _RESOURCE.search(line):
        return "resource"
    if _ADVICE.search(line) or _imperative(line):
        return "advice"
    return "said"


def _names_one(part: str) -> bool:
    """Whether a piece of a list opens with someone's full name ("Tom Reyes on their design
    team"), not a title or team in capitals ("Customer Success lead"): the last word of the
    name is no frequent English word."""
    m = _NAME.match(part)
    if m is None or m.group(1).split()[0] in _NOT_NAMES:
        return False
    rank = english_rank(m.group(1).split()[-1])
    return rank is None or rank > 3000


def _referrals(body: str) -> list[str]:
    """A referral line naming several people, one text each, the words before the first name
    ("she'll intro me to") kept with each: "talk to Daniel Osei at the City and to Ruth
    Adeyemi" -> "talk to Daniel Osei at the City", "talk to Ruth Adeyemi"."""
    first = _REFERRAL.search(body)
    start = next((m.start() for m in _NAME.finditer(body, first.end() if first else 0)
                  if _names_one(body[m.start():])), None)
    if start is None:
        return [body]
    lead, rest = body[:start], body[start:]
    # Split at a comma, ";", "and" or "&" outside brackets, where a name follows.
    parts: list[str] = []
    depth = last = 0
    for m in re.finditer(r"[()]|\s*(?:[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:to\s+|with\s+)?", rest):
        if m.group(0) in "()":
            depth += 1 if m.group(0) == "(" else -1
        elif depth == 0 and _names_one(rest[m.end():]):
            parts.append(rest[last:m.start()])
            last = m.end()
    parts.append(rest[last:])
    return [lead + p.strip() for p in parts if p.strip()]


def _item(kind: str, body: str) -> NoteItem | None:
    if not body:
        return None
    name = _referral_name(body) if kind == "referral" else None
    return NoteItem("said" if kind == "referral" and name is None else kind, body, name)


def _items(kind: str, body: str) -> list[NoteItem]:
    """The items of a line: one, or one for each person a referral line names."""
    texts = _referrals(body) if kind == "referral" else [body]
    return [i for i in (_item(kind, t) for t in texts) if i is not None]


def _labelled(label: str, body: str) -> list[NoteItem]:
    """A line under a label the notes' vocabulary does not know: a point the person made
    ("biggest thing: …") unless its words say more ("book rec:" is a resource); under `me:`
    the user's plan (or, when it plans nothing, their question). The sentences after the
    first are read by their wording."""
    words = label.casefold().split()
    spans = [*words, *map(" ".join, pairwise(words))]
    known = [k for k in map(_label_kind, spans) if k != "said"]
    mine = _MINE.fullmatch(label.strip()) is not None
    found: list[NoteItem] = []
    for n, sentence in enumerate(_SENTENCE_END.split(_clean(body))):
        sentence = _clean(sentence)
        reply = _BARE_REPLY.match(sentence) if mine else None
        if reply:
            sentence = sentence[reply.end():].strip()
        if not sentence:
            continue
        wording = _wording_kind(sentence)
        if mine and (n == 0 or reply):
            plans = wording == "action" or starts_imperative(sentence)
            kind = "action" if plans else "said"
        elif n == 0 and known:
            kind = known[0]
        elif n == 0:
            kind = wording if wording in ("referral", "resource", "advice") else "point"
        else:
            kind = wording
        found.extend(_items(kind, sentence))
    return found


def parse_notes(text: str) -> list[NoteItem]:
    """The notes' lines (and the sentences of a long line) as items, in order, shorthand
    written out; the lines at the top that only say who/when/how long are left out."""
    items: list[NoteItem] = []
    for raw in _pieces(expand_shorthand(text)):
        line = _clean(raw)
        if not line or line.startswith("#"):
            continue
        label = _LABEL.match(raw)
        other = None if label else _ANY_LABEL.match(raw)
        if not items and not label and not other and _is_header(line):
            continue
        if label:
            items.extend(_items(_label_kind(label.group(1)), _clean(raw[label.end():])))
        elif other:
            items.extend(_labelled(other.group(1), raw[other.end():]))
        else:
            items.extend(_items(_wording_kind(line), line))
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
