"""Names in a sentence: runs of capitalised words (with joiners such as "of"), minus the
capitalised words that name nothing.

A word that only starts a sentence is no name: one the known texts or the draft use in lower
case ("Learning" when "learn" is known), a frequent English word or an abstract noun before a
lower-case word ("Simple question", "Lamination is …"), an -ly adverb ("Gladly"), a past
form opening a note whose "I" is left out ("Saw Tembusu has …"). Nor are the words of the
letter and its medium: greetings and formulas in any language, honorifics ("Ma'am Rowena"),
the tools of a call ("via Zoom"), weekdays, months and everyday acronyms ("my CV").
"""

from __future__ import annotations

import re

from .common_words import COMMON_WORDS, FORMULA_WORDS, LETTER_WORDS, english_rank
from .counts import MONTHS, NUMBER_WORDS
from .text import WORD, normalise
from .word_forms import adverb_here, base_forms

__all__ = ["ABSTRACT_NOUN", "JOINERS", "OPENER_COMMON", "WEEKDAYS", "is_capitalised", "name_spans"]


# Proper nouns of the medium itself: naming them asserts nothing about the recipient.
_MEDIUM = {
    "linkedin", "linkedin premium", "zoom", "google meet", "microsoft teams", "teams", "skype",
    "facetime", "whatsapp", "signal", "slack", "email", "e mail", "inmail", "calendly",
    "phone", "video", "call", "coffee", "chat", "message", "messages",
}


_SELF = {"i", "i'm", "i've", "i'd", "i'll"}


# Honorifics before a name ("Ma'am Rowena", "Sir Joey", "Engr. Bautista"): the name after
# them is checked, not the courtesy. "Ma" is West Africa's "Madam" ("Dear Ma,").
_HONORIFICS = frozenset({
    "ma'am", "ma’am", "maam", "ma", "madam", "sir", "engr", "atty", "hon", "rev", "fr", "capt",
    "sgt", "lt", "kuya", "tita", "tito",
})


# The ways of calling the writer offers ("via Zoom, Meet or phone"): no one's name.
_CALL_TOOLS = frozenset({
    "zoom", "meet", "teams", "skype", "whatsapp", "webex", "facetime", "signal", "telegram",
    "viber", "hangouts", "slack",
})


# Past forms that open a note whose "I" is left out ("Saw Tembusu has 160 e-buses",
# "Met Dana at the fair"): the verb, never the start of a name.
_TELEGRAPHIC = {
    "saw", "read", "heard", "met", "noticed", "loved", "enjoyed", "watched", "caught",
    "spotted", "listened", "found", "came", "followed", "attended", "joined", "visited",
}


WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
}


# Everyday acronyms of documents and messages ("my CV", "a PDF", "ASAP"): no one's name.
_EVERYDAY_ACRONYMS = {
    "cv", "cvs", "pdf", "pdfs", "faq", "faqs", "asap", "fyi", "rsvp", "tbd", "eta", "diy", "aka",
    "ok", "tv", "url", "ps", "q&a", "etc",
}
# Everyday acronyms of a hospital's wards and a screen's parts, in capitals only ("comes to ED
# at 2 a.m.", "the UI bugs"; "Ed" is a name).
_EVERYDAY_CAPITALS = {"ED", "ER", "ICU", "A&E", "GP", "GPs", "UI"}


JOINERS = {"of", "the", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "du", "la",
            "le", "del", "della", "di", "y", "for", "&", "on", "upon", "bin", "al"}


OPENER_COMMON = 5000  # sentence openers within this rank are ordinary words


ABSTRACT_NOUN = re.compile(r"(?:ation|ition|ment|ness|ship|ism|ity|ance|ence)$")



def is_capitalised(token: str) -> bool:
    if token[0].isdigit():
        return False
    return token[0].isupper() or any(c.isupper() for c in token[1:])


def _ordinary_word(low: str, vocabulary: set[str]) -> bool:
    """A capitalised word that only starts a sentence: it occurs in lower case, itself or
    with another ending ("Learning" when "learn" is known)."""
    if low in vocabulary or low in NUMBER_WORDS or low in COMMON_WORDS:
        return True
    if len(low) > 5 and low.endswith(("ly", "ing")):
        return True  # "Purely …", "Hearing …": adverbs and participles open sentences
    root = re.sub(r"(?:ing|ed|es|s|ly)$", "", low)
    return len(root) >= 4 and any(w.startswith(root) for w in vocabulary)


def _common_opener(low: str, rest: list[re.Match[str]]) -> bool:
    """A frequent English word or an abstract noun opening a sentence before a lower-case
    word ("Simple question", "Lamination is"); before a capitalised one it may be part of a
    name ("Summit Partners")."""
    rank = english_rank(low)
    if low.endswith("ed"):
        # A past form opening a sentence whose subject is left out ("Grabbed a copy …") is
        # as frequent as its verb.
        ranks = [r for r in map(english_rank, base_forms(low)) if r is not None]
        rank = min(ranks) if ranks else None
    following = rest[0].group() if rest else ""
    frequent = rank is not None and rank < OPENER_COMMON
    # An abstract noun ("Lamination is …", "Accessibility matters …") is a word, not a name.
    abstract = len(low) >= 8 and ABSTRACT_NOUN.search(low) is not None
    return (frequent or abstract or _derived_adjective(low)) and (
        not following or not is_capitalised(following))


