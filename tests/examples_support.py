"""The bundled example files (examples/) and a workspace researched from them."""

from __future__ import annotations

from pathlib import Path

from infoprep.api import Workspace
from infoprep.profile import load_profile

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NAME, COMPANY = "Jordan Rivera", "Brightline Energy"
REFERRAL_ASK = "Who else would you suggest I talk to?"


def example_workspace(home: Path, *, profile: bool = True) -> Workspace:
    """An offline workspace on `home` with the example profile and Jordan Rivera researched."""
    ws = Workspace(home, offline=True)
    if profile:
        ws.save_profile(load_profile(EXAMPLES / "profile.toml"))
    ws.research(NAME, COMPANY, files=[EXAMPLES / "jordan-rivera"], no_search=True,
                progress=False)
    return ws
