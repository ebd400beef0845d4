"""Words of the recipient's put at the wrong event.

A model quoting the recipient knows every event, podcast and publication of the dossier,
and slips one for another: "On Namibian Women in Aviation Day you said the pen weighs more
than the spanner", where research has that line from an episode of Hangar Talk Africa; "your
2023 closing talk at the Mountain Forests Forum, “Fir is not a luxury”", where that talk was
given at Carpathian Silviculture Days. Each name is known, and so are the words: together
they are wrong.

What the recipient said is what the draft quotes (three words or more in quotation marks) or
what follows "you said", "you told", "your point that" …; research has it when a paragraph
of a known text holds it word for word (the whole of it, or any five words running). The
place it is put at is a name of two words or more after "on" or "at" in the same clause ("On
Hangar Talk Africa you said …", "your talk at the Mountain Forests Forum, “…”"). It is
flagged when no known paragraph that holds the words names that place, nor the first
paragraph of its text, which names what a page is of; a name of the recipient, their
employer or the user is never one.
"""

from __future__ import annotations

import re

from .claim_finder import Claim
from .known_texts import KnownTexts
from .name_spans import name_spans
from .text import normalise

__all__ = ["misplaced_sayings"]


_QUOTED = re.compile(r"[“\"‘]([^”\"’]+)[”\"’]")
_SAYING = re.compile(
    r"\b(?:you\s+(?:said|told\s+\w+|wrote|explained|argued|described|put\s+it|"
    r"made\s+the\s+point|talked\s+about|spoke\s+about)|your\s+(?:[\w-]+\s+){0,2}(?:line|"
    r"point|remark|words|comment|argument))\b(?:\s*,)?(?:\s+(?:that|about|on))?\s+",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:—–!?]|\.(?:\s|$)")
_CLAUSE = re.compile(r"[;—–!?]|\.(?:\s|$)")
# The words before a place the words are put at: "On Hangar Talk Africa", "at the Forum".
_AT = re.compile(r"\b(?:on|at)\s+(?:the\s+)?$", re.IGNORECASE)
# How many words running a known text must share with what the draft quotes.
_RUN = 5
# Fewest words a quotation has.
_QUOTE_WORDS = 3
# Most words between the place and what is said there; most words of a page's heading.
_NEAR = 4
_HEADING_WORDS = 12


def _sayings(clause: str) -> list[tuple[int, int, str]]:
    """Where `clause` quotes the recipient as saying something, and what (normalised)."""
    said = [(m.start(), m.end(), m.group(1)) for m in _QUOTED.finditer(clause)
            if len(m.group(1).split()) >= _QUOTE_WORDS]
    for m in _SAYING.finditer(clause):
        end = _CLAUSE_END.search(clause, m.end())
        said.append((m.start(), m.end(), clause[m.end():end.start() if end else len(clause)]))
    return [(a, b, n) for a, b, n in ((a, b, normalise(s)) for a, b, s in said)
            if len(n.split()) >= _QUOTE_WORDS]


def _holding(words: list[str], texts: list[list[str]]) -> list[tuple[str, str]]:
    """Where known texts (as paragraphs, normalised and spaced) hold `words` whole or any
    `_RUN` of them: each such paragraph, with the first of its text, which names what a page
    is of ("On episode 41 of Hangar Talk Africa, …", "Episode 88: From the prompt desk")."""
    runs = ([" ".join(words)] if len(words) <= _RUN else
            [" ".join(words[k:k + _RUN]) for k in range(len(words) - _RUN + 1)])
    return [(paragraphs[0], paragraph) for paragraphs in texts for paragraph in paragraphs
            if any(f" {run} " in paragraph for run in runs)]


def _words_apart(clause: str, a: int, b: int) -> int:
    """How many words stand between two places of `clause`."""
    return len(clause[min(a, b):max(a, b)].split())


def misplaced_sayings(sentence: str, support: KnownTexts) -> list[Claim]:
    """The places `sentence` puts the recipient's words at that no known text with those
    words names."""
    found: list[Claim] = []
    for clause in _CLAUSE.split(sentence):
        sayings = _sayings(clause)
        holders = [h for _, _, said in sayings
                   for h in _holding(said.split(), support.known_paragraphs())]
        if not holders:
            continue  # words research does not give: checked as any other words
        quotes = [m.span(1) for m in _QUOTED.finditer(clause)]
        for name in name_spans(clause, support.vocabulary):
            norm = f" {normalise(name)} "
            at = clause.find(name)
            if (at < 0 or not _AT.search(clause[:at]) or len(norm.split()) < 2
                    or any(a <= at < b for a, b in quotes) or support.is_subject_part(name)
                    or support.names_subject(name) or support.users_own_name(name)
                    or not support.texts_naming(norm)):
                continue
            # The place stands by the words: "On Hangar Talk Africa you said …", not a farm
            # named at the end of a long clause about a talk.
            if not any(_words_apart(clause, at + len(name), a) <= _NEAR if at < a else
                       _words_apart(clause, b, at) <= _NEAR for a, b, _ in sayings):
                continue
            # Named in the paragraph, its page's first, or beside that first paragraph in
            # another text (a page's title: "The Production Office, episode 88: From …").
            if not any(norm in heading or norm in paragraph or _named_with(heading, norm, support)
                       for heading, paragraph in holders):
                found.append(Claim(name, "event", sentence,
                                   note=f"research never puts these words with “{name}”"))
    return found


def _named_with(heading: str, norm: str, support: KnownTexts) -> bool:
    """Whether a known text names `norm` beside the short `heading` of a page."""
    if len(heading.split()) > _HEADING_WORDS:
        return False
    return any(heading.strip() in text for text in support.texts_naming(norm))
