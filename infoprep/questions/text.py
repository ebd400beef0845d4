"""Words and sentences: the small text tools the evidence index and the filter share.

Sentences are kept as (start, end) offsets into the source text, so every passage quoted as
evidence is an exact slice of that source.
"""

from __future__ import annotations

import re
import threading
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "AIMS", "STOPWORDS", "WORKPLACE", "acronyms", "content_terms", "sentence_spans", "stem",
    "words",
]

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before a space and an
# opening capital, digit or quote; line breaks always end one.
# "Department of Planning and Community Development (PCD)": a run of capitalised words (with
# the small words that join them) and the acronym that stands for it, in brackets after it.
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:of|and|&|the|for|on|[A-Z][\w'’-]*))*)\s+\(([A-Z]{2,8})s?\)"
)
_JOINING = frozenset({"of", "and", "&", "the", "for", "on"})
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*")


def _word_list(name: str) -> frozenset[str]:
    data = tomllib.loads(
        resources.files("infoprep.questions").joinpath("data/words.toml").read_text("utf-8")
    )
    return frozenset(str(data[name]).split())


_ABBREVIATIONS = _word_list("abbreviations")
STOPWORDS = _word_list("stopwords")
WORKPLACE = _word_list("workplace")
AIMS = _word_list("aims")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word."""
    return str(_stemmer().stemWord(word))


_local = threading.local()


def _stemmer() -> Any:
    # A Snowball stemmer keeps its state between calls: one per thread (batch runs rows in
    # threads, and notebooks run the async twins in threads).
    found = getattr(_local, "stemmer", None)
    if found is None:
        import snowballstemmer

        found = _local.stemmer = snowballstemmer.stemmer("english")
    return found


def words(text: str) -> list[str]:
    """Lower-case words of `text`, apostrophes normalised."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords), in order, without repeats."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word in STOPWORDS or len(word) < 2:
            continue
        seen.setdefault(stem(word.removesuffix("'s")), None)
    return list(seen)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms `text` defines, lower-case, each with the run of words it stands for: the
    capitalised words whose initials end with the acronym's letters, back to the run's start
    ("Department of Planning and Community Development (PCD)" gives "pcd")."""
    found: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        run, short = match.group(1).split(), match.group(2)
        while run and run[0].lower() in _JOINING:
            run.pop(0)
        initials = "".join(w[0] for w in run if w.lower() not in _JOINING)
        if len(initials) >= len(short) and initials.upper().endswith(short):
            found.setdefault(short.lower(), " ".join(run))
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        # Keep closing quotes or brackets with the sentence they end.
        while end < len(text) and text[end] in "\"'”’)]":
            end += 1
        _add_span(text, start, end, spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:dot].lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
