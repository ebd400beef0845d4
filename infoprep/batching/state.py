"""Each batch row's progress, kept in the workspace (`batch_rows`) so a rerun resumes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..workspace import Store, utcnow

__all__ = ["STEPS", "RowState", "load_state", "save_state"]

STEPS = ("research", "questions", "intro")


@dataclass
class RowState:
    """What is done for one row: steps finished, the outcome so far and counts to show."""

    key: str
    inputs: str
    name: str
    company: str
    contact_id: int | None = None
    done: list[str] = field(default_factory=list)
    status: str = "failed"
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return all(step in self.done for step in STEPS)


def load_state(store: Store, key: str) -> RowState | None:
    row = store.conn.execute("SELECT * FROM batch_rows WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    return RowState(
        key=row["key"],
        inputs=row["inputs"],
        name=row["name"],
        company=row["company"],
        contact_id=row["contact_id"],
        done=[s for s in row["done"].split(",") if s],
        status=row["status"],
        reason=row["reason"],
        detail=json.loads(row["detail"]),
    )


def save_state(store: Store, state: RowState) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO batch_rows (key, inputs, name, company, contact_id, done, status, reason,"
            " detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET inputs = excluded.inputs, name = excluded.name,"
            " company = excluded.company, contact_id = excluded.contact_id,"
            " done = excluded.done, status = excluded.status, reason = excluded.reason,"
            " detail = excluded.detail, updated_at = excluded.updated_at",
            (state.key, state.inputs, state.name, state.company, state.contact_id,
             ",".join(state.done), state.status, state.reason,
             json.dumps(state.detail, sort_keys=True), utcnow()),
        )
