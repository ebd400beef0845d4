"""When a dossier detail happened, so a draft never congratulates on old news.

A date is read from the fact's value ("… (2024-03-12)"), then its quote ("In March 2024 we
raised …"), then the source's `published`. A date given only by its month or year counts from
its first day, so an unsure date reads as older, never as newer.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

__all__ = ["RECENT_DAYS", "date_in", "is_recent", "today", "when_text"]

# News older than about six months is not "now".
RECENT_DAYS = 183

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"((?:19|20)\d{2})"
_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b" + _YEAR + r"-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b",
                re.IGNORECASE), "dmy"),
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b",
                re.IGNORECASE), "mdy"),
    (re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE), "my"),
    (re.compile(r"(?<![\d£$€.,-])" + _YEAR + r"(?![\d%-])"), "y"),
]


def today() -> date:
    """The clock's date (UTC); drafts take it as a parameter so tests can pin it."""
    return datetime.now(UTC).date()


def _month(text: str) -> int:
    low = text.casefold().rstrip(".")[:3]
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(low))


def _make(shape: str, groups: tuple[str, ...]) -> date | None:
    try:
        if shape == "ymd":
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if shape == "dmy":
            return date(int(groups[2]), _month(groups[1]), int(groups[0]))
        if shape == "mdy":
            return date(int(groups[2]), _month(groups[0]), int(groups[1]))
        if shape == "my":
            return date(int(groups[1]), _month(groups[0]), 1)
        return date(int(groups[0]), 1, 1)
    except ValueError:
        return None


def date_in(text: str | None) -> date | None:
    """The most precise date `text` gives (the latest of equally precise ones), or None."""
    if not text:
        return None
    for pattern, shape in _SHAPES:
        found = [d for m in pattern.finditer(text) if (d := _make(shape, m.groups()))]
        if found:
            return max(found)
    return None


def is_recent(when: date | None, now: date) -> bool:
    """Whether `when` is known and within about six months before `now`."""
    return when is not None and 0 <= (now - when).days <= RECENT_DAYS


def when_text(when: date | None) -> str:
    """'March 2024' for a sentence; '' when unknown."""
    return f"{_MONTHS[when.month - 1].capitalize()} {when.year}" if when else ""
