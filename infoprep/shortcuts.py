"""Module-level shortcuts: `infoprep.research(...)` is `Workspace.research` on a default workspace.

The default workspace opens on first use with the home from settings (INFOPREP_HOME, else the
platform's user folder); `use(home, offline=True)` replaces it. `research`, `questions` and
`contacts` share their names with subpackages, so those subpackages are made callable
(`callable_package`): `infoprep.research(...)` works whether or not `infoprep.research.pipeline`
has been imported. Only the standard library is imported here, so `import infoprep` stays light.
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import Workspace
    from .batching import BatchReport, BatchRow
    from .briefing import Brief
    from .models import Dossier, Draft
    from .questions.workflow import CheckResult

__all__ = [
    "batch",
    "brief",
    "callable_package",
    "check_questions",
    "default_workspace",
    "dossier",
    "draft_intro",
    "draft_thankyou",
    "pitch",
    "use",
]

_lock = threading.Lock()
_default: Workspace | None = None


def use(
    home: str | os.PathLike[str] | None = None, *, offline: bool | None = None, **settings: Any
) -> Workspace:
    """Make a workspace on `home` the default one for the module-level shortcuts; returns it.

    `offline=True` never calls a model; other keywords override settings (`model="gpt-4o"`).
    """
    from .api import Workspace

    global _default
    workspace = Workspace(home, offline=offline, **settings)
    with _lock:
        previous, _default = _default, workspace
    if previous is not None:
        previous.close()
    return workspace


def default_workspace() -> Workspace:
    """The workspace the shortcuts use: the last `use(...)`, else one on the default home."""
    global _default
    with _lock:
        if _default is None:
            from .api import Workspace

            _default = Workspace()
        return _default


def _call(method: str, *args: Any, **kwargs: Any) -> Any:
    return getattr(default_workspace(), method)(*args, **kwargs)


def dossier(name: str) -> Dossier:
    """The saved dossier of contact `name` (or `#id`) in the default workspace."""
    return _call("dossier", name)  # type: ignore[no-any-return]


def check_questions(name: str, lines: str | Sequence[str], **kwargs: Any) -> CheckResult:
    """Judge your own questions (a list, or text with one per line) against `name`'s dossier."""
    return _call("check_questions", name, lines, **kwargs)  # type: ignore[no-any-return]


def draft_intro(name: str, channel: str = "email") -> Draft:
    """The outreach message to `name` (email, or linkedin) from the default workspace."""
    return _call("draft_intro", name, channel)  # type: ignore[no-any-return]


def pitch(seconds: float = 30) -> Draft:
    """Your spoken self-introduction, sized for `seconds`."""
    return _call("pitch", seconds)  # type: ignore[no-any-return]


def draft_thankyou(
    name: str, notes: str | os.PathLike[str], channel: str = "email"
) -> Draft:
    """The thank-you note to `name` from your notes of the call (their text, or a Path)."""
    return _call("draft_thankyou", name, notes, channel)  # type: ignore[no-any-return]


def brief(name: str, *, minutes: int | None = None) -> Brief:
    """The one-page brief to read before the call with `name`."""
    return _call("brief", name, minutes=minutes)  # type: ignore[no-any-return]


def batch(rows: str | os.PathLike[str] | Sequence[BatchRow], **kwargs: Any) -> BatchReport:
    """Research, questions and an intro for each row of a CSV file (or list of `BatchRow`)."""
    return _call("batch", rows, **kwargs)  # type: ignore[no-any-return]


class _CallablePackage(types.ModuleType):
    """A subpackage that also runs the Workspace method of the same name when called."""

    _shortcut: str

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        target = getattr(default_workspace(), self._shortcut)
        return target(*args, **kwargs) if callable(target) else target

    @property
    def __signature__(self) -> inspect.Signature:
        from .api import Workspace

        member = getattr(Workspace, self._shortcut)
        if isinstance(member, property):
            assert member.fget is not None
            returns = inspect.signature(member.fget).return_annotation
            return inspect.Signature(return_annotation=returns)
        signature = inspect.signature(member)
        return signature.replace(parameters=list(signature.parameters.values())[1:])


def callable_package(module_name: str, shortcut: str) -> None:
    """Make the (already imported) package `module_name` callable as `Workspace.<shortcut>`."""
    module = sys.modules[module_name]
    module.__class__ = _CallablePackage
    module._shortcut = shortcut  # type: ignore[attr-defined]

