""""Did you mean …?" for a mistyped key in a config or profile file."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

__all__ = ["did_you_mean"]


def did_you_mean(key: str, known: Iterable[str], aliases: Mapping[str, str] | None = None) -> str:
    """` (did you mean 'x'?)` for the known key `key` most likely stands for, else "".

    Case, dashes and spaces are forgiven; `aliases` maps other names (lower case), such as
    environment variables, to keys; otherwise a close spelling is suggested.
    """
    names = sorted(set(known))
    folded = key.strip().lower().replace("-", "_").replace(" ", "_")
    guess: str | None = None
    if folded in names and folded != key:
        guess = folded
    elif aliases and folded in aliases:
        guess = aliases[folded]
    else:
        close = difflib.get_close_matches(folded, names, n=1, cutoff=0.75)
        guess = close[0] if close else None
    return f" (did you mean '{guess}'?)" if guess else ""
