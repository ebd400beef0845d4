"""How fast the offline googleable filter judges: 100 questions against 300 passages.

    PYTHONPATH=. python benchmarks/googleable_speed.py

The dossier holds the development set's pages (fixtures/sites/devset/), cut to 300 passages;
the questions are the first 100 of fixtures/devset/questions.jsonl. Prints the time to build
the evidence index and the time to judge all questions (best of five runs each), by the rules
alone, with the answer reader, which reads up to 8 passages bm25 finds beside each question
the rules keep that asks for a fact or an answer of a shape, and up to 4 beside an open one,
and with the reader and the passage finder (infoprep's default), which adds up to 2 of the 8
passages nearest the question in meaning; the finder's time to embed the dossier's passages,
once per dossier, is counted in the judging.
Last, the time of a fixed loop of plain Python, to turn the seconds into ratios to this machine's
speed, which varies threefold from one day to another here.
Target: judging 100 questions in <= 0.3 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from devset import load_people, load_questions, visible_text  # noqa: E402

from infoprep.models import Company, Dossier, Person, Source  # noqa: E402
from infoprep.prompts import PromptLibrary  # noqa: E402
from infoprep.questions.evidence import EvidenceIndex  # noqa: E402
from infoprep.questions.finder import default_finder  # noqa: E402
from infoprep.questions.googleable import GoogleableFilter  # noqa: E402
from infoprep.questions.reader import default_reader  # noqa: E402
from infoprep.questions.text import sentence_spans  # noqa: E402

PASSAGES = 300
QUESTIONS = 100


def dossier_of(passages: int) -> Dossier:
    """One dossier from every development-set page, its text cut after `passages` sentences."""
    sources = []
    left = passages
    for person in load_people().values():
        for page in person.pages:
            if left <= 0:
                break
            text = visible_text((person.site_dir / page).read_text(encoding="utf-8"))
            spans = sentence_spans(text)[:left]
            if spans:
                left -= len(spans)
                sources.append(Source(url=f"{person.slug}/{page}", text=text[: spans[-1][1]]))
    return Dossier(
        person=Person(name="Ines Varga-Lindqvist"),
        company=Company(name="Furrowlight Labs"),
        sources=sources,
    )


def main() -> int:
    wanted = PASSAGES
    dossier = dossier_of(wanted)
    while len(EvidenceIndex(dossier).passages) < PASSAGES:  # a few sentences are too short
        wanted += 1
        dossier = dossier_of(wanted)
    questions = [q.text for q in load_questions()[:QUESTIONS]]
    prompts = PromptLibrary(None)
    # Load the templates once, as a long run would: one untimed run first (rendering them
    # by hand here fell behind the variables the filter gives them).
    reader = default_reader()  # loaded once, as infoprep loads it once per process
    finder = default_finder()
    print(f"dossier: {PASSAGES} passages and more from {len(dossier.sources)} pages; "
          f"{len(questions)} questions")
    for label, given, finding in (("rules alone", None, None),
                                  ("with the answer reader", reader, None),
                                  ("with the reader and the passage finder", reader, finder)):
        warm = EvidenceIndex(dossier)
        GoogleableFilter(warm, prompts, reader=given, finder=finding).judge_offline(
            questions[:5])
        warm.close()
        builds, judgings = [], []
        for _ in range(5):
            start = time.perf_counter()
            index = EvidenceIndex(dossier)
            judge = GoogleableFilter(index, prompts, reader=given, finder=finding)
            built = time.perf_counter()
            verdicts = judge.judge_offline(questions)
            done = time.perf_counter()
            builds.append(built - start)
            judgings.append(done - built)
            index.close()
        dropped = sum(v.googleable for v in verdicts)
        print(f"{label}: index build {min(builds):.3f} s; judging {len(questions)} questions"
              f" offline {min(judgings):.3f} s ({dropped} judged googleable; target <= 0.3 s)")
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    print(f"for this machine's speed, 10,000,000 additions in plain Python: "
          f"{time.perf_counter() - start:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
