"""Small helpers the outside sources share."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ...errors import FetchError

__all__ = ["now", "status_of", "strip_tags"]


def now() -> str:
    """The current time in UTC, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def status_of(error: FetchError) -> int | None:
    """The HTTP status behind a FetchError: its `status` attribute when it has one, else a
    status code named in its message."""
    status = getattr(error, "status", None)
    if isinstance(status, int):
        return status
    match = re.search(r"\b(?:HTTP|status)\s*(\d{3})\b", str(error), re.IGNORECASE) or re.search(
        r"\b([45]\d\d)\b", str(error)
    )
    return int(match.group(1)) if match else None


def strip_tags(html: str) -> str:
    """Snippet HTML (`<strong>`, `<span class="searchmatch">`) as plain text."""
    import html as html_module

    return re.sub(r"\s+", " ", html_module.unescape(re.sub(r"<[^>]+>", "", html or ""))).strip()
