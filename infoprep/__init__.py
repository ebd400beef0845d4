"""infoprep: prepare for informational interviews, from a notebook or a script.

A `Workspace` is one home folder (the contacts database, caches, your profile). Everything
works offline; with OPENAI_API_KEY or OPENAI_BASE_URL set, a model writes the drafts.

    import infoprep
    from pathlib import Path

    ws = infoprep.Workspace("~/prep", offline=True)      # home=None: INFOPREP_HOME
    ws.save_profile(infoprep.Profile(name="Maya Okafor", goals="..."))
    ws.save_profile("examples/profile.toml")             # or a TOML file, checked key by key
    dossier = ws.research("Jordan Rivera", "Brightline Energy",
                          files=["examples/jordan-rivera"], no_search=True)
    dossier.facts[0].quote                  # every fact keeps its source and exact quote
    qs = ws.questions("Jordan Rivera", minutes=20)
    for question in qs:                     # the kept ones, the referral ask last
        print(question.text)
    qs.dropped                              # the googleable ones, with their evidence
    ws.check_questions("Jordan Rivera", ["When was Brightline founded?"])
    print(ws.draft_intro("Jordan Rivera"))  # subject and body; .checks, .to_dict()
    Path("brief.html").write_text(ws.brief("Jordan Rivera").render("html"))
    ws.draft_thankyou("Jordan Rivera", Path("examples/call-notes.md"))
    ws.contacts.due()                       # follow-ups that need doing now

Errors are exceptions under `infoprep.InfoprepError`: `ProfileMissingError` (no profile yet),
`NotFoundError` (no such contact or dossier), `InputError` (an unreadable or malformed file),
`ConfigError` (a bad setting or argument), `PromptError` (your prompt override does not
render), `ModelConfigError` (the model server refused the key, model or URL), `ModelError`
(the model failed after retries; drafts fall back to the offline templates) and `FetchError`.

Results display in Jupyter (Markdown or HTML), convert with `.to_dict()` / `.to_json()`,
and sync calls work inside a running event loop. Each call has an async twin:
`await ws.research_async(...)`, `await ws.questions_async(...)`, `await ws.brief_async(...)`.

Module-level shortcuts run on a default workspace (the home from settings, or the one
`infoprep.use(home, offline=True)` set): `infoprep.research(...)`, `infoprep.questions(...)`,
`infoprep.draft_intro(...)`, `infoprep.brief(...)`, `infoprep.contacts()` ...

Heavy modules load on first use, so `import infoprep` and `infoprep --help` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "BatchReport",
    "BatchRow",
    "Brief",
    "Check",
    "CheckResult",
    "Company",
    "ConfigError",
    "ContactBook",
    "Dossier",
    "Draft",
    "Evidence",
    "Fact",
    "FetchError",
    "InfoprepError",
    "InputError",
    "ModelConfigError",
    "ModelError",
    "ModelOutputError",
    "NotFoundError",
    "Person",
    "Profile",
    "ProfileMissingError",
    "PromptError",
    "Question",
    "QuestionSet",
    "Source",
    "Verdict",
    "Workspace",
    "__version__",
    "batch",
    "brief",
    "check_questions",
    "contacts",
    "default_workspace",
    "dossier",
    "draft_intro",
    "draft_thankyou",
    "pitch",
    "questions",
    "research",
    "use",
]

_LAZY = {
    "Workspace": "infoprep.api",
    **{
        name: "infoprep.errors"
        for name in (
            "ConfigError", "FetchError", "InfoprepError", "InputError", "ModelConfigError",
            "ModelError", "ModelOutputError", "NotFoundError", "ProfileMissingError",
            "PromptError",
        )
    },
    "BatchReport": "infoprep.batching",
    "BatchRow": "infoprep.batching",
    "Brief": "infoprep.briefing",
    "CheckResult": "infoprep.questions.workflow",
    "QuestionSet": "infoprep.questions.workflow",
    "ContactBook": "infoprep.contacts",
    **{
        name: "infoprep.models"
        for name in (
            "Check", "Company", "Dossier", "Draft", "Evidence", "Fact", "Person", "Profile",
            "Question", "Source", "Verdict",
        )
    },
    **{
        name: "infoprep.shortcuts"
        for name in (
            "batch", "brief", "check_questions", "default_workspace", "dossier", "draft_intro",
            "draft_thankyou", "pitch", "use",
        )
    },
}
# Subpackages that are also callable shortcuts (see infoprep.shortcuts).
_CALLABLE_PACKAGES = ("contacts", "questions", "research")

if TYPE_CHECKING:
    from .api import Workspace
    from .batching import BatchReport, BatchRow
    from .briefing import Brief
    from .contacts import ContactBook
    from .errors import (
        ConfigError,
        FetchError,
        InfoprepError,
        InputError,
        ModelConfigError,
        ModelError,
        ModelOutputError,
        NotFoundError,
        ProfileMissingError,
        PromptError,
    )
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
    from .questions.workflow import CheckResult, QuestionSet
    from .shortcuts import (
        batch,
        brief,
        check_questions,
        default_workspace,
        dossier,
        draft_intro,
        draft_thankyou,
        pitch,
        use,
    )


def __getattr__(name: str) -> Any:
    import importlib

    if name in _CALLABLE_PACKAGES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'infoprep' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
