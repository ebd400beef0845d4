"""Settings: command-line flags > environment > config file > defaults.

Every setting records where its value came from, so `infoprep config show` can say so.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import NEWS_MONTHS
from .errors import ConfigError
from .paths import Paths, default_config_file, resolve_home
from .suggest import did_you_mean

__all__ = ["Settings", "load_settings", "mask"]

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_BASE_URL = "https://api.openai.com/v1"


def _setting(
    default: Any,
    env: str | None = None,
    secret: bool = False,
    doc: str = "",
    *,
    url: bool = False,
    at_least: float | None = None,
    above: float | None = None,
) -> Any:
    """A setting's field: `url` values must be http(s) URLs; `at_least` / `above` bound numbers."""
    metadata = {"env": env, "secret": secret, "doc": doc, "url": url, "at_least": at_least,
                "above": above}
    return field(default=default, metadata=metadata)


@dataclass
class Settings:
    """The effective settings of one run. `sources` says where each value came from."""

    home: Path
    config_file: Path
    model: str = _setting(DEFAULT_MODEL, "INFOPREP_MODEL", doc="model name")
    base_url: str | None = _setting(
        None, "OPENAI_BASE_URL", doc="OpenAI-compatible endpoint", url=True
    )
    api_key: str | None = _setting(None, "OPENAI_API_KEY", secret=True, doc="model API key")
    offline: bool = _setting(False, "INFOPREP_OFFLINE", doc="never call a model")
    timeout: float = _setting(60.0, "INFOPREP_TIMEOUT", doc="seconds per model request", above=0)
    max_retries: int = _setting(
        2, "INFOPREP_MAX_RETRIES", doc="SDK retries on 429/5xx/timeouts", at_least=0
    )
    prompts_dir: Path | None = _setting(None, "INFOPREP_PROMPTS", doc="your prompt overrides")
    cache_days: float = _setting(
        7.0, "INFOPREP_CACHE_DAYS", doc="page cache lifetime", at_least=0
    )
    max_pages: int = _setting(25, "INFOPREP_MAX_PAGES", doc="pages per research run", at_least=1)
    fetch_timeout: float = _setting(
        20.0, "INFOPREP_FETCH_TIMEOUT", doc="seconds per page, body included", above=0
    )
    fetch_concurrency: int = _setting(
        8, "INFOPREP_FETCH_CONCURRENCY", doc="pages fetched at once, all hosts together",
        at_least=1,
    )
    fetch_per_host: int = _setting(
        3, "INFOPREP_FETCH_PER_HOST", doc="pages fetched at once per host", at_least=1
    )
    wikipedia_url: str = _setting(
        "https://en.wikipedia.org", "INFOPREP_WIKIPEDIA_URL", doc="Wikipedia base URL", url=True
    )
    wikidata_url: str = _setting(
        "https://www.wikidata.org/w/api.php", "INFOPREP_WIKIDATA_URL", doc="Wikidata API URL",
        url=True,
    )
    news_url: str = _setting(
        "https://news.google.com/rss/search", "INFOPREP_NEWS_URL", doc="news RSS search URL",
        url=True,
    )
    searxng_url: str | None = _setting(
        None, "INFOPREP_SEARXNG_URL", doc="your SearXNG instance", url=True
    )
    brave_url: str = _setting(
        "https://api.search.brave.com/res/v1/web/search", "INFOPREP_BRAVE_URL",
        doc="Brave Search API URL", url=True,
    )
    brave_api_key: str | None = _setting(
        None, "BRAVE_API_KEY", secret=True, doc="Brave Search API key"
    )
    verify_searches: int = _setting(
        8, "INFOPREP_VERIFY_SEARCHES", doc="searches per `questions --verify-with-search` run",
        at_least=0,
    )
    thankyou_hours: float = _setting(
        24.0, "INFOPREP_THANKYOU_HOURS", doc="send thank-you notes within this many hours",
        above=0,
    )
    nudge_days: float = _setting(
        7.0, "INFOPREP_NUDGE_DAYS", doc="days without a reply before the one nudge", above=0
    )
    checkin_weeks: float = _setting(
        8.0, "INFOPREP_CHECKIN_WEEKS", doc="weeks between check-ins with people you interviewed",
        above=0,
    )
    news_months: int = _setting(
        NEWS_MONTHS, "INFOPREP_NEWS_MONTHS",
        doc="news older than this many months is left out of the brief, never called recent",
    )
    timezone: str | None = _setting(
        None, "INFOPREP_TIMEZONE", doc="time zone for showing times (default: the system's)"
    )
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def paths(self) -> Paths:
        return Paths(self.home)

    @property
    def prompts_folder(self) -> Path:
        return self.prompts_dir or self.paths.prompts

    @property
    def recency_months(self) -> int:
        """`news_months`, checked: a whole number of months, at least 1."""
        if self.news_months < 1:
            source = self.sources.get("news_months", "default")
            raise ConfigError(f"setting 'news_months' ({source}) must be at least 1 month, "
                              f"got {self.news_months}")
        return self.news_months

    @property
    def uses_model(self) -> bool:
        """A model is used when a key or base URL is configured and --offline is absent."""
        return not self.offline and bool(self.api_key or self.base_url)

    @property
    def effective_base_url(self) -> str:
        return (self.base_url or OPENAI_BASE_URL).rstrip("/")

    def public_items(self) -> list[tuple[str, str, str]]:
        """(name, shown value, source) for every setting, secrets masked."""
        rows = [
            ("home", str(self.home), self.sources.get("home", "default")),
            ("config_file", str(self.config_file), self.sources.get("config_file", "default")),
        ]
        for f in _fields():
            value = getattr(self, f.name)
            shown = mask(value) if f.metadata["secret"] else _show(value)
            rows.append((f.name, shown, self.sources.get(f.name, "default")))
        return rows


