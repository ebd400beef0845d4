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


def test_interactive_init_asks_again_for_a_blank_name_or_a_bad_email(run) -> None:
    answers = ["   ", "  Zoë   Ñúñez-Łukasz 李 ", "", "", "", "", "", "",
               "zoe at example", "zoe@example.org", "", "n"]
    result = run("profile", "init", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "your name is needed" in result.output
    assert "'zoe at example' is not an email address" in result.output
    shown = tomllib.loads(run("profile", "show").stdout)
    assert shown["name"] == "Zoë Ñúñez-Łukasz 李" and shown["email"] == "zoe@example.org"


def test_ctrl_d_during_init_keeps_the_old_profile(run, tmp_path: Path) -> None:
    assert run("profile", "init", "--from", str(write(tmp_path, PROFILE))).exit_code == 0
    before = run("profile", "show").stdout
    result = run("profile", "init", "--force", input="Someone Else\nA headline\n")
    assert result.exit_code == 1 and "Aborted" in result.output
    assert run("profile", "show").stdout == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name = "   "\n', "key 'name': your name cannot be blank"),
        ('name = "Maya"\nemail = "maya at example"\n',
         "key 'email': 'maya at example' is not an email address"),
        ('name = "Maya"\ninterests = "ux, research"\n',
         "key 'interests': Input should be a valid list such as interests = [\"first\", "),
        ('name = "Maya"\ntarget_role = ["UX researcher"]\n',
         "unknown key 'target_role' (did you mean 'target_roles'?)"),
        ('name = "Maya"\nlinkedin-premium = true\n',
         "unknown key 'linkedin-premium' (did you mean 'linkedin_premium'?)"),
    ],
)
def test_a_profile_file_mistake_is_named_with_its_fix(
    run, tmp_path: Path, text: str, expected: str
) -> None:
    result = run("profile", "init", "--from", str(write(tmp_path, text)))
    assert result.exit_code == 2
    assert expected in result.stderr
    assert run("profile", "show").exit_code == 2  # nothing was saved


def test_a_profile_file_saved_with_a_bom_is_read(run, tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(("\ufeff" + PROFILE).encode("utf-8"))
    result = run("profile", "init", "--from", str(path))
    assert result.exit_code == 0, result.output
    assert 'name = "Maya Okafor"' in run("profile", "show").stdout


def test_quiet_init_prints_nothing(run, tmp_path: Path) -> None:
    result = run("-q", "profile", "init", "--from", str(write(tmp_path, PROFILE)))
    assert result.exit_code == 0
    assert result.output == ""
