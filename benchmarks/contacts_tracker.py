"""How fast the contact tracker is on a large network: import, re-import, find, due, export.

    PYTHONPATH=. python benchmarks/contacts_tracker.py [ROWS]

Prints one line per figure. Uses a temporary home; touches nothing else.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from infoprep import Workspace


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        csv_path = root / "Connections.csv"
        lines = ["Notes:", '"Some emails may be missing."', "",
                 "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
        lines += [
            f'Person,Number {i},https://www.linkedin.com/in/p{i},,"Company {i % 700}, Inc.",'
            f'"Engineer {i % 13}, Platform",07 Dec 2025'
            for i in range(rows)
        ]
        csv_path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        with Workspace(root / "home", offline=True) as ws:
            book = ws.contacts
            figures: list[tuple[str, float, str]] = []

            def timed(label: str, action: object, unit: str = "s") -> object:
                start = time.perf_counter()
                result = action()  # type: ignore[operator]
                figures.append((label, time.perf_counter() - start, unit))
                return result

            timed(f"import {rows} LinkedIn rows", lambda: book.import_file(csv_path))
            timed(f"re-import {rows} rows (all unchanged)", lambda: book.import_file(csv_path))
            for i in range(0, 200):
                book.set_status(f"Person Number {i}", "requested",
                                at="2025-03-01T10:00:00+00:00")
            found = timed("find --company 'company 7' (cold)", lambda: book.find("company 7"))
            timed("find --company 'COMPANY 8 INC' (warm)", lambda: book.find("COMPANY 8 INC"))
            now = datetime(2025, 4, 1, tzinfo=UTC)
            due = timed("due (200 requests pending)", lambda: book.due(now=now))
            timed("export ics", lambda: book.export("ics", now=now))
            timed("export json", lambda: book.export("json", now=now))
            for label, seconds, _ in figures:
                print(f"{label:<42} {seconds * 1000:8.0f} ms")
            print(f"{'rows per second (first import)':<42} {rows / figures[0][1]:8.0f}")
            print(f"found {len(found)} at company 7; {len(due)} follow-ups due")  # type: ignore[arg-type]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
