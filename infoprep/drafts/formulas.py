"""The formulas of a letter: where a draft greets, thanks, congratulates or signs off.

Writers mix the formulas of their own language into English ("Grüß Gott Ms. Amundsen",
"Vergelt's Gott and kind regards,", "Au plaisir, Geneviève", "LG Lukas"). What a formula
says is no claim about the recipient, so the grounding check leaves it out. The formulas
are listed in data/formulas.txt: single words and phrases that may stand anywhere, and
words that are a formula only where they open a sentence or a line ("LG", a company name
elsewhere). A gloss in brackets that itself holds a formula ("Ẹ ṣé gan an (that's \"thank
you very much\" in Yoruba)!") is part of the formula it explains.
"""

from __future__ import annotations

import re
from importlib import resources

from .text import normalise

__all__ = ["FORMULA_WORDS", "formula_spans", "is_formula"]

# A word with inner apostrophes ("Vergelt's"), in any script.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BRACKETS = re.compile(r"\(([^()\n]{1,160})\)")


def _key(word: str) -> str:
    """A word as the list is matched: no case, accents or possessive."""
    return normalise(word).replace(" ", "")


def _read() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """From data/formulas.txt: the formulas that stand anywhere (as tuples of keys), the
    words that are formulas only at the start of a sentence or a line, and the single words
    that stand anywhere, as written (case folded) and as keys."""
    text = resources.files("infoprep.drafts").joinpath("data/formulas.txt").read_text("utf-8")
    anywhere: set[tuple[str, ...]] = set()
    edges: set[str] = set()
    single: set[str] = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry.startswith("^"):
            edges.add(_key(entry[1:]))
            continue
        keys = tuple(k for k in (_key(w) for w in _TOKEN.findall(entry)) if k)
        if keys:
            anywhere.add(keys)
        if len(keys) == 1 and " " not in entry:
            single.update({entry.casefold(), keys[0]})
    return frozenset(anywhere), frozenset(edges), frozenset(single)


_ANYWHERE, _EDGES, _SINGLE = _read()


FORMULA_WORDS = _SINGLE
"""The single words listed to stand anywhere: thanks or a greeting, never a name or term."""


def is_formula(phrase: str) -> bool:
    """Whether every word of `phrase` is a formula word that may stand anywhere
    ("congratulations"): no detail about anyone."""
    keys = [_key(w) for w in _TOKEN.findall(phrase)]
    return bool(keys) and all(k in FORMULA_WORDS for k in keys if k)


def formula_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of `text` that are formulas: listed phrases and words, the
    words listed for the start of a sentence or line where they stand there, and a gloss
    in brackets holding a formula."""
    anywhere, edges = _ANYWHERE, _EDGES
    longest = max(len(keys) for keys in anywhere)
    tokens = [(m.start(), m.end(), _key(m.group())) for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            keys = tuple(t[2] for t in tokens[i:i + size])
            if keys in anywhere or (size == 1 and keys[0] in edges
                                    and _opens(text, tokens[i][0])):
                spans.append((tokens[i][0], tokens[i + size - 1][1]))
                i += size
                break
        else:
            i += 1
    for m in _BRACKETS.finditer(text):
        inside = m.group(1)
        if any(start >= m.start(1) and end <= m.end(1) for start, end in spans) or (
                is_formula(inside)):
            spans.append((m.start(), m.end()))
    return spans


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or a line."""
    before = text[:at].rstrip(" \t\"“'‘(")
    return not before or before[-1] in "\n.!?:;"
