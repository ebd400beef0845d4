"""Where infoprep keeps its state: one home folder, overridable for tests and users."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Paths", "default_config_file", "resolve_home"]

APP = "infoprep"


def resolve_home(flag: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """The home folder and where it came from: the flag, INFOPREP_HOME, or the platform default."""
    if flag:
        return Path(flag).expanduser(), "flag --home"
    env = os.environ.get("INFOPREP_HOME")
    if env:
        return Path(env).expanduser(), "env INFOPREP_HOME"
    import platformdirs

    return platformdirs.user_data_path(APP), "default"


def default_config_file(home: Path, home_source: str) -> Path:
    """The config file: inside an explicit home, else in the platform's user config folder."""
    env = os.environ.get("INFOPREP_CONFIG")
    if env:
        return Path(env).expanduser()
    if home_source != "default":
        return home / "config.toml"
    import platformdirs

    return platformdirs.user_config_path(APP) / "config.toml"


@dataclass(frozen=True)
class Paths:
    """The files and folders under one home."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "workspace.db"

    @property
    def profile(self) -> Path:
        return self.home / "profile.toml"

    @property
    def prompts(self) -> Path:
        return self.home / "prompts"

    @property
    def llm_cache(self) -> Path:
        return self.home / "cache" / "llm"

    @property
    def http_cache(self) -> Path:
        return self.home / "cache" / "http"
