"""Counts, lengths of time, months and seasons as the grounding check reads them.

A number in a draft is compared by value ("two" is 2, "1,200" is 1200); a count of a unit of
time by length ("18-month" is 18 months, "two years" 24); a month or a season of a year by
name. Some counts say nothing about anyone and are left out: a length of time the user asks
for ("15 minutes of your time"), working-hours idioms ("9-to-5", "24/7"), age groups
("sixteen-year-olds"), times of day and how often the user reread something.
"""

from __future__ import annotations

import re

from .common_words import english_rank
from .text import word_set

__all__ = [
    "AGE_GROUP", "AVAILABILITY", "DURATION", "MONTHS", "NUMBER", "NUMBER_TOKEN", "NUMBER_WORDS",
    "REREAD",
    "SEASON", "SELF_COUNT", "SPAN_AFTER", "SPENT", "TIME_OF_DAY", "URL_OR_EMAIL", "counted_noun",
    "counts_in", "is_year",
    "last_unit", "mask_asked_duration", "mask_clock_idioms", "minutes_between", "months_in",
    "number_value",
    "numbers_in", "season_value", "seasons_in", "span_value", "spans_in",
]

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "Thirty-five minutes": a compound number word is one number.
NUMBER_WORDS.update({f"{tens}-{unit}": NUMBER_WORDS[tens] + k
                     for tens in _TENS for k, unit in enumerate(_UNITS, start=1)})

# A word of a text, a compound number word ("thirty-five") as one.
NUMBER_TOKEN = re.compile(rf"\b(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)})\b|[A-Za-z]+",
                          re.IGNORECASE)

# A length in minutes or seconds: the call's, not a claim unless spent ("I spent 40 minutes
# on your post" is). A count of hours is a claim like any other ("within 72 hours").
DURATION = re.compile(
    r"\b(?:\d+|a|an|half\s+an?|fifteen|twenty|thirty|forty-five|sixty)"
    r"(?:\s*(?:–|—|-|to|or)\s*(?:\d+|fifteen|twenty|thirty|forty-five|sixty))?"
    r"\s*-?\s*(?:minutes?|mins?|seconds?|secs?)\b",
    re.IGNORECASE,
)

# A length of time asked for, whatever else the sentence says ("if you ever had 15 minutes for
# a quick call", "a 15- to 20-minute call"): the request, never a claim.
_ASKED_DURATION = re.compile(
    r"\b(?:\d+|fifteen|twenty|thirty)(?:\s*-?\s*(?:–|—|-|to|or)\s*(?:\d+|fifteen|twenty|thirty))?"
    r"\s*-?\s*(?:minutes?|mins?)\b(?=\s*(?:\w+\s+){0,2}?(?:call|chat|conversation|coffee|"
    r"catch-up|meeting)\b|\s+of\s+your\s+time\b|\s+(?:for|to)\s+(?:a|an|talk|chat|hear)\b)",
    re.IGNORECASE,
)

# …or named right after the asking itself: "if you ever had 20 minutes, I'd love to …",
# "could you spare ten minutes", "if you were able to spare 20 minutes at some point".
_ASKED_AFTER = re.compile(
    r"\b(?:if\s+you\s+(?:ever\s+|still\s+)?(?:had|have|could\s+spare|can\s+spare|could\s+find|"
    r"can\s+find)|(?:do|would|could|might|can)\s+you\s+(?:have|spare|find)|could\s+spare|"
    r"can\s+spare|(?:able|happy|willing)\s+to\s+spare|(?:give|lend)\s+me)\s+"
    r"(?:(?:a|an|just|maybe|about|around)\s+)?"
    r"((?:\d+|ten|fifteen|twenty|thirty)(?:\s*-?\s*(?:–|—|-|to|or)\s*(?:\d+|fifteen|twenty|thirty))?"
    r"\s*-?\s*(?:minutes?|mins?)\b)",
    re.IGNORECASE,
)


def mask_asked_duration(sentence: str) -> str:
    """`sentence` with the length of time it asks for blanked: a request, never a claim."""
    sentence = _ASKED_DURATION.sub(" ", sentence)
    return _ASKED_AFTER.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " ", sentence)


SPENT = re.compile(
    r"\b(?:yesterday|gave|given|spent|took|talked|spoke|had|was|were|lasted)\b|"
    r"\bthe\s+\d+\s*-?\s*minutes?\b",
    re.IGNORECASE,
)

