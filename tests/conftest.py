"""Every test runs with its own home folder and without API keys or proxies."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from infoprep.cli import cli
from infoprep.testing import OpenAITestServer, StaticSite

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

_STRIPPED = [
    "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
    "INFOPREP_MODEL", "INFOPREP_HOME", "INFOPREP_CONFIG", "INFOPREP_OFFLINE",
    "INFOPREP_PROMPTS", "BRAVE_API_KEY", "INFOPREP_SEARXNG_URL",
    "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh INFOPREP_HOME, no keys, no proxies, and outside services pointed nowhere."""
    for name in _STRIPPED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    home = tmp_path / "home"
    monkeypatch.setenv("INFOPREP_HOME", str(home))
    # Should a test forget to point a service at a loopback server, it fails fast, offline.
    for name in ("INFOPREP_WIKIPEDIA_URL", "INFOPREP_WIKIDATA_URL", "INFOPREP_NEWS_URL"):
        monkeypatch.setenv(name, "http://127.0.0.1:9/unset")
    monkeypatch.setenv("INFOPREP_BRAVE_URL", "http://127.0.0.1:9/unset")
    return home


@pytest.fixture
def run() -> Runner:
    return Runner()


class Runner:
    """Runs the CLI in-process like a user would, stdout and stderr kept apart."""

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        runner = CliRunner()
        return runner.invoke(
            cli, list(args), input=input, env=env, catch_exceptions=True, prog_name="infoprep"
        )


@pytest.fixture
def llm() -> Iterator[OpenAITestServer]:
    """An OpenAI-compatible server on loopback; set OPENAI_BASE_URL to use it."""
    with OpenAITestServer() as server:
        yield server  # type: ignore[misc]


@pytest.fixture
def use_llm(llm: OpenAITestServer, monkeypatch: pytest.MonkeyPatch) -> OpenAITestServer:
    """Point infoprep at the test server, with a key and quick retries."""
    monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url_v1)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-key-123456")
    monkeypatch.setenv("INFOPREP_MAX_RETRIES", "1")
    monkeypatch.setenv("INFOPREP_TIMEOUT", "5")
    return llm


@pytest.fixture
def site_server() -> Iterator[StaticSite]:
    """The static site server over fixtures/sites."""
    with StaticSite(FIXTURES / "sites") as server:
        yield server  # type: ignore[misc]


def env_without_keys() -> dict[str, str]:
    """The current environment for a subprocess (already stripped by the autouse fixture)."""
    return dict(os.environ)
