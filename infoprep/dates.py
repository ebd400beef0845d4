"""When a dossier item happened, and whether it is still news.

A fact's date is read from its value ("… (2024-03-12)"), then its quote ("In March 2024 we
raised …"), then its source's `published`; a date after today is a plan or a target, not
when the item happened, and is passed over. A date given only by its month or year counts
from its first day, so an unsure date reads as older, never as newer.

`Recency` measures an item's age from one injectable `today`: within about six months it is
*recent* (a draft may congratulate on it); older than `months` (the `news_months` setting) it
is *old* (the brief leaves old news out, drafts and questions name its year instead of
framing it as current). An undated item is neither: it is never framed as recent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .models import Fact

__all__ = [
    "NEWS_MONTHS",
    "RECENT_DAYS",
    "Recency",
    "When",
    "date_in",
    "fact_when",
    "is_recent",
    "today",
    "when_in",
    "without_date",
]

# News older than about six months is not "now": no congratulations.
RECENT_DAYS = 183
# News older than this many months is left out of the brief (the `news_months` default).
NEWS_MONTHS = 18

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"((?:19|20)\d{2})"
Precision = Literal["day", "month", "year"]
_SHAPES: list[tuple[re.Pattern[str], str, Precision]] = [
    # ISO dates, also as the start of a timestamp ("2024-03-12T08:00:00Z").
    (re.compile(r"\b" + _YEAR + r"-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd", "day"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b",
                re.IGNORECASE), "dmy", "day"),
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b",
                re.IGNORECASE), "mdy", "day"),
    (re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE), "my", "month"),
    (re.compile(r"(?<![\d£$€.,-])" + _YEAR + r"(?![\d%-])"), "y", "year"),
]


def without_date(text: str) -> str:
    """`text` without the day or month it ends with: "Sydney, 2024-09-12" -> "Sydney",
    "March 2024" -> ""; a year alone stays ("DataConf 2023" names the event)."""
    for pattern, _, precision in _SHAPES:
        if precision == "year":
            continue
        m = re.search(r"(?:^|,\s*)(?:" + pattern.pattern + r")\s*$", text, pattern.flags)
        if m:
            return text[:m.start()].rstrip(" ,")
    return text


def today() -> date:
    """The clock's date (UTC). Callers take `today` as a parameter so tests can pin it."""
    return datetime.now(UTC).date()


@dataclass(frozen=True)
class When:
    """A date and how precisely it is known."""

    day: date
    precision: Precision = "day"

    @property
    def text(self) -> str:
        """'March 2024' ('2024' when only the year is known)."""
        if self.precision == "year":
            return str(self.day.year)
        return f"{_MONTHS[self.day.month - 1].capitalize()} {self.day.year}"


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


def when_in(text: str | None, *, until: date | None = None) -> When | None:
    """The most precise date `text` gives (the latest of equally precise ones, none after
    `until` when given), or None."""
    if not text:
        return None
    for pattern, shape, precision in _SHAPES:
        found = [d for m in pattern.finditer(text) if (d := _make(shape, m.groups()))
                 and (until is None or d <= until)]
        if found:
            return When(max(found), precision)
    return None


def date_in(text: str | None) -> date | None:
    """The most precise date `text` gives (the latest of equally precise ones), or None."""
    found = when_in(text)
    return found.day if found else None


def fact_when(value: str, quote: str, published: str | None, now: date) -> When | None:
    """When a fact's item happened: from its value, its quote, then its source's date."""
    for text in (value, quote, published):
        found = when_in(text, until=now)
        if found is not None:
            return found
    return None


def is_recent(when: date | None, now: date) -> bool:
    """Whether `when` is known and within about six months before `now`."""
    return when is not None and 0 <= (now - when).days <= RECENT_DAYS


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):  # 31 August minus 6 months: 28 February
        try:
            return date(year, month + 1, last)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


@dataclass(frozen=True)
class Recency:
    """Ages of dated items, measured from `today`; `months` is the news_months setting."""

    today: date
    months: int = NEWS_MONTHS

    @property
    def cutoff(self) -> date:
        """The first day that is still news: `months` calendar months before today."""
        return _months_before(self.today, self.months)

    def when(self, fact: Fact, published: Mapping[str, str | None]) -> When | None:
        """When the item `fact` reports happened; `published` maps source URLs to their
        publication dates (see `fact_when`)."""
        return fact_when(fact.value, fact.quote, published.get(fact.source_url), self.today)

    def is_recent(self, when: When | None) -> bool:
        """Known and within about six months: news to congratulate on."""
        return when is not None and is_recent(when.day, self.today)

    def is_old(self, when: When | None) -> bool:
        """Known and older than `months`: no longer news (undated items are not old)."""
        return when is not None and when.day < self.cutoff
