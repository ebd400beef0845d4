"""The tracker's results: plain dataclasses that the renderers turn into text, JSON, CSV or ICS."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "CONTACT_FIELDS",
    "SOURCES",
    "STATUSES",
    "Call",
    "Contact",
    "ContactReport",
    "FollowUp",
    "ImportReport",
    "Interaction",
    "Referral",
    "RowProblem",
    "StatusChange",
]

# The pipeline, in order, then the two ways it can end early.
STATUSES = (
    "prospect",
    "requested",
    "scheduled",
    "interviewed",
    "thanked",
    "following-up",
    "declined",
    "no-reply",
)
SOURCES = ("connection", "referral", "cold", "event")

# Every stored field of a contact, in export order.
CONTACT_FIELDS = (
    "id",
    "name",
    "company",
    "role",
    "email",
    "linkedin",
    "source",
    "referred_by",
    "status",
    "connected_on",
    "created_at",
    "updated_at",
)


@dataclass
class Contact:
    """A person in the tracker. Times are stored UTC ISO 8601; `connected_on` is a date."""

    id: int
    name: str
    company: str | None = None
    role: str | None = None
    email: str | None = None
    linkedin: str | None = None
    source: str | None = None
    referred_by: int | None = None
    status: str = "prospect"
    connected_on: str | None = None
    created_at: str = ""
    updated_at: str = ""
    referred_by_name: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Contact:
        keys = row.keys()
        return cls(
            **{k: row[k] for k in CONTACT_FIELDS if k in keys},
            referred_by_name=row["referred_by_name"] if "referred_by_name" in keys else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Interaction:
    """Something that happened with a contact: a status change, a note, research, a draft."""

    id: int
    contact_id: int
    at: str
    kind: str
    detail: str = ""
    data: dict[str, Any] | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Interaction:
        data = json.loads(row["data"]) if row["data"] else None
        return cls(row["id"], row["contact_id"], row["at"], row["kind"], row["detail"], data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Call:
    """A scheduled call: its start in UTC, the zone it was arranged in, its length."""

    id: int
    contact_id: int
    starts_at: str
    tz: str
    minutes: int
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Call:
        return cls(**{k: row[k] for k in row.keys()})  # noqa: SIM118 - sqlite3.Row

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Referral:
    """`referrer` suggested that the user talk to `referred`."""

    referrer_id: int
    referrer: str
    referred_id: int
    referred: str
    at: str
    created: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StatusChange:
    """The result of `contacts status`: what changed, or the nudge that was logged."""

    contact: Contact
    previous: str
    status: str
    at: str
    call: Call | None = None
    nudged: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact": self.contact.to_dict(),
            "previous": self.previous,
            "status": self.status,
            "at": self.at,
            "call": self.call.to_dict() if self.call else None,
            "nudged": self.nudged,
        }


@dataclass
class FollowUp:
    """Something to do for a contact from `due_at` on, and why."""

    kind: str  # thank-you, nudge, check-in, referral, call-passed
    contact_id: int
    name: str
    due_at: str
    reason: str
    deadline: str | None = None
    overdue: bool = False
    action: str = ""  # the reason's first part: what to do
    command: str = ""  # what to run once it is done
    # In the user's time zone (ISO 8601 with its offset), and whether it is due already.
    due_local: str = ""
    deadline_local: str | None = None
    due_now: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ContactReport:
    """Everything known about one contact, for `contacts show`."""

    contact: Contact
    history: list[Interaction]
    calls: list[Call]
    referred_by: list[Referral]
    referred: list[Referral]
    dossier: dict[str, Any] | None
    drafts: list[dict[str, Any]]
    next_follow_up: FollowUp | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact": self.contact.to_dict(),
            "history": [i.to_dict() for i in self.history],
            "calls": [c.to_dict() for c in self.calls],
            "referred_by": [r.to_dict() for r in self.referred_by],
            "referred": [r.to_dict() for r in self.referred],
            "dossier": self.dossier,
            "drafts": self.drafts,
            "next_follow_up": self.next_follow_up.to_dict() if self.next_follow_up else None,
        }


@dataclass
class RowProblem:
    """A row that was not imported: its row number (the file's line number) and why."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did."""

    path: str
    format: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0  # rows naming a person an earlier row of the same file named
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    # How dates like 3/4/2026 were read: the order, what settled it ('row 7 has 25/03/2026',
    # '--dates'), and the rows read that way though nothing in the file settled it.
    date_order: str | None = None
    date_order_because: str = ""
    date_both_ways: str = ""
    dates_unsettled: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [{"row": p.row, "reason": p.reason} for p in self.problems]
        return data

    def summary(self) -> str:
        would = "would be " if self.dry_run else ""
        repeated = (
            f", {self.repeated} repeated (merged with an earlier row)" if self.repeated else ""
        )
        return (
            f"{self.path}: {self.rows} rows read ({self.format}); {would}added {self.added}, "
            f"{would}updated {self.updated}, unchanged {self.unchanged}, "
            f"skipped {len(self.problems)}{repeated}"
        )
