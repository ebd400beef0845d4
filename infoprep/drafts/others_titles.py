"""A colleague's title given to the recipient.

A model writing from a dossier knows every title in it, and slips one person's onto another:
"your work as director of agriculture at Chemosit Valley" where research has Peter Kirui as
the director of agriculture and the recipient as its senior agronomist; "your path from
project engineer to Head of Asset Management" where that is the title of the manager she
reports to. Each title is known; given to the recipient, it is wrong.

A title is given to the recipient after "as", "to", "then", "became" or "you are now" in a
clause that speaks to them ("your work as …", "you joined … as …", "As the head of …, you
…") and not of the user or of someone else ("I am writing to you as …", "Her move to …"). It
is flagged when research gives it, beside their name, to other people only ("Our director of
agriculture, Peter Kirui", "Ruud Hoogendijk, Head of Asset Management"), and every known
sentence with the title that could be about the recipient (it names them or their employer,
or says "she", "I" …) names one of those people too. A clause that names a holder speaks of
them ("Kari's move to Head of Orchard Operations"). A holder is a person: a name that starts
with a given name and that research never puts where an employer goes ("at Svane Apotek").
"""

from __future__ import annotations

import re

from .claim_finder import Claim
from .mixups import is_role
from .name_claims import KnownNames
from .text import find_phrase, normalise

__all__ = ["titles_of_others"]


# What gives the recipient a title: "as director of agriculture", "to Head of Asset
# Management", "and then Senior Forecaster", "became the lead keeper".
_GIVEN = re.compile(r"\b(?=(?i:as|to|then|became|become|becoming|are\s+now|(?<=you )are|"
                    r"(?<=you['’])re(?:\s+now)?)\s+(?:an?\s+|the\s+)?"
                    r"((?:[\w'’&-]+\s+){0,5}[\w'’&-]+))")
# Words that end a title: "Lead Forecaster at …", "director of agriculture, who …".
_TITLE_END = frozenset({"at", "in", "for", "with", "on", "from", "and", "who", "which", "that",
                        "the", "a", "an", "is", "was", "since", "by", "to", "when", "where"})
_TO_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_OF_USER = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|my|me|myself)\b")
_CLAUSE = re.compile(r"[;:—–(]|\.\s")
# A known sentence (normalised) that may be about the recipient without naming them.
_PRONOUN = re.compile(r" (?:she|he|they|i|her|his|my) ")
# The writer introducing themselves: the title after it is theirs.
_WRITER_AS = re.compile(r"\b(?:writ|reach|introduc|contact|approach|com)\w*(?:\s+myself|\s+out)?"
                        r"\s+to\s+you\s+as\b", re.IGNORECASE)
# Someone else the clause speaks of: "Her move from the classroom to senior analyst".
_SOMEONE = re.compile(r"\b(?:she|he|her|his|they|their)\b", re.IGNORECASE)
# Words that open a firm's name, not a person's ("Van Hattem Waterbouw"), and that put a
# name where an employer goes.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "la", "le"})
_BEFORE_EMPLOYER = ("at", "joined", "the")


def _title_words(words: list[str]) -> list[str]:
    """The words of a title, up to the first word that ends one; a title in capitals
    ("Head of English Lexicography") ends at its last capitalised word."""
    kept: list[str] = []
    capitals = bool(words) and words[0][:1].isupper()
    for k, word in enumerate(words):
        # "and" inside a title in small letters joins what it heads: "quality and
        # laboratory manager"; elsewhere it ends the title.
        inner = word == "and" and not capitals and bool(kept) and any(
            k + n < len(words) and is_role(words[k + 1:k + 1 + n]) for n in (1, 2))
        if (word.casefold() in _TITLE_END and not inner) or (
                capitals and not word[:1].isupper() and word not in {"of", "and", "&"}):
            break
        kept.append(word)
    while kept and kept[-1] in {"of", "and", "&"}:
        kept.pop()
    return kept


def _spoken_to(clause: str, at: int) -> bool:
    """Whether the title at `at` in `clause` is the recipient's: "you" or "your" before it
    with no word of the user's or of someone else between ("I've been reading about your
    work as …", "the course you started in 2019 as"; not "I am writing to you as …" or "Her
    move … to senior analyst"); or "you" after it ("As the head of …, you …")."""
    if _SOMEONE.search(clause, 0, at):
        return False
    before = list(_TO_YOU.finditer(clause, 0, at))
    if before:
        if _WRITER_AS.search(clause, 0, at):
            return False  # "I am writing to you as a junior architect"
        return _OF_USER.search(clause, before[-1].end(), at) is None
    after = _TO_YOU.search(clause, at)
    return after is not None and _OF_USER.search(clause, at, after.start()) is None


def _a_person(name: str, support: KnownNames) -> bool:
    """Whether a name research gives a role beside is a person's: one that starts with a
    given name and that research never puts where an employer goes ("at Svane Apotek",
    "joined Tidewater Animation", "the Tshwane Times"); "Van Hattem Waterbouw" starts with
    no given name."""
    first = name.split()[0]
    if first.casefold() in _PARTICLES or not support.has_given_name(first):
        return False
    norm = normalise(name)
    return not any(support.texts_naming(f" {word} {norm} ") for word in _BEFORE_EMPLOYER)


def titles_of_others(sentence: str, support: KnownNames) -> list[Claim]:
    """The titles `sentence` gives the recipient that research gives, beside their name,
    only to others."""
    found: list[Claim] = []
    for m in _GIVEN.finditer(sentence):
        start = max((c.end() for c in _CLAUSE.finditer(sentence, 0, m.start())), default=0)
        end_match = _CLAUSE.search(sentence, m.end())
        clause = sentence[start:end_match.start() if end_match else len(sentence)]
        if not _spoken_to(clause, m.start() - start):
            continue
        words = _title_words(m.group(1).split())
        for size in range(len(words), 1, -1):
            title = " ".join(words[:size]).rstrip(",.")
            if title.split()[-1] in {"of", "and", "&"}:
                continue
            if not is_role(title.split()) and (
                    title.split()[-1].casefold() not in support.role_heads()):
                continue  # (a role research sets beside a person is one: "senior grafter")
            holders = {h for h in support.role_holders(title) if _a_person(h, support)}
            if not holders:
                continue
            if any(support.names_subject(h) or support.is_subject_part(h)
                   or re.search(rf"\b{re.escape(h.split()[0])}\b", clause) for h in holders):
                break  # the recipient's too, or said of its holder ("Kari's move to …")
            # A known sentence with the title and none of its holders may be the recipient's
            # ("She became Operations Lead in 2021").
            held = [f" {normalise(h)} " for h in holders]
            named = support.texts_naming(f" {normalise(title)} ")
            if any(not any(h in text for h in held) and (
                    support.names_subject(text) or _PRONOUN.search(text)) for text in named):
                break
            at = find_phrase(sentence, title)
            if at >= 0:
                found.append(Claim(title, "title", sentence,
                                   note=f"research gives “{title}” to {sorted(holders)[0]}, "
                                        "not to the recipient"))
            break
    return found