SELF_COUNT = re.compile(
    r"^[\s-]*(?:\w+\s+)?(?:things?|points?|ideas?|pieces?|questions?|ways?|reasons?|parts?|"
    r"takeaways?|suggestions?|lessons?)\b",
    re.IGNORECASE,
)

# How often the user went back to something ("I've read it three times") is no claim.
REREAD = re.compile(
    r"\b(?:read|re-?read|listened\s+to|watched|played|gone\s+back\s+to)\s+(?:it|that|this|"
    r"them)\s+(?:about\s+|around\s+|maybe\s+|like\s+|at\s+least\s+|over\s+)?\w+\s+times\b",
    re.IGNORECASE)


TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)

# Clock-time idioms for working hours ("a 9-to-5 job", "nine-to-five", "an 8-to-4 shift",
# "24/7"): no count. A range of hours wraps past noon (it ends on a smaller number); a
# range of counts ("3-to-5 people") does not.
_HOUR = r"(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_CLOCK_IDIOM = re.compile(
    rf"(?<![\w.-]){_HOUR}-to-{_HOUR}(?![\w-])|(?<![\w.])24/7/365(?!\w|\.\d)|"
    r"(?<![\w.])24\s*[/x×]\s*7(?!\w|\.\d)",
    re.IGNORECASE,
)

# An age group ("sixteen-year-olds", "5-year-olds"): the kind of people, not a count.
AGE_GROUP = re.compile(r"(?<![\w.-])(?:\d{1,2}|[A-Za-z]+)-year-olds\b", re.IGNORECASE)


def mask_clock_idioms(text: str) -> str:
    def mask(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return " "
        start, end = (int(_count(g) or 0) for g in (m.group(1), m.group(2)))
        return " " if end < start else m.group()
    return _CLOCK_IDIOM.sub(mask, text)


URL_OR_EMAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")

NUMBER = re.compile(
    r"(?<![\w.])[$€£]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:st|nd|rd|th|[kKmM]|bn)?(?![\w])"
)

AVAILABILITY = re.compile(
    r"\b(?:free|available|availability|schedule|calendar|works?\s+for\s+you|any\s+time|"
    r"anytime|convenient|book|slot|next\s+week|this\s+week)\b",
    re.IGNORECASE,
)


# A stretch of clock time: "16:00-16:40", "9.30–10.15".
_CLOCK_RANGE = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(?:-|–|—|to)\s*"
                          r"([01]?\d|2[0-3])[:.]([0-5]\d)\b")


def minutes_between(text: str) -> set[str]:
    """How many minutes each stretch of clock time in `text` lasts: "16:00-16:40" is 40, so
    notes that time a call give its length."""
    found = set()
    for m in _CLOCK_RANGE.finditer(text):
        start = int(m.group(1)) * 60 + int(m.group(2))
        end = int(m.group(3)) * 60 + int(m.group(4))
        if 0 < end - start <= 240:
            found.add(str(end - start))
    return found


# A number typed against its unit in notes: "Butter 13C, dough 4C", "5am", "10min".
_GLUED_UNIT = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)(?:°?[CF]|km|kg|mm|cm|ml|mins?|hrs?|am|pm|h|g|l|m)\b")


def numbers_in(text: str) -> set[str]:
    found = set()
    for m in NUMBER.finditer(URL_OR_EMAIL.sub(" ", text)):
        found.add(number_value(m))
    found.update(m.group(1) for m in _GLUED_UNIT.finditer(text))
    for word in NUMBER_TOKEN.findall(text):
        if word.casefold() in NUMBER_WORDS:
            found.add(str(NUMBER_WORDS[word.casefold()]))
    return found


def numbers_in_order(text: str) -> list[tuple[int, int, str]]:
    """The numbers of `text` (figures and number words) as (start, end, value), in order."""
    text = URL_OR_EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    found = [(m.start(), m.end(), number_value(m)) for m in NUMBER.finditer(text)]
    found += [(m.start(), m.end(), str(NUMBER_WORDS[m.group(0).casefold()]))
              for m in NUMBER_TOKEN.finditer(text) if m.group(0).casefold() in NUMBER_WORDS]
    return sorted(found)


