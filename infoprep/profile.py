"""The user's profile: TOML under the home, validated with errors that name the key."""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputError, ProfileMissingError
from .models import Profile
from .suggest import did_you_mean

__all__ = ["dump_profile", "load_profile", "parse_profile", "save_profile"]


def parse_profile(data: dict[str, Any], where: str) -> Profile:
    """Validate a profile table; the error names the file and the key."""
    known = set(Profile.model_fields)
    for key in data:
        if key not in known:
            raise InputError(f"{where}: unknown key '{key}'{did_you_mean(key, known)} "
                             f"(known: {', '.join(sorted(known))})")
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(profile)"
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "list_type":
            message += f' such as {key} = ["first", "second"]'
        raise InputError(f"{where}: key '{key}': {message}") from None


def read_profile_file(path: Path) -> Profile:
    """Read and validate a profile TOML file."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM, as Notepad writes, is fine
    except FileNotFoundError:
        raise InputError(f"profile file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read profile file {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"profile file {path} is not valid TOML: {exc}") from None
    return parse_profile(data, f"profile file {path}")


def load_profile(path: Path) -> Profile:
    """The saved profile, or an error that says how to create one."""
    if not path.exists():
        raise ProfileMissingError(
            "no profile yet: run `infoprep profile init` (or `infoprep profile init --from FILE`)"
        )
    return read_profile_file(path)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def dump_profile(profile: Profile) -> str:
    """The profile as TOML, keys in their documented order."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in profile.model_dump().items()]
    return "\n".join(lines) + "\n"


def save_profile(profile: Profile, path: Path) -> None:
    """Write atomically: a crash leaves the old profile, never half a new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".profile-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(dump_profile(profile))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
