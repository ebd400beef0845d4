"""The library's front door: a `Workspace` that the CLI and notebooks call the same way."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .llm import Generator, ModelGateway, make_generator
from .models import Dossier, Draft, Profile
from .profile import load_profile, save_profile
from .prompts import PromptLibrary
from .workspace import Store

if TYPE_CHECKING:
    from .contacts import ContactBook
    from .questions.workflow import CheckResult, QuestionSet

__all__ = ["Workspace"]


class Workspace:
    """One home folder: settings, the workspace database, prompts and the generator.

    `home` defaults to INFOPREP_HOME or the platform's user folder; `offline=True` never
    calls a model; other keyword arguments override settings (e.g. `model="gpt-4o"`).
    """

    def __init__(
        self,
        home: str | os.PathLike[str] | None = None,
        *,
        offline: bool | None = None,
        model: str | None = None,
        settings: Settings | None = None,
        **overrides: Any,
    ) -> None:
        if settings is None:
            settings = load_settings(
                home, overrides={"offline": offline or None, "model": model, **overrides}
            )
        self.settings = settings
        self.prompts = PromptLibrary(settings.prompts_folder)
        self._store: Store | None = None
        self._generator: Generator | None = None

    def __repr__(self) -> str:
        return f"Workspace(home={str(self.settings.home)!r}, generator={self.generator.label!r})"

    @property
    def home(self) -> Path:
        return self.settings.home

    @property
    def store(self) -> Store:
        """The workspace database, opened (and migrated) on first use."""
        if self._store is None:
            self._store = Store(self.settings.paths.database)
        return self._store

    @property
    def generator(self) -> Generator:
        """The model gateway, or the offline generator when no model is configured."""
        if self._generator is None:
            self._generator = make_generator(self.settings, self.prompts)
        return self._generator

    @property
    def contacts(self) -> ContactBook:
        """The networking tracker: contacts, statuses, referrals, follow-ups, import/export."""
        from .contacts import ContactBook

        return ContactBook.from_settings(self.store, self.settings)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if isinstance(self._generator, ModelGateway):
            self._generator.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def profile(self) -> Profile:
        """The user's profile; raises ProfileMissingError saying how to create one."""
        return load_profile(self.settings.paths.profile)

    def save_profile(self, profile: Profile) -> Path:
        """Store the profile (atomically) and return its path."""
        save_profile(profile, self.settings.paths.profile)
        return self.settings.paths.profile

    def draft_intro(self, name: str, channel: str = "email") -> Draft:
        """The outreach message to contact NAME (email, or a LinkedIn note and follow-up)."""
        from .drafts.intro import draft_intro

        return draft_intro(self, name, channel)

    def pitch(self, seconds: float = 30) -> Draft:
        """Your spoken self-introduction, sized for `seconds` at about 150 words a minute."""
        from .drafts.pitch import pitch

        return pitch(self, seconds)

    def draft_thankyou(
        self, name: str, notes: str, channel: str = "email", notes_name: str = "the notes"
    ) -> Draft:
        """The thank-you note to NAME from your notes of the call; logs the call."""
        from .drafts.thankyou import draft_thankyou

        return draft_thankyou(self, name, notes, channel, notes_name)

    def questions(
        self,
        name: str,
        *,
        minutes: int = 20,
        count: int | None = None,
        verify_with_search: bool = False,
    ) -> QuestionSet:
        """Questions for the call with contact `name`: googleable ones dropped with their
        evidence, the rest in a plan that fits `minutes` (10-60). Saved in the workspace."""
        from .questions.workflow import prepare_questions

        return prepare_questions(
            self, name, minutes=minutes, count=count, verify_with_search=verify_with_search
        )

    def check_questions(
        self, name: str, lines: Sequence[str], *, verify_with_search: bool = False
    ) -> CheckResult:
        """Judge the user's own questions (one per line) against `name`'s dossier."""
        from .questions.workflow import check_questions

        return check_questions(self, name, lines, verify_with_search=verify_with_search)
    def research(
        self,
        name: str,
        company: str,
        urls: Sequence[str] = (),
        files: Sequence[str | os.PathLike[str]] = (),
        *,
        no_search: bool = False,
        max_pages: int | None = None,
        refresh: bool = False,
        progress: bool | None = None,
    ) -> Dossier:
        """Research `name` at `company` and save the dossier (the contact is created when new).

        `urls` are pages or sites to read, `files` saved pages, text, Markdown or PDF files
        (or folders of them); `no_search` skips search, Wikipedia, Wikidata and news.
        `progress` draws fetch progress on stderr (default: when stderr is a terminal).
        """
        from .research.pipeline import research

        return research(
            self, name, company, list(urls), [Path(f) for f in files], no_search=no_search,
            max_pages=max_pages, refresh=refresh, progress=progress,
        )

    def dossier(self, name: str) -> Dossier:
        """The saved dossier of a contact (name or #id); NotFoundError when there is none."""
        from .research.pipeline import load

        return load(self, name)