# What a number counts: the word right after it ("32 jet fans", "52 wards", "18%"), a
# per cent sign and "per cent" read as "percent".
_COUNTED = re.compile(r"\s*(%|per\s+cent\b|[A-Za-z][a-z'’-]*)")
# Words after a number that name no thing counted: "11 to 7", "six of the 14", "2 p.m.".
_NOT_COUNTED = word_set(
    "of the a an and or to in on at for with by from per as is are was were be been has have "
    "had it its that this than out more less am pm percentile times years year months month "
    "weeks week days day seasons season decades decade hundred thousand million billion "
    "hours hour hrs minutes minute mins min seconds second")
# A word this frequent counts too many things to tell one count from another ("people",
# "new", "parts").
_COMMON_COUNTED = 150
# Words between a number and what it counts: "12 new sweeps", "40 more volunteers".
_BEFORE_COUNTED = word_set("new extra additional trained qualified certified skilled")


def counted_noun(text: str, end: int) -> str | None:
    """The thing the number ending at `end` in `text` counts, by its first word in the
    singular ("jet" of "32 jet fans"); None where the next word names no thing, names too
    many (a word as frequent as "people") or starts a length of time."""
    m = _COUNTED.match(text, end)
    if m is None:
        return None
    word = m.group(1).casefold()
    if word in _BEFORE_COUNTED:
        # "12 new sweeps", "40 more volunteers": the thing counted is the next word.
        after = _COUNTED.match(text, m.end())
        if after is None:
            return None
        m, word = after, after.group(1).casefold()
    if word == "%" or re.fullmatch(r"per\s*cent", word):
        return "percent"
    if word in _NOT_COUNTED or len(word) < 3:
        return None
    single = re.sub(r"(?:['’]s|s)$", "", word) if len(word) > 3 else word
    if any(r is not None and r < _COMMON_COUNTED for r in map(english_rank, {word, single})):
        return None
    # "six paid months": a length of time, read as one by spans_in.
    if SPAN_AFTER.match(text, m.end()):
        return None
    return single


# Frequent adjectives a count may stand before: "two new embossers", "three other clinics".
_FREQUENT_ADJECTIVES = word_set("new other more extra full small large big old young main "
                                "major different separate")
# A plural right after the singular word a number counts: the head of a compound ("the
# 11 street windows" counts windows too).
_HEAD_AFTER = re.compile(r"\s*[A-Za-z][a-z'’-]*[a-rt-z] (?=[a-z][a-z'’-]*[^s\W]s\b)")


def counts_in(text: str) -> set[tuple[str, str]]:
    """The pairs of a number and the thing it counts in `text`: ("32", "jet"), and the head
    of a compound after it ("11", "window" of "the 11 street windows")."""
    found = set()
    text = URL_OR_EMAIL.sub(" ", text)
    ends = []
    for m in NUMBER.finditer(text):
        if m.group(0)[:1] in "$€£" or re.search(r"(?:st|nd|rd|th|[kKmM]|bn)$", m.group(0)):
            continue  # a sum or an ordinal counts no thing after it
        ends.append((number_value(m), m.end()))
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        if m.group(0).casefold() in NUMBER_WORDS:
            ends.append((str(NUMBER_WORDS[m.group(0).casefold()]), m.end()))
    for value, end in ends:
        noun = counted_noun(text, end)
        if noun is None:
            # "Two new embossers": a frequent adjective before the thing counted.
            word = _COUNTED.match(text, end)
            if word is None or word.group(1).casefold() not in _FREQUENT_ADJECTIVES:
                continue
            noun = counted_noun(text, word.end())
            if noun is not None:
                found.add((value, noun))
            continue
        found.add((value, noun))
        head = _HEAD_AFTER.match(text, end)
        second = counted_noun(text, head.end()) if head is not None else None
        if second is not None:
            found.add((value, second))
    return found


def number_value(m: re.Match[str]) -> str:
    whole = m.group(1).replace(",", "")
    frac = (m.group(2) or "").rstrip("0")
    return whole + ("." + frac if frac else "")


# Units of time a count may measure, by dimension and size: "18-month" is 18 months, "two
# years" 24.
_SPAN_UNITS = {"year": ("m", 12), "month": ("m", 1), "week": ("d", 7), "day": ("d", 1),
               "fortnight": ("d", 14), "season": ("s", 1), "semester": ("t", 1),
               "term": ("t", 1)}


SPAN_AFTER = re.compile(r"(?:\s*-\s*|\s+)(year|month|week|day|fortnight|season|semester|"
                         r"term)s?\b", re.IGNORECASE)


