"""Preparing many contacts: research, questions and an intro draft per row, a few at a time.

Each worker opens its own connection to the workspace (SQLite in WAL mode, one transaction
per change), so rows run side by side. Every finished step is recorded at once (`batch_rows`):
an interrupted or failed batch resumes where it stopped, and a rerun skips finished rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING

from ..errors import InfoprepError
from .progress import BatchProgress
from .report import BatchReport, RowResult
from .rows import BatchRow
from .state import RowState, load_state, save_state

if TYPE_CHECKING:
    from ..api import Workspace
    from ..config import Settings

__all__ = ["run_batch"]

MAX_JOBS = 16


def run_batch(
    settings: Settings,
    rows: Sequence[BatchRow],
    *,
    jobs: int = 2,
    no_search: bool = False,
    max_pages: int | None = None,
    force: bool = False,
    progress: bool | None = None,
    clock: Callable[[], date] | None = None,
) -> BatchReport:
    """Prepare every row, `jobs` rows at a time; the report lists rows in input order.

    Needs the user's profile (for the intro drafts): ProfileMissingError before any work.
    `clock` gives today's date, as for `Workspace`.
    """
    from ..api import Workspace
    from ..errors import ConfigError

    if not 1 <= jobs <= MAX_JOBS:
        raise ConfigError(f"--jobs must be between 1 and {MAX_JOBS}, not {jobs}")
    with Workspace(settings=settings, clock=clock) as ws:
        ws.profile()
        ws.recency()  # a bad news_months setting stops the batch before any work
        ws.store  # noqa: B018 - migrate once here, not in every worker at the same moment
    started = time.perf_counter()
    bar = BatchProgress(len(rows), enabled=progress)
    first_line: dict[str, int] = {}
    results: dict[int, RowResult] = {}
    work: list[tuple[int, BatchRow]] = []
    for index, row in enumerate(rows):
        if row.problem:
            work.append((index, row))
            continue
        if row.name and row.company and row.key in first_line:
            results[index] = RowResult(row.line, row.name, row.company, "skipped",
                                       f"same person as line {first_line[row.key]}")
            bar.finished(row.name, "skipped")
            continue
        first_line.setdefault(row.key, row.line)
        work.append((index, row))

    stop = threading.Event()

    def one(item: tuple[int, BatchRow]) -> tuple[int, RowResult]:
        index, row = item
        result = prepare_row(settings, row, no_search=no_search, max_pages=max_pages,
                             force=force, progress=bar, stop=stop, clock=clock)
        bar.finished(row.name or f"line {row.line}", result.status)
        return index, result

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="infoprep-batch")
    try:
        for index, result in pool.map(one, work):
            results[index] = result
    except BaseException:
        # Ctrl-C: rows not started stay as they were; started ones stop after their step.
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown()
        bar.close()
    return BatchReport([results[i] for i in range(len(rows))],
                       time.perf_counter() - started, jobs)


def prepare_row(
    settings: Settings,
    row: BatchRow,
    *,
    no_search: bool = False,
    max_pages: int | None = None,
    force: bool = False,
    progress: BatchProgress | None = None,
    stop: threading.Event | None = None,
    clock: Callable[[], date] | None = None,
) -> RowResult:
    """One row, resuming after the steps an earlier run finished; `stop` set ends it after
    the step under way (what is done stays saved)."""
    from ..api import Workspace

    started = time.perf_counter()
    result = RowResult(row.line, row.name, row.company, "failed")
    if row.problem:
        result.reason = row.problem
        return result
    missing = [what for what, value in (("name", row.name), ("company", row.company))
               if not value]
    if missing:
        result.reason = f"no {' and no '.join(missing)} on this line"
        return result
    with Workspace(settings=settings, clock=clock) as ws:
        state = load_state(ws.store, row.key)
        if state is not None and (force or state.inputs != row.inputs()):
            state = None
        if state is not None and state.finished:
            _fill(result, state)
            result.status = "skipped"
            result.reason = f"done before ({state.status}" + (
                f": {state.reason})" if state.reason else ")")
            return result
        state = state or RowState(row.key, row.inputs(), row.name, row.company)
        _steps(ws, row, state, no_search=no_search, max_pages=max_pages, progress=progress,
               stop=stop or threading.Event())
    _fill(result, state)
    result.status, result.reason = state.status, state.reason
    result.seconds = time.perf_counter() - started
    return result


def _fill(result: RowResult, state: RowState) -> None:
    result.contact_id = state.contact_id
    for name in ("sources", "facts", "questions", "dropped"):
        setattr(result, name, int(state.detail.get(name, 0)))
    result.intro = "intro" in state.done


def _failure(step: str, exc: Exception) -> str:
    if isinstance(exc, InfoprepError):
        return f"{step}: {exc}"
    return f"{step}: unexpected {type(exc).__name__}: {exc}"


def _steps(
    ws: Workspace,
    row: BatchRow,
    state: RowState,
    *,
    no_search: bool,
    max_pages: int | None,
    progress: BatchProgress | None,
    stop: threading.Event,
) -> None:
    """Run the steps not done yet, saving the state after each one."""
    from ..records import find_contact

    problems: list[str] = []
    warnings: list[str] = []
    ref = f"#{state.contact_id}" if state.contact_id else row.name
    if "research" not in state.done:
        if progress:
            progress.step(row.name, "research")
        try:
            dossier = ws.research(row.name, row.company, row.urls, row.files,
                                  no_search=no_search, max_pages=max_pages, progress=False)
        except Exception as exc:
            state.status, state.reason = "failed", _failure("research", exc)
            save_state(ws.store, state)
            return
        contact = find_contact(ws.store, row.name)
        state.contact_id = contact.id if contact else None
        ref = f"#{state.contact_id}"
        state.done.append("research")
        state.detail.update(sources=len(dossier.sources), facts=len(dossier.facts),
                            person_facts=len(dossier.facts_about("person")))
        state.status, state.reason = "partial", "stopped after the research"
        save_state(ws.store, state)
    if not state.detail.get("person_facts"):
        warnings.append(f"nothing about {row.name} themself, only about the employer")
    if stop.is_set():
        return
    if "questions" not in state.done:
        if progress:
            progress.step(row.name, "questions")
        try:
            found = ws.questions(ref)
        except Exception as exc:
            problems.append(_failure("questions", exc))
        else:
            state.done.append("questions")
            state.detail.update(questions=len(found.kept), dropped=len(found.dropped))
            save_state(ws.store, state)
    if stop.is_set():
        state.status, state.reason = "partial", "stopped after the questions"
        save_state(ws.store, state)
        return
    if "intro" not in state.done:
        if progress:
            progress.step(row.name, "intro")
        try:
            draft = ws.draft_intro(ref)
        except Exception as exc:
            problems.append(_failure("intro", exc))
        else:
            state.done.append("intro")
            failed = [c.name for c in draft.checks if not c.ok]
            state.detail["intro_failed_checks"] = failed
    failed_checks = state.detail.get("intro_failed_checks") or []
    if failed_checks:
        warnings.append(f"intro: check(s) failed ({', '.join(failed_checks)})")
    reasons = problems + warnings
    state.status = "partial" if reasons else "found"
    state.reason = "; ".join(reasons)
    save_state(ws.store, state)
