"""Word forms the grounding check reads words by: -ly adverbs, inflected forms and everyday
words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from .common_words import COMMON_WORDS, STOP_WORDS, english_rank

__all__ = ["adverb_here", "base_forms", "everyday", "judgement_word"]


_EVERYDAY_RANK = 500  # a detail of one word this frequent says nothing specific


@cache
def _judgement_forms() -> frozenset[str]:
    """Every form of the adjectives listed in data/judgement_words.txt: "busy", "busier",
    "busiest", "busily"; "true", "truest", "truly"; "big", "biggest"."""
    text = resources.files("infoprep.drafts").joinpath("data/judgement_words.txt").read_text(
        "utf-8")
    forms: set[str] = set()
    for line in text.splitlines():
        word = line.strip().casefold()
        if not word or word.startswith("#"):
            continue
        forms.add(word)
        if word.endswith("e"):
            forms |= {word + "r", word + "st", word[:-1] + "ly" if word.endswith("le")
                      else word + "ly", word[:-1] + "ly"}
        elif word.endswith("y"):
            forms |= {word[:-1] + "ier", word[:-1] + "iest", word[:-1] + "ily"}
        else:
            forms |= {word + "er", word + "est", word + "ly"}
            if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):
                forms |= {word + word[-1] + "er", word + word[-1] + "est"}
    return frozenset(forms)


def judgement_word(word: str) -> bool:
    """Whether `word` gives the writer's judgement of a thing rather than tells which thing it
    is ("a busy repair lab", "the clearest thing", "messy data"), in any of its forms."""
    return word.casefold() in _judgement_forms()


def everyday(word: str) -> bool:
    """One of the few hundred most frequent English words, as written ("use", "saying"; not
    "parking", however frequent "park" is)."""
    rank = english_rank(word)
    return rank is not None and rank < _EVERYDAY_RANK


# Endings of adjectives too rare for the frequency list ("wholehearted", "meticulous").
_ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "ive", "al", "ent", "ant", "ic", "ing", "ish",
                      "less", "ate")


def adverb_here(word: str, after: str, vocabulary: Iterable[str] = ()) -> bool:
    """Whether `word`, followed in its sentence by `after`, is an -ly adverb: it says how,
    never names or specifies anything ("follow up on that gladly", "worked closely with").
    Before a noun an -ly word is an adjective ("from hourly batch jobs")."""
    low = word.casefold()
    if not _adverb(low, set(vocabulary)):
        return False
    nxt = re.match(r"\s+([a-z][\w'’-]*)", after)
    if nxt is None:
        return True
    following = nxt.group(1)
    return (following in STOP_WORDS or following in COMMON_WORDS
            or following.endswith(("ed", "ing")))


def _adverb(low: str, vocabulary: set[str] | frozenset[str] = frozenset()) -> bool:
    """An -ly word made from a word one level plainer ("gladly", "happily", "notably",
    "basically", "wholly", "fully"). Nouns and names ending in -ly ("family", "assembly",
    "Kelly", "Italy") have no such word before the ending."""
    if not low.endswith("ly") or len(low) < 6:
        return False
    root = low[:-2]
    adjectives = {root, root + "e"}
    if root.endswith("i"):
        adjectives.add(root[:-1] + "y")  # happily
    if root.endswith(("ab", "ib")):
        adjectives.add(root + "le")  # notably, possibly
    if root.endswith("ical"):
        adjectives.add(root[:-2])  # basically
    if root.endswith("ul"):
        adjectives.add(root + "l")  # fully
    return any(len(a) >= 4 and (english_rank(a) is not None or a in vocabulary
                                or (len(a) >= 6 and a.endswith(_ADJECTIVE_ENDINGS)))
               for a in adjectives)


def base_forms(low: str) -> set[str]:
    """`low` and the words it may inflect: "cones" -> cone, "shaping" -> shape,
    "swapping" -> swap, "resonated" -> resonate, "toughest" -> tough."""
    forms = {low}
    for ending in ("ing", "est", "ed", "es", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            base = low[: -len(ending)]
            if ending == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                continue  # "cones" is cone + s, not "con" + es
            forms |= {base, base + "e"}
            if len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])
    return forms
