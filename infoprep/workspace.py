"""The workspace: one SQLite database under the home, opened only through this module.

Named migrations (in `migrations.py`) are recorded in a table and applied on open. The
database runs in WAL mode with foreign keys on; every multi-row change goes through
`Store.transaction()`, so an interrupted command leaves the previous state intact.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .migrations import MIGRATIONS

__all__ = ["Store", "utcnow"]


def utcnow() -> str:
    """Now in UTC as ISO 8601 with its offset: the one time format stored."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A connection to the workspace database with migrations applied."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open the workspace {path}: {exc}") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise ConfigError(f"the workspace {path} is not usable: {exc}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (Ctrl-C included)."""
        for attempt in range(50):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 49:
                    raise
                time.sleep(0.05)
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def applied_migrations(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM _migrations ORDER BY id").fetchall()
        return [r["name"] for r in rows]

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations ("
            " id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = set(self.applied_migrations())
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as conn:
                # Another process may have applied it while we waited for the lock.
                if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                    continue
                for statement in sql.split(";\n"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, utcnow())
                )

    def record_usage(self, command: str, generator: str, usage: dict[str, Any]) -> None:
        """Append one command's model usage to the ledger."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO usage (at, command, generator, calls, cache_hits, prompt_tokens,"
                " completion_tokens, cost_usd, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    utcnow(),
                    command,
                    generator,
                    usage.get("calls", 0),
                    usage.get("cache_hits", 0),
                    usage.get("prompt_tokens", 0),
                    usage.get("completion_tokens", 0),
                    usage.get("cost_usd"),
                    json.dumps(usage, sort_keys=True),
                ),
            )
