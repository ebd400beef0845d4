"""The CLI's commands, one module per group. Modules here import only click at load time."""

from __future__ import annotations

from .config_cmd import config
from .profile_cmd import profile
from .prompts_cmd import prompts
from .research_cmd import research

__all__ = ["COMMANDS"]

COMMANDS = [config, profile, prompts, research]
