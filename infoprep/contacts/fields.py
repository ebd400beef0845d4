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
    "clean_connected_on",
    "clean_email",
    "clean_linkedin",
    "clean_name",
    "clean_source",
    "clean_status",
    "linkedin_key",
    "name_key",
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


_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%b %d, %Y", "%d/%m/%Y")


def clean_connected_on(value: str | None) -> str | None:
    """A connection date (`07 Dec 2025` as LinkedIn writes it, or ISO) as `2025-12-07`."""
    text = " ".join((value or "").split())
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date like 07 Dec 2025 or 2025-12-07"
        ) from None