def _fields() -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(Settings) if "env" in f.metadata]


def _show(value: object) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def mask(secret: object) -> str:
    """A secret as `sk-…wxyz`: enough to tell keys apart, never enough to use one."""
    if not secret:
        return "(not set)"
    text = str(secret)
    return "****" if len(text) < 12 else f"{text[:3]}…{text[-4:]}"


def _field_type(f: dataclasses.Field[Any]) -> str:
    return str(f.type).replace(" ", "")


def _coerce(f: dataclasses.Field[Any], raw: object, where: str) -> object:
    try:
        value = _convert(f, raw)
        _check(f, value)
        return value
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: setting '{f.name}': {exc}") from None


def _check(f: dataclasses.Field[Any], value: object) -> None:
    """The bounds and URL form the field's metadata asks for."""
    at_least, above = f.metadata.get("at_least"), f.metadata.get("above")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value:
            raise ValueError("expected a number, got nan")
        if at_least is not None and value < at_least:
            raise ValueError(f"must be at least {at_least:g}, got {value:g}")
        if above is not None and value <= above:
            raise ValueError(f"must be more than {above:g}, got {value:g}")
    if f.metadata.get("url") and isinstance(value, str):
        _check_url(value)


def _check_url(value: str) -> None:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is not None and parts.scheme in {"http", "https"} and host:
        return
    hint = ""
    if parts is not None and "://" not in value and value.strip() and " " not in value.strip():
        hint = f" (did you mean http://{value.strip()} ?)"
    raise ValueError(f"{value!r} is not an http:// or https:// URL{hint}")


def _convert(f: dataclasses.Field[Any], raw: object) -> object:
    kind = _field_type(f)
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off", ""}:
            return False
        raise ValueError(f"expected true or false, got {raw!r}")
    if isinstance(raw, bool):
        raise ValueError(f"expected {kind.split('|')[0]}, got a boolean")
    if kind == "int":
        if isinstance(raw, int) or re.fullmatch(r"\s*[+-]?\d+\s*", str(raw)):
            return int(str(raw))
        raise ValueError(f"expected a whole number, got {raw!r}")
    if kind == "float":
        try:
            return float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {raw!r}") from None
    if kind.startswith("Path"):
        return Path(str(raw)).expanduser() if raw not in (None, "") else None
    if raw in (None, "") and "None" in kind:
        return None
    if not isinstance(raw, str):
        raise ValueError(f"expected a string, got {type(raw).__name__}")
    return raw


def read_config_file(path: Path) -> dict[str, Any]:
    """The config file's table, or {} when it does not exist; errors name the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    try:
        table = tomllib.loads(data.decode("utf-8-sig"))  # a BOM, as Notepad writes, is fine
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    known = {f.name for f in _fields()}
    by_env = {str(f.metadata["env"]).lower(): f.name for f in _fields() if f.metadata["env"]}
    for key, value in table.items():
        if key in known:
            continue
        if isinstance(value, dict):
            raise ConfigError(
                f"config file {path}: settings are top-level keys (such as base_url = \"...\"), "
                f"not a [{key}] table"
            )
        raise ConfigError(
            f"config file {path}: unknown setting '{key}'{did_you_mean(key, known, by_env)} "
            f"(known: {', '.join(sorted(known))})"
        )
    return table


def load_settings(
    home: str | os.PathLike[str] | None = None,
    overrides: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build the effective settings; `overrides` are command-line flags (None means unset)."""
    env = os.environ if environ is None else environ
    home_path, home_source = resolve_home(home)
    config_file = default_config_file(home_path, home_source)
    table = read_config_file(config_file)
    values: dict[str, object] = {}
    sources = {"home": home_source, "config_file": "env INFOPREP_CONFIG"
               if env.get("INFOPREP_CONFIG") else "default"}
    flags = {k: v for k, v in (overrides or {}).items() if v is not None}
    for f in _fields():
        env_name = f.metadata["env"]
        if f.name in flags:
            values[f.name] = _coerce(f, flags[f.name], "command line")
            sources[f.name] = "flag"
        elif env_name and env.get(env_name) not in (None, ""):
            values[f.name] = _coerce(f, env[env_name], f"environment variable {env_name}")
            sources[f.name] = f"env {env_name}"
        elif f.name in table:
            values[f.name] = _coerce(f, table[f.name], f"config file {config_file}")
            sources[f.name] = "config file"
        else:
            sources[f.name] = "default"
    unknown = set(flags) - {f.name for f in _fields()}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    settings = Settings(home=home_path, config_file=config_file, **values)  # type: ignore[arg-type]
    settings.sources = sources
    return settings