def _derived_adjective(low: str) -> bool:
    """An adjective made from a frequent English word ("Informational" from "information",
    "Seasonal" from "season")."""
    for ending in ("al", "ive", "ous", "ful", "less", "able"):
        root = low[: -len(ending)]
        if low.endswith(ending) and len(root) >= 5:
            ranks = [english_rank(r) for r in (root, root + "e")]
            if any(r is not None and r < OPENER_COMMON for r in ranks):
                return True
    return False


# Plurals without -s whose possessive names whom an institution serves: "Children's Hospital".
_PLURAL_OWNERS = frozenset({"children", "women", "men", "people"})


def name_spans(sentence: str, vocabulary: set[str]) -> list[str]:
    """Runs of capitalised words (with joiners such as 'of'), minus ordinary words."""
    tokens = list(WORD.finditer(sentence))
    alpha = [t.group() for t in tokens if t.group()[0].isalpha()]
    capitalised = [t for t in alpha if is_capitalised(t)]
    title_case = len(alpha) >= 3 and len(capitalised) / len(alpha) >= 0.6
    spans: list[list[str]] = []
    current: list[str] = []
    previous_end = -1
    first_alpha = next((i for i, t in enumerate(tokens) if t.group()[0].isalpha()), -1)
    for i, match in enumerate(tokens):
        token = match.group()
        gap = sentence[previous_end:match.start()] if previous_end >= 0 else ""
        joined = previous_end >= 0 and gap.strip() == ""
        # A plural possessive inside a name: "Southern African Sugar Technologists' Society",
        # "the Larimar Miners' Cooperative".
        plural_possessive = (bool(current) and previous_end >= 0 and gap.strip() in {"'", "’"}
                             and gap[:1] in {"'", "’"} and current[-1].endswith("s")
                             and is_capitalised(token))
        if plural_possessive:
            current[-1] += gap.strip()
            joined = True
        possessive = re.search(r"['’]s$", token) is not None
        if possessive:
            token = token[:-2]
        low = token.casefold()
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        # A weekday ("Saturdays") dates, unless it ends a name ("Sensory-Friendly Sundays").
        weekday = (low in WEEKDAYS or (low.endswith("s") and low[:-1] in WEEKDAYS)) and not (
            current and joined and current[-1].casefold() not in JOINERS)
        # A school year or grade before its number: "my Year 11s", "Grade 12 chemistry".
        school_year = low in {"year", "grade", "form"} and following[:1].isdigit()
        # Part of a month or a day: "by mid-December", "early-March", "mid-Tuesday".
        part_of = re.fullmatch(r"[a-z]+-([A-Z][a-z]+)", token)
        dated = part_of is not None and (part_of.group(1).casefold() in MONTHS
                                         or part_of.group(1).casefold() in WEEKDAYS)
        ordinary = low in LETTER_WORDS or weekday or school_year or dated or (
            low in _EVERYDAY_ACRONYMS) or token in _EVERYDAY_CAPITALS or (
            not current and not is_capitalised(following or "a")
            and adverb_here(low, sentence[match.end():], vocabulary)
        ) or (
            (i == first_alpha or title_case) and _ordinary_word(low, vocabulary)
        ) or (i == first_alpha and not possessive and _common_opener(low, tokens[i + 1:])) or (
            i == first_alpha and low in _TELEGRAPHIC) or low in FORMULA_WORDS or (
            low in _HONORIFICS or low in _CALL_TOOLS
            or (low in {"google", "microsoft"} and following.casefold() in _CALL_TOOLS))
        inside = bool(current) and joined and i != first_alpha and not title_case
        continues = inside and token[0].isupper() and low in LETTER_WORDS and low not in _SELF
        if ((is_capitalised(token) and not ordinary) or continues) and low not in MONTHS:
            if current and not joined:
                spans.append(current)
                current = []
            current.append(token)
        elif current and joined and low in JOINERS and not token[0].isupper():
            current.append(token)
        else:
            if current:
                spans.append(current)
            current = []
        # A possessive inside a name goes on with it: "Gulf Coast Children's Hospital",
        # "St John's Ambulance" (not "Coralstone's Head of Modelling": an owner).
        inner = possessive and bool(current) and current[-1] == token and bool(
            following) and is_capitalised(following) and (low in _PLURAL_OWNERS or (
                len(current) >= 2 and current[-2].casefold().rstrip(".") in {"st", "saint"}))
        if inner:
            current[-1] = match.group()
        elif possessive and current:
            spans.append(current)
            current = []
        previous_end = match.end()
    if current:
        spans.append(current)
    out = []
    for span in spans:
        while span and span[-1].casefold() in JOINERS:
            span.pop()
        phrase = " ".join(span)
        if span and normalise(phrase) not in _MEDIUM:
            out.append(phrase)
    return out
