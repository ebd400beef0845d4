"""A batch file typed by hand: an unquoted comma, a quote left open, a cell over two lines."""

from __future__ import annotations

import json
from pathlib import Path

from examples_support import EXAMPLES

from infoprep.api import Workspace
from infoprep.batching import read_rows


def test_an_unquoted_comma_fails_its_row_with_the_reason(run, tmp_path: Path,
                                                           isolated_home: Path) -> None:
    assert run("profile", "init", "--from", str(EXAMPLES / "profile.toml")).exit_code == 0
    pages = EXAMPLES / "jordan-rivera"
    csv = tmp_path / "contacts.csv"
    csv.write_text(f"name,company,files\nJane Roe,Acme, Inc.,{pages}\n"
                   f"Jordan Rivera,Brightline Energy,{pages}\n", encoding="utf-8")
    result = run("batch", str(csv), "--no-search", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["line"], r["status"]) for r in rows] == [(2, "failed"), (3, "found")]
    assert rows[0]["reason"] == (
        "4 cells where the header has 3 (a value holding a comma needs double quotes, "
        "e.g. \"Acme, Inc.\")"
    )
    with Workspace(isolated_home) as ws:  # nothing was researched for the broken line
        names = [r[0] for r in ws.store.conn.execute("SELECT name FROM contacts")]
    assert names == ["Jordan Rivera"]


def test_a_quote_left_open_is_exit_2_naming_its_line(run, tmp_path: Path) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text('name,company\n"Ada Quist,Orbit\nJordan Rivera,Brightline Energy\n',
                   encoding="utf-8")
    result = run("batch", str(csv))
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: {csv}: line 2: a double quote is opened and never closed"
    )


def test_a_quoted_cell_over_two_lines_keeps_the_line_numbers(tmp_path: Path) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text('name,company,files\nAda Quist,"Orbit\nLabs",a.html\nBo Lind,Orbit,b.html\n',
                   encoding="utf-8")
    rows = read_rows(csv)
    assert [(r.line, r.name, r.company) for r in rows] == [
        (2, "Ada Quist", "Orbit Labs"), (4, "Bo Lind", "Orbit")]
