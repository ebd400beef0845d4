"""`infoprep batch FILE.csv`: many contacts prepared at once, resumable, with a summary."""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from examples_support import EXAMPLES, NAME

from infoprep.api import Workspace
from infoprep.batching import BatchRow, read_rows, run_batch, split_cell
from infoprep.batching.progress import BatchProgress
from infoprep.batching.runner import prepare_row
from infoprep.batching.state import RowState, save_state
from infoprep.testing import StaticSite

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"


@pytest.fixture(scope="module")
def blog() -> Iterator[StaticSite]:
    with StaticSite(SITES / "maren-blog") as server:
        yield server  # type: ignore[misc]


@pytest.fixture
def profile(run) -> None:
    assert run("profile", "init", "--from", str(EXAMPLES / "profile.toml")).exit_code == 0


def write_csv(folder: Path, *lines: str) -> Path:
    path = folder / "contacts.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def researched(home: Path) -> int:
    with Workspace(home) as ws:
        return int(ws.store.conn.execute(
            "SELECT count(*) FROM interactions WHERE kind = 'researched'").fetchone()[0])


def test_split_cell_takes_semicolons_else_whitespace() -> None:
    assert split_cell(" a.html ;  my notes.md;") == ["a.html", "my notes.md"]
    assert split_cell("https://a.example/  https://b.example/\tc") == [
        "https://a.example/", "https://b.example/", "c"]
    assert split_cell("") == [] and split_cell(None) == []


def test_rows_read_files_beside_the_csv_first(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "pages").mkdir()
    monkeypatch.chdir(EXAMPLES.parent)
    path = write_csv(tmp_path, "Name,Company,URL,Files",
                     "Jordan Rivera,Brightline Energy,,pages; examples/jordan-rivera", ",,,")
    rows = read_rows(path)
    assert len(rows) == 1
    assert rows[0].files == [tmp_path / "pages", Path("examples/jordan-rivera")]
    assert rows[0].line == 2 and rows[0].urls == []


def test_a_batch_prepares_each_row_and_summarises(
    run, profile, blog: StaticSite, tmp_path: Path, isolated_home: Path
) -> None:
    csv = write_csv(
        tmp_path, "name,company,urls,files",
        f"Jordan Rivera,Brightline Energy,,{EXAMPLES / 'jordan-rivera'}",
        f"Maren Okafor,Tidewater Instruments,{blog.url('/')},",
        "Nobody Known,Ghost Ltd,,missing-page.html",
        ",Nameless Inc,,",
    )
    result = run("batch", str(csv), "--no-search", "--jobs", "2", "--max-pages", "5")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["LINE", "NAME", "COMPANY", "OUTCOME", "SOURCES", "FACTS",
                                "QUESTIONS"]
    assert lines[1].startswith("2     Jordan Rivera") and " found " in lines[1]
    assert lines[2].startswith("3     Maren Okafor") and " found " in lines[2]
    assert " failed " in lines[3] and " failed " in lines[4]
    assert (f"  line 4 Nobody Known (failed): research: file not found: "
            f"{tmp_path / 'missing-page.html'}") in lines
    assert "  line 5 (failed): no name on this line" in lines
    assert lines[-1].startswith("4 rows: 2 found, 2 failed in ")
    assert "contacts/min" in lines[-1]
    with Workspace(isolated_home) as ws:
        for who in (NAME, "Maren Okafor"):
            report = ws.contacts.show(who)
            assert report.dossier and report.dossier["facts"] > 0
            assert [d["kind"] for d in report.drafts] == ["intro"]
            assert ws.store.conn.execute(
                "SELECT count(*) FROM question_sets WHERE contact_id = ?",
                (report.contact.id,)).fetchone()[0] == 1
    assert "batch [" not in result.stderr  # not a terminal: no progress bar

    again = run("batch", str(csv), "--no-search", "--format", "json")
    assert again.exit_code == 0, again.output
    data = json.loads(again.stdout)
    assert [r["status"] for r in data["rows"]] == ["skipped", "skipped", "failed", "failed"]
    assert data["rows"][0]["reason"] == "done before (found)"
    assert data["rows"][0]["facts"] > 0 and data["counts"]["skipped"] == 2
    assert researched(isolated_home) == 2

    forced = run("batch", str(csv), "--no-search", "--force", "--format", "json")
    assert [r["status"] for r in json.loads(forced.stdout)["rows"]][:2] == ["found", "found"]
    assert researched(isolated_home) == 4


def test_a_batch_resumes_after_the_last_finished_step(
    run, profile, tmp_path: Path, isolated_home: Path
) -> None:
    row = BatchRow(NAME, "Brightline Energy", files=[EXAMPLES / "jordan-rivera"], line=2)
    with Workspace(isolated_home, offline=True) as ws:
        ws.research(row.name, row.company, files=row.files, no_search=True, progress=False)
        contact = ws.contacts.get(NAME)
        # An earlier run stopped after the research.
        save_state(ws.store, RowState(row.key, row.inputs(), row.name, row.company,
                                      contact.id, ["research"], "partial", "interrupted",
                                      {"sources": 4, "facts": 14, "person_facts": 1}))
        report = run_batch(ws.settings, [row])
    assert [(r.status, r.reason) for r in report] == [("found", "")]
    assert report.rows[0].questions > 1 and report.rows[0].intro
    assert researched(isolated_home) == 1


