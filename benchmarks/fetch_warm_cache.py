"""A research rerun with a warm cache: requests reaching the servers, and wall time.

    python benchmarks/fetch_warm_cache.py

Crawls the fixture company site and the person's blog (--no-search) into a fresh home, then
runs the same research again. Targets for the rerun: 0 requests, wall time <= 0.5 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from research_sites import research_sites  # noqa: E402

from infoprep.api import Workspace  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as home, research_sites() as sites:
        os.environ["INFOPREP_HOME"] = home
        urls = [sites.company.url("/"), sites.blog.url("/")]

        def run() -> tuple[float, int, int]:
            for server in sites.all():
                server.requests.clear()
            started = time.perf_counter()
            with Workspace(home, offline=True) as ws:
                dossier = ws.research(
                    "Maren Okafor", "Tidewater Instruments", urls, no_search=True,
                    progress=False,
                )
            wall = time.perf_counter() - started
            requests = sum(len(s.requests) for s in sites.all())
            return wall, requests, len(dossier.sources)

        cold_wall, cold_requests, cold_sources = run()
        warm_wall, warm_requests, warm_sources = run()
    print(f"cold run:  {cold_wall:.3f} s, {cold_requests} requests, {cold_sources} sources")
    print(f"warm run:  {warm_wall:.3f} s, {warm_requests} requests, {warm_sources} sources")
    print(f"warm requests reaching the servers: {warm_requests} (target 0)")
    print(f"warm wall time: {warm_wall:.3f} s (target <= 0.5 s)")
    good = warm_requests == 0 and warm_wall <= 0.5 and warm_sources == cold_sources
    print("result: " + ("meets the targets" if good else "MISSES a target"))
    return 0 if good else 1


if __name__ == "__main__":
    raise SystemExit(main())
