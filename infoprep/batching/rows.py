"""The batch file: a CSV with columns name, company, and optional urls and files.

A cell holding several URLs or files separates them with ';' (then spaces stay inside a
value) or, when there is no ';', with whitespace. Relative file paths are read from the
CSV file's folder first, then from the current folder.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

__all__ = ["BatchRow", "read_rows", "split_cell"]

_ALIASES = {"url": "urls", "file": "files", "employer": "company"}


@dataclass
class BatchRow:
    """One contact to prepare: `line` is the CSV line it came from (1 is the header)."""

    name: str
    company: str
    urls: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    line: int = 0
    problem: str = ""  # why the line cannot be read as a row (the batch reports it failed)

    @property
    def key(self) -> str:
        """Who the row is about, as stored: the same person at the same employer."""
        return "|".join(" ".join(v.split()).casefold() for v in (self.name, self.company))

    def inputs(self) -> str:
        """What the research reads, to tell whether a finished row's inputs changed."""
        return "\n".join([*sorted(self.urls), *sorted(str(f) for f in self.files)])


def split_cell(cell: str | None) -> list[str]:
    """Several values in one cell: ';'-separated, else whitespace-separated."""
    text = (cell or "").strip()
    if not text:
        return []
    parts = text.split(";") if ";" in text else re.split(r"\s+", text)
    return [p.strip() for p in parts if p.strip()]


def _resolve(value: str, folder: Path) -> Path:
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    beside = folder / path
    return beside if beside.exists() or not path.exists() else path


def _lines(text: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    """The CSV's rows with the file line each starts on; a quote left open is an error."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise InputError(
                    f"{path}: line {line}: a double quote is opened and never closed"
                ) from None
            raise InputError(f"{path}: line {reader.line_num}: not valid CSV ({exc})") from None
        yield line, cells
        line = reader.line_num + 1


def read_rows(path: Path) -> list[BatchRow]:
    """The rows of a batch CSV; InputError (exit 2) when it cannot be read or lacks columns.

    Rows with an empty name or company are kept (the batch reports them as failed).
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"batch file {path} does not exist") from None
    except UnicodeDecodeError:
        raise InputError(f"cannot read {path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    lines = _lines(text, path)
    header = next((cells for _, cells in lines), None)
    if header is None:
        raise InputError(f"{path} is empty: it needs a header line with name,company")
    columns = [_ALIASES.get(h.strip().casefold(), h.strip().casefold()) for h in header]
    missing = [c for c in ("name", "company") if c not in columns]
    if missing:
        raise InputError(
            f"{path}: no {' or '.join(missing)} column (the header has: "
            f"{', '.join(h.strip() for h in header) or 'nothing'}); "
            "columns are name, company, and optional urls and files"
        )
    folder = path.resolve().parent
    rows: list[BatchRow] = []
    for number, cells in lines:
        if not any(c.strip() for c in cells):
            continue
        values = dict(zip(columns, cells, strict=False))
        extra = len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):])
        rows.append(BatchRow(
            name=" ".join(values.get("name", "").split()),
            company=" ".join(values.get("company", "").split()),
            urls=[] if extra else split_cell(values.get("urls")),
            files=[] if extra else [_resolve(v, folder) for v in split_cell(values.get("files"))],
            line=number,
            problem=(
                f"{len(cells)} cells where the header has {len(columns)} (a value holding a "
                "comma needs double quotes, e.g. \"Acme, Inc.\")" if extra else ""
            ),
        ))
    if not rows:
        raise InputError(f"{path} has a header but no rows")
    return rows