# One lower-case word may stand between a count and its unit ("nine fire seasons", "two
# busy years"): the same length as "nine seasons". Words that divide or pick out ("three
# per year", "two of the weeks") are no modifier, and a year with one is no count ("the
# 2023 fire season": see spans_in).
_COUNT_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

_SPAN = re.compile(
    rf"(?<![\w.])(\d+(?:\.\d+)?|{_COUNT_WORD})(?:\s+(?!(?:per|the|of|and|or|every|each|in|"
    rf"to|this|that|times|{_COUNT_WORD})\b)(?-i:[a-z]{{3,}})(?=\s+(?:year|month|week|day|"
    r"fortnight|season|semester|term)s?\b))?" + SPAN_AFTER.pattern, re.IGNORECASE)


def span_value(count: str, unit: str) -> str:
    """A length of time as comparable text: "span:m:18" for 18 months or 1.5 years."""
    dimension, size = _SPAN_UNITS[unit.casefold()]
    amount = float(count) * size
    return f"span:{dimension}:{amount:g}"


def _count(word: str) -> str | None:
    low = word.casefold()
    if low in NUMBER_WORDS:
        return str(NUMBER_WORDS[low])
    return low if re.fullmatch(r"\d+(?:\.\d+)?", low) else None


def spans_in(text: str, unit_before: str | None = None) -> set[str]:
    """The lengths of time `text` gives; a bare count in a sentence with a unit of time
    counts in the nearest one ("14 days ahead instead of seven", "six years …, the last
    three as supervisor"). "The last four" with no unit in its sentence counts in
    `unit_before`, the last unit of the sentence before ("… for eleven years. For the last
    four I have managed …")."""
    found = set()
    units: list[tuple[int, str]] = []
    for m in _SPAN.finditer(text):
        count = _count(m.group(1))
        if count is not None and len(count) == 4 and len(m.group(0).split()) > 2:
            continue  # "the 2023 fire season": a year, not a count of seasons
        if count is not None:
            found.add(span_value(count, m.group(2)))
            units.append((m.start(), m.group(2)))
    bare: list[tuple[int, str, str | None]] = [
        (m.start(), m.group(1), None) for m in _BARE_COUNT.finditer(text)]
    bare += [(m.start(1), m.group(1), unit_before) for m in _LAST_COUNT.finditer(text)]
    for start_of, word, otherwise in bare:
        count = _count(word)
        before = [unit for start, unit in units if start < start_of]
        after = [unit for start, unit in units if start > start_of]
        # The unit is the nearest one said before it, else the first one after it.
        unit = before[-1] if before else (after[0] if after else otherwise)
        if count is not None and unit is not None:
            found.add(span_value(count, unit))
    return found


def last_unit(text: str) -> str | None:
    """The last unit of time `text` counts in ("eleven years": year), or None."""
    units = [m.group(2) for m in _SPAN.finditer(text) if _count(m.group(1)) is not None]
    return units[-1] if units else None


# A count with no noun after it: it ends a phrase ("instead of seven", "the last three as").
_BARE_COUNT = re.compile(
    r"(?<![\w.$€£])(\d+|[A-Za-z]+)(?=\s*(?:[,.;:)]|$|\s+(?:as|and|or|at|in|of|before|after|"
    r"since|with|to|then)\b))")


# "The last four", "the first two" with no unit after: a part of a span said before.
_LAST_COUNT = re.compile(
    r"\bthe\s+(?:last|past|first|final)\s+(\d+|[A-Za-z]+)\b(?!\s*-?\s*(?:\w+\s+)?(?:"
    r"years?|months?|weeks?|days?|fortnights?|seasons?|semesters?|terms?)\b)",
    re.IGNORECASE)


SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)(?:\s+of)?\s+((?:19|20)\d\d)\b",
                     re.IGNORECASE)


def season_value(m: re.Match[str]) -> str:
    """"season:<year>:<season>" for "spring 2025", "autumn of 2024" (autumn is fall)."""
    season = m.group(1).casefold()
    return f"season:{m.group(2)}:{'fall' if season == 'autumn' else season}"


def seasons_in(text: str) -> set[str]:
    return {season_value(m) for m in SEASON.finditer(text)}


def months_in(text: str) -> set[str]:
    return {
        "month:" + w.casefold()[:3]
        for w in re.findall(r"[A-Z][a-z]+", text)
        if w.casefold() in MONTHS
    }


def is_year(m: re.Match[str]) -> bool:
    value = m.group(1)
    return len(value) == 4 and value[:2] in {"19", "20"}
