"""`infoprep prompts list|show|path`."""

from __future__ import annotations

import click

__all__ = ["prompts"]


@click.group()
def prompts() -> None:
    """The Jinja2 prompt templates: yours (in the prompts folder) first, then the packaged ones.

    Copy a packaged prompt into the folder that `infoprep prompts path` prints and edit it
    there to change what infoprep asks the model or writes offline.
    """


@prompts.command("list")
@click.pass_context
def prompts_list(ctx: click.Context) -> None:
    """List prompt names and whether yours or the packaged one is used."""
    from ._common import app_of

    for info in app_of(ctx).workspace().prompts.list():
        click.echo(f"{info.name}\t{info.origin}\t{info.path}")


@prompts.command("show")
@click.argument("name")
@click.pass_context
def prompts_show(ctx: click.Context, name: str) -> None:
    """Print the template NAME as it will be used."""
    from ._common import app_of

    click.echo(app_of(ctx).workspace().prompts.source(name), nl=False)


@prompts.command("path")
@click.pass_context
def prompts_path(ctx: click.Context) -> None:
    """Print the folder for your own prompt templates."""
    from ._common import app_of

    click.echo(str(app_of(ctx).workspace().settings.prompts_folder))
