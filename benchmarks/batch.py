"""Batch preparation: contacts per minute for 20 fictional contacts over loopback sites.

    python benchmarks/batch.py [--contacts N] [--jobs N ...] [--delay SECONDS]

Each contact gets a small site of its own (home, about, team and one news page) served by a
StaticSite on 127.0.0.1, answering after `--delay` seconds (default 0.05, a fast web server
nearby). The batch runs offline (templates, no model) with --no-search: research, questions
and an intro draft per contact, each `--jobs` setting in a fresh workspace. Prints contacts
per minute and the peak memory: Python allocations (tracemalloc) and the process's RSS.
"""

from __future__ import annotations

import argparse
import importlib
import resource
import socketserver
import sys
import tempfile
import time
import tracemalloc
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoprep.api import Workspace  # noqa: E402
from infoprep.batching import BatchRow, run_batch  # noqa: E402
from infoprep.models import Profile  # noqa: E402
from infoprep.testing import Response, StaticSite  # noqa: E402
from infoprep.testing.servers import Recorded  # noqa: E402

FIRST = ["Ines", "Tomas", "Priya", "Kwame", "Lena", "Mateo", "Aiko", "Farah", "Owen", "Zanele",
         "Rafael", "Mina", "Jonas", "Leila", "Chidi", "Sofia", "Arjun", "Hana", "Felix", "Nadia"]
LAST = ["Varga", "Lindqvist", "Raman", "Mensah", "Kovac", "Duarte", "Tanaka", "Haddad",
        "Pryce", "Dlamini", "Oliveira", "Park", "Berg", "Nasser", "Okeke", "Marin", "Iyer",
        "Sato", "Brandt", "Aziz"]
TRADES = [("Harbourline Robotics", "warehouse robots"), ("Quillfield Health", "clinic software"),
          ("Northgate Grid", "battery storage"), ("Sablewood Foods", "plant-based dairy"),
          ("Cobalt Lane Studios", "mobile games")]
ROLES = ["Head of Product", "Senior Data Scientist", "Engineering Manager", "Design Lead",
         "Director of Operations"]


# Modules a batch loads on first use: imported before measuring, so the peak is the batch's.
USED = ["infoprep.research.pipeline", "infoprep.research.extract", "infoprep.research.facts",
        "infoprep.research.files", "infoprep.questions.workflow", "infoprep.drafts.intro",
        "infoprep.briefing"]


class SlowSite(StaticSite):
    """A static site whose every answer waits `delay` seconds, like a real server."""

    def __init__(self, root: Path, delay: float) -> None:
        super().__init__(root)
        self.delay = delay

    def handle(self, request: Recorded) -> Response:
        answer = super().handle(request)
        answer.delay = self.delay
        return answer


PROFILE = Profile(name="Maya Okafor", headline="Data analyst",
                  goals="Learn how product teams decide what to build", interests=["forecasting"])


def site_pages(index: int) -> tuple[str, str, dict[str, str]]:
    """A fictional person, their employer, and their site's pages."""
    name = f"{FIRST[index % 20]} {LAST[(index * 7) % 20]}" + (" Jr" if index >= 20 else "")
    company, trade = TRADES[index % len(TRADES)]
    role = ROLES[index % len(ROLES)]
    year = 2008 + index % 12
    staff = 40 + index * 13
    nav = '<nav><a href="/about.html">About</a> <a href="/team.html">Team</a> ' \
          '<a href="/news/launch.html">News</a></nav>'
    pages = {
        "index.html": f"<html><head><title>{company}</title></head><body>{nav}<main>"
                      f"<h1>{company}</h1><p>{company} makes {trade} for teams that need "
                      f"them to work every day.</p></main></body></html>",
        "about.html": f"<html><head><title>About {company}</title></head><body>{nav}<main>"
                      f"<h1>About {company}</h1><p>{company} was founded in {year} and is "
                      f"headquartered in Leeds, UK. We employ {staff} people.</p>"
                      f"<p>Our {trade} are used by over {index + 3} hundred customers.</p>"
                      "</main></body></html>",
        "team.html": f"<html><head><title>Team — {company}</title></head><body>{nav}<main>"
                     f"<h1>Our team</h1><ul><li><strong>{name}</strong>, {role}</li>"
                     f"<li><strong>Alex Morgan</strong>, Chief Executive Officer</li></ul>"
                     f"<p>{name} joined {company} in {year + 3} as {role}, after "
                     "six years in consulting.</p></main></body></html>",
        "news/launch.html": f"<html><head><title>{company} launches a new line</title></head>"
                            f"<body>{nav}<article><h1>{company} launches a new line</h1>"
                            f"<p>{name}, {role} at {company}, said the launch took two years."
                            "</p></article></body></html>",
    }
    return name, company, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=20)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--delay", type=float, default=0.05)
    args = parser.parse_args()
    for name in USED:
        importlib.import_module(name)
    # The crawler closes keep-alive connections when a contact is done; that is not an error.
    socketserver.BaseServer.handle_error = lambda self, request, address: None  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="infoprep-batch-bench-") as tmp, ExitStack() as stack:
        folder = Path(tmp)
        rows = []
        for i in range(args.contacts + 1):
            name, company, pages = site_pages(i)
            root = folder / "sites" / f"c{i}"
            for path, html in pages.items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                (root / path).write_text(html, encoding="utf-8")
            site = stack.enter_context(SlowSite(root, args.delay))
            rows.append(BatchRow(name, company, urls=[site.url("/")], line=i + 2))
        # One extra contact warms the one-time loads (extractor models, the suffix list,
        # question banks) so that every measured run starts alike.
        warmup, rows = rows[-1:], rows[:-1]
        with Workspace(folder / "home-warmup", offline=True) as ws:
            ws.save_profile(PROFILE)
            run_batch(ws.settings, warmup, jobs=1, no_search=True, progress=False)
        print(f"{args.contacts} contacts, one loopback site each ({args.delay * 1000:.0f} ms "
              "per answer), offline generator, --no-search")
        for jobs in args.jobs:
            with Workspace(folder / f"home-{jobs}", offline=True) as ws:
                ws.save_profile(PROFILE)
                tracemalloc.start()
                started = time.perf_counter()
                report = run_batch(ws.settings, rows, jobs=jobs, no_search=True, progress=False)
                seconds = time.perf_counter() - started
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            counts = report.counts
            rate = (counts["found"] + counts["partial"]) / seconds * 60
            print(f"jobs {jobs}: {rate:6.1f} contacts/min ({seconds:.1f} s; found "
                  f"{counts['found']}, partial {counts['partial']}, failed {counts['failed']}); "
                  f"peak Python allocations during the batch {peak / 2**20:.1f} MiB")
            for row in report.rows:
                if row.status != "found":
                    print(f"    line {row.line} {row.name}: {row.status}: {row.reason}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS of the process: {rss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
