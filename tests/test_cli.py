from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_help_lists_commands(run) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for name in ("config", "profile", "prompts"):
        assert name in result.output


def test_unknown_command_is_usage_error(run) -> None:
    result = run("frobnicate")
    assert result.exit_code == 2
    assert "No such command 'frobnicate'" in result.output


def test_unknown_flag_is_usage_error(run) -> None:
    result = run("config", "show", "--colour")
    assert result.exit_code == 2
    assert "No such option '--colour'" in result.output


def test_help_imports_no_heavy_modules() -> None:
    code = (
        "import sys, json\n"
        "from infoprep.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='infoprep')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('openai', 'httpx', 'bs4', 'pydantic', 'jinja2', 'lxml')"
        " if m in sys.modules]\n"
        "print(json.dumps(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
    assert "Usage: infoprep" in done.stdout


def test_python_dash_m_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "infoprep", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "infoprep, version" in done.stdout


def test_unwritable_home_is_exit_2(run, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    profile = tmp_path / "p.toml"
    profile.write_text('name = "Ada Lovelace"\n')
    result = run("--home", str(blocker / "home"), "profile", "init", "--from", str(profile))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert str(blocker) in result.output


def test_quiet_means_nothing_on_stderr_but_errors(run, tmp_path: Path) -> None:
    assert run("contacts", "add", "Jane Doe").exit_code == 0
    out = tmp_path / "backup.json"
    quiet = run("-q", "contacts", "export", "-o", str(out))
    assert quiet.exit_code == 0 and quiet.stderr == "" and out.exists()
    assert f"Wrote {out}" in run("contacts", "export", "-o", str(out)).stderr


def test_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """`infoprep prompts list | head -1`: the reader leaves early; no 'Error: Broken pipe'."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "INFOPREP_HOME": str(tmp_path / "home"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    try:
        done = subprocess.run([sys.executable, "-m", "infoprep", "prompts", "list"],
                              stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=60)
    finally:
        os.close(write_end)
    assert done.stderr.decode() == ""
    assert done.returncode == 141
