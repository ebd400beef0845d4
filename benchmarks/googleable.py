"""The googleable filter's quality on the labelled development set, offline.

    PYTHONPATH=. python benchmarks/googleable.py [--show-errors]

Builds each person's dossier from their fixture pages (fixtures/sites/devset/<slug>/), judges
every labelled question (fixtures/devset/questions.jsonl) with the offline filter, and prints
precision, recall and F1 for the googleable class, the share of personal and opinion questions
kept, and the share of true positives whose evidence URL is one the label accepts.
Targets: F1 >= 0.92, personal kept >= 0.97, evidence URL right >= 0.9.

Pages become sources through research's extraction (`infoprep.research.extract.extract_page`
and `infoprep.research.facts`) when it is installed; otherwise through trafilatura's main text
(favouring recall), falling back to the page's visible text. The URL of a page is its path in
the person's site folder, the form the labels use.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from devset import DevPerson, load_people, load_questions, visible_text  # noqa: E402

from infoprep.models import Company, Dossier, Fact, Person, Source  # noqa: E402
from infoprep.prompts import PromptLibrary  # noqa: E402
from infoprep.questions.evidence import EvidenceIndex  # noqa: E402
from infoprep.questions.googleable import GoogleableFilter  # noqa: E402

PERSONAL = ("personal_experience", "opinion_advice", "personal_mentions_public_fact")


def _with_research(person: DevPerson) -> tuple[list[Source], list[Fact]] | None:
    try:
        from infoprep.research import facts as research_facts
        from infoprep.research.extract import extract_page
    except ImportError:
        return None
    sources, found = [], []
    for page in person.pages:
        html = (person.site_dir / page).read_text(encoding="utf-8")
        extracted = extract_page(html, page)
        source = research_facts.page_source(extracted)
        sources.append(source)
        made: Any = research_facts.page_facts(extracted, person.name, person.company)
        found.extend(made if isinstance(made, list) else getattr(made, "facts", []))
    return sources, found


def _with_trafilatura(person: DevPerson) -> list[Source]:
    import trafilatura

    sources = []
    for page in person.pages:
        html = (person.site_dir / page).read_text(encoding="utf-8")
        text = trafilatura.extract(
            html, favor_recall=True, include_comments=False, include_tables=True
        )
        sources.append(Source(url=page, title=page, text=text or visible_text(html)))
    return sources


def build_dossier(person: DevPerson) -> Dossier:
    made = None
    try:
        made = _with_research(person)
    except Exception as exc:  # research's API may differ from this script's guess
        print(f"research extraction unavailable ({type(exc).__name__}: {exc}); "
              "using trafilatura", file=sys.stderr)
    sources, facts = made if made is not None else (_with_trafilatura(person), [])
    return Dossier(
        person=Person(name=person.name, employer=person.company),
        company=Company(name=person.company),
        sources=sources,
        facts=facts,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()
    people = load_people()
    questions = load_questions()
    prompts = PromptLibrary(None)
    judges = {
        slug: GoogleableFilter(EvidenceIndex(build_dossier(p)), prompts)
        for slug, p in people.items()
    }
    counts: Counter[str] = Counter()
    errors = []
    for q in questions:
        verdict = judges[q.person].judge_one(q.text)
        if verdict.googleable and q.googleable:
            counts["tp"] += 1
            if verdict.evidence and verdict.evidence.url in q.accepted_urls:
                counts["url_right"] += 1
            else:
                errors.append(("wrong url", q, verdict))
        elif verdict.googleable:
            counts["fp"] += 1
            errors.append(("false drop", q, verdict))
        elif q.googleable:
            counts["fn"] += 1
            errors.append(("missed", q, verdict))
        if q.category in PERSONAL:
            counts["personal"] += 1
            counts["personal_kept"] += not verdict.googleable
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    personal = counts["personal_kept"] / counts["personal"] if counts["personal"] else 0.0
    url_right = counts["url_right"] / tp if tp else 0.0
    if args.show_errors:
        for kind, q, verdict in errors:
            quote = verdict.evidence.quote[:100] if verdict.evidence else ""
            got = verdict.evidence.url if verdict.evidence else None
            print(f"{kind:10} {q.id} [{q.category}] {q.text}\n"
                  f"           label={q.evidence_url} got={got} | {verdict.reason} | {quote}")
    print(f"questions: {len(questions)} over {len(people)} people")
    print(f"googleable precision: {precision:.3f}  recall: {recall:.3f}  F1: {f1:.3f}"
          f"  (tp {tp}, fp {fp}, fn {fn}; target F1 >= 0.92)")
    print(f"personal/opinion questions kept: {personal:.3f}"
          f" ({counts['personal_kept']}/{counts['personal']}; target >= 0.97)")
    print(f"true positives with the right evidence URL: {url_right:.3f}"
          f" ({counts['url_right']}/{tp}; target >= 0.9)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
