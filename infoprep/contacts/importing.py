"""Imports: LinkedIn's Connections.csv, any CSV (columns mapped to fields; cells separated by
commas, semicolons or tabs), our JSON export.

The rule: every row is checked first. A malformed row is reported with its row number (the
file's line number; for JSON, the contact's position) and the reason, and skipped; the good
rows are then written in ONE transaction, so an import that is interrupted, even killed,
leaves the previous state intact. `strict` turns any malformed row into an abort with nothing
changed. Re-importing updates contacts instead of duplicating them: a row matches an existing
contact by LinkedIn URL, else by email, else by name and company; empty cells never erase.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, InputError
from ..records import find_contact
from ..workspace import utcnow
from . import fields
from .book import record, set_connected_on
from .companies import company_key
from .times import parse_when, to_stored
from .types import ImportReport, RowProblem

if TYPE_CHECKING:
    from .book import ContactBook

__all__ = ["FIELDS", "import_file"]

# Fields a column can be mapped to with --map column=field.
FIELDS = (
    "name", "first_name", "last_name", "company", "role", "email", "linkedin", "source",
    "status", "connected_on", "referred_by", "note", "created_at", "updated_at", "id",
)
_STORED = ("company", "role", "email", "linkedin", "source", "status")

# Column names recognised without --map (compared without case, spaces, _ or -).
_SYNONYMS = {
    "name": "name", "fullname": "name", "contact": "name", "contactname": "name",
    "firstname": "first_name", "givenname": "first_name",
    "lastname": "last_name", "surname": "last_name", "familyname": "last_name",
    "company": "company", "organization": "company", "organisation": "company",
    "employer": "company",
    "role": "role", "position": "role", "title": "role", "jobtitle": "role",
    "email": "email", "emailaddress": "email", "mail": "email",
    "linkedin": "linkedin", "linkedinurl": "linkedin", "url": "linkedin", "profileurl": "linkedin",
    "source": "source", "status": "status", "connectedon": "connected_on",
    "referredby": "referred_by", "note": "note", "notes": "note",
    "createdat": "created_at", "updatedat": "updated_at", "id": "id",
}
_MAX_BYTES = 200 * 1024 * 1024


def _column_key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.strip().lstrip("\ufeff")).casefold()


@dataclass
class Incoming:
    """One checked row, ready to write."""

    row: int
    name: str
    values: dict[str, str | None]
    connected_on: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    file_id: str | None = None
    referred_by: str | None = None
    note: str | None = None
    # A date that could be read two ways, as written, and the reading used.
    date_guess: dict[str, str] | None = None
    interactions: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252
    (what spreadsheet programs write when they do not write UTF-8)."""
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise InputError(f"{path} is larger than {_MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252", "latin-1"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise InputError(f"{path} is not a text file")


def delimiter_of(text: str, columns: tuple[str, ...] = ()) -> str:
    """The separator between cells: ',' unless the header reads better split by ';' (what
    spreadsheets write where the decimal mark is a comma) or a tab. The header is the first
    of the opening lines with the most known column names (or `columns`, mapped ones)."""
    known = set(_SYNONYMS) | {_column_key(c) for c in columns}
    best, score = ",", 0
    for candidate in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=candidate)
        found = 0
        try:
            for _, row in zip(range(12), reader, strict=False):
                found = max(found, sum(1 for c in row if _column_key(c) in known))
        except csv.Error:
            pass
        if found > score:
            best, score = candidate, found
    return best


