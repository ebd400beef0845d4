"""Which source of lower-case detail flags catches which planted claim and raises which false
alarm, per benchmark set.

The grounding check flags two things: specific claims (names, numbers, dates, titles, quotes,
events, topics, rare terms), and in the second loop of `unsupported_claims` lower-case
details from several sources: `replaced` (a run filling the slot a known sentence fills
otherwise), `swaps` (an unknown word next to a known neighbour), `miscounts`, the coined noun
phrases (`title`: a modifier before a role noun; `unknown`: a compound of words no known text
uses; `apart`: words known only apart), `events`, `superlatives` and `unheard` events. For each
source this prints how many planted claims it alone catches (caught with it, missed without
it) and how many correct drafts it alone wrongly flags (flagged with it, clean without it).

    python benchmarks/grounding_sources.py [--skip SET ...] [--only SET ...] [-v]

`--skip` leaves sets out entirely (no line of theirs is printed); `-v` lists the phrases.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from grounding import DATA, caught, context  # type: ignore[import-not-found]

from infoprep.drafts import alignment, detail_claims, grounding, phrases
from infoprep.drafts.context import DraftContext
from infoprep.drafts.grounding import unsupported_claims

SOURCES = ("replaced", "swaps", "miscounts", "title", "unknown", "apart", "events",
           "superlatives", "unheard")
_disabled: set[str] = set()
_tags: dict[str, set[str]] = {}


def _coined_kind(text: str, index: alignment.PhraseIndex) -> str:
    words = text.replace("-", " ").split()
    if phrases._ROLE_HEAD.match(words[-1].casefold()):
        return "title"
    known = [index.known_form(w.casefold()) or index.known_clip(w.casefold()) for w in words]
    return "apart" if all(known) else "unknown"


@contextmanager
def instrumented() -> Iterator[None]:
    """Tag every detail phrase with its source; drop the phrases of disabled sources."""
    saved: dict[tuple[Any, str], Any] = {}

    def patch(owner: Any, name: str, wrap: Callable[[Any], Any]) -> None:
        saved[(owner, name)] = getattr(owner, name)
        setattr(owner, name, wrap(getattr(owner, name)))

    def keep(source: str, found: list[str]) -> list[str]:
        for phrase in found:
            _tags.setdefault(phrase, set()).add(source)
        return [] if source in _disabled else found

    patch(grounding.Support, "replaced",
          lambda f: lambda self, s: keep("replaced", f(self, s)))
    patch(alignment.PhraseIndex, "swaps", lambda f: lambda self, s: [
        w for w in f(self, s) if keep("swaps", [w.phrase])])
    patch(alignment.PhraseIndex, "miscounts",
          lambda f: lambda self, s: keep("miscounts", f(self, s)))

    def coined(f: Any) -> Any:
        def run(clause: str, index: alignment.PhraseIndex, has: Any) -> list[str]:
            return [p for p in f(clause, index, has) if keep(_coined_kind(p, index), [p])]
        return run

    patch(detail_claims, "coined_phrases", coined)
    patch(grounding.Support, "events", lambda f: lambda self, s, unheard=False: keep(
        "unheard" if unheard else "events", f(self, s, unheard)))
    patch(detail_claims, "superlatives",
          lambda f: lambda c, i: keep("superlatives", f(c, i)))
    try:
        yield
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)


def flags(text: str, ctx: DraftContext) -> list[tuple[str, str]]:
    """(phrase, source) of every flag; the source of a claim is its kind."""
    _tags.clear()
    out = []
    for claim in unsupported_claims(text, ctx.support):
        if claim.kind == "detail":
            out.append((claim.phrase, "+".join(sorted(_tags.get(claim.phrase, {"?"})))))
        else:
            out.append((claim.phrase, f"claim:{claim.kind}"))
    return out


def without(source: str, text: str, ctx: DraftContext) -> list[str]:
    _disabled.add(source)
    try:
        return [p for p, _ in flags(text, ctx)]
    finally:
        _disabled.discard(source)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip", nargs="*", default=[])
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    items = [i for i in json.loads(Path(DATA).read_text(encoding="utf-8"))
             if i["set"] not in args.skip and (not args.only or i["set"] in args.only)]
    alone_plants: Counter[tuple[str, str]] = Counter()
    alone_alarms: Counter[tuple[str, str]] = Counter()
    any_plants: Counter[tuple[str, str]] = Counter()
    any_alarms: Counter[tuple[str, str]] = Counter()
    sets: list[str] = []
    with instrumented():
        for item in items:
            name = item["set"]
            if name not in sets:
                sets.append(name)
            ctx = context(item["person"], bool(item["notes"]),
                          item["referrer"] if isinstance(item["referrer"], str) else None)
            text = item["text"]
            got = flags(text, ctx)
            used = {s for _, src in got for s in src.split("+") if s in SOURCES}
            for s in used:
                any_alarms[(name, s)] += 1
                if got and not without(s, text, ctx):
                    alone_alarms[(name, s)] += 1
                    if args.v:
                        print(f"  {name} ALARM by {s}: {[p for p, _ in got]}")
            for original, planted, _kind in item["plants"]:
                changed = text.replace(original, planted, 1)
                got = flags(changed, ctx)
                if not caught([p for p, _ in got], original, planted):
                    continue
                hit = [(p, src) for p, src in got if caught([p], original, planted)]
                used = {s for _, src in hit for s in src.split("+") if s in SOURCES}
                for s in used:
                    any_plants[(name, s)] += 1
                    if not caught(without(s, changed, ctx), original, planted):
                        alone_plants[(name, s)] += 1
                        if args.v:
                            print(f"  {name} PLANT by {s}: {original!r} -> {planted!r} {hit}")
    print("source: planted caught by it alone / by it at all; false alarms by it alone / at all")
    for s in SOURCES:
        row = [f"{n}:{alone_plants[(n, s)]}/{any_plants[(n, s)]},"
               f"{alone_alarms[(n, s)]}/{any_alarms[(n, s)]}" for n in sets
               if any_plants[(n, s)] or any_alarms[(n, s)]]
        total = (sum(alone_plants[(n, s)] for n in sets), sum(any_plants[(n, s)] for n in sets),
                 sum(alone_alarms[(n, s)] for n in sets), sum(any_alarms[(n, s)] for n in sets))
        print(f"{s:13} plants {total[0]}/{total[1]}  alarms {total[2]}/{total[3]}  "
              + " ".join(row))


if __name__ == "__main__":
    main()
