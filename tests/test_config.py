from __future__ import annotations

from pathlib import Path

import pytest

from infoprep.config import load_settings


def test_defaults_are_offline(isolated_home: Path) -> None:
    settings = load_settings()
    assert settings.home == isolated_home
    assert settings.uses_model is False
    assert settings.sources["model"] == "default"


def test_precedence_flag_over_env_over_file(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_home.mkdir()
    (isolated_home / "config.toml").write_text('model = "from-file"\ntimeout = 9\n')
    assert load_settings().model == "from-file"
    assert load_settings().sources["model"] == "config file"
    monkeypatch.setenv("INFOPREP_MODEL", "from-env")
    assert load_settings().model == "from-env"
    flagged = load_settings(overrides={"model": "from-flag"})
    assert flagged.model == "from-flag"
    assert flagged.sources["model"] == "flag"
    assert flagged.timeout == 9.0
    assert flagged.sources["timeout"] == "config file"


def test_model_used_with_base_url_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1/")
    settings = load_settings()
    assert settings.uses_model
    assert settings.effective_base_url == "http://localhost:11434/v1"
    assert not load_settings(overrides={"offline": True}).uses_model


def test_config_show_masks_key_and_names_sources(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-proj-verysecretvalue9876")
    result = run("config", "show")
    assert result.exit_code == 0, result.output
    assert "verysecret" not in result.output
    assert "sk-…9876" in result.output
    assert "[env OPENAI_API_KEY]" in result.output
    line = next(li for li in result.output.splitlines() if li.startswith("model "))
    assert "gpt-4o-mini" in line and "[default]" in line


def test_config_path_is_inside_explicit_home(run, tmp_path: Path) -> None:
    result = run("--home", str(tmp_path / "elsewhere"), "config", "path")
    assert result.exit_code == 0
    assert result.output.strip() == str(tmp_path / "elsewhere" / "config.toml")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("model = [unclosed", "is not valid TOML"),
        ("colour = 'blue'", "unknown setting 'colour'"),
        ("timeout = 'soon'", "setting 'timeout': expected a number, got 'soon'"),
        ("news_months = 2.5", "setting 'news_months': expected a whole number, got 2.5"),
        ("offline = 'maybe'", "expected true or false"),
    ],
)
def test_bad_config_file_is_one_clear_line(
    run, isolated_home: Path, content: str, expected: str
) -> None:
    isolated_home.mkdir()
    config = isolated_home / "config.toml"
    config.write_text(content)
    result = run("config", "show")
    assert result.exit_code == 2
    assert expected in result.output
    assert str(config) in result.output
    assert "Traceback" not in result.output


def test_bad_environment_value_names_variable(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOPREP_MAX_RETRIES", "lots")
    result = run("config", "show")
    assert result.exit_code == 2
    assert "INFOPREP_MAX_RETRIES" in result.output
    assert "expected a whole number, got 'lots'" in result.output
    assert "invalid literal" not in result.output


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("INFOPREP_TIMEOUT", "-5", "setting 'timeout': must be more than 0, got -5"),
        ("INFOPREP_TIMEOUT", "nan", "setting 'timeout': expected a number, got nan"),
        ("INFOPREP_MAX_RETRIES", "-1", "setting 'max_retries': must be at least 0, got -1"),
        ("INFOPREP_MAX_PAGES", "0", "setting 'max_pages': must be at least 1, got 0"),
        ("INFOPREP_FETCH_CONCURRENCY", "0", "setting 'fetch_concurrency': must be at least 1"),
        ("INFOPREP_SEARXNG_URL", "searx.local:8888",
         "'searx.local:8888' is not an http:// or https:// URL (did you mean "
         "http://searx.local:8888 ?)"),
    ],
)
def test_out_of_range_settings_are_refused_at_once(
    run, monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    result = run("config", "show")
    assert result.exit_code == 2
    assert f"Error: environment variable {name}: " in result.stderr
    assert expected in result.stderr


def test_config_and_profile_paths_print_even_when_the_config_file_is_broken(
    run, isolated_home: Path
) -> None:
    isolated_home.mkdir()
    (isolated_home / "config.toml").write_text("model = [unclosed\n")
    assert run("config", "show").exit_code == 2
    found = run("config", "path")
    assert found.exit_code == 0, found.output
    assert found.stdout.strip() == str(isolated_home / "config.toml")
    profile = run("profile", "path")
    assert profile.exit_code == 0 and profile.stdout.strip() == str(isolated_home / "profile.toml")


def test_a_config_file_saved_with_a_bom_is_read(run, isolated_home: Path) -> None:
    isolated_home.mkdir()
    (isolated_home / "config.toml").write_bytes('\ufeffmodel = "llama3.1"\r\n'.encode())
    result = run("config", "show")
    assert result.exit_code == 0, result.output
    assert any(line.split() == ["model", "llama3.1", "[config", "file]"]
               for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('OPENAI_BASE_URL = "http://localhost:11434/v1"',
         "unknown setting 'OPENAI_BASE_URL' (did you mean 'base_url'?)"),
        ("modle = 'llama3.1'", "unknown setting 'modle' (did you mean 'model'?)"),
        ("fetch-timeout = 5", "unknown setting 'fetch-timeout' (did you mean 'fetch_timeout'?)"),
        ("[openai]\nbase_url = 'http://localhost:11434/v1'",
         'settings are top-level keys (such as base_url = "..."), not a [openai] table'),
    ],
)
def test_a_mistyped_setting_suggests_the_right_name(
    run, isolated_home: Path, content: str, expected: str
) -> None:
    isolated_home.mkdir()
    (isolated_home / "config.toml").write_text(content + "\n")
    result = run("config", "show")
    assert result.exit_code == 2
    assert expected in result.stderr
