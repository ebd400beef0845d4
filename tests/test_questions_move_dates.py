""""You moved from X to Y" only when X is the job right before Y: a career list that puts
another job, or years, between the two names no move (and the time at Y starts with the first
role there, not the current one)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Maren Holtby | Grower</title></head>
<body><main>
<h1>Maren Holtby</h1>
<p class="role">Farm Manager, Brackwater Orchards, Yakima, Washington</p>
<p>I plan the picking crews and the spray calendar for our 400 acres of apples.</p>
<h2>Work history</h2>
<ul>
{lines}
</ul>
</main></body></html>
"""
BEFORE = ("<li>2009 to 2013: Lab technician, Pome Fruit Lab, Ridgeline State University, "
          "Pullman</li>")
BETWEEN = "<li>2013 to 2016: Seasonal crop scout in eastern Oregon</li>"
AT = ("<li>2016 to 2021: Orchard Supervisor, Brackwater Orchards</li>\n"
      "<li>2021 to now: Farm Manager, Brackwater Orchards</li>")
RIGHT_AFTER = ("<li>2013 to 2021: Orchard Supervisor, Brackwater Orchards</li>\n"
               "<li>2021 to now: Farm Manager, Brackwater Orchards</li>")


def _research(run, tmp_path: Path, *lines: str) -> Result:  # type: ignore[no-untyped-def]
    page = tmp_path / "about.html"
    page.write_text(PAGE.format(lines="\n".join(lines)), encoding="utf-8")
    found = run("--offline", "research", "Maren Holtby", "--company", "Brackwater Orchards",
                "--no-search", "--file", str(page), "--format", "json")
    assert found.exit_code == 0, found.output
    return found


def test_no_move_is_claimed_over_a_job_in_between(run, tmp_path: Path) -> None:
    dossier = json.loads(_research(run, tmp_path, BEFORE, BETWEEN, AT).stdout)
    asked = run("--offline", "questions", "Maren Holtby", "--minutes", "45")
    assert asked.exit_code == 0, asked.output
    assert "You moved from" not in asked.stdout
    assert "Ridgeline State University to Brackwater" not in asked.stdout
    # Her time at the orchard began with its first role there.
    tenure = [f["value"] for f in dossier["facts"] if f["field"] == "tenure"]
    assert tenure == ["since 2016"]


def test_the_job_right_before_is_the_move(run, tmp_path: Path) -> None:
    _research(run, tmp_path, BEFORE, RIGHT_AFTER)
    asked = run("--offline", "questions", "Maren Holtby", "--minutes", "45")
    assert asked.exit_code == 0, asked.output
    assert "You moved from Ridgeline State University to Brackwater Orchards" in asked.stdout


def test_years_between_in_a_sentence_name_no_move() -> None:
    from infoprep.models import Fact
    from infoprep.research.career import last_employer

    bio = "https://maren.example/about"
    earlier = Fact(subject="person", field="previous_employer", value="Tarn Coatings",
                   source_url=bio, quote="Maren worked at Tarn Coatings from 2008 to 2012.")
    joined = Fact(subject="person", field="tenure", value="since 2019", source_url=bio,
                  quote="Maren joined Brackwater Orchards in 2019.")
    assert last_employer([earlier, joined], "Brackwater Orchards") is None
    soon = joined.model_copy(update={"value": "since 2013"})
    assert last_employer([earlier, soon], "Brackwater Orchards") is earlier
