"""The contact book: add, list, show, change status, note, refer, find.

Every change reads and writes inside one `BEGIN IMMEDIATE` transaction, so concurrent
processes never lose each other's changes and an interrupted command changes nothing.
"""

from __future__ import annotations

import builtins
import json
import shlex
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..records import contact_refs, find_contact, find_contacts, get_contact
from ..workspace import Store
from . import fields
from .companies import company_key
from .followups import FollowUpRules, pending_follow_ups
from .times import local_zone, parse_stored, parse_when, to_stored, window_end
from .types import (
    STATUSES,
    Call,
    Contact,
    ContactReport,
    FollowUp,
    ImportReport,
    Interaction,
    Referral,
    StatusChange,
)

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["ContactBook"]

_CONTACT_SQL = (
    "SELECT c.*, d.connected_on, r.name AS referred_by_name FROM contacts c"
    " LEFT JOIN contact_details d ON d.contact_id = c.id"
    " LEFT JOIN contacts r ON r.id = c.referred_by"
)

DEFAULT_MINUTES = 30


def _now(now: datetime | None) -> datetime:
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("`now` must carry a time zone")
    return moment.astimezone(UTC).replace(microsecond=0)


def _checked(check: Any, value: Any, what: str) -> Any:
    try:
        return check(value)
    except ValueError as exc:
        raise ConfigError(f"{what}: {exc}") from None


def record(
    conn: sqlite3.Connection,
    contact_id: int,
    kind: str,
    detail: str = "",
    data: dict[str, Any] | None = None,
    at: str | None = None,
) -> None:
    """Log an interaction at `at` (default now) inside the caller's transaction."""
    conn.execute(
        "INSERT INTO interactions (contact_id, at, kind, detail, data) VALUES (?, ?, ?, ?, ?)",
        (
            contact_id,
            at or to_stored(datetime.now(UTC)),
            kind,
            detail,
            json.dumps(data, sort_keys=True) if data else None,
        ),
    )


def load_contact(conn: sqlite3.Connection, contact_id: int) -> Contact:
    row = conn.execute(f"{_CONTACT_SQL} WHERE c.id = ?", (contact_id,)).fetchone()
    if row is None:
        raise LookupError(contact_id)
    return Contact.from_row(row)


def set_connected_on(conn: sqlite3.Connection, contact_id: int, connected_on: str | None) -> None:
    conn.execute(
        "INSERT INTO contact_details (contact_id, connected_on) VALUES (?, ?)"
        " ON CONFLICT(contact_id) DO UPDATE SET connected_on = excluded.connected_on",
        (contact_id, connected_on),
    )


