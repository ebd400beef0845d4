"""What a batch did, row by row, and the summary table (text, JSON, Markdown)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["OUTCOMES", "BatchReport", "RowResult", "render_report"]

# found: research, questions and intro all done; partial: some done, or done with a warning;
# failed: nothing usable; skipped: finished by an earlier run (or a repeated row).
OUTCOMES = ("found", "partial", "failed", "skipped")


@dataclass
class RowResult:
    """One row's outcome: `status` is one of OUTCOMES, `reason` says why when not found."""

    line: int
    name: str
    company: str
    status: str
    reason: str = ""
    contact_id: int | None = None
    sources: int = 0
    facts: int = 0
    questions: int = 0
    dropped: int = 0
    intro: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BatchReport:
    """Every row's result in file order, and how long the batch took."""

    rows: list[RowResult] = field(default_factory=list)
    seconds: float = 0.0
    jobs: int = 1

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in OUTCOMES}

    @property
    def all_failed(self) -> bool:
        """Every row failed: nothing was prepared, now or by an earlier run."""
        return bool(self.rows) and all(r.status == "failed" for r in self.rows)

    def __iter__(self) -> Iterator[RowResult]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "jobs": self.jobs,
            "rows": [r.to_dict() for r in self.rows],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def _repr_markdown_(self) -> str:
        return render_report(self, "md")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_report(report: BatchReport, fmt: str) -> str:
    """The summary: a table of rows with their outcome and reason, then the counts."""
    if fmt == "json":
        return report.to_json() + "\n"
    counts = report.counts
    total = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    if fmt == "md":
        lines = ["| line | name | company | outcome | sources | facts | questions | reason |",
                 "|---|---|---|---|---|---|---|---|"]
        for r in report.rows:
            cells = [str(r.line), r.name, r.company, r.status, str(r.sources), str(r.facts),
                     str(r.questions), r.reason]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join([*lines, "", f"{len(report.rows)} rows: {total}."]) + "\n"
    header = ("LINE", "NAME", "COMPANY", "OUTCOME", "SOURCES", "FACTS", "QUESTIONS")
    table = [header] + [
        (str(r.line), _cut(r.name, 28), _cut(r.company, 28), r.status, str(r.sources),
         str(r.facts), str(r.questions))
        for r in report.rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in table]
    problems = [r for r in report.rows if r.status in ("partial", "failed") and r.reason]
    if problems:
        lines += ["", "Not fully done:"]
        lines += [f"  line {r.line}{' ' + r.name if r.name else ''} ({r.status}): {r.reason}"
                  for r in problems]
    rate = ""
    if report.seconds > 0:
        prepared = counts["found"] + counts["partial"]
        rate = f" in {report.seconds:.1f} s ({prepared / report.seconds * 60:.1f} contacts/min)"
    lines += ["", f"{len(report.rows)} rows: {total}{rate}."]
    return "\n".join(lines) + "\n"
