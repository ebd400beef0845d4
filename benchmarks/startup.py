"""Median wall time of `infoprep --help` against `python -c pass` (target: under 0.15 s).

    python benchmarks/startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def median_seconds(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    baseline = median_seconds([sys.executable, "-c", "pass"], args.runs)
    helped = median_seconds([sys.executable, "-m", "infoprep", "--help"], args.runs)
    print(f"python -c pass:   {baseline:.3f} s (median of {args.runs})")
    print(f"infoprep --help:  {helped:.3f} s (median of {args.runs})")
    print(f"infoprep's own cost: {helped - baseline:.3f} s; ratio {helped / baseline:.1f}x")
    print(f"target < 0.150 s: {'met' if helped < 0.150 else 'NOT met'}")


if __name__ == "__main__":
    main()
