"""Contacts, dossiers and interactions as rows: the shared lookups every feature uses.

A contact is named by its name (case-insensitive) or by its id (`42` or `#42`). A name that
matches several contacts is an error listing them, so the user can give the id.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError, NotFoundError
from .models import Dossier
from .workspace import Store, utcnow

__all__ = [
    "AmbiguousContactError",
    "ContactRow",
    "contact_ref",
    "contact_refs",
    "ensure_contact",
    "find_contact",
    "find_contacts",
    "get_contact",
    "load_dossier",
    "log_interaction",
    "save_dossier",
]


class AmbiguousContactError(ConfigError):
    """A name matches several contacts."""


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    company: str | None
    role: str | None
    email: str | None
    linkedin: str | None
    source: str | None
    referred_by: int | None
    status: str
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> ContactRow:
        return cls(**{k: row[k] for k in row.keys()})  # noqa: SIM118 - sqlite3.Row


def _normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _as_id(ref: str) -> int | None:
    text = ref.strip().removeprefix("#")
    return int(text) if text.isdigit() else None


def find_contact(store: Store, ref: str) -> ContactRow | None:
    """The contact named `ref` (or with that id), None when there is none."""
    rows = _matching(store.conn, ref)
    if len(rows) > 1:
        listing = "; ".join(_telling_apart(rows))
        raise AmbiguousContactError(
            f"'{ref}' matches {len(rows)} contacts: {listing}. "
            f"Give the id instead, e.g. '#{rows[0]['id']}'"
        )
    return ContactRow.from_row(rows[0]) if rows else None


def find_contacts(store: Store, ref: str) -> list[ContactRow]:
    """Every contact `ref` names (several when they share a name), by id."""
    return [ContactRow.from_row(r) for r in _matching(store.conn, ref)]


def _matching(conn: sqlite3.Connection, ref: str) -> list[sqlite3.Row]:
    contact_id = _as_id(ref)
    if contact_id is not None:
        row = conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return [row] if row else []
    wanted = _normalise(ref)
    if not wanted:
        raise ConfigError("a contact name cannot be empty")
    rows = [
        r
        for r in conn.execute(
            "SELECT * FROM contacts WHERE name = ? COLLATE NOCASE OR name LIKE ?",
            (ref.strip(), ref.strip()),
        ).fetchall()
        if _normalise(r["name"]) == wanted
    ]
    if not rows:
        # Names stored with other spacing or accents-in-case still match.
        everyone = conn.execute("SELECT * FROM contacts").fetchall()
        rows = [r for r in everyone if _normalise(r["name"]) == wanted]
        if not rows:
            # Typed without accents: "Jose Garcia" finds "José García".
            bare = _unaccented(wanted)
            rows = [r for r in everyone if _unaccented(_normalise(r["name"])) == bare]
    return sorted(rows, key=lambda r: int(r["id"]))


def _handle(url: str | None) -> str | None:
    """`in/li-wei-data` from a LinkedIn profile URL."""
    if not url:
        return None
    path = urlsplit(url if "://" in url else "https://" + url).path.strip("/")
    return path or None


def _telling_apart(rows: list[sqlite3.Row]) -> list[str]:
    """`#5 Li Wei (Initech · Data engineer · added 2026-03-02)`, one per match: the company,
    and unless each works elsewhere, whichever of role, email, LinkedIn handle, status and the
    day they were added differ between the matches (the time added when nothing else does)."""
    details: list[list[str | None]] = [
        [r["role"], r["email"], _handle(r["linkedin"]), r["status"],
         f"added {r['created_at'][:10]}" if r["created_at"] else None]
        for r in rows
    ]
    differ = [i for i in range(len(details[0])) if len({d[i] for d in details}) > 1]
    companies = [r["company"] for r in rows]
    if all(companies) and len(set(companies)) == len(rows):
        differ = []  # each at another company: that says it
    elif not differ:
        details = [[*d[:-1], f"added {r['created_at'][:16].replace('T', ' ')} UTC"
                    if r["created_at"] else None]
                   for d, r in zip(details, rows, strict=True)]
        differ = [len(details[0]) - 1]
    lines = []
    for r, d in zip(rows, details, strict=True):
        parts = [r["company"], *(d[i] for i in differ)]
        shown = " · ".join(p for p in parts if p)
        lines.append(f"#{r['id']} {r['name']}" + (f" ({shown})" if shown else ""))
    return lines


def contact_refs(conn: sqlite3.Connection) -> Callable[[int, str], str]:
    """A namer for commands the user can paste: a contact's name, shell-quoted, when that
    name finds them alone; else their id (`'#12'`), which always does."""
    counts: dict[str, int] = {}
    for (name,) in conn.execute("SELECT name FROM contacts"):
        key = _normalise(name)
        counts[key] = counts.get(key, 0) + 1

    def ref(contact_id: int, name: str) -> str:
        if counts.get(_normalise(name), 0) == 1 and _as_id(name) is None:
            return shlex.quote(name)
        return shlex.quote(f"#{contact_id}")

    return ref


def contact_ref(conn: sqlite3.Connection, contact_id: int, name: str) -> str:
    """How to name one contact in a command (see `contact_refs`)."""
    return contact_refs(conn)(contact_id, name)


def get_contact(store: Store, ref: str, *, hint: str = "") -> ContactRow:
    """The contact, or NotFoundError (with `hint` saying how to create one)."""
    found = find_contact(store, ref)
    if found is None:
        raise NotFoundError(f"no contact named '{ref}'" + (f": {hint}" if hint else ""))
    return found


def ensure_contact(
    store: Store, name: str, company: str | None = None, **fields: Any
) -> ContactRow:
    """The contact named `name`, created when new; a given company fills an empty one."""
    found = find_contact(store, name)
    now = utcnow()
    with store.transaction() as conn:
        if found is None:
            columns = {"name": " ".join(name.split()), "company": company, **fields}
            columns.update(created_at=now, updated_at=now)
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            cursor = conn.execute(
                f"INSERT INTO contacts ({names}) VALUES ({marks})", tuple(columns.values())
            )
            contact_id = int(cursor.lastrowid or 0)
        else:
            contact_id = found.id
            if company and not found.company:
                conn.execute(
                    "UPDATE contacts SET company = ?, updated_at = ? WHERE id = ?",
                    (company, now, contact_id),
                )
        row = conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return ContactRow.from_row(row)


def log_interaction(
    store: Store,
    contact_id: int,
    kind: str,
    detail: str = "",
    data: dict[str, Any] | None = None,
    conn: sqlite3.Connection | None = None,
) -> None:
    """Record something that happened with a contact (inside `conn`'s transaction if given)."""
    sql = "INSERT INTO interactions (contact_id, at, kind, detail, data) VALUES (?, ?, ?, ?, ?)"
    params = (contact_id, utcnow(), kind, detail, json.dumps(data) if data else None)
    if conn is not None:
        conn.execute(sql, params)
        return
    with store.transaction() as tx:
        tx.execute(sql, params)


def save_dossier(store: Store, contact_id: int, dossier: Dossier) -> None:
    """Replace the contact's dossier in one transaction, logging the research; the title the
    research found fills the contact's role when it has none."""
    dossier.updated_at = utcnow()
    with store.transaction() as conn:
        if dossier.person.title:
            conn.execute(
                "UPDATE contacts SET role = ?, updated_at = ? WHERE id = ?"
                " AND (role IS NULL OR role = '')",
                (dossier.person.title, dossier.updated_at, contact_id),
            )
        conn.execute(
            "INSERT INTO dossiers (contact_id, updated_at, data) VALUES (?, ?, ?)"
            " ON CONFLICT(contact_id) DO UPDATE SET updated_at = excluded.updated_at,"
            " data = excluded.data",
            (contact_id, dossier.updated_at, dossier.model_dump_json()),
        )
        log_interaction(
            store,
            contact_id,
            "researched",
            f"{len(dossier.sources)} sources, {len(dossier.facts)} facts",
            conn=conn,
        )


def load_dossier(store: Store, contact_id: int) -> Dossier | None:
    """The contact's saved dossier, or None."""
    row = store.conn.execute(
        "SELECT data FROM dossiers WHERE contact_id = ?", (contact_id,)
    ).fetchone()
    return Dossier.model_validate_json(row["data"]) if row else None
