"""The library's front door: a `Workspace` that the CLI and notebooks call the same way."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .dates import Recency, today
from .llm import Generator, ModelGateway, make_generator
from .models import Dossier, Draft, Profile
from .profile import load_profile, save_profile
from .prompts import PromptLibrary
from .workspace import Store

if TYPE_CHECKING:
    from .batching import BatchReport, BatchRow
    from .briefing import Brief
    from .contacts import ContactBook
    from .questions.workflow import CheckResult, QuestionSet

__all__ = ["Workspace"]


class Workspace:
    """One home folder: settings, the workspace database, prompts and the generator.

    `home` defaults to INFOPREP_HOME or the platform's user folder; `offline=True` never
    calls a model; other keyword arguments override settings (e.g. `model="gpt-4o"`).
    `clock` gives today's date (default: the system clock, UTC): how old news is, and
    whether a draft may call it recent, is measured from it.

    The steps, in the order of an informational interview:
    `research` -> Dossier, `questions` -> QuestionSet (and `check_questions` -> CheckResult),
    `draft_intro` / `pitch` / `draft_thankyou` -> Draft, `brief` -> Brief, `contacts` (the
    tracker), `batch` for many contacts. Each step has an `..._async` twin; the sync calls
    also work inside a running event loop. Contacts are named by name or `#id`.
    """

    def __init__(
        self,
        home: str | os.PathLike[str] | None = None,
        *,
        offline: bool | None = None,
        model: str | None = None,
        settings: Settings | None = None,
        clock: Callable[[], date] | None = None,
        **overrides: Any,
    ) -> None:
        if settings is None:
            settings = load_settings(
                home, overrides={"offline": offline or None, "model": model, **overrides}
            )
        self.settings = settings
        self.clock = clock
        self.prompts = PromptLibrary(settings.prompts_folder)
        self._store: Store | None = None
        self._generator: Generator | None = None

    def __repr__(self) -> str:
        return f"Workspace(home={str(self.settings.home)!r}, generator={self.generator.label!r})"

    def today(self) -> date:
        """Today's date by this workspace's clock."""
        return (self.clock or today)()

    def recency(self) -> Recency:
        """How old dated items (news, talks, posts) are, by today and `news_months`."""
        return Recency(self.today(), self.settings.recency_months)

    @property
    def home(self) -> Path:
        """The folder holding this workspace's state."""
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
        """Close the database and the model client (the workspace reopens them on use)."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if isinstance(self._generator, ModelGateway):
            self._generator.close()

    def __enter__(self) -> Workspace:
        """`with Workspace(...) as ws:` closes it at the end."""
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def profile(self) -> Profile:
        """The user's profile; raises ProfileMissingError saying how to create one."""
        return load_profile(self.settings.paths.profile)

    def save_profile(self, profile: Profile | str | os.PathLike[str]) -> Path:
        """Store the profile (atomically) and return its path.

        `profile` is a Profile, or the path of a TOML file with its keys (what
        `infoprep profile init --from FILE` reads); a bad file raises InputError naming the
        key, and the stored profile stays as it was.
        """
        if not isinstance(profile, Profile):
            from .profile import read_profile_file

            profile = read_profile_file(Path(profile).expanduser())
        save_profile(profile, self.settings.paths.profile)
        return self.settings.paths.profile

    def research(
        self,
        name: str,
        company: str,
        urls: Sequence[str] = (),
        files: Sequence[str | os.PathLike[str]] | os.PathLike[str] = (),
        *,
        no_search: bool = False,
        max_pages: int | None = None,
        refresh: bool = False,
        progress: bool | None = None,
    ) -> Dossier:
        """Research `name` at `company` and save the dossier (the contact is created when new).

        `urls` are pages or sites to read, `files` saved pages, text, Markdown or PDF files
        (or folders of them), each a list or a single one; `no_search` skips search,
        Wikipedia, Wikidata and news.
        `progress` draws fetch progress on stderr (default: when stderr is a terminal).
        Works inside a running event loop (a notebook cell); `research_async` awaits instead.
        """
        from .research.pipeline import research

        return research(
            self, name, company, _many(urls), [Path(f) for f in _many(files)],
            no_search=no_search, max_pages=max_pages, refresh=refresh, progress=progress,
        )

    async def research_async(
        self,
        name: str,
        company: str,
        urls: Sequence[str] = (),
        files: Sequence[str | os.PathLike[str]] | os.PathLike[str] = (),
        *,
        no_search: bool = False,
        max_pages: int | None = None,
        refresh: bool = False,
        progress: bool | None = None,
    ) -> Dossier:
        """`research` on the running event loop: `dossier = await ws.research_async(...)`."""
        from .research.pipeline import research_async

        return await research_async(
            self, name, company, _many(urls), [Path(f) for f in _many(files)],
            no_search=no_search, max_pages=max_pages, refresh=refresh, progress=progress,
        )

    def dossier(self, name: str) -> Dossier:
        """The saved dossier of a contact (name or #id); NotFoundError when there is none."""
        from .research.pipeline import load

        return load(self, name)

    def questions(
        self,
        name: str,
        *,
        minutes: int = 20,
        count: int | None = None,
        verify_with_search: bool = False,
    ) -> QuestionSet:
        """Questions for the call with contact `name`: googleable ones dropped with their
        evidence, the rest in a plan that fits `minutes` (10-60). Saved in the workspace.

        `count` caps the questions (the referral ask comes on top); `verify_with_search`
        also asks your search provider about factual questions the research leaves open.
        Iterate the result for the kept questions; `.dropped` holds the verdicts.
        """
        from .questions.workflow import prepare_questions

        return prepare_questions(
            self, name, minutes=minutes, count=count, verify_with_search=verify_with_search
        )

    async def questions_async(
        self,
        name: str,
        *,
        minutes: int = 20,
        count: int | None = None,
        verify_with_search: bool = False,
    ) -> QuestionSet:
        """`questions` without blocking the event loop."""
        return await self._off_loop(  # type: ignore[no-any-return]
            "questions", name, minutes=minutes, count=count,
            verify_with_search=verify_with_search,
        )

    def check_questions(
        self, name: str, lines: str | Sequence[str], *, verify_with_search: bool = False
    ) -> CheckResult:
        """Judge your own questions against `name`'s dossier: one verdict per line, in order.

        `lines` is a list of questions, or text with one question per line.
        """
        from .questions.workflow import check_questions

        if isinstance(lines, str):
            lines = lines.splitlines()
        return check_questions(self, name, lines, verify_with_search=verify_with_search)

    async def check_questions_async(
        self, name: str, lines: str | Sequence[str], *, verify_with_search: bool = False
    ) -> CheckResult:
        """`check_questions` without blocking the event loop."""
        return await self._off_loop(  # type: ignore[no-any-return]
            "check_questions", name, lines, verify_with_search=verify_with_search
        )

    def draft_intro(self, name: str, channel: str = "email") -> Draft:
        """The outreach message to contact `name`: `channel` "email", or "linkedin" (a
        connection note, with the follow-up message in `.follow_up`). Saved; needs a profile."""
        from .drafts.intro import draft_intro

        return draft_intro(self, name, channel)

    async def draft_intro_async(self, name: str, channel: str = "email") -> Draft:
        """`draft_intro` without blocking the event loop."""
        return await self._off_loop("draft_intro", name, channel)  # type: ignore[no-any-return]

    def pitch(self, seconds: float = 30) -> Draft:
        """Your spoken self-introduction, sized for `seconds` at about 150 words a minute."""
        from .drafts.pitch import pitch

        return pitch(self, seconds)

    async def pitch_async(self, seconds: float = 30) -> Draft:
        """`pitch` without blocking the event loop."""
        return await self._off_loop("pitch", seconds)  # type: ignore[no-any-return]

    def draft_thankyou(
        self,
        name: str,
        notes: str | os.PathLike[str],
        channel: str = "email",
        notes_name: str | None = None,
    ) -> Draft:
        """The thank-you note to `name` from your notes of the call; logs the call.

        `notes` is the notes' text, or a Path to read them from (UTF-8).
        """
        from .drafts.thankyou import draft_thankyou
        from .errors import InputError

        if not isinstance(notes, str):
            path = Path(notes)
            notes_name = notes_name or f"notes file {path}"
            try:
                notes = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read notes file {path}: {exc}") from None
        if not notes.strip():
            raise InputError(f"{notes_name or 'the notes'} is empty: "
                             "write down what you talked about first")
        return draft_thankyou(self, name, notes, channel, notes_name or "the notes")

    async def draft_thankyou_async(
        self,
        name: str,
        notes: str | os.PathLike[str],
        channel: str = "email",
        notes_name: str | None = None,
    ) -> Draft:
        """`draft_thankyou` without blocking the event loop."""
        return await self._off_loop(  # type: ignore[no-any-return]
            "draft_thankyou", name, notes, channel, notes_name
        )

    def brief(self, name: str, *, minutes: int | None = None) -> Brief:
        """The one page to read before the call with `name`: who they are (sourced), your
        pitch, the time-boxed plan with the referral ask, talking points and the follow-ups.

        `minutes` defaults to the scheduled call's length (within 10-60), else 20. Reuses the
        latest saved questions for a call of `minutes` when the dossier has not changed
        since, else prepares new ones. `.render("html")` gives a printable page.
        """
        from .briefing import build_brief

        return build_brief(self, name, minutes=minutes)

    async def brief_async(self, name: str, *, minutes: int | None = None) -> Brief:
        """`brief` without blocking the event loop."""
        return await self._off_loop("brief", name, minutes=minutes)  # type: ignore[no-any-return]

    def batch(
        self,
        rows: str | os.PathLike[str] | Sequence[BatchRow],
        *,
        jobs: int = 2,
        no_search: bool = False,
        max_pages: int | None = None,
        force: bool = False,
        progress: bool | None = None,
    ) -> BatchReport:
        """Research, questions and an intro draft for many contacts, `jobs` at a time.

        `rows` is a CSV file (columns name, company, and optional urls and files) or a list
        of `BatchRow`. Resumable: rows finished before are skipped unless `force`.
        """
        from .batching import read_rows, run_batch

        if isinstance(rows, (str, os.PathLike)):
            rows = read_rows(Path(rows))
        return run_batch(
            self.settings, list(rows), jobs=jobs, no_search=no_search, max_pages=max_pages,
            force=force, progress=progress, clock=self.clock,
        )

    async def _off_loop(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Run a method in a worker thread on its own connection to this workspace."""

        def work() -> Any:
            with Workspace(settings=self.settings, clock=self.clock) as other:
                return getattr(other, method)(*args, **kwargs)

        return await asyncio.to_thread(work)


def _many(items: Any) -> list[Any]:
    """A list of URLs or paths; a single string or path is one item, not its characters."""
    if isinstance(items, (str, os.PathLike)):
        return [items]
    return list(items)
