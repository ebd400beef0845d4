"""Records a page gives twice: a part a line, then once more as one line.

A job card's title, hours and pay are three lines of a page's main text; research then adds
the card again as one line (`research.extract.more_text`), which is how a page's structure
(these lines are one record) reaches the evidence. The evidence index reads such a record as
one passage in its place, its lines together, and does not index the repeat: a duplicate
would take a place among the few passages a question is read beside, and would count twice
how often a page names someone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Echo", "echoes", "without_echoes"]

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Echo:
    """A record: its lines at `start:end` of the text, repeated as one line at
    `echo_start:echo_end`."""

    start: int
    end: int
    echo_start: int
    echo_end: int


def echoes(text: str) -> list[Echo]:
    """Every line of `text` that is two or more whole consecutive lines above it joined
    with spaces (white space aside), with those lines; records never overlap."""
    lines: list[tuple[str, int, int]] = []  # squeezed text, start, end
    where: dict[str, list[int]] = {}
    found: list[Echo] = []
    taken = -1  # the last line index already in a record
    for match in _LINE.finditer(text):
        squeezed = " ".join(match.group(0).split())
        if not squeezed:
            continue
        # The line's words, without the white space around them.
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        end = match.start() + len(match.group(0).rstrip())
        run = _restated(squeezed, lines, where, taken)
        if run is not None:
            first, last = run
            found.append(Echo(lines[first][1], lines[last][2], start, end))
            taken = last
            continue  # a repeat is no part of another record
        where.setdefault(squeezed, []).append(len(lines))
        lines.append((squeezed, start, end))
    return found


def _restated(
    line: str, lines: list[tuple[str, int, int]], where: dict[str, list[int]], taken: int
) -> tuple[int, int] | None:
    """The first and last index of the consecutive lines that `line` joins, if any."""
    for space in re.finditer(" ", line):
        for first in where.get(line[: space.start()], ()):
            if first <= taken:
                continue
            joined, last = lines[first][0], first
            while len(joined) < len(line) and last + 1 < len(lines):
                last += 1
                joined = f"{joined} {lines[last][0]}"
            if joined == line and last > first:
                return first, last
    return None


def without_echoes(text: str) -> str:
    """`text` without its repeated records, for what counts how often a page says
    something ("she", the person's name)."""
    kept: list[str] = []
    at = 0
    for echo in echoes(text):
        kept.append(text[at : echo.echo_start])
        at = echo.echo_end
    kept.append(text[at:])
    return "".join(kept)
