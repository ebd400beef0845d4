"""Checking and normalising contact fields, shared by `contacts add` and imports.

Each check returns the clean value or raises ValueError with a reason a user can act on;
callers turn that into a usage error or a skipped import row.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from .types import SOURCES, STATUSES

__all__ = [
    "DATE_ORDERS",
    "clean_connected_on",
    "clean_email",
    "clean_linkedin",
    "clean_name",
    "clean_source",
    "clean_status",
    "linkedin_key",
    "name_key",
    "numeric_readings",
]

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_HANDLE = re.compile(r"^[\w\-%.]{3,100}$")


def clean_name(value: str | None) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise ValueError("no name")
    if len(name) > 200:
        raise ValueError("the name is longer than 200 characters")
    return name


def name_key(name: str) -> str:
    """How names are compared: spacing and case ignored."""
    return " ".join(name.split()).casefold()


def clean_email(value: str | None) -> str | None:
    email = (value or "").strip()
    if not email:
        return None
    if not _EMAIL.match(email):
        raise ValueError(f"'{email}' is not an email address")
    return email


def clean_linkedin(value: str | None) -> str | None:
    """A LinkedIn profile URL (a bare handle like `janedoe` becomes one)."""
    text = (value or "").strip()
    if not text:
        return None
    if _HANDLE.match(text) and "." not in text:
        return f"https://www.linkedin.com/in/{text}"
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")) or not parts.path.strip("/"):
        raise ValueError(f"'{value}' is not a LinkedIn profile URL")
    return text


def linkedin_key(url: str | None) -> str:
    """How LinkedIn URLs are compared: scheme, www/country prefix, query, slash and case ignored."""
    if not url:
        return ""
    parts = urlsplit(url if "://" in url else "https://" + url)
    path = parts.path.rstrip("/").lower()
    return f"linkedin.com{path}" if path else ""


def clean_source(value: str | None) -> str | None:
    source = (value or "").strip().lower()
    if not source:
        return None
    if source not in SOURCES:
        raise ValueError(f"unknown source '{value}' (one of: {', '.join(SOURCES)})")
    return source


def clean_status(value: str | None) -> str | None:
    status = (value or "").strip().lower().replace("_", "-").replace(" ", "-")
    if not status:
        return None
    if status not in STATUSES:
        raise ValueError(f"unknown status '{value}' (one of: {', '.join(STATUSES)})")
    return status


_DATE_FORMATS = (
    "%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%d-%B-%Y", "%d %b, %Y", "%d %B, %Y",
    "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d",
)
# Dates whose day and month are both numbers: 12/1/2026, 12.01.2026, 12-1-26.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})")
DATE_ORDERS = ("day-first", "month-first")


def numeric_readings(value: str | None) -> dict[str, str]:
    """The ways a date like `3/4/2026` can be read, as {order: ISO date}: both orders when
    each gives a real date (the same date for `5/5/2026`), one when only one does (`25/3/2026`
    is day-first), none when it is no such date. A two-digit year is 20YY."""
    match = _NUMERIC_DATE.fullmatch(" ".join((value or "").split()))
    if match is None:
        return {}
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    if len(match[4]) == 2:
        year += 2000
    found: dict[str, str] = {}
    for order, (day, month) in zip(DATE_ORDERS, ((first, second), (second, first)),
                                   strict=True):
        try:
            found[order] = date(year, month, day).isoformat()
        except ValueError:
            continue
    return found


def clean_connected_on(value: str | None, prefer: str | None = None) -> str | None:
    """A connection date as `2025-12-07`: LinkedIn's `07 Dec 2025`, ISO, other forms with the
    month's name, or numbers only (`12/1/2026`), read the one way that makes a date, else the
    `prefer`red way (day-first or month-first). Without `prefer`, a date that could be either
    is refused, saying so."""
    text = " ".join((value or "").split())
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    readings = numeric_readings(text)
    if len(set(readings.values())) == 1:
        return next(iter(readings.values()))
    if readings:
        if prefer in readings:
            return readings[prefer]
        raise ValueError(
            f"'{text}' could be {_spelled(readings['day-first'])} or "
            f"{_spelled(readings['month-first'])}: write it as {readings['day-first']} or "
            f"{readings['month-first']}"
        )
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date like 07 Dec 2025 or 2025-12-07"
        ) from None


def _spelled(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"
