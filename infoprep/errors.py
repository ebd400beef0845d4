"""The exceptions infoprep raises, one tree the CLI maps to exit codes.

    InfoprepError                 exit 1: nothing useful could be produced
    ├── NotFoundError             exit 1: no such contact, dossier, prompt …
    ├── FetchError                exit 1: a page or service could not be read
    ├── ModelError                exit 1: the model failed after retries
    │   └── ModelOutputError      exit 1: the reply never matched the schema
    └── ConfigError               exit 2: bad usage or configuration
        ├── InputError            exit 2: an unreadable or malformed input file
        ├── ProfileMissingError   exit 2: a command needs the profile
        ├── PromptError           exit 2: your prompt override does not render
        └── ModelConfigError      exit 2: key rejected, model unknown, server down
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FetchError",
    "InfoprepError",
    "InputError",
    "ModelConfigError",
    "ModelError",
    "ModelOutputError",
    "NotFoundError",
    "ProfileMissingError",
    "PromptError",
]


class InfoprepError(Exception):
    """Root of every error infoprep raises on purpose."""

    exit_code = 1


class NotFoundError(InfoprepError):
    """A contact, dossier, prompt or other named thing does not exist."""


class FetchError(InfoprepError):
    """A page or an outside service could not be read."""


class ModelError(InfoprepError):
    """The model failed after the SDK's retries (rate limit, server error, timeout)."""


class ModelOutputError(ModelError):
    """The model's reply did not match the schema, even after one repair attempt."""


class ConfigError(InfoprepError):
    """Bad usage or configuration: the user must change something."""

    exit_code = 2


class InputError(ConfigError):
    """An input file is missing, unreadable or malformed."""


class ProfileMissingError(ConfigError):
    """The command needs the user's profile and there is none."""


class PromptError(ConfigError):
    """A prompt template in your prompts folder cannot be read or rendered."""


class ModelConfigError(ConfigError):
    """The model endpoint refused us: a rejected key, an unknown model, nothing listening."""
