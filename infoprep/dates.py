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
    "PastPlan",
    "Recency",
    "When",
    "date_in",
    "fact_when",
    "is_recent",
    "names_a_time",
    "past_plan",
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


# A phrase naming only a time: a day, a month, a date, a season, a part of the day or week.
_TIME_WORD = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|" + _MONTH + r"|"
              r"weekends?|weekdays?|mornings?|afternoons?|evenings?|nights?|days?|weeks?|"
              r"months?|years?|today|tonight|tomorrow|yesterday|spring|summer|autumn|fall|"
              r"winter|holidays?|christmas|easter|new\s+year|noon|midnight|"
              r"\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|"
              r"early|late|mid-?|first|last|next|quiet|busy|typical|ordinary|normal|rainy|"
              r"slow|long)")
_TIME_PHRASE = re.compile(
    r"^(?:(?:a|an|the|every|each|this|that|one|any|my|our|your)\s+)?"
    r"(?:" + _TIME_WORD + r"(?:[\s,-]+|$))+$",
    re.IGNORECASE,
)


def names_a_time(text: str) -> bool:
    """Whether `text` names only a time, no topic: "a Tuesday", "Monday mornings", "March
    2024", "the weekend", "a busy night"."""
    words = " ".join(text.split()).strip(" .,!?")
    return bool(words) and _TIME_PHRASE.match(words) is not None and re.search(
        r"(?i)(?:day|" + _MONTH + r"|week|night|morning|afternoon|evening|month|year|spring|"
        r"summer|autumn|fall|winter|holiday|christmas|easter|noon|\d)", words) is not None


# Words that announce something still to come: "reopening in", "will open", "due by",
# "scheduled for", "to launch in"; a past tense ("opened in 1974") is no plan.
_PLAN_CUE = (
    r"\b(?:will(?:\s+\w+){0,2}|(?:re)?opening|(?:re)?launching|starting|beginning|arriving|"
    r"coming|completing|finishing|expanding|moving|returning|rolling\s+out|going\s+live|"
    r"(?:is|are)\s+(?:due|set|scheduled|planned|expected|slated)(?:\s+to\s+\w+)?|"
    r"due|scheduled|planned|expected|slated|set\s+to\s+\w+|upcoming|"
    r"to\s+(?:re)?(?:open|launch|start|begin|finish|complete|arrive|go\s+live))"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PLAN = re.compile(
    _PLAN_CUE + r"\s+(?:(?:in|by|from|for|on|until|around|before)\s+)?(?:the\s+)?"
    r"(?P<when>(?:(?P<part>early|late|mid-?|the\s+end\s+of)\s*)?(?P<season>" + _SEASON
    + r"\s+)?(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+|"
    r"q(?P<quarter>[1-4])\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH
    + r"\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2})",
    re.IGNORECASE,
)
# The last month of a season or part of a year (northern seasons: winter 2026 ends in March
# of 2027, so a winter plan is past only after it).
_SEASON_END = {"spring": 6, "summer": 9, "autumn": 12, "fall": 12, "winter": 15}
_PART_END = {"early": 6, "mid": 9, "mid-": 9, "late": 12}
_QUARTER_END = {"first": 3, "1st": 3, "second": 6, "2nd": 6, "third": 9, "3rd": 9,
                "fourth": 12, "4th": 12}


@dataclass(frozen=True)
class PastPlan:
    """A plan a text announces whose date has passed: where its wording starts in the text
    (`start`, at the word announcing it) and the date as written ("spring 2026")."""

    start: int
    when: str


def _plan_end(m: re.Match[str]) -> date | None:
    """The last day of the period a plan's date names (a month's last day, a season's …)."""
    found = when_in(m.group("when"))
    if found is None:
        return None
    year, month = found.day.year, 12
    text = m.group("when").casefold()
    if found.precision == "day":
        return found.day
    if found.precision == "month":
        month = found.day.month
    elif m.group("season"):
        month = _SEASON_END[m.group("season").strip().casefold()]
    elif m.group("quarter"):
        month = int(m.group("quarter")) * 3
    elif quarter := re.search(r"(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter", text):
        month = _QUARTER_END[quarter.group(1)]
    elif m.group("part") and m.group("part").casefold() in _PART_END:
        month = _PART_END[m.group("part").casefold()]
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def past_plan(text: str, now: date) -> PastPlan | None:
    """The first plan `text` announces whose date has passed by `now`: "Hall of Birds
    reopening in spring 2026" on 26 November 2026 (spring ends with June); None when it
    announces none, or only plans still to come."""
    for m in _PLAN.finditer(text):
        end = _plan_end(m)
        if end is not None and end < now:
            return PastPlan(m.start(), m.group("when"))
    return None


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