class ContactBook:
    """The networking tracker over one workspace store.

    `thankyou_hours`, `nudge_days` and `checkin_weeks` drive `due()`; `timezone` (IANA name,
    default the system's) is where times without a zone are read and where they are shown.
    """

    def __init__(
        self,
        store: Store,
        *,
        thankyou_hours: float = 24.0,
        nudge_days: float = 7.0,
        checkin_weeks: float = 8.0,
        timezone: str | None = None,
    ) -> None:
        self.store = store
        self.rules = FollowUpRules(thankyou_hours, nudge_days, checkin_weeks)
        self.timezone = timezone
        self.zone = local_zone(timezone)

    @classmethod
    def from_settings(cls, store: Store, settings: Settings) -> ContactBook:
        return cls(
            store,
            thankyou_hours=settings.thankyou_hours,
            nudge_days=settings.nudge_days,
            checkin_weeks=settings.checkin_weeks,
            timezone=settings.timezone,
        )

    # -- reading -------------------------------------------------------------------------

    def get(self, ref: str) -> Contact:
        """The contact named `ref` (or `#id`); NotFoundError or an ambiguity error listing ids."""
        row = get_contact(self.store, ref, hint="add it with `infoprep contacts add`")
        return load_contact(self.store.conn, row.id)

    def list(
        self, *, status: str | None = None, company: str | None = None
    ) -> builtins.list[Contact]:
        """Contacts by name, optionally only one status and one company (forgiving match)."""
        wanted = _checked(fields.clean_status, status, "--status") if status else None
        sql = _CONTACT_SQL + (" WHERE c.status = ?" if wanted else "")
        rows = self.store.conn.execute(
            sql + " ORDER BY c.name COLLATE NOCASE, c.id", (wanted,) if wanted else ()
        ).fetchall()
        contacts = [Contact.from_row(r) for r in rows]
        if company:
            key = company_key(company)
            if not key:
                raise ConfigError("--company cannot be empty")
            contacts = [c for c in contacts if company_key(c.company) == key]
        return contacts

    def find(self, company: str, role: str | None = None) -> builtins.list[Contact]:
        """Who works at `company` (legal suffixes, case, punctuation, spacing forgiven),
        optionally with every word of `role` in their role."""
        if not company_key(company):
            raise ConfigError("give a company name with --company")
        contacts = self.list(company=company)
        if role:
            words = role.casefold().split()
            contacts = [c for c in contacts if all(w in (c.role or "").casefold() for w in words)]
        return contacts

    def history(self, contact_id: int) -> builtins.list[Interaction]:
        rows = self.store.conn.execute(
            "SELECT * FROM interactions WHERE contact_id = ? ORDER BY at, id", (contact_id,)
        ).fetchall()
        return [Interaction.from_row(r) for r in rows]

    def calls(self, contact_id: int) -> builtins.list[Call]:
        rows = self.store.conn.execute(
            "SELECT * FROM calls WHERE contact_id = ? ORDER BY starts_at, id", (contact_id,)
        ).fetchall()
        return [Call.from_row(r) for r in rows]

    def current_call(self, contact_id: int) -> Call | None:
        """The call arranged last (a reschedule replaces the earlier time, even a later one)."""
        row = self.store.conn.execute(
            "SELECT * FROM calls WHERE contact_id = ? ORDER BY id DESC LIMIT 1", (contact_id,)
        ).fetchone()
        return Call.from_row(row) if row else None

    def referrals(
        self, *, referrer: int | None = None, referred: int | None = None
    ) -> builtins.list[Referral]:
        sql = (
            "SELECT f.referrer_id, a.name AS referrer, f.referred_id, b.name AS referred, f.at"
            " FROM referrals f JOIN contacts a ON a.id = f.referrer_id"
            " JOIN contacts b ON b.id = f.referred_id"
        )
        where, params = [], []
        if referrer is not None:
            where.append("f.referrer_id = ?")
            params.append(referrer)
        if referred is not None:
            where.append("f.referred_id = ?")
            params.append(referred)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.store.conn.execute(sql + " ORDER BY f.at, f.id", params).fetchall()
        return [Referral(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def show(self, ref: str, *, now: datetime | None = None) -> ContactReport:
        """Everything known about a contact: history, calls, referrals both ways, dossier,
        drafts and the next follow-up."""
        contact = self.get(ref)
        following = [f for f in self.follow_ups(now=now) if f.contact_id == contact.id]
        return ContactReport(
            contact=contact,
            history=self.history(contact.id),
            calls=self.calls(contact.id),
            referred_by=self.referrals(referred=contact.id),
            referred=self.referrals(referrer=contact.id),
            dossier=self._dossier_summary(contact.id),
            drafts=self._drafts(contact.id),
            next_follow_up=following[0] if following else None,
        )

    def _dossier_summary(self, contact_id: int) -> dict[str, Any] | None:
        row = self.store.conn.execute(
            "SELECT updated_at, data FROM dossiers WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row["data"])
        except ValueError:
            return {"updated_at": row["updated_at"], "unreadable": True}
        person = data.get("person") or {}
        company = data.get("company") or {}
        return {
            "updated_at": row["updated_at"],
            "title": person.get("title"),
            "employer": person.get("employer") or company.get("name"),
            "summary": person.get("summary"),
            "sources": len(data.get("sources") or []),
            "facts": len(data.get("facts") or []),
        }

    def _drafts(self, contact_id: int) -> builtins.list[dict[str, Any]]:
        rows = self.store.conn.execute(
            "SELECT id, created_at, kind, channel, generator, data FROM drafts"
            " WHERE contact_id = ? ORDER BY created_at, id",
            (contact_id,),
        ).fetchall()
        drafts = []
        for r in rows:
            try:
                data = json.loads(r["data"])
            except ValueError:
                data = {}
            checks = data.get("checks") or []
            drafts.append(
                {
                    "id": r["id"],
                    "created_at": r["created_at"],
                    "kind": r["kind"],
                    "channel": r["channel"],
                    "generator": r["generator"],
                    "subject": data.get("subject"),
                    "checks_ok": all(bool(c.get("ok")) for c in checks if isinstance(c, dict)),
                }
            )
        return drafts

    def follow_ups(self, *, now: datetime | None = None) -> builtins.list[FollowUp]:
        """Every pending follow-up, due or not yet, earliest first."""
        return pending_follow_ups(self.store.conn, self.rules, _now(now), self.zone)

    def due(
        self, *, now: datetime | None = None, within: str | timedelta | None = None
    ) -> builtins.list[FollowUp]:
        """What needs doing now, each with its reason, earliest first; with `within` (`today`:
        until midnight in your time zone, `12h`, `3d`, `2w`, or a timedelta) also what falls
        due in that window."""
        moment = _now(now)
        if within is None:
            until = moment
        elif isinstance(within, timedelta):
            until = moment + within
        else:
            until = window_end(within, moment, self.zone)
        return [f for f in self.follow_ups(now=moment)
                if parse_stored(f.due_at) <= until]

    def unrecorded_referrals(
        self, ref: str, names: Iterable[str]
    ) -> builtins.list[tuple[str, str, Contact | None]]:
        """Of the people `ref` suggested (`names`, e.g. from call notes), those the tracker
        does not record as their referral yet: (name, the `infoprep contacts refer` command
        that records it, the existing contact it would link or None for a new one). A name
        several contacts share gives one command per contact, by id."""
        contact = self.get(ref)
        conn = self.store.conn
        known = {r.referred_id for r in self.referrals(referrer=contact.id)}
        namer = contact_refs(conn)
        who = namer(contact.id, contact.name)
        found: builtins.list[tuple[str, str, Contact | None]] = []
        for name in names:
            clean = " ".join(name.split())
            if not clean:
                continue
            matches = find_contacts(self.store, clean)
            if any(m.id == contact.id or m.id in known for m in matches):
                continue
            if not matches:
                found.append((clean, f"infoprep contacts refer {who} --to {shlex.quote(clean)}",
                               None))
            for m in matches:
                found.append((clean, f"infoprep contacts refer {who} --to {namer(m.id, m.name)}",
                              load_contact(conn, m.id)))
        return found

    # -- changing --------------------------------------------------------------------------

    def add(
        self,
        name: str,
        *,
        company: str | None = None,
        role: str | None = None,
        email: str | None = None,
        linkedin: str | None = None,
        source: str | None = None,
        referred_by: str | None = None,
        connected_on: str | None = None,
    ) -> Contact:
        """Add a contact; an existing one (same LinkedIn URL, email, or name and company) is an
        error naming it."""
        clean_name = _checked(fields.clean_name, name, "name")
        clean = {
            "company": " ".join(company.split()) if company else None,
            "role": " ".join(role.split()) if role else None,
            "email": _checked(fields.clean_email, email, "--email"),
            "linkedin": _checked(fields.clean_linkedin, linkedin, "--linkedin"),
            "source": _checked(fields.clean_source, source, "--source"),
        }
        connected = _checked(fields.clean_connected_on, connected_on, "connected on")
        now = to_stored(_now(None))
        with self.store.transaction() as conn:
            same = self._existing(conn, clean_name, clean["company"], clean["email"],
                                  clean["linkedin"])
            if same is not None:
                raise ConfigError(
                    f"'{clean_name}' is already in the tracker as #{same.id} {same.name}"
                    + (f" ({same.company})" if same.company else "")
                )
            referrer = self.get(referred_by) if referred_by else None
            if referrer is not None and clean["source"] is None:
                clean["source"] = "referral"
            cursor = conn.execute(
                "INSERT INTO contacts (name, company, role, email, linkedin, source, referred_by,"
                " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'prospect', ?, ?)",
                (clean_name, clean["company"], clean["role"], clean["email"], clean["linkedin"],
                 clean["source"], referrer.id if referrer else None, now, now),
            )
            contact_id = int(cursor.lastrowid or 0)
            if connected:
                set_connected_on(conn, contact_id, connected)
            record(conn, contact_id, "added", clean["source"] or "", at=now)
            if referrer is not None:
                self._link(conn, referrer, contact_id, clean_name, now)
            return load_contact(conn, contact_id)

    def _existing(
        self,
        conn: sqlite3.Connection,
        name: str,
        company: str | None,
        email: str | None,
        linkedin: str | None,
    ) -> Contact | None:
        rows: Iterable[sqlite3.Row] = ()
        if linkedin:
            key = fields.linkedin_key(linkedin)
            rows = [
                r for r in conn.execute("SELECT id, linkedin FROM contacts WHERE linkedin != ''")
                if fields.linkedin_key(r["linkedin"]) == key
            ]
        if not rows and email:
            rows = conn.execute(
                "SELECT id FROM contacts WHERE email = ? COLLATE NOCASE", (email,)
            ).fetchall()
        if not rows:
            key = company_key(company)
            wanted = fields.linkedin_key(linkedin)
            rows = [
                r for r in conn.execute(
                    "SELECT id, name, company, linkedin FROM contacts"
                    " WHERE name = ? COLLATE NOCASE", (name,)
                )
                if company_key(r["company"]) == key
                # Same name and company but another LinkedIn profile: another person.
                and not (wanted and r["linkedin"] and fields.linkedin_key(r["linkedin"]) != wanted)
            ]
        for r in rows:
            return load_contact(conn, r["id"])
        return None

    def _link(
        self, conn: sqlite3.Connection, referrer: Contact, referred_id: int, referred: str, at: str
    ) -> bool:
        """Record that `referrer` suggested `referred`; False when already recorded."""
        cursor = conn.execute(
            "INSERT INTO referrals (referrer_id, referred_id, at) VALUES (?, ?, ?)"
            " ON CONFLICT(referrer_id, referred_id) DO NOTHING",
            (referrer.id, referred_id, at),
        )
        if not cursor.rowcount:
            return False
        record(conn, referrer.id, "referred", f"suggested {referred}",
               {"referred_id": referred_id}, at=at)
        record(conn, referred_id, "referred-by", f"suggested by {referrer.name}",
               {"referrer_id": referrer.id}, at=at)
        return True

    def set_status(
        self,
        ref: str,
        status: str,
        *,
        at: str | datetime | None = None,
        minutes: int | None = None,
        now: datetime | None = None,
    ) -> StatusChange:
        """Move a contact along the pipeline, logging the change with its time.

        `scheduled` needs `at` (the call's start, with its zone) and takes `minutes`; for
        other statuses `at` is when it happened (default now). Setting `requested` again logs
        the one nudge; `following-up` again logs a check-in; `scheduled` again reschedules.
        """
        new = _checked(fields.clean_status, status, "status")
        if new is None:
            raise ConfigError(f"give a status (one of: {', '.join(STATUSES)})")
        moment = _now(now)
        when = self._when(at) if at is not None else None
        if new == "scheduled":
            if when is None:
                raise ConfigError(
                    "scheduled needs --at, the call's date and time with its zone "
                    "(e.g. --at '2026-12-03 15:00 Europe/Paris')"
                )
            if isinstance(at, str) and not parse_when(at, self.zone).has_time:
                raise ConfigError(
                    f"--at '{at}' gives the day but not the time of the call: add it "
                    f"(e.g. --at '{at.strip()} 15:00')"
                )
            length = DEFAULT_MINUTES if minutes is None else minutes
            if not 5 <= length <= 480:
                raise ConfigError(f"--minutes must be between 5 and 480, not {length}")
        elif minutes is not None:
            raise ConfigError("--minutes only goes with the status 'scheduled'")
        elif when is not None and when[0] > moment + timedelta(minutes=5):
            raise ConfigError(f"--at is when the change happened; {at} is in the future")
        changed_at = to_stored(moment if new == "scheduled" or when is None else when[0])
        with self.store.transaction() as conn:
            contact = load_contact(conn, self.get(ref).id)
            previous = contact.status
            call: Call | None = None
            nudged = False
            data: dict[str, Any] = {"from": previous, "to": new}
            if new == previous and new == "requested":
                record(conn, contact.id, "nudged", "sent a nudge", at=changed_at)
                nudged = True
            elif new == previous and new == "following-up":
                record(conn, contact.id, "checked-in", "checked in", at=changed_at)
            elif new == previous and new != "scheduled":
                raise ConfigError(f"{contact.name} is already '{new}'; nothing changed")
            else:
                if new == "scheduled" and when is not None:
                    call = self._add_call(conn, contact.id, when, length, changed_at)
                    data["call"] = {"starts_at": call.starts_at, "tz": call.tz,
                                    "minutes": call.minutes}
                detail = f"{previous} → {new}" if new != previous else "rescheduled"
                record(conn, contact.id, "status", detail, data, at=changed_at)
                conn.execute(
                    "UPDATE contacts SET status = ?, updated_at = ? WHERE id = ?",
                    (new, to_stored(moment), contact.id),
                )
            if nudged or new == previous:
                conn.execute(
                    "UPDATE contacts SET updated_at = ? WHERE id = ?",
                    (to_stored(moment), contact.id),
                )
            contact = load_contact(conn, contact.id)
        return StatusChange(contact, previous, new, changed_at, call, nudged)

    def _when(self, at: str | datetime) -> tuple[datetime, str]:
        if isinstance(at, datetime):
            if at.tzinfo is None:
                raise ConfigError("a time needs its zone")
            parsed = parse_when(at.isoformat())
        else:
            parsed = parse_when(at, self.zone)
        return parsed.moment, parsed.zone

    @staticmethod
    def _add_call(
        conn: sqlite3.Connection,
        contact_id: int,
        when: tuple[datetime, str],
        minutes: int,
        created_at: str,
    ) -> Call:
        cursor = conn.execute(
            "INSERT INTO calls (contact_id, starts_at, tz, minutes, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (contact_id, to_stored(when[0]), when[1], minutes, created_at),
        )
        row = conn.execute("SELECT * FROM calls WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return Call.from_row(row)

    def note(self, ref: str, text: str) -> Interaction:
        """Keep a note about a contact (what you talked about, what to follow up on)."""
        body = text.strip()
        if not body:
            raise ConfigError("the note is empty")
        now = to_stored(_now(None))
        with self.store.transaction() as conn:
            contact = self.get(ref)
            record(conn, contact.id, "note", body, at=now)
            conn.execute("UPDATE contacts SET updated_at = ? WHERE id = ?", (now, contact.id))
            row = conn.execute(
                "SELECT * FROM interactions WHERE id = last_insert_rowid()"
            ).fetchone()
        return Interaction.from_row(row)

    def refer(
        self,
        ref: str,
        to: str,
        *,
        company: str | None = None,
        role: str | None = None,
        email: str | None = None,
        linkedin: str | None = None,
    ) -> Referral:
        """`ref` suggested talking to `to`; `to` is created (source referral) when new."""
        now = to_stored(_now(None))
        with self.store.transaction() as conn:
            referrer = self.get(ref)
            found = find_contact(self.store, to)
            other = load_contact(conn, found.id) if found else None
            created = other is None
            if other is None:
                name = _checked(fields.clean_name, to, "--to")
                cursor = conn.execute(
                    "INSERT INTO contacts (name, company, role, email, linkedin, source,"
                    " referred_by, status, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, 'referral', ?, 'prospect', ?, ?)",
                    (name, " ".join(company.split()) if company else None,
                     " ".join(role.split()) if role else None,
                     _checked(fields.clean_email, email, "--email"),
                     _checked(fields.clean_linkedin, linkedin, "--linkedin"),
                     referrer.id, now, now),
                )
                other = load_contact(conn, int(cursor.lastrowid or 0))
                record(conn, other.id, "added", "referral", at=now)
            if other.id == referrer.id:
                raise ConfigError(f"{referrer.name} cannot refer themselves")
            if other.referred_by is None:
                conn.execute(
                    "UPDATE contacts SET referred_by = ?, updated_at = ? WHERE id = ?",
                    (referrer.id, now, other.id),
                )
            linked = self._link(conn, referrer, other.id, other.name, now)
            if not linked:
                at = conn.execute(
                    "SELECT at FROM referrals WHERE referrer_id = ? AND referred_id = ?",
                    (referrer.id, other.id),
                ).fetchone()["at"]
                return Referral(referrer.id, referrer.name, other.id, other.name, at, False)
        return Referral(referrer.id, referrer.name, other.id, other.name, now, created)

    def edit(
        self,
        ref: str,
        *,
        name: str | None = None,
        company: str | None = None,
        role: str | None = None,
        email: str | None = None,
        linkedin: str | None = None,
        source: str | None = None,
    ) -> tuple[Contact, builtins.list[str]]:
        """Correct a contact's fields (a rename included), logging what changed; an empty
        string clears a field (never the name). The contact and the changed fields."""
        given: dict[str, str | None] = {}
        if name is not None:
            given["name"] = _checked(fields.clean_name, name, "--name")
        for key, value in (("company", company), ("role", role)):
            if value is not None:
                given[key] = " ".join(value.split()) or None
        if email is not None:
            given["email"] = _checked(fields.clean_email, email, "--email")
        if linkedin is not None:
            given["linkedin"] = _checked(fields.clean_linkedin, linkedin, "--linkedin")
        if source is not None:
            given["source"] = _checked(fields.clean_source, source, "--source")
        if not given:
            raise ConfigError(
                "say what to change: --name, --company, --role, --email, --linkedin or --source"
            )
        now = to_stored(_now(None))
        with self.store.transaction() as conn:
            contact = load_contact(conn, self.get(ref).id)
            changes = {k: v for k, v in given.items() if getattr(contact, k) != v}
            if not changes:
                return contact, []
            # An email or LinkedIn profile names one person: it cannot be two contacts'.
            for key, what in (("email", "email address"), ("linkedin", "LinkedIn profile")):
                value = changes.get(key)
                same = self._existing(
                    conn, "", None, value if key == "email" else None,
                    value if key == "linkedin" else None,
                ) if value else None
                if same is not None and same.id != contact.id:
                    raise ConfigError(f"#{same.id} {same.name} already has that {what}")
            sets = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE contacts SET {sets}, updated_at = ? WHERE id = ?",
                         [*changes.values(), now, contact.id])
            detail = "; ".join(
                f"{k}: {getattr(contact, k) or '(none)'} → {v or '(none)'}"
                for k, v in changes.items()
            )
            record(conn, contact.id, "edited", detail,
                   {"fields": sorted(changes),
                    "before": {k: getattr(contact, k) for k in changes}}, at=now)
            return load_contact(conn, contact.id), sorted(changes)

    def remove(self, ref: str) -> tuple[Contact, dict[str, int]]:
        """Delete a contact with everything kept about them (history, calls, dossier,
        drafts, questions, referrals); people they referred keep their own records. The
        contact as it was and how many of each were deleted."""
        with self.store.transaction() as conn:
            contact = load_contact(conn, self.get(ref).id)
            counts = {
                what: int(conn.execute(sql, (contact.id,) * sql.count("?")).fetchone()[0])
                for what, sql in (
                    ("interactions", "SELECT count(*) FROM interactions WHERE contact_id = ?"),
                    ("calls", "SELECT count(*) FROM calls WHERE contact_id = ?"),
                    ("dossiers", "SELECT count(*) FROM dossiers WHERE contact_id = ?"),
                    ("drafts", "SELECT count(*) FROM drafts WHERE contact_id = ?"),
                    ("referrals", "SELECT count(*) FROM referrals"
                                  " WHERE referrer_id = ? OR referred_id = ?"),
                )
            }
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact.id,))
        return contact, counts

    # -- files -----------------------------------------------------------------------------

    def import_file(
        self,
        path: str | Path,
        *,
        format: str = "auto",
        mapping: dict[str, str] | None = None,
        strict: bool = False,
        dry_run: bool = False,
        progress: Any = None,
        dates: str | None = None,
    ) -> ImportReport:
        """Import contacts from LinkedIn's Connections.csv, a CSV, or a JSON export.

        Every row is checked first; malformed rows are reported (row number and reason) and
        skipped, and the good rows are written in ONE transaction: an interrupted import
        changes nothing. With `strict`, any malformed row aborts the import unchanged.
        Numeric dates (3/4/2026) are read as the file shows (a 25/03/2026 anywhere makes them
        all day-first); `dates` (day-first or month-first) decides instead. When nothing
        decides, day-first is used and the report lists those rows (`dates_unsettled`).
        """
        from .importing import import_file

        return import_file(self, Path(path), fmt=format, mapping=mapping or {}, strict=strict,
                           dry_run=dry_run, progress=progress, dates=dates)

    def export(self, format: str = "json", *, now: datetime | None = None) -> str:
        """The tracker as CSV (contact fields), JSON (everything) or ICS (calls and
        follow-ups as calendar events with reminders)."""
        from .exporting import export

        return export(self, format, _now(now))
