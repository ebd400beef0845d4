"""The built wheel carries the prompts and runs outside the source tree."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_prompts_and_runs_in_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT, check=True, capture_output=True,
    )
    wheel = next(dist.glob("infoprep-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packaged = {Path(n).name for n in names if n.startswith("infoprep/prompts/")}
    assert {p.name for p in (ROOT / "prompts").glob("*.j2")} <= packaged
    # The googleable filter's data files, the paraphrase table and the answer reader among them.
    data = ROOT / "infoprep" / "questions" / "data"
    shipped = {p.relative_to(ROOT).as_posix() for p in data.rglob("*") if p.is_file()}
    assert "infoprep/questions/data/reader/model.onnx" in shipped
    assert shipped <= set(names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The fresh environment borrows this one's dependencies but not its infoprep.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    Path(purelib, "borrowed-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True, capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    done = subprocess.run(
        [str(venv / "bin" / "infoprep"), "--home", str(tmp_path / "h"), "prompts", "show",
         "json_instructions"],
        cwd=outside, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "JSON Schema" in done.stdout
    where = subprocess.run(
        [str(python), "-c", "import infoprep.prompts as p; print(p.packaged_prompts_dir())"],
        cwd=outside, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert where.startswith(str(venv)), where
    table = subprocess.run(
        [str(python), "-c", "from infoprep.questions.neighbours import load_neighbours as n; "
         "print(len(n()), dict(n().of('shut')).get('close'))"],
        cwd=outside, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert int(table[0]) > 5000 and float(table[1]) >= 0.5, table
    # The answer reader loads from the installed wheel and reads a question beside passages.
    read = subprocess.run(
        [str(python), "-c", "from infoprep.questions.reader import default_reader as r; "
         "print(*r().scores('Is there extra pay for working weekends?', "
         "['Weekend work is paid at time and a half.', 'Our depot is in Inverness.']))"],
        cwd=outside, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert float(read[0]) > 0.35 > float(read[1]), read
