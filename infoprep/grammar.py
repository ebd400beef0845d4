"""English for sentences about someone: verb agreement when a sentence is retold to or about
them ("she leads" is said "you lead" to her, and "we build" is said "Acme builds" of the
company), and a job title as it reads in running text ("As a senior reliability engineer")."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "ADVERBS", "IRREGULAR_PAST", "TAKES_THE", "as_role", "as_topic", "in_sentence", "is_adverb",
    "quotable", "running_title", "second_person", "third_person", "to_you",
]

# Adverbs that may stand between a subject and its verb ("Jordan also leads").
ADVERBS = frozenset({
    "also", "now", "still", "currently", "previously", "recently", "already", "often",
    "usually", "later", "then", "first", "once", "today", "formerly", "together", "jointly",
})
_LY_VERBS = frozenset({
    "apply", "supply", "reply", "rely", "comply", "imply", "multiply", "rally", "tally", "bully",
})
_MODALS = frozenset({
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "had", "did",
    "used",
})
# Past forms that do not end in -ed; a verb in one of these forms keeps it.
IRREGULAR_PAST = frozenset({
    "became", "began", "brought", "built", "bought", "caught", "chose", "came", "cut", "drew",
    "drove", "fell", "felt", "found", "flew", "forgot", "gave", "got", "grew", "held", "hid",
    "hit", "hung", "kept", "knew", "laid", "led", "left", "lent", "let", "lost", "made",
    "meant", "met", "paid", "put", "quit", "ran", "rang", "read", "rose", "said", "sat",
    "saw", "sent", "set", "shot", "showed", "shut", "sold", "sought", "spent", "split",
    "spoke", "spun", "stood", "stole", "struck", "swore", "swam", "took", "taught", "told",
    "thought", "threw", "understood", "undertook", "went", "won", "wrote", "overtook",
    "oversaw", "withdrew", "rebuilt", "remade", "rewrote", "outgrew",
})
# "be", "have" and "do" after "he" or "she", and after "you".
_TO_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
           "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "isn’t": "aren’t",
           "wasn’t": "weren’t", "hasn’t": "haven’t", "doesn’t": "don’t"}


def is_adverb(word: str) -> bool:
    """An adverb between a subject and its verb: a known one, or one in -ly that is no verb."""
    return word in ADVERBS or (
        word.endswith("ly") and word.isalpha() and len(word) > 4 and word not in _LY_VERBS
    )


def second_person(verb: str) -> str:
    """A verb after "he" or "she" in its form after "you": "leads" -> "lead", "is" -> "are";
    a past form or a modal is unchanged."""
    if verb in _TO_YOU:
        return _TO_YOU[verb]
    if verb in _MODALS or verb.endswith("ed") or not verb.endswith("s") or verb.endswith("ss"):
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def third_person(verb: str) -> str:
    """A verb after "we" in its form after a company's name: "build" -> "builds"; a past
    form or a modal is unchanged."""
    lower = verb.casefold()
    if lower in _MODALS or lower.endswith("ed") or lower in IRREGULAR_PAST:
        return verb
    if lower.endswith(("ch", "sh", "ss", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_NOT_AFTER_POSSESSIVE = (
    r"(?:my|your|our|their|his|her|its|a|an|the|this|that|these|those|some|any|one|two|"
    r"three|about|to|for|with|at|on|in|from|and|or|if|when|what|how|why|know|back|again|"
    r"directly|later|soon|first|then|now|too|once|after|before|next|today|tomorrow|"
    r"there|here|as|so|but)"
)
_SUBJECT = re.compile(r"\b(?:she|he)(?:\s+(?P<adverb>\w+ly|also|still|now|often|usually))?"
                      r"\s+(?P<verb>[a-z]+(?:n['’]t)?)\b", re.IGNORECASE)
_SUBJECT_S = re.compile(r"\b(?:she|he)['’]s\s+(?P<next>\w+)", re.IGNORECASE)


def to_you(text: str, names: tuple[str, ...] = ()) -> str:
    """A remark about someone ("most of her week is spent …", "she thinks …") said to them:
    "she"/"he" -> "you" with the verb agreeing, "her"/"his" -> "your", "him" -> "you", and
    each of `names` in the possessive ("Jordan's team" -> "your team")."""
    for name in names:
        # Only the possessive: a bare name may be a subject whose verb would need turning.
        text = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", text)

    def subject(m: re.Match[str]) -> str:
        adverb = f" {m.group('adverb')}" if m.group("adverb") else ""
        return f"you{adverb} {second_person(m.group('verb'))}"

    def contracted(m: re.Match[str]) -> str:
        after = m.group("next")
        has = after in ("been", "got", "had", "done") or after.endswith("ed")
        return f"you{'’ve' if '’' in m.group(0) else chr(39) + 've'} {after}" if has else (
            f"you{'’re' if '’' in m.group(0) else chr(39) + 're'} {after}")

    text = _SUBJECT_S.sub(contracted, text)
    text = _SUBJECT.sub(subject, text)
    text = re.sub(r"\b(?:herself|himself)\b", "yourself", text)
    # "her" before a determiner or a preposition is the object ("send her my logs", "ask her
    # about it"); so it is after a verb of giving ("send her reel link": the user's reel,
    # sent to her); before a noun it is the possessive ("her session").
    text = re.sub(r"\b(send|give|show|email|e-mail|forward|pass|mail|text)\s+(?:her|him)\b",
                  r"\1 you", text, flags=re.IGNORECASE)
    text = re.sub(rf"\bher\b(?=\s+(?!{_NOT_AFTER_POSSESSIVE}\b)[a-z])", "your", text)
    text = re.sub(r"\bhis\b(?=\s+[a-z])", "your", text)
    return re.sub(r"\b(?:him|her)\b", "you", text)


# Organisation names that read with "the" in a sentence ("the City of Halden …").
TAKES_THE = re.compile(
    r"^(?:(?:City|County|State|University|Department|Ministry|Office|Bank|Institute|Museum|"
    r"Council|Government|Federal|National|Royal)\s+of\b|.*\b(?:Department|Ministry|Agency|"
    r"Council|Authority|Commission|Service|Institute|Foundation|Trust)$)"
)


def in_sentence(name: str) -> str:
    """An organisation's name as it reads inside a sentence: "the City of Wexford Landing",
    "the Cinder Fork Regional Emergency Communications Authority", "Brindlework"."""
    name = " ".join(name.split())
    return f"the {name}" if TAKES_THE.match(name) else name


def running_title(title: str) -> str:
    """A job title as it reads inside a sentence: one written in sentence case ("Senior
    distribution reliability engineer") is a description, so its first letter goes lower
    case; a title in title case ("Head of Product") or one starting with an acronym ("UX
    researcher") stays as it is."""
    title = " ".join(title.split())
    words = title.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return title
    later = [w for w in words[1:] if w[:1].isalpha()]
    if later and all(w[:1].islower() for w in later):
        return words[0][:1].lower() + title[1:]
    return title


def as_role(title: str) -> str:
    """What follows "As" or "become": "a senior distribution reliability engineer" for a
    described role, "Head of Product" for a titled one, "an interpretation supervisor"."""
    running = running_title(title)
    if running[:1].isupper() or re.match(r"(?i)(?:a|an|the)\s", running):
        return running
    return ("an " if running[:1].lower() in "aeiou" else "a ") + running


def quotable(title: str) -> str:
    """A title to put inside double quotes: quotes it holds become single ones
    ("“He Said He Was an Engineer”: Romance Scams" -> "‘He Said He Was an Engineer’: Romance
    Scams"), so a sentence never shows ““ or ””."""
    title = re.sub(r"“([^”]*)”", r"‘\1’", title)
    return re.sub(r'"([^"]*)"', r"‘\1’", title)


# The last word of a named plan or project: "the Waterfront District Subarea Plan".
_PLAN_NOUN = re.compile(
    r"(?:Plan|Project|Program|Programme|Initiative|Study|Strategy|Policy|Code|Review|Report|"
    r"Framework|Partnership|Campaign|Pilot|Fund|Ordinance|Rewrite|Update|Survey|Assessment|"
    r"Redevelopment|Expansion|Renovation|Restoration|Collaborative|Reform|Task\s+Force)$"
)
_SMALL = frozenset({"a", "an", "and", "the", "of", "for", "with", "to", "in", "on", "by", "at",
                    "&", "that", "who", "from", "into", "or"})
# Someone in the topic ("founded by his grandparents", "the call that made me want to teach"):
# said to the person, it would be about someone else. ("their" is mostly anyone's: "people who
# work with their hands".)
_SOMEONE = re.compile(r"\b(?:I|I['’]\w+)\b|\b(?:[Mm]y|me|[Ww]e|[Oo]ur|us|[Hh]e|[Ss]he|[Hh]is|"
                      r"[Hh]er|him)\b")


def as_topic(topic: str, common: Callable[[str], bool]) -> str | None:
    """A topic of someone's work as it reads after "your work involves": a heading's first
    word in lower case when it is a common word ("Designing for people who work with their
    hands" -> "designing for people …"), "the" before a plan's name ("the Waterfront District
    Subarea Plan"), a list without its story ("logistics, mites and the summer job that turned
    into a career" -> "logistics and mites"); None when it cannot read there (a question "How
    climate change is moving …", someone's "his" or "I", a heading of names). `common` says
    whether a word is an everyday one, not a name."""
    text = " ".join(topic.split()).strip(" .;:,")
    if not text or re.match(r"(?i)(?:how|what|why|when|where|who|which|whether)\b", text):
        return None
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if i]
    if len(items) > 1:
        short = [i for i in items
                 if len(i.split()) <= 3 and not re.search(r"\b(?:that|who|which|where)\b", i)]
        if len(short) < len(items):
            if not short:
                return None
            text = short[0] if len(short) == 1 else ", ".join(short[:-1]) + " and " + short[-1]
    if _SOMEONE.search(text):
        return None
    words = text.split()
    telling = [w for w in words if w.casefold() not in _SMALL]
    first = words[0]
    if len(telling) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in telling):
        # In title case: a plan's name takes "the"; a heading of common words reads in lower
        # case ("Research That Leaves the Building"); anything else is a name to leave be.
        if _PLAN_NOUN.search(text):
            return text if first in ("The", "the") else f"the {text}"
        if all(common(w) for w in telling if not w.isupper()) and not any(
                w.isupper() and len(w) > 1 for w in telling):
            return text.casefold()
        return None
    if first[:1].isupper() and not first.isupper() and first != "I" and common(first):
        return first[:1].lower() + text[1:]
    return text
