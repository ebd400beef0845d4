"""Fixture people for the draft tests: a profile, a contact and their dossier in the test home."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

from infoprep.api import Workspace
from infoprep.drafts.grounding import Support, unsupported_claims
from infoprep.models import Dossier
from infoprep.records import ensure_contact, save_dossier

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# contact slug -> (the user's profile, the contact's email)
PEOPLE = {
    "maya-chen": ("ana-ruiz", "maya.chen@northwind-health.example"),
    "lena-okafor": ("sam-patel", None),
}


def dossier(slug: str) -> Dossier:
    return Dossier.model_validate(
        json.loads((FIXTURES / "dossiers" / f"{slug}.json").read_text(encoding="utf-8"))
    )


def notes_file(slug: str) -> Path:
    return FIXTURES / "notes" / f"{slug}-call.md"


def set_up(home: Path, slug: str, *, referrer: str | None = None, research: bool = True,
           premium: bool | None = None) -> str:
    """Profile, contact (with email and referrer) and dossier for `slug`; the contact's name."""
    profile_slug, email = PEOPLE[slug]
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "profiles" / f"{profile_slug}.toml", home / "profile.toml")
    if premium is not None:
        text = (home / "profile.toml").read_text(encoding="utf-8")
        text = text.replace("linkedin_premium = true", "linkedin_premium = false")
        text = text.replace("linkedin_premium = false",
                            f"linkedin_premium = {'true' if premium else 'false'}")
        (home / "profile.toml").write_text(text, encoding="utf-8")
    d = dossier(slug)
    with Workspace(home, offline=True) as ws:
        fields: dict[str, object] = {"email": email} if email else {}
        if referrer:
            fields["referred_by"] = ensure_contact(ws.store, referrer).id
        contact = ensure_contact(ws.store, d.person.name, d.company.name, **fields)
        if research:
            save_dossier(ws.store, contact.id, d)
    return d.person.name


@cache
def grounding_benchmark() -> ModuleType:
    """The grounding benchmark, loaded once: its recipient -> writer pairs and how it reads
    its fixture people."""
    path = FIXTURES.parent / "benchmarks" / "grounding.py"
    spec = importlib.util.spec_from_file_location("grounding_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_support(person: str) -> Support:
    """What the grounding check knows for a fixture person of the grounding benchmark
    ("+notes": with the notes of the call)."""
    person, _, notes = person.partition("+")
    support: Support = grounding_benchmark().context(person, bool(notes)).support
    return support


def flagged_against(known: Sequence[str], subjects: Sequence[str],
                    about: Sequence[str] | None = None, said: Sequence[str] = (),
                    dated: Sequence[tuple[str, str]] = ()) -> Callable[[str], list[str]]:
    """The phrases the grounding check flags in a text, against `known` research (and, where
    `about` is given, the user's own texts besides it) about `subjects`; `said`: the notes of
    the call, `dated`: the pages research dates, as (date, text)."""
    support = Support(list(known), about=list(about if about is not None else known),
                      subjects=list(subjects), said=list(said), dated=list(dated))
    return lambda text: [c.phrase for c in unsupported_claims(text, support)]
