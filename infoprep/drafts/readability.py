"""Flesch reading ease, computed here rather than with a library.

The drafts need only a coarse band ("not academic prose, not baby talk"), and the formula is
three terms over word, sentence and syllable counts. Libraries that do this well (textstat)
bring hyphenation dictionaries and caches for a precision a band check does not use; the
vowel-group syllable count below is within a syllable or two per sentence of a dictionary's
on ordinary English, which moves the score by a few points at most.
"""

from __future__ import annotations

import re

from .text import sentences, words

__all__ = ["flesch_reading_ease", "syllables"]

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """An estimate of a word's syllables: vowel groups, minus a silent final e."""
    letters = re.sub(r"[^a-z]", "", word.casefold())
    if not letters:
        digits = re.sub(r"\D", "", word)
        return max(1, len(digits) // 2) if digits else 0
    count = len(_VOWEL_GROUPS.findall(letters))
    if letters.endswith("e") and not letters.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if letters.endswith(("ed", "es")) and count > 1 and not re.search(r"[td]ed$|[sxzh]es$",
                                                                      letters):
        count -= 1
    return max(1, count)


def flesch_reading_ease(text: str) -> float:
    """206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier)."""
    found = words(text)
    if not found:
        return 0.0
    count_sentences = max(1, len(sentences(text)))
    count_syllables = sum(syllables(w) for w in found)
    return 206.835 - 1.015 * len(found) / count_sentences - 84.6 * count_syllables / len(found)
