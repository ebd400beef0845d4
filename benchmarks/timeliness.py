"""Timeliness check: how many correct intros it wrongly flags, and what it flags once the
research has aged.

The intros and LinkedIn notes of benchmarks/data/grounding_drafts.json (hand-written to the
fixture people, before this check existed) are checked twice: as of the day their research
was fetched, when what they call news was news (every flag is a false alarm), and as of a day
`--years` later (default 2), when a draft that congratulates on or "saw the news" of
something from the research presents old news as current (every flag is a catch to read).

    python benchmarks/timeliness.py [--years 2] [-v]

Target: no correct draft flagged as of its research date.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grounding import DATA, context

from infoprep.drafts.rules import timeliness_check


def flagged(text: str, person: str, referrer: str | None, today: date) -> str | None:
    """The timeliness check's complaint about an intro to `person` dated `today`, or None."""
    ctx = context(person, False, referrer)
    ctx.today = today
    check = timeliness_check([text], ctx)
    return None if check.ok else check.detail


def main(years: int = 2, verbose: bool = False) -> int:
    items = [i for i in json.loads(DATA.read_text(encoding="utf-8")) if not i["notes"]]
    alarms = aged = 0
    for item in items:
        person = str(item["person"])
        referrer = item["referrer"] if isinstance(item["referrer"], str) else None
        dossier = context(person, False, referrer).dossier
        assert dossier is not None
        fetched = max(s.fetched_at for s in dossier.sources if s.fetched_at)
        then = date.fromisoformat(fetched[:10])
        later = then.replace(year=then.year + years, day=min(then.day, 28))
        if (said := flagged(str(item["text"]), person, referrer, then)) is not None:
            alarms += 1
            print(f"  false alarm ({person}, as of {then}): {said}")
        if (said := flagged(str(item["text"]), person, referrer, later)) is not None:
            aged += 1
            if verbose:
                print(f"  aged ({person}, as of {later}): {said}")
    print(f"intros and notes checked: {len(items)}")
    print(f"wrongly flagged as of their research date: {alarms}/{len(items)} (target 0)")
    print(f"flagged {years} years later (old news framed as current): {aged}/{len(items)}")
    return 0 if alarms == 0 else 1


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = int(args[args.index("--years") + 1]) if "--years" in args else 2
    sys.exit(main(chosen, "-v" in args))
