"""`infoprep batch FILE.csv`: research, questions and an intro draft for many contacts."""

from __future__ import annotations

import click

__all__ = ["batch"]


@click.command("batch")
@click.argument("file", metavar="FILE.csv")
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 16), default=2, show_default=True,
    help="Contacts prepared at the same time.",
)
@click.option(
    "--no-search", is_flag=True,
    help="No outside look-ups (search, Wikipedia, Wikidata, news): only each row's urls and "
    "files.",
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), metavar="N",
    help="Pages to read at most per contact (default 25; setting max_pages).",
)
@click.option("--force", is_flag=True, help="Prepare every row again, finished ones included.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="The summary's format.",
)
@click.pass_context
def batch(
    ctx: click.Context, file: str, jobs: int, no_search: bool, max_pages: int | None,
    force: bool, fmt: str,
) -> None:
    """Prepare every contact in FILE.csv: research, questions and an intro draft.

    \b
    Columns (header line first, any order):
      name      the person (required)
      company   their employer (required)
      urls      pages or sites to read (optional)
      files     saved pages, text, Markdown or PDF files, or folders (optional)
    Several urls or files in one cell are separated by ';' (spaces then stay inside a
    value) or, without ';', by spaces. Relative file paths are read from FILE.csv's folder
    first, then from the current folder.

    Rows run --jobs at a time with a progress bar on stderr (on a terminal; none with -q).
    Each finished step is saved in the workspace, so an interrupted batch resumes where it
    stopped and a rerun skips finished rows (--force redoes them; changed urls or files
    redo a row). The summary lists each row as found, partial (with what is missing) or
    failed (with why). Exit status 0 unless every row failed (1). Needs your profile, for
    the intro drafts.
    """
    from pathlib import Path

    from ..batching import read_rows, render_report, run_batch
    from ._common import app_of

    app = app_of(ctx)
    rows = read_rows(Path(file))
    ws = app.workspace()
    ws.profile()
    app.announce()
    report = run_batch(
        ws.settings, rows, jobs=jobs, no_search=no_search, max_pages=max_pages, force=force,
        progress=False if app.quiet else None,
    )
    click.echo(render_report(report, fmt), nl=False)
    if report.all_failed:
        ctx.exit(1)
