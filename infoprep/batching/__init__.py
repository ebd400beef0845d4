"""Preparing many contacts at once from a CSV file: research, questions and an intro draft.

    report = Workspace().batch("contacts.csv", jobs=2)
    report.counts        # {"found": 18, "partial": 1, "failed": 1, "skipped": 0}
"""

from __future__ import annotations

from .report import OUTCOMES, BatchReport, RowResult, render_report
from .rows import BatchRow, read_rows, split_cell
from .runner import run_batch

__all__ = [
    "OUTCOMES",
    "BatchReport",
    "BatchRow",
    "RowResult",
    "read_rows",
    "render_report",
    "run_batch",
    "split_cell",
]
