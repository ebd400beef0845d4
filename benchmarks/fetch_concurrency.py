"""Fetch concurrency: 40 pages on 4 loopback hosts, each answer delayed 250 ms.

    python benchmarks/fetch_concurrency.py [--per-host N] [--concurrency N]

The ideal schedule for the limits is max(ceil(pages per host / per-host limit),
ceil(pages / global limit)) rounds of 250 ms; one-by-one fetching takes 40 x 250 ms.
Targets: wall time <= 1.3x ideal, and >= 6x faster than one by one.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoprep.research.fetch import FetchedPage, Fetcher, FetchOptions  # noqa: E402
from infoprep.research.scope import Scope  # noqa: E402
from infoprep.testing import LoopbackServer, Response  # noqa: E402

HOSTS, PAGES_PER_HOST, DELAY = 4, 10, 0.25


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    defaults = FetchOptions()
    parser.add_argument("--per-host", type=int, default=defaults.per_host)
    parser.add_argument("--concurrency", type=int, default=defaults.concurrency)
    args = parser.parse_args()
    servers = [LoopbackServer().start() for _ in range(HOSTS)]
    try:
        urls = []
        for server in servers:
            for i in range(PAGES_PER_HOST):
                page = f"<html><title>Page {i}</title><p>Body of page {i}.</p></html>"
                server.route(f"/p{i}", Response(page, content_type="text/html", delay=DELAY))
                urls.append(server.url(f"/p{i}"))
        options = FetchOptions(per_host=args.per_host, concurrency=args.concurrency)

        async def fetch_all() -> list[object]:
            scope = Scope.of(s.url("/") for s in servers)
            async with Fetcher(options=options, scope=scope) as fetcher:
                return list(await asyncio.gather(*(fetcher.fetch(u) for u in urls)))

        started = time.perf_counter()
        results = asyncio.run(fetch_all())
        wall = time.perf_counter() - started
    finally:
        for server in servers:
            server.stop()
    ok = sum(isinstance(r, FetchedPage) for r in results)
    rounds = max(
        math.ceil(PAGES_PER_HOST / args.per_host), math.ceil(len(urls) / args.concurrency)
    )
    ideal = rounds * DELAY
    serial = len(urls) * DELAY
    ratio, speedup = wall / ideal, serial / wall
    print(f"pages fetched:        {ok}/{len(urls)} on {HOSTS} hosts")
    print(f"limits:               {args.concurrency} at once, {args.per_host} per host")
    print(f"wall time:            {wall:.3f} s")
    print(f"ideal schedule:       {ideal:.3f} s ({rounds} rounds of {DELAY * 1000:.0f} ms)")
    print(f"wall / ideal:         {ratio:.2f}x (target <= 1.3x)")
    print(f"one by one would be:  {serial:.2f} s; speed-up {speedup:.1f}x (target >= 6x)")
    good = ok == len(urls) and ratio <= 1.3 and speedup >= 6
    print("result:               " + ("meets the targets" if good else "MISSES a target"))
    return 0 if good else 1


if __name__ == "__main__":
    raise SystemExit(main())
