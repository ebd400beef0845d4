"""Company names compared the forgiving way: "Acme, Inc." = "ACME Inc" = "Acme".

Legal suffixes (Inc, LLC, GmbH, S.A. …, in many countries) are dropped by `cleanco`; case,
accents, punctuation, spacing and a leading "The" are ignored, and "&" reads as "and".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleanco import basename

__all__ = ["company_key", "same_company"]

_PUNCT_BEFORE_WORD = re.compile(r"([,;/])(?=\S)")


def company_key(name: str | None) -> str:
    """The comparison key of a company name ('' for none)."""
    return _key(name) if name else ""


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    text = _PUNCT_BEFORE_WORD.sub(r"\1 ", " ".join(name.split()))
    # Strip suffixes until none is left ("Acme Holdings Inc. Ltd" keeps "Acme Holdings").
    for _ in range(3):
        stripped = str(basename(text)).strip()
        if not stripped or stripped == text:
            break
        text = stripped
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ")
    words = re.findall(r"\w+", text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def same_company(a: str | None, b: str | None) -> bool:
    """Whether two company names name the same company."""
    key = company_key(a)
    return bool(key) and key == company_key(b)
