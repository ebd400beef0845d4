"""Connection dates in imports: LinkedIn's '01 Dec 2026' and ISO read as written; numbers-only
dates (12/1/2026) read the way the whole file shows, and said so when nothing shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import ok

from infoprep.contacts.fields import clean_connected_on

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"




def csv_file(tmp_path: Path, name: str, *rows: tuple[str, str]) -> Path:
    """A Connections.csv with one row per (name, connected on)."""
    target = tmp_path / name
    lines = [HEADER]
    for person, when in rows:
        first, last = person.split()
        handle = person.lower().replace(" ", "-")
        lines.append(f"{first},{last},https://www.linkedin.com/in/{handle},,Orbit AG,"
                     f'Engineer,"{when}"\n')
    target.write_text("".join(lines), encoding="utf-8")
    return target


def connected(run) -> dict[str, str]:  # type: ignore[no-untyped-def]
    listed = json.loads(ok(run("contacts", "list", "--format", "json")).stdout)
    return {c["name"]: c["connected_on"] for c in listed}


def test_one_day_over_12_settles_the_whole_file(run, tmp_path: Path) -> None:
    us = csv_file(tmp_path, "us.csv", ("Ana Souza", "12/1/2026"), ("Ben Okoro", "3/4/2026"),
                  ("Dana Reyes", "11/25/2025"), ("Cleo Park", "01 Dec 2025"),
                  ("Eli Stone", "December 2, 2025"), ("Fay Wong", "2025-12-03"))
    result = ok(run("contacts", "import", str(us)))
    assert result.stdout.splitlines()[1] == "dates: read as month/day (row 4 has 11/25/2025)"
    assert connected(run) == {
        "Ana Souza": "2026-12-01", "Ben Okoro": "2026-03-04", "Dana Reyes": "2025-11-25",
        "Cleo Park": "2025-12-01", "Eli Stone": "2025-12-02", "Fay Wong": "2025-12-03",
    }
    uk = csv_file(tmp_path, "uk.csv", ("Gus Hale", "12/1/2026"), ("Ida Moss", "25/03/2026"))
    ok(run("contacts", "import", str(uk)))
    assert connected(run)["Gus Hale"] == "2026-01-12"


def test_a_file_that_cannot_tell_says_which_rows_and_how_they_were_read(
    run, tmp_path: Path
) -> None:
    unsure = csv_file(tmp_path, "Connections.csv", ("Ana Souza", "12/1/2026"),
                      ("Ben Okoro", "3/4/2026"), ("Cleo Park", "01 Dec 2025"),
                      ("Dana Reyes", "5/5/2026"))
    result = ok(run("contacts", "import", str(unsure)))
    assert result.stdout.splitlines()[1] == (
        "dates: nothing in the file shows whether its dates are day/month or month/day; 2 "
        "that could be either were read as day/month: row 2 12/1/2026 → 2026-01-12, row 3 "
        "3/4/2026 → 2026-04-03. If they are month/day, import again with --dates month-first "
        "(the dates are corrected)")
    assert len(connected(run)) == 4  # every row imported
    # What was written stays with the contact, so the guess can be checked later.
    shown = json.loads(ok(run("contacts", "show", "Ana Souza", "--format", "json")).stdout)
    assert shown["history"][0]["data"] == {"connected_on_text": "12/1/2026",
                                           "read_as": "day-first"}
    again = ok(run("contacts", "import", str(unsure), "--dates", "month-first"))
    assert again.stdout.splitlines() == [
        f"{unsure}: 4 rows read (linkedin); added 0, updated 2, unchanged 2, skipped 0",
        "dates: read as month/day (--dates)"]
    assert connected(run) == {"Ana Souza": "2026-12-01", "Ben Okoro": "2026-03-04",
                              "Cleo Park": "2025-12-01", "Dana Reyes": "2026-05-05"}
    # A later file that cannot tell does not undo the dates known for those people.
    later = ok(run("contacts", "import", str(unsure)))
    assert "were left as already stored: row 2 12/1/2026 = 2026-12-01" in later.stdout
    assert connected(run)["Ana Souza"] == "2026-12-01"


def test_a_file_written_both_ways_reads_each_date_the_one_way_it_can(
    run, tmp_path: Path
) -> None:
    mixed = csv_file(tmp_path, "mixed.csv", ("Ana Souza", "25/03/2026"),
                     ("Ben Okoro", "03/26/2026"), ("Cleo Park", "4/3/2026"))
    result = ok(run("contacts", "import", str(mixed)))
    assert ("dates: the file writes dates both ways (row 2 has 25/03/2026, row 3 has "
            "03/26/2026); 1 that could be either were read as day/month: row 4 4/3/2026 → "
            "2026-03-04.") in result.stdout
    assert connected(run) == {"Ana Souza": "2026-03-25", "Ben Okoro": "2026-03-26",
                              "Cleo Park": "2026-03-04"}


def test_dates_that_contradict_the_file_change_nothing(run, tmp_path: Path) -> None:
    ok(run("contacts", "add", "Existing Person"))
    uk = csv_file(tmp_path, "uk.csv", ("Gus Hale", "12/1/2026"), ("Ida Moss", "25/03/2026"))
    result = run("contacts", "import", str(uk), "--dates", "month-first")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert ("--dates month-first does not fit row 3: '25/03/2026' can only be day-first"
            in result.stderr)
    assert list(connected(run)) == ["Existing Person"]


def test_a_single_date_that_could_be_either_is_refused_with_both_readings() -> None:
    with pytest.raises(ValueError, match=r"'12/1/2026' could be 12 January 2026 or "
                                         r"1 December 2026: write it as 2026-01-12 or 2026-12-01"):
        clean_connected_on("12/1/2026")
    assert clean_connected_on("12/1/2026", "month-first") == "2026-12-01"
    assert clean_connected_on("13/1/2026", "month-first") == "2026-01-13"
    assert clean_connected_on("01-Dec-2026") == "2026-12-01"
