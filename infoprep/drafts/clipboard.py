"""Copy text to the clipboard with the platform's own tool, when there is one."""

from __future__ import annotations

import shutil
import subprocess
import sys

__all__ = ["copy_text"]

_TOOLS = [
    ["pbcopy"],
    ["wl-copy"],
    ["xclip", "-selection", "clipboard"],
    ["xsel", "--clipboard", "--input"],
    ["clip"],
]


def copy_text(text: str) -> str | None:
    """Copy `text`; the tool used, or None when the platform has none (or it failed)."""
    for command in _TOOLS:
        if command[0] == "clip" and sys.platform != "win32":
            continue
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, input=text.encode("utf-8"), check=True, timeout=5,
                           capture_output=True)
        except (OSError, subprocess.SubprocessError):
            continue
        return command[0]
    return None
