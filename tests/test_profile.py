from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

PROFILE = """\
name = "Maya Okafor"
headline = "Data analyst moving into UX research"
background = "Five years of analytics at a regional bank"
goals = "Learn how UX researchers work day to day"
interests = ["accessibility", "survey design"]
target_roles = ["UX researcher"]
location = "Leeds, UK"
email = "maya@example.org"
signature = "Maya Okafor\\nmaya@example.org"
linkedin_premium = false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_init_from_file_then_show(run, tmp_path: Path, isolated_home: Path) -> None:
    result = run("profile", "init", "--from", str(write(tmp_path, PROFILE)))
    assert result.exit_code == 0, result.output
    shown = run("profile", "show")
    assert shown.exit_code == 0
    data = tomllib.loads(shown.output)
    assert data["name"] == "Maya Okafor"
    assert data["interests"] == ["accessibility", "survey design"]
    assert data["signature"] == "Maya Okafor\nmaya@example.org"
    assert run("profile", "path").output.strip() == str(isolated_home / "profile.toml")


def test_init_interactive(run) -> None:
    answers = "\n".join(
        [
            "Maya Okafor", "Analyst", "Banking analytics", "Learn about UX",
            "accessibility, surveys", "UX researcher", "Leeds", "maya@example.org",
            "Maya", "y",
        ]
    ) + "\n"
    result = run("profile", "init", input=answers)
    assert result.exit_code == 0, result.output
    data = tomllib.loads(run("profile", "show").output)
    assert data["interests"] == ["accessibility", "surveys"]
    assert data["linkedin_premium"] is True


def test_show_without_profile_says_how(run) -> None:
    result = run("profile", "show")
    assert result.exit_code == 2
    assert "infoprep profile init" in result.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PROFILE + 'hobby = "chess"\n', "unknown key 'hobby'"),
        (PROFILE.replace('interests = ["accessibility", "survey design"]', 'interests = 3'),
         "key 'interests'"),
        (PROFILE.replace("linkedin_premium = false", 'linkedin_premium = "sometimes"'),
         "key 'linkedin_premium'"),
        ('headline = "no name"\n', "key 'name'"),
        ("name = [", "not valid TOML"),
    ],
)
def test_bad_profile_file_changes_nothing(run, tmp_path: Path, text: str, expected: str) -> None:
    good = write(tmp_path, PROFILE)
    assert run("profile", "init", "--from", str(good)).exit_code == 0
    before = run("profile", "show").output
    bad = tmp_path / "bad.toml"
    bad.write_text(text)
    result = run("profile", "init", "--from", str(bad), "--force")
    assert result.exit_code == 2
    assert expected in result.output
    assert str(bad) in result.output
    assert run("profile", "show").output == before


def test_existing_profile_needs_force(run, tmp_path: Path) -> None:
    path = write(tmp_path, PROFILE)
    assert run("profile", "init", "--from", str(path)).exit_code == 0
    again = run("profile", "init", "--from", str(path))
    assert again.exit_code == 2
    assert "--force" in again.output


def test_missing_from_file_is_exit_2(run, tmp_path: Path) -> None:
    result = run("profile", "init", "--from", str(tmp_path / "nope.toml"))
    assert result.exit_code == 2
    assert "nope.toml" in result.output
