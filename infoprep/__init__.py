"""infoprep: prepare for informational interviews.

    >>> import infoprep
    >>> ws = infoprep.Workspace(offline=True)

Heavy modules load on first use, so `import infoprep` and `infoprep --help` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Check",
    "Company",
    "Dossier",
    "Draft",
    "Evidence",
    "Fact",
    "InfoprepError",
    "Person",
    "Profile",
    "Question",
    "Source",
    "Verdict",
    "Workspace",
    "__version__",
]

_LAZY = {
    "Workspace": "infoprep.api",
    "InfoprepError": "infoprep.errors",
    **{
        name: "infoprep.models"
        for name in (
            "Check", "Company", "Dossier", "Draft", "Evidence", "Fact", "Person", "Profile",
            "Question", "Source", "Verdict",
        )
    },
}

if TYPE_CHECKING:
    from .api import Workspace
    from .errors import InfoprepError
    from .models import (
        Check,
        Company,
        Dossier,
        Draft,
        Evidence,
        Fact,
        Person,
        Profile,
        Question,
        Source,
        Verdict,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'infoprep' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