def _rows(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """CSV rows with the file line number each starts on (RFC 4180, CRLF or LF)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"line {reader.line_num}: not valid CSV ({exc})") from None
        yield line, row
        line = reader.line_num + 1


def detect_format(path: Path, text: str) -> str:
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        return "json"
    # LinkedIn's header may follow a few preamble lines ("Notes:", a sentence, a blank).
    for seen, (_, row) in enumerate(_rows_safe(text, delimiter_of(text))):
        keys = {_column_key(c) for c in row}
        if "firstname" in keys and "lastname" in keys:
            return "linkedin"
        if seen >= 10:
            break
    return "csv"


def _rows_safe(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    try:
        yield from _rows(text, delimiter)
    except InputError:
        return


def _header(rows: Iterator[tuple[int, list[str]]], fmt: str, path: Path) -> tuple[int, list[str]]:
    for line, row in rows:
        cells = [c.strip().lstrip("\ufeff") for c in row]
        if fmt == "linkedin":
            if "firstname" in {_column_key(c) for c in cells}:
                return line, cells
        elif any(cells):
            return line, cells
    if fmt == "linkedin":
        raise InputError(f"{path}: no header with 'First Name' (is it LinkedIn's Connections.csv?)")
    raise InputError(f"{path}: no header row")


def _column_fields(
    header: list[str], fmt: str, mapping: dict[str, str], path: Path
) -> tuple[dict[int, str], list[str]]:
    """Which column feeds which field; the ignored columns."""
    for target in mapping.values():
        if target not in FIELDS:
            raise ConfigError(f"--map: unknown field '{target}' (fields: {', '.join(FIELDS)})")
    by_key = {_column_key(c): i for i, c in enumerate(header)}
    chosen: dict[int, str] = {}
    for i, column in enumerate(header):
        known = _SYNONYMS.get(_column_key(column))
        if known == "linkedin" and fmt != "linkedin" and "linkedin" not in _column_key(column):
            known = None  # a CSV's "URL" may be any site: map it with --map URL=linkedin
        if known is not None and known not in chosen.values():
            chosen[i] = known
    for column, target in mapping.items():
        index = header.index(column) if column in header else by_key.get(_column_key(column))
        if index is None:
            raise InputError(
                f"--map: {path} has no column '{column}' (columns: {', '.join(header)})"
            )
        chosen = {i: t for i, t in chosen.items() if t != target}
        chosen[index] = target
    targets = set(chosen.values())
    if "name" not in targets and not targets & {"first_name", "last_name"}:
        raise InputError(
            f"{path}: no column gives the name (columns: {', '.join(header)}); "
            "map one with --map COLUMN=name"
        )
    ignored = [c for i, c in enumerate(header) if i not in chosen and c]
    return chosen, ignored


def _check_row(
    line: int, cells: list[str], width: int, columns: dict[int, str], fmt: str,
    prefer: str | None = None,
) -> Incoming:
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        raise ValueError(
            f"{len(cells)} fields where the header has {width} (an unquoted comma?)"
        )
    if len(cells) < width:
        raise ValueError(f"{len(cells)} fields where the header has {width}")
    got = {target: cells[i].strip() for i, target in columns.items()}
    name = got.get("name") or " ".join(
        p for p in (got.get("first_name"), got.get("last_name")) if p
    )
    values: dict[str, str | None] = {
        "company": " ".join(got.get("company", "").split()) or None,
        "role": " ".join(got.get("role", "").split()) or None,
        "email": fields.clean_email(got.get("email")),
        "linkedin": fields.clean_linkedin(got.get("linkedin")),
        "source": fields.clean_source(got.get("source")) or ("connection" if fmt == "linkedin"
                                                              else None),
        "status": fields.clean_status(got.get("status")),
    }
    clean_name = fields.clean_name(name)
    return Incoming(
        row=line,
        name=clean_name,
        values=values,
        connected_on=fields.clean_connected_on(got.get("connected_on"), prefer),
        created_at=_stored_time(got.get("created_at"), "created_at"),
        updated_at=_stored_time(got.get("updated_at"), "updated_at"),
        file_id=got.get("id") or None,
        referred_by=got.get("referred_by") or None,
        note=got.get("note") or None,
    )


def _stored_time(value: str | None, what: str) -> str | None:
    if not value:
        return None
    try:
        return to_stored(parse_when(value).moment)
    except ConfigError:
        raise ValueError(f"{what} '{value}' is not a date and time") from None


def read_csv(
    path: Path, text: str, fmt: str, mapping: dict[str, str], dates: str | None = None
) -> tuple[list[Incoming], list[RowProblem], list[str], int, DateOrder]:
    rows = _rows(text, delimiter_of(text, tuple(mapping)))
    _, header = _header(rows, fmt, path)
    columns, ignored = _column_fields(header, fmt, mapping, path)
    lines = [(line, cells) for line, cells in rows if any(c.strip() for c in cells)]
    where = next((i for i, t in columns.items() if t == "connected_on"), None)
    order = date_order(
        [(line, cells[where].strip()) for line, cells in lines
         if where is not None and where < len(cells)],
        dates,
    )
    good: list[Incoming] = []
    problems: list[RowProblem] = []
    for line, cells in lines:
        try:
            incoming = _check_row(line, cells, len(header), columns, fmt, order.order)
        except ValueError as exc:
            problems.append(RowProblem(line, str(exc)))
            continue
        guess = order.guessed.get(line)
        if guess is not None:
            incoming.date_guess = {"connected_on_text": guess, "read_as": order.order or ""}
        good.append(incoming)
    return good, problems, ignored, len(lines), order


@dataclass
class DateOrder:
    """How the file's numeric dates (3/4/2026) are read: `order` (day-first, month-first or
    None when no date needs it), what settled it (`because`: a row's date, or --dates), and
    the rows read by that order though nothing settled it (`guessed`: row -> text), with
    `both_ways` when the file writes some dates day-first and others month-first."""

    order: str | None = None
    because: str = ""
    guessed: dict[int, str] = field(default_factory=dict)
    both_ways: str = ""


def date_order(values: list[tuple[int, str]], dates: str | None = None) -> DateOrder:
    """Decide how the numeric dates of one file are read, from the file as a whole: a date
    only one order can read (25/03/2026) settles the order for every row; `dates` (the
    user's --dates) decides instead and must fit every row (InputError, exit 2, if not).
    When nothing settles it, day-first is used and the rows it was used for are listed."""
    only: dict[str, list[tuple[int, str]]] = {o: [] for o in fields.DATE_ORDERS}
    either: list[tuple[int, str]] = []
    for line, text in values:
        readings = fields.numeric_readings(text)
        if len(readings) == 1:
            only[next(iter(readings))].append((line, text))
        elif len(set(readings.values())) == 2:
            either.append((line, text))
    if dates is not None:
        if dates not in fields.DATE_ORDERS:
            raise ConfigError(f"--dates must be one of {', '.join(fields.DATE_ORDERS)}")
        other = only[_other(dates)]
        if other:
            line, text = other[0]
            raise InputError(
                f"--dates {dates} does not fit row {line}: '{text}' can only be "
                f"{_other(dates)}"
            )
        return DateOrder(dates, "--dates")
    if not either:
        return DateOrder()
    settled = [o for o in fields.DATE_ORDERS if only[o]]
    if len(settled) == 1:
        line, text = only[settled[0]][0]
        return DateOrder(settled[0], f"row {line} has {text}")
    found = DateOrder("day-first", guessed=dict(either))
    if settled:
        (a, a_text), (b, b_text) = only["day-first"][0], only["month-first"][0]
        found.both_ways = f"row {a} has {a_text}, row {b} has {b_text}"
    return found


def _other(order: str) -> str:
    return next(o for o in fields.DATE_ORDERS if o != order)


def read_json(path: Path, text: str) -> tuple[list[Incoming], list[RowProblem], list[Any], int]:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != "infoprep-contacts":
        raise InputError(f"{path} is not an infoprep contacts export (format infoprep-contacts)")
    items = doc.get("contacts")
    if not isinstance(items, list):
        raise InputError(f"{path}: 'contacts' must be a list")
    good: list[Incoming] = []
    problems: list[RowProblem] = []
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict):
                raise ValueError("not an object")
            incoming = _check_row(
                number,
                ["" if item.get(k) is None else str(item.get(k)) for k in FIELDS],
                len(FIELDS),
                dict(enumerate(FIELDS)),
                "json",
            )
            incoming.note = None
            incoming.interactions = _list_of_dicts(item.get("interactions"), "interactions")
            incoming.calls = _list_of_dicts(item.get("calls"), "calls")
            for i in incoming.interactions:
                if not isinstance(i.get("at"), str) or not isinstance(i.get("kind"), str):
                    raise ValueError("an interaction needs 'at' and 'kind'")
                i["at"] = _stored_time(i["at"], "interaction at") or i["at"]
            for c in incoming.calls:
                if not isinstance(c.get("minutes"), int) or not isinstance(c.get("tz"), str):
                    raise ValueError("a call needs 'starts_at', 'tz' and whole 'minutes'")
                c["starts_at"] = _stored_time(str(c.get("starts_at") or ""), "call starts_at")
                if not c["starts_at"]:
                    raise ValueError("a call needs 'starts_at'")
            good.append(incoming)
        except ValueError as exc:
            problems.append(RowProblem(number, str(exc)))
    referrals = doc.get("referrals") or []
    if not isinstance(referrals, list):
        raise InputError(f"{path}: 'referrals' must be a list")
    return good, problems, referrals, len(items)


def _list_of_dicts(value: Any, what: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"'{what}' must be a list of objects")
    return [dict(v) for v in value]


class _Index:
    """Existing contacts by LinkedIn URL, email, and name with company, kept current."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.linkedin: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.name_company: dict[tuple[str, str], int] = {}
        for r in conn.execute("SELECT id, name, company, email, linkedin FROM contacts"):
            self.add(r["id"], r["name"], r["company"], r["email"], r["linkedin"])

    def add(self, cid: int, name: str, company: str | None, email: str | None,
            linkedin: str | None) -> None:
        if linkedin:
            self.linkedin.setdefault(fields.linkedin_key(linkedin), cid)
        if email:
            self.email.setdefault(email.casefold(), cid)
        self.name_company.setdefault((fields.name_key(name), company_key(company)), cid)

    def match(self, item: Incoming, current: Callable[[int], sqlite3.Row]) -> int | None:
        linkedin = item.values.get("linkedin")
        if linkedin and (hit := self.linkedin.get(fields.linkedin_key(linkedin))):
            return hit
        email = item.values.get("email")
        if email and (hit := self.email.get(email.casefold())):
            return hit
        hit = self.name_company.get((fields.name_key(item.name),
                                     company_key(item.values.get("company"))))
        if hit is None:
            return None
        known = current(hit)["linkedin"]
        # Same name and company but another LinkedIn profile: another person.
        if linkedin and known and fields.linkedin_key(known) != fields.linkedin_key(linkedin):
            return None
        return hit


def import_file(
    book: ContactBook,
    path: Path,
    *,
    fmt: str,
    mapping: dict[str, str],
    strict: bool,
    dry_run: bool,
    progress: Callable[[str], None] | None,
    dates: str | None = None,
) -> ImportReport:
    text = read_text(path)
    if fmt == "auto":
        fmt = detect_format(path, text)
    if fmt not in ("linkedin", "csv", "json"):
        raise ConfigError(f"unknown import format '{fmt}' (auto, linkedin, csv, json)")
    referrals: list[Any] = []
    if fmt == "json":
        if mapping:
            raise ConfigError("--map applies to CSV files, not JSON")
        if dates:
            raise ConfigError("--dates applies to CSV files, not JSON")
        good, problems, referrals, count = read_json(path, text)
        ignored: list[str] = []
        order = DateOrder()
    else:
        good, problems, ignored, count, order = read_csv(path, text, fmt, mapping, dates)
    report = ImportReport(str(path), fmt, rows=count, problems=problems,
                          ignored_columns=ignored, dry_run=dry_run)
    report.date_order = order.order
    report.date_order_because = order.because
    report.date_both_ways = order.both_ways
    kept = {item.row for item in good}
    report.dates_unsettled = [
        {"row": row, "text": text, "read_as": fields.clean_connected_on(text, order.order)}
        for row, text in order.guessed.items() if row in kept
    ]
    if problems and strict:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(f"{path}: nothing imported (--strict): {shown}{more}")
    if problems and not good:
        shown = "; ".join(str(p) for p in problems[:5])
        raise InputError(f"{path}: no row could be imported: {shown}")
    if progress is not None:
        progress(f"writing {len(good)} contacts from {path.name} in one transaction")
    try:
        with book.store.transaction() as conn:
            _write(book, conn, good, referrals, report, restore=fmt == "json",
                   label=path.name)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _write(
    book: ContactBook,
    conn: sqlite3.Connection,
    items: list[Incoming],
    referrals: list[Any],
    report: ImportReport,
    *,
    restore: bool,
    label: str,
) -> None:
    now = utcnow()
    index = _Index(conn)

    def current(cid: int) -> sqlite3.Row:
        row = conn.execute(
            "SELECT c.*, d.connected_on FROM contacts c"
            " LEFT JOIN contact_details d ON d.contact_id = c.id WHERE c.id = ?",
            (cid,),
        ).fetchone()
        assert isinstance(row, sqlite3.Row)
        return row

    by_file_id: dict[str, int] = {}
    pending_referrers: list[tuple[Incoming, int]] = []
    touched: set[int] = set()
    for item in items:
        cid = index.match(item, current)
        if cid is None:
            values = {k: v for k, v in item.values.items() if v is not None}
            values.setdefault("status", "prospect")
            columns = ["name", *values, "created_at", "updated_at"]
            params = [item.name, *values.values(), item.created_at or now,
                      item.updated_at or now]
            cursor = conn.execute(
                f"INSERT INTO contacts ({', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in columns)})",
                params,
            )
            cid = int(cursor.lastrowid or 0)
            if item.connected_on:
                set_connected_on(conn, cid, item.connected_on)
            if not restore:
                record(conn, cid, "imported", f"from {label}", item.date_guess, at=now)
            report.added += 1
            index.add(cid, item.name, item.values.get("company"), item.values.get("email"),
                      item.values.get("linkedin"))
        else:
            if cid in touched:
                report.repeated += 1
            old = current(cid)
            changes = {
                k: v for k, v in item.values.items()
                if v is not None and k in _STORED and v != old[k]
                and not (k == "source" and old[k])
                and not _same(k, v, old[k])
            }
            if item.name != old["name"] and restore:
                changes["name"] = item.name
            connected = item.connected_on if item.connected_on != old["connected_on"] else None
            if connected and item.date_guess and old["connected_on"] in fields.numeric_readings(
                item.date_guess["connected_on_text"]
            ).values():
                # A guess never replaces the other reading of the same date, stored before.
                connected = None
                for entry in report.dates_unsettled:
                    if entry["row"] == item.row:
                        entry.update(read_as=old["connected_on"], kept=True)
            if changes or connected:
                if changes:
                    sets = ", ".join(f"{k} = ?" for k in changes)
                    conn.execute(
                        f"UPDATE contacts SET {sets}, updated_at = ? WHERE id = ?",
                        [*changes.values(), item.updated_at if restore and item.updated_at
                         else now, cid],
                    )
                if connected:
                    set_connected_on(conn, cid, connected)
                what = sorted([*changes, *(["connected_on"] if connected else [])])
                if not restore:
                    record(conn, cid, "updated", f"{', '.join(what)} from {label}",
                           {"fields": what, **(item.date_guess or {})}, at=now)
                if cid not in touched:
                    report.updated += 1
            elif cid not in touched:
                report.unchanged += 1
        touched.add(cid)
        if item.file_id:
            by_file_id[item.file_id.lstrip("#")] = cid
        if item.referred_by:
            pending_referrers.append((item, cid))
        if item.note and not conn.execute(
            "SELECT 1 FROM interactions WHERE contact_id = ? AND kind = 'note' AND detail = ?",
            (cid, item.note),
        ).fetchone():
            record(conn, cid, "note", item.note, at=now)
        for interaction in item.interactions:
            _add_once(conn, cid, interaction)
        for call in item.calls:
            exists = conn.execute(
                "SELECT 1 FROM calls WHERE contact_id = ? AND starts_at = ?",
                (cid, call["starts_at"]),
            ).fetchone()
            if not exists:
                conn.execute(
                    "INSERT INTO calls (contact_id, starts_at, tz, minutes, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (cid, call["starts_at"], call["tz"], call["minutes"],
                     call.get("created_at") or now),
                )
    for item, cid in pending_referrers:
        ref = item.referred_by or ""
        referrer = by_file_id.get(ref.lstrip("#"))
        if referrer is None:
            try:
                found = find_contact(book.store, ref)
            except ConfigError as exc:
                report.problems.append(RowProblem(item.row, f"referred_by: {exc}"))
                continue
            referrer = found.id if found else None
        if referrer is None or referrer == cid:
            report.problems.append(
                RowProblem(item.row, f"referred_by '{ref}' is not a known contact (left empty)")
            )
            continue
        conn.execute(
            "UPDATE contacts SET referred_by = ? WHERE id = ? AND referred_by IS NULL",
            (referrer, cid),
        )
        if not restore:
            conn.execute(
                "INSERT INTO referrals (referrer_id, referred_id, at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (referrer, cid, item.created_at or now),
            )
    for number, entry in enumerate(referrals, start=1):
        try:
            a = by_file_id[str(entry["referrer_id"])]
            b = by_file_id[str(entry["referred_id"])]
            at = str(entry["at"])
        except (KeyError, TypeError):
            report.problems.append(RowProblem(number, "a referral names unknown contact ids"))
            continue
        conn.execute(
            "INSERT INTO referrals (referrer_id, referred_id, at) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (a, b, at),
        )


def _same(field_name: str, new: str, old: str | None) -> bool:
    """Whether a new value only spells the stored one differently."""
    if old is None:
        return False
    if field_name == "company":
        return company_key(new) == company_key(old)
    if field_name == "linkedin":
        return fields.linkedin_key(new) == fields.linkedin_key(old)
    if field_name == "email":
        return new.casefold() == old.casefold()
    return False


def _add_once(conn: sqlite3.Connection, cid: int, item: dict[str, Any]) -> None:
    detail = str(item.get("detail") or "")
    exists = conn.execute(
        "SELECT 1 FROM interactions WHERE contact_id = ? AND at = ? AND kind = ? AND detail = ?",
        (cid, item["at"], item["kind"], detail),
    ).fetchone()
    if exists:
        return
    data = item.get("data")
    record(conn, cid, str(item["kind"]), detail, data if isinstance(data, dict) else None,
           at=str(item["at"]))
