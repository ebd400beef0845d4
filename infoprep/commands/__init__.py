"""The CLI's commands, one module per group. Modules here import only click at load time."""

from __future__ import annotations

from .batch_cmd import batch
from .brief_cmd import brief
from .config_cmd import config
from .contacts_cmd import contacts
from .drafts_cmd import draft_intro, draft_thankyou, pitch
from .profile_cmd import profile
from .prompts_cmd import prompts
from .questions_cmd import questions
from .research_cmd import research

__all__ = ["COMMANDS"]

COMMANDS = [
    batch, brief, config, contacts, draft_intro, draft_thankyou, pitch, profile, prompts,
    questions, research,
]
