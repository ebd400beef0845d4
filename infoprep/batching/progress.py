"""The batch's progress bar on stderr: drawn in place on a terminal, silent elsewhere."""

from __future__ import annotations

import sys
import threading
from typing import IO

__all__ = ["BatchProgress"]

_WIDTH = 24


class BatchProgress:
    """`batch [#######.........]  7/20  found 6 partial 1 failed 0 · Jordan Rivera: questions`"""

    def __init__(self, total: int, stream: IO[str] | None = None,
                 enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.counts = {"found": 0, "partial": 0, "failed": 0, "skipped": 0}
        self._lock = threading.Lock()
        self._shown = False

    def step(self, name: str, step: str) -> None:
        """A row started a step."""
        self._draw(f"{name}: {step}")

    def finished(self, name: str, status: str) -> None:
        """A row is done with `status`."""
        with self._lock:
            self.done += 1
            self.counts[status] = self.counts.get(status, 0) + 1
        self._draw(f"{name}: {status}")

    def _draw(self, note: str) -> None:
        if not self.enabled:
            return
        with self._lock:
            filled = round(_WIDTH * self.done / self.total) if self.total else _WIDTH
            bar = "#" * filled + "." * (_WIDTH - filled)
            counts = " ".join(f"{k} {v}" for k, v in self.counts.items() if k != "skipped")
            self.stream.write(f"\r\x1b[Kbatch [{bar}] {self.done}/{self.total}  {counts} · "
                              f"{note[:40]}")
            self.stream.flush()
            self._shown = True

    def close(self) -> None:
        with self._lock:
            if self._shown:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._shown = False
