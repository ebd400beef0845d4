"""Acronyms, initials and clipped words: how a short form in a draft is matched to the
known words it stands for ("HRBP" for "HR Business Partner", "AMS" for "antimicrobial
stewardship", "stats" for "statistics")."""

from __future__ import annotations

import re

from .text import word_set

_ACRONYM_SKIP = word_set("of and for the in on at to &")


def clip_of(clip: str, word: str) -> bool:
    """Whether `clip` starts `word`, or is a clip of four letters or more that keeps the
    word's plural -s ("stats" for "statistics")."""
    return word.startswith(clip) or (
        len(clip) >= 5 and clip.endswith("s") and word.endswith("s")
        and len(word) >= len(clip) + 3 and word.startswith(clip[:-1]))


def acronyms_of(words: list[str]) -> set[str]:
    """The acronyms consecutive `words` make: their initials, short joining words counted
    or skipped; an all-capital word gives all its letters ("HR Business Partner": HRBP)."""
    found: set[str] = set()
    tokens = [w.casefold() for w in words]
    for start in range(len(tokens)):
        if tokens[start] in _ACRONYM_SKIP:
            continue
        every = skipped = capitals = ""
        for word, token in zip(words[start:start + 10], tokens[start:start + 10], strict=True):
            every += token[0]
            if token not in _ACRONYM_SKIP:
                skipped += token[0]
                capitals += token if 2 <= len(word) <= 4 and word.isupper() else token[0]
            if token not in _ACRONYM_SKIP and len(skipped) >= 2:
                found.update((every, skipped))
                if len(capitals) <= 6:
                    found.add(capitals)
            if len(skipped) >= 6:
                break
    return found


_UNIVERSITY_OF = re.compile(r"\bUniversity\s+of\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+University\b")

# Prefixes an acronym may give a letter of its own ("AMS" for "antimicrobial stewardship").
_ACRONYM_PREFIXES = ("anti", "inter", "multi", "micro", "trans", "super", "cyber", "tele",
                     "bio", "neuro", "non", "post", "pre", "sub", "infra", "ultra", "hydro",
                     "electro", "thermo", "photo", "semi")


def _split_prefix(word: str) -> list[str]:
    """`word` as its prefix and the rest when the rest is a word of four letters or more
    (three after a long prefix: "infra" + "red")."""
    low = word.casefold()
    for prefix in _ACRONYM_PREFIXES:
        if low.startswith(prefix) and len(low) - len(prefix) >= (3 if len(prefix) >= 5 else 4):
            return [word[:len(prefix)], word[len(prefix):]]
    return [word]


def _compound_initials(letters: str, word: str) -> bool:
    """Whether `letters` abbreviate `word`, a compound of two parts joined by "o"
    ("musculo|skeletal", "cardio|vascular"), four letters each at least: one group per
    part, each its part's first letter then letters in order from the next two."""
    for k in range(4, len(word) - 3):
        if word[k - 1] != "o" or word[k] in "aeiou":
            continue
        first, second = word[:k], word[k:]
        for cut in range(1, len(letters)):
            a, b = letters[:cut], letters[cut:]
            if all(_starts(group, part) for group, part in ((a, first), (b, second))):
                return True
    return False


def _starts(group: str, part: str) -> bool:
    """`group` is `part`'s first letter, then letters in order from its next two."""
    if not group or group[0] != part[0]:
        return False
    rest = iter(part[1:3])
    return all(c in rest for c in group[1:])


def mixed_pieces(word: str) -> list[str] | None:
    """A short form in mixed case ("PGDip", "MSc") as its pieces: each lone capital a
    word's initial, a capital with lower-case letters after it a clipped word ("PG",
    "Dip": P, G, Dip); None when `word` is not such a form."""
    if not (3 <= len(word) <= 10 and word.isalpha() and word[0].isupper()):
        return None
    pieces = re.findall(r"[A-Z][a-z]*", word)
    if "".join(pieces) != word or len(pieces) < 2 or all(len(p) == 1 for p in pieces):
        return None
    return pieces if all(len(p) <= 5 for p in pieces) else None  # "Donald" is no clip


def spells(pieces: list[str], words: list[str]) -> bool:
    """Whether `pieces` (from mixed_pieces) stand for consecutive `words`, short joining
    words skipped: a lone capital the initial of its word, a clipped piece its word's start
    ("PG", "Dip" for "post graduate diploma")."""
    tokens = [w.casefold() for w in words if w.casefold() not in _ACRONYM_SKIP]
    want = [p.casefold() for p in pieces]
    for start in range(len(tokens) - len(want) + 1):
        if all(tokens[start + i].startswith(piece) for i, piece in enumerate(want)):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """`letters` start `word` and the rest follow in order ("pt" in "portuguese")."""
    if not letters or not word.startswith(letters[0]):
        return False
    rest = iter(word[1:])
    return all(c in rest for c in letters[1:])


_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})[-_]([A-Z]{2})")


def tag_spelled(tag: str, country: str, language: str) -> bool:
    """Whether a language tag ("pt-BR") spells the country adjective and language of a
    known pair ("Brazilian Portuguese"): each code's letters in order in its word."""
    m = _LANGUAGE_TAG.fullmatch(tag)
    return m is not None and _in_order(m.group(1), language.casefold()) and _in_order(
        m.group(2).casefold(), country.casefold())


def is_language_tag(word: str) -> bool:
    return _LANGUAGE_TAG.fullmatch(word) is not None


def spelled_by_starts(acronym: str, words: list[str]) -> bool:
    """Whether a capitalised short form takes the start of each of consecutive `words`, one
    letter or more, short joining words skipped: "SAMTRA" for "South African Maritime
    TRaining Academy". Every word of the run is used, so no word is passed over."""
    letters = acronym.casefold()
    tokens = [w.casefold() for w in words if w.casefold() not in _ACRONYM_SKIP]

    def fits(at: int, index: int) -> bool:
        if at == len(letters):
            return index > 0
        if index >= len(tokens):
            return False
        word = tokens[index]
        return any(word.startswith(letters[at:at + size]) and fits(at + size, index + 1)
                   for size in range(1, min(3, len(letters) - at) + 1))

    return any(tokens[start][:1] == letters[:1] and fits(0, start)
               for start in range(len(tokens)))