def test_a_stopped_row_keeps_its_finished_steps(run, profile, isolated_home: Path) -> None:
    row = BatchRow(NAME, "Brightline Energy", files=[EXAMPLES / "jordan-rivera"], line=2)
    stop = threading.Event()
    stop.set()  # Ctrl-C arrived while the research ran
    with Workspace(isolated_home, offline=True) as ws:
        stopped = prepare_row(ws.settings, row, stop=stop)
        assert (stopped.status, stopped.reason) == ("partial", "stopped after the research")
        assert stopped.facts > 0 and not stopped.intro
        resumed = run_batch(ws.settings, [row])
    assert resumed.rows[0].status == "found" and resumed.rows[0].intro
    assert researched(isolated_home) == 1


def test_duplicates_and_changed_inputs(run, profile, tmp_path: Path, isolated_home: Path) -> None:
    pages = EXAMPLES / "jordan-rivera"
    csv = write_csv(tmp_path, "name,company,files", f"Jordan Rivera,Brightline Energy,{pages}",
                    f"jordan  rivera,Brightline energy,{pages}")
    data = json.loads(run("batch", str(csv), "--format", "json", "--no-search").stdout)
    assert [(r["status"], r["reason"]) for r in data["rows"]] == [
        ("found", ""), ("skipped", "same person as line 2")]
    # Other files for a finished row: it is prepared again.
    csv.write_text(f"name,company,files\nJordan Rivera,Brightline Energy,{pages / 'about.html'}\n")
    data = json.loads(run("batch", str(csv), "--format", "json", "--no-search").stdout)
    assert data["rows"][0]["status"] in ("found", "partial") and data["rows"][0]["sources"] == 1


def test_every_row_failed_is_exit_1(run, profile, tmp_path: Path, isolated_home: Path) -> None:
    csv = write_csv(tmp_path, "name,company,files", "A Person,Acme,nope.html",
                    "B Person,Acme,also-nope.html")
    result = run("batch", str(csv), "--no-search")
    assert result.exit_code == 1
    assert "2 rows: 2 failed" in result.stdout
    assert "  line 3 B Person (failed): research: file not found" in result.stdout


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["name,urls", "Ada,https://a.example/"], "no company column (the header has: name, urls)"),
        (["name,company"], "has a header but no rows"),
        ([], "is empty: it needs a header line"),
    ],
)
def test_bad_files_are_exit_2_and_store_nothing(
    run, profile, tmp_path: Path, isolated_home: Path, lines: list[str], message: str
) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text("\n".join(lines))
    result = run("batch", str(csv))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    with Workspace(isolated_home) as ws:
        assert ws.store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_missing_file_and_missing_profile(run, tmp_path: Path) -> None:
    result = run("batch", str(tmp_path / "none.csv"))
    assert result.exit_code == 2 and "does not exist" in result.output
    csv = write_csv(tmp_path, "name,company", "Ada,Engines")
    result = run("batch", str(csv), "--no-search")
    assert result.exit_code == 2 and "profile init" in result.output


def test_progress_bar_draws_only_when_enabled() -> None:
    shown = io.StringIO()
    bar = BatchProgress(2, shown, enabled=True)
    bar.step(NAME, "research")
    bar.finished(NAME, "found")
    bar.close()
    assert "batch [############............] 1/2  found 1 partial 0 failed 0 · Jordan Rivera" \
        in shown.getvalue()
    quiet = io.StringIO()
    BatchProgress(2, quiet).finished(NAME, "found")  # StringIO is not a terminal
    assert quiet.getvalue() == ""


def test_help_explains_the_columns(run) -> None:
    result = run("batch", "--help")
    assert result.exit_code == 0
    for part in ("name", "company", "urls", "files", "separated by ';'", "--jobs", "--force",
                 "--no-search", "--max-pages", "text|json"):
        assert part in result.output, part


def test_stemming_is_safe_across_threads() -> None:
    """Rows run in threads: the shared word stemmer must not mix their words."""
    from concurrent.futures import ThreadPoolExecutor

    from infoprep.questions.text import stem

    words = [f"{base}{suffix}{n}" for n in range(1500)
             for base, suffix in (("forecast", "ing"), ("organis", "ations"), ("run", "ning"))]
    words = [w.rstrip("0123456789") + "x" * (i % 7) for i, w in enumerate(words)]
    expected = {w: stem.__wrapped__(w) for w in set(words)}
    stem.cache_clear()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a busy machine would
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(stem, words))
    finally:
        sys.setswitchinterval(interval)
    assert got == [expected[w] for w in words]
