"""Facts research derives, on the development set's five people and the fresh set's two,
offline.

    PYTHONPATH=. python benchmarks/facts.py [--person SLUG] [--all]

Runs the research pipeline with `--no-search` over each person's fixture pages (read as local
files, fixtures/sites/devset/<slug>/ and fixtures/sites/devset-fresh/<slug>/) and prints, per
field, how many facts were found on the development set, on the fresh set and on all seven
people, with a sample value; then the share of facts whose value is junk by simple checks (a
heading only, longer than 25 words, a byline), per set and over all, the share of quotes that
are exact text of their source, and the share of the labelled evidence passages
(questions.jsonl of each set) that the sources' stored text holds — what the questions'
evidence index can find.
Targets: junk <= 2%, quotes exact 100%, evidence passages kept >= 95%.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from devset import FRESH, DevPerson, load_people, load_questions  # noqa: E402

from infoprep.config import load_settings  # noqa: E402
from infoprep.models import Dossier, Fact  # noqa: E402
from infoprep.research.facts import COMPANY_FIELDS, PERSON_FIELDS  # noqa: E402
from infoprep.research.pipeline import run_research  # noqa: E402

_BYLINE = re.compile(r"^(?:by|posted\s+by|written\s+by)\s|\s·\s|\bminute\s+read\b", re.I)
_HEADING_ONLY = re.compile(
    r"^(?:our\s+)?(?:mission|vision|values|purpose|team|leadership|about(?:\s+us)?|"
    r"products?|customers|news|careers|contact(?:\s+us)?|locations?|history|story)$",
    re.IGNORECASE,
)
_SHORT_VALUE = {"funding", "founded", "size", "headquarters", "title", "employer",
                "previous_employer", "location", "education"}


def junk_reason(fact: Fact) -> str | None:
    """Why a fact's value is junk by simple checks, or None."""
    value = fact.value.strip()
    if _HEADING_ONLY.match(value):
        return "heading only"
    if len(value.split()) > 25:
        return "over 25 words"
    if _BYLINE.search(value):
        return "byline"
    if fact.field in _SHORT_VALUE and len(value.split()) > 12:
        return "over 12 words for a short field"
    return None


def dossier_of(person: DevPerson, home: Path) -> Dossier:
    settings = load_settings(home, environ={})
    run = asyncio.run(run_research(settings, person.name, person.company,
                                   files=person.page_files(), no_search=True))
    return run.dossier


def _squash(text: str) -> str:
    return " ".join(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--person", help="one slug of either set's people.json")
    parser.add_argument("--all", action="store_true", help="print every fact, not a sample")
    args = parser.parse_args()
    sets = {"devset": (load_people(), load_questions()),
            "fresh": (load_people(FRESH / "people.json"),
                      load_questions(FRESH / "questions.jsonl"))}
    import tempfile

    counts: Counter[tuple[str, str, str]] = Counter()  # (set, subject, field)
    samples: dict[tuple[str, str], list[str]] = defaultdict(list)
    facts_in: Counter[str] = Counter()
    junk: list[tuple[str, str, Fact, str]] = []
    total = exact = 0
    passages = kept = 0
    missed: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for set_name, (people, questions) in sets.items():
            for slug, person in people.items():
                if args.person and slug != args.person:
                    continue
                dossier = dossier_of(person, Path(tmp))
                texts = {s.url: s.text for s in dossier.sources}
                print(f"\n== {slug} ({set_name}): {person.name} at {person.company}: "
                      f"{len(dossier.sources)} sources, {len(dossier.facts)} facts")
                for fact in dossier.facts:
                    total += 1
                    facts_in[set_name] += 1
                    exact += fact.quote in texts.get(fact.source_url, "")
                    counts[(set_name, fact.subject, fact.field)] += 1
                    samples[(fact.subject, fact.field)].append(f"{slug}: {fact.value}")
                    reason = junk_reason(fact)
                    if reason:
                        junk.append((set_name, slug, fact, reason))
                    if args.all:
                        print(f"  {fact.subject}.{fact.field}: {fact.value}"
                              f"  [{Path(fact.source_url).name}]")
                by_page = {str(Path(url).relative_to(person.site_dir)): _squash(text)
                           for url, text in texts.items()}
                for question in questions:
                    if question.person != slug:
                        continue
                    for item in question.evidence:
                        passages += 1
                        if item.quote in by_page.get(item.url, ""):
                            kept += 1
                        else:
                            missed.append((slug, f"{item.url}: {item.quote[:90]}"))
    print("\nfacts per field (devset 5 people, fresh 2, all 7; a sample):")
    print(f"  {'field':28} {'dev':>4} {'fresh':>5} {'all':>4}")
    for subject, fields in (("person", PERSON_FIELDS), ("company", COMPANY_FIELDS)):
        extra = sorted({f for _, s, f in counts if s == subject} - set(fields))
        for field in (*fields, *extra):
            dev, fresh = counts[("devset", subject, field)], counts[("fresh", subject, field)]
            key = (subject, field)
            sample = samples[key][0][:90] if samples[key] else "-"
            print(f"  {subject + '.' + field:28} {dev:4} {fresh:5} {dev + fresh:4}  {sample}")
    for set_name in sets:
        n = facts_in[set_name]
        bad = sum(1 for j in junk if j[0] == set_name)
        print(f"{set_name}: facts {n}; junk by simple checks: {bad} ({bad / n if n else 0:.1%})")
    share = len(junk) / total if total else 0.0
    print(f"all: facts {total}; junk by simple checks: {len(junk)} ({share:.1%})")
    for _set, slug, fact, reason in junk[:20]:
        print(f"  junk ({reason}) {slug} {fact.subject}.{fact.field}: {fact.value[:100]}")
    print(f"quotes exact text of their source: {exact}/{total}")
    print(f"labelled evidence passages held by the sources' text: {kept}/{passages} "
          f"({kept / passages if passages else 0:.1%})")
    for slug, where in missed[:20]:
        print(f"  missing {slug} {where}")


if __name__ == "__main__":
    main()
