"""Figures of speech: English idioms that say nothing specific about anyone.

"The anemometers sound like a game changer", "I'd like to make the jump to sports fields
one of these days", "how someone learns voicing step by step": the words of the idiom are
no term of the trade and no detail research must give; what the idiom is said of is checked
as usual. The idioms are listed in data/idioms.txt, matched whole, ignoring case and
accents; a word ending in "*" takes any ending ("make*": makes, making).
"""

from __future__ import annotations

import re
from importlib import resources

from .text import normalise

__all__ = ["idiom_spans"]

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _key(word: str) -> str:
    return normalise(word).replace(" ", "")


def _read() -> list[tuple[tuple[str, bool], ...]]:
    """The idioms of data/idioms.txt, as tuples of (key, takes any ending)."""
    text = resources.files("infoprep.drafts").joinpath("data/idioms.txt").read_text("utf-8")
    found: list[tuple[tuple[str, bool], ...]] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        found.append(tuple((_key(w.rstrip("*")), w.endswith("*")) for w in entry.split()))
    return found


_IDIOMS = _read()


def _fits(token: str, key: str, any_ending: bool) -> bool:
    """Whether `token` is the idiom's word `key`, or, where it takes any ending, a form of
    it ("makes", "making": a final "e" may drop, "hitting": a consonant may double)."""
    if token == key or not any_ending:
        return token == key
    stem = key[:-1] if key.endswith("e") else key
    return token.startswith(stem) and len(token) - len(stem) <= 4


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of `text` that are idioms ("a game changer": "game changer")."""
    tokens = [(m.start(), m.end(), _key(m.group())) for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        for idiom in _IDIOMS:
            size = len(idiom)
            if i + size <= len(tokens) and all(
                    _fits(tokens[i + k][2], key, any_ending)
                    for k, (key, any_ending) in enumerate(idiom)):
                spans.append((tokens[i][0], tokens[i + size - 1][1]))
    return spans
