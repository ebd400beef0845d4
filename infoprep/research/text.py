"""Text shapes research matches on: exact sentence spans, people's and companies' names."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "company_core",
    "company_pattern",
    "name_pattern",
    "norm",
    "place_name",
    "sentence_spans",
    "short_name",
    "squeeze",
    "surname",
]


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "ltd", "co", "corp",
                  "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "mt", "ft", "approx"}
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines split at sentence ends, common abbreviations and
    initials kept whole. Every span is an exact slice of `text`."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            before = text[start : boundary.start()].rstrip("\"'”’)]")
            last = re.search(r"([\w.]+)[.!?…]$", before)
            word = last.group(1).lower() if last else ""
            if last and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            _add_span(spans, text, start, boundary.start())
            start = boundary.end()
        _add_span(spans, text, start, line.end())
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def name_pattern(name: str) -> re.Pattern[str]:
    """A person's name in text: its words in order, an optional middle initial between."""
    words = [re.escape(w) for w in re.findall(r"[\w'’.-]+", name) if w not in (".",)]
    if not words:
        return re.compile(r"(?!x)x")
    if len(words) == 1:
        return re.compile(rf"(?<!\w){words[0]}(?!\w)", re.IGNORECASE)
    body = r"\s+".join(words[:-1]) + r"(?:\s+[A-Z]\.)?\s+" + words[-1]
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def surname(name: str) -> str | None:
    """The last word of a two-or-more-word name: later sentences may use it alone."""
    words = re.findall(r"[\w'’-]+", name)
    return words[-1] if len(words) >= 2 else None


_LEGAL = re.compile(
    r"[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|corp\.?|corporation|"
    r"co\.?|company|plc|s\.a\.|sa|b\.v\.|bv|n\.v\.|oy|ab|as|pty|srl|sas|group|holdings?)$",
    re.IGNORECASE,
)


def company_core(name: str) -> str:
    """The name without its legal form: `Lumenfold Energy, Inc.` -> `Lumenfold Energy`."""
    core = name.strip()
    while True:
        stripped = _LEGAL.sub("", core).strip()
        if stripped == core or not stripped:
            return core
        core = stripped


_GENERIC_FIRST = {
    "city", "county", "state", "town", "village", "university", "college", "school", "first",
    "general", "national", "united", "american", "british", "european", "global",
    "international", "new", "the", "royal", "central", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "great", "grand", "saint", "san", "santa",
    "los", "las", "bank", "open", "digital", "smart", "blue", "green", "black", "white",
    "golden", "silver", "pacific", "atlantic", "metro", "community", "public", "data",
    "energy", "health", "department", "ministry", "office", "institute", "society", "club",
    "association", "federal", "regional", "mount", "port", "lake", "river", "fort", "little",
    "big", "old", "modern", "applied", "advanced", "standard", "premier", "prime", "star",
}


_PLACE_UNIT = re.compile(
    r"^(?:City|Town|Village|County|Borough|Township|Municipality|Parish)\s+of\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def place_name(company: str) -> str | None:
    """The place a local government is named for, which its pages use alone
    (`Port Alder` for `City of Port Alder`)."""
    found = _PLACE_UNIT.match(company_core(company))
    return found.group("place") if found else None


def short_name(company: str) -> str | None:
    """The distinctive first word a company goes by in its own pages and the press
    (`Lakemont` for `Lakemont Health`), when its name has one: capitalised, five letters or
    more, not a common word of names (`City`, `National`, `Energy` …)."""
    words = company_core(company).split()
    if len(words) < 2:
        return None
    first = words[0]
    if len(first) < 5 or not first.isalpha() or not first[0].isupper() or \
            first.lower() in _GENERIC_FIRST or first.isupper():
        return None
    return first


def company_pattern(company: str, aliases: Iterable[str] = ()) -> re.Pattern[str]:
    """The company's name (legal form optional), its short name or any alias, as whole
    words."""
    names = {company_core(n) for n in (company, *aliases) if n and n.strip()}
    for short in (short_name(company), place_name(company)):
        if short:
            names.add(short)
    parts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names if n), key=len,
                   reverse=True)
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def squeeze(text: str) -> str:
    """Runs of whitespace (line breaks included) as one space, ends trimmed."""
    return re.sub(r"\s+", " ", text or "").strip()


def norm(text: str) -> str:
    """The form values are compared in: squeezed and case-folded."""
    return squeeze(text).casefold()
