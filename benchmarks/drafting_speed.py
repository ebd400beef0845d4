"""Time to write an offline draft with its checks, as a user waits for it.

    python benchmarks/drafting_speed.py [--people 20]

For the first N fixture people of the grounding benchmark (their dossier, their writer's
profile and call notes), writes the email intro, the thank-you from the notes and a 30-second
pitch with the offline generator, each from a fresh draft context (so reading the research is
counted), and prints the median and the slowest time per kind. Every check runs, grounding
included: that is most of the time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import grounding  # noqa: E402  (the benchmark's fixture people)

from infoprep.api import Workspace  # noqa: E402
from infoprep.drafts.context import DraftContext  # noqa: E402
from infoprep.drafts.intro import write_intro  # noqa: E402
from infoprep.drafts.pitch import write_pitch  # noqa: E402
from infoprep.drafts.thankyou import write_thankyou  # noqa: E402
from infoprep.models import Dossier, Profile  # noqa: E402


def _context(person: str, notes: bool) -> DraftContext:
    fixtures = grounding.FIXTURES
    dossier = Dossier.model_validate_json(
        (fixtures / "dossiers" / f"{person}.json").read_text(encoding="utf-8"))
    profile = Profile.model_validate(tomllib.loads(
        (fixtures / "profiles" / f"{grounding.PROFILES[person]}.toml").read_text(
            encoding="utf-8")))
    text = (fixtures / "notes" / f"{person}-call.md").read_text(encoding="utf-8") if notes \
        else None
    return DraftContext(profile, None, dossier, None, text)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=_positive, default=20,
                        help="how many fixture people to time (default 20)")
    args = parser.parse_args()
    people = sorted(grounding.PROFILES)[:args.people]
    with tempfile.TemporaryDirectory() as home, Workspace(Path(home), offline=True) as ws:
        kinds: dict[str, Callable[[str], object]] = {
            "intro (email)": lambda p: write_intro(_context(p, False), ws.prompts, ws.generator),
            "thank-you": lambda p: write_thankyou(_context(p, True), ws.prompts, ws.generator),
            "pitch (30 s)": lambda p: write_pitch(_context(p, False), ws.prompts, ws.generator),
        }
        kinds["intro (email)"](people[0])  # load the word lists and prompts once
        for kind, write in kinds.items():
            times = []
            for person in people:
                start = time.perf_counter()
                write(person)
                times.append(time.perf_counter() - start)
            print(f"{kind:<14} median {statistics.median(times) * 1000:6.0f} ms, "
                  f"slowest {max(times) * 1000:6.0f} ms ({len(people)} people)")


if __name__ == "__main__":
    main()
