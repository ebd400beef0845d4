"""The days of the week as call notes write them: in English, in full or short ("Tues 9am"),
and in full in the other languages people take notes in ("martes 7pm", "jeudi", "Dienstag"),
from the Unicode CLDR through Babel.

Other languages' short forms are left out: many are words ("dia", "ons", "per") or parts of
one ("isn" in "isn't"). A name counts only where it names one day in every language listed.
Languages whose script `normalise` does not keep are left out: their names could never match
a note.
"""

from __future__ import annotations

from functools import cache

from .text import normalise, word_set

__all__ = ["day_forms", "english_day", "weekday_index"]

# Monday is 0, as in Babel and `datetime.date.weekday`.
_ENGLISH: dict[int, tuple[str, ...]] = {
    0: ("monday", "mon"), 1: ("tuesday", "tue", "tues"), 2: ("wednesday", "wed", "weds"),
    3: ("thursday", "thu", "thur", "thurs"), 4: ("friday", "fri"), 5: ("saturday",),
    6: ("sunday",),
}
# Languages in the Latin script, whose day names survive `normalise`.
_LANGUAGES = word_set(
    "af br bs ca cs cy da de es et eu fi fil fo fr ga gd gl ha hr hu id is it lb lt lv mi ms "
    "mt nb nl nn pl pt ro sk sl sq sv sw tr yo zu"
)


def english_day(word: str) -> int | None:
    """The day an English day name or short form names exactly ("Fri", "Thursday", "Sat"),
    else None ("month" names no Monday)."""
    low = word.casefold().rstrip(".")
    if low in {"sat", "sun"}:
        return 5 if low == "sat" else 6
    return next((day for day, forms in _ENGLISH.items() if low in forms), None)


def weekday_index(english: str) -> int | None:
    """The day an English day name or short form names, in any case, with an "'s" or in
    the plural ("Tuesday's", "Mondays", "Sat"): 0 is Monday. A word that only starts like
    one, or a name it starts, names no day ("Montana State University", "Sunshine Coast",
    "Friday Harbor")."""
    words = normalise(english).split()
    if len(words) != 1:
        return None
    low = words[0]
    for word in (low, low[:-1] if low.endswith("s") else low):
        if word in {"sat", "sun"}:
            return 5 if word == "sat" else 6
        day = next((day for day, forms in _ENGLISH.items() if word in forms), None)
        if day is not None:
            return day
    return None


@cache
def day_forms() -> dict[int, frozenset[str]]:
    """Each day's English names and short forms, and its names in every language listed,
    normalised."""
    from babel import Locale  # several locales' data: loaded only when a day is checked

    found: dict[str, set[int]] = {}
    for code in sorted(_LANGUAGES):
        names = Locale.parse(code).days
        for context in ("format", "stand-alone"):
            for day, name in names[context]["wide"].items():
                norm = normalise(str(name))
                if len(norm) >= 3:
                    found.setdefault(norm, set()).add(int(day))
    forms: dict[int, set[str]] = {day: set(english) for day, english in _ENGLISH.items()}
    for norm, days in found.items():
        if len(days) == 1:
            forms[next(iter(days))].add(norm)
    return {day: frozenset(names) for day, names in forms.items()}
