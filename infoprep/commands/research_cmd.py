"""`infoprep research NAME --company C`: gather a sourced dossier about a person and employer."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["research"]


@click.command("research")
@click.argument("name")
@click.option("--company", required=True, help="The person's employer.")
@click.option(
    "--url", "urls", multiple=True, metavar="URL",
    help="A page or site to read (repeatable); its site is crawled for about, team, news pages.",
)
@click.option(
    "--file", "files", multiple=True, metavar="PATH", type=click.Path(path_type=Path),
    help="A saved page, text, Markdown or PDF file, or a folder of them (repeatable).",
)
@click.option(
    "--no-search", is_flag=True,
    help="No outside look-ups (search, Wikipedia, Wikidata, news): only --url and --file.",
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), metavar="N",
    help="Pages to read at most (default 25; setting max_pages).",
)
@click.option("--refresh", is_flag=True, help="Fetch pages again instead of using the cache.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text",
    show_default=True, help="Output format.",
)
@click.pass_context
def research(
    ctx: click.Context,
    name: str,
    company: str,
    urls: tuple[str, ...],
    files: tuple[Path, ...],
    no_search: bool,
    max_pages: int | None,
    refresh: bool,
    fmt: str,
) -> None:
    """Research NAME at COMPANY and save the dossier (creates the contact when new).

    Reads the pages you give with --url (and the relevant pages of their sites), the files
    you give with --file, and unless --no-search: Wikipedia, Wikidata, news and configured
    search providers. LinkedIn is never fetched: save the profile as PDF and pass --file.
    """
    from ..research.render import render_dossier
    from ._common import app_of

    app = app_of(ctx)
    ws = app.workspace()
    app.announce()
    dossier = ws.research(
        name, company, urls=list(urls), files=list(files), no_search=no_search,
        max_pages=max_pages, refresh=refresh, progress=False if app.quiet else None,
    )
    app.info(
        f"saved the dossier of {dossier.person.name}: {len(dossier.sources)} sources, "
        f"{len(dossier.facts)} facts, {len(dossier.skipped)} skipped"
    )
    click.echo(render_dossier(dossier, fmt), nl=False)
