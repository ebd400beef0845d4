"""Spelling variants: British and American forms of one word ("practise" / "practice",
"organise" / "organize", "colour" / "color", "centre" / "center", "travelled" /
"traveled"). A word written the other way is the same word: as frequent, as known."""

from __future__ import annotations

import re

__all__ = ["related_forms", "spelling_variants"]

# (pattern, replacement) pairs, each applied on its own; both directions are listed.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),  # organise -> organize
        (r"iz(e|es|ed|ing|ation|ations|er|ers)$", r"is\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),  # analyse -> analyze
        (r"yz(e|es|ed|ing)$", r"ys\1"),
        (r"our(s|ed|ing|ful|ite|ites|able)?$", r"or\1"),  # colour -> color, favourite
        (r"([^aeiou])or(s|ed|ing|ful|ite|ites|able)?$", r"\1our\2"),
        (r"([^aeiou])re(s|d)?$", r"\1er\2"),  # centre -> center, theatres
        (r"([^aeiou])er(s|ed)?$", r"\1re\2"),
        (r"ise(s|d)?$", r"ice\1"),  # practise -> practice (the noun in both)
        (r"ice(s|d)?$", r"ise\1"),
        (r"ence(s)?$", r"ense\1"),  # licence -> license, defence -> defense
        (r"ense(s)?$", r"ence\1"),
        (r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),  # travelled -> traveled, modelling
        (r"([aeiou])l(ed|ing|er|ers)$", r"\1ll\2"),
        (r"ogue(s)?$", r"og\1"),  # catalogue -> catalog
        (r"amme(s)?$", r"am\1"),  # programme -> program
    ]
]


def spelling_variants(low: str) -> set[str]:
    """The other spellings `low` (lower case) may have, itself excluded. Each rule changes
    one ending; the caller decides whether a variant is a word (by a list or known texts),
    so a rule that makes a non-word from a word ("paper" -> "papre") is harmless."""
    if len(low) < 4:
        return set()
    found = {rule.sub(replacement, low) for rule, replacement in _RULES}
    found.discard(low)
    return found


# Nouns and verbs of one root that differ inside the word, not at its end ("resale" /
# "resell", "advice" / "advise", "growth" / "grow"): a draft may say either of a known one.
_ROOT_GROUPS: list[tuple[str, ...]] = [
    ("sale", "sell", "sold"), ("tale", "tell", "told"), ("song", "sing", "sang", "sung"),
    ("gift", "give", "gave", "given"), ("loss", "lose", "lost"),
    ("choice", "choose", "chose", "chosen"), ("speech", "speak", "spoke", "spoken"),
    ("growth", "grow", "grew", "grown"), ("proof", "prove"), ("advice", "advise"),
    ("belief", "believe"), ("life", "live"), ("breath", "breathe"), ("bath", "bathe"),
    ("thought", "think"), ("flight", "fly", "flew", "flown"), ("deed", "do", "did"),
    ("sight", "see", "saw", "seen"), ("bond", "bind", "bound"), ("feed", "food"),
    ("seat", "sit", "sat"), ("wrote", "write", "written"), ("strife", "strive"),
]
_ROOT_OF = {member: group for group in _ROOT_GROUPS for member in group}
_PREFIXES = ("", "re", "pre", "un", "over", "under", "out", "mis", "co", "up", "down")
_INFLECTIONS = ("", "s", "es", "ing", "ed", "d")


def related_forms(low: str) -> set[str]:
    """The other words of `low`'s root when it changes inside the word ("resell" ->
    "resale", "resold"), with its prefix kept; itself excluded."""
    found: set[str] = set()
    for prefix in _PREFIXES:
        if not low.startswith(prefix):
            continue
        rest = low[len(prefix):]
        for ending in _INFLECTIONS:
            if ending and not rest.endswith(ending):
                continue
            root = rest[: len(rest) - len(ending)] if ending else rest
            group = _ROOT_OF.get(root) or _ROOT_OF.get(root + "e")
            if group is not None:
                found |= {prefix + member for member in group}
    found.discard(low)
    return found
