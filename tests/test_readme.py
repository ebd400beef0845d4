"""README's two commands stay true: the main job runs, and CI runs the test command."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL)


def test_main_job_command_runs_offline_on_the_examples(tmp_path: Path) -> None:
    main_job = bash_blocks()[0].strip()
    steps = main_job.split(" && ")
    assert steps[0] == "python3 -m venv .venv" and "pip install" in steps[1]
    # Run what follows the install with this interpreter and a throwaway home.
    infoprep = f"{shlex.quote(sys.executable)} -m infoprep"
    script = " && ".join(steps[2:])
    script = script.replace(".venv/bin/infoprep", infoprep).replace(
        "--home .demo", f"--home {shlex.quote(str(tmp_path / 'demo'))}"
    )
    done = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Questions for Jordan Rivera" in done.stdout
    assert "Who else would you suggest I talk to?" in done.stdout
    assert "generator: offline templates" in done.stderr


def test_ci_runs_the_readme_test_command() -> None:
    test_command = bash_blocks()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in test_command.split(" && ")[2:]:
        assert step in ci, step
    assert "pip install -q -e '.[test]'" in ci


def test_every_command_is_in_the_readme() -> None:
    from infoprep.cli import cli

    for name in cli.commands:
        assert f"infoprep {name}" in README, name
