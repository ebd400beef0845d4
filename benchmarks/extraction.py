"""Main-text extraction quality on the article-extraction benchmark's 181 real pages.

    python benchmarks/extraction.py [--corpus DIR] [--worst N]

Metric, as the benchmark states it: tokens by the regex `\\w+` (case kept), 4-token shingles
counted as multisets; per page true positives, false positives and false negatives, each
divided by their sum; precision averaged over pages with any prediction or match, recall over
pages with any truth or match (macro); F1 is the harmonic mean of the two averages.
Targets: F1 >= 0.95, crashes 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoprep.research.extract import extract_page  # noqa: E402

CORPUS = Path("shared") / "corpora" / "article-extraction-benchmark"


def default_corpus() -> Path:
    """../shared/corpora/... beside the checkout (or beside a folder above it)."""
    for folder in ROOT.parents:
        if (folder / CORPUS).is_dir():
            return folder / CORPUS
    return ROOT.parent / CORPUS
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages")
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    truth_file = corpus / "ground-truth.json"
    if not truth_file.is_file():
        print(
            f"corpus not found: {truth_file} (expected the shared corpora beside the repo, "
            "../shared/corpora/article-extraction-benchmark; or pass --corpus DIR)",
            file=sys.stderr,
        )
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    scores: list[tuple[str, tuple[float, float, float]]] = []
    crashes: list[str] = []
    elapsed = 0.0
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
        text = html.decode("utf-8", errors="replace")
        start = time.perf_counter()
        try:
            predicted = extract_page(text, item.get("url") or "").main_text
        except Exception as exc:  # counting crashes is the point
            crashes.append(f"{page_id}: {type(exc).__name__}: {exc}")
            predicted = ""
        elapsed += time.perf_counter() - start
        scores.append((page_id, match(item.get("articleBody", ""), predicted)))
    p = statistics.mean(precision(*s) for _, s in scores if s[0] + s[1] > 0)
    r = statistics.mean(recall(*s) for _, s in scores if s[0] + s[2] > 0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"pages: {len(scores)}")
    print(f"F1: {f1:.3f}  precision: {p:.3f}  recall: {r:.3f}  (target F1 >= 0.95)")
    print(f"crashes: {len(crashes)}  (target 0)")
    print(f"speed: {len(scores) / elapsed:.1f} pages/s (extract_page, whole page, 1 core)")
    for line in crashes:
        print("  crash", line)
    if args.worst:
        def page_f1(s: tuple[float, float, float]) -> float:
            pp, rr = precision(*s), recall(*s)
            return 2 * pp * rr / (pp + rr) if pp + rr else 0.0

        for page_id, s in sorted(scores, key=lambda x: page_f1(x[1]))[: args.worst]:
            print(f"  {page_f1(s):.3f} P={precision(*s):.3f} R={recall(*s):.3f} {page_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
