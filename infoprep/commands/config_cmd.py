"""`infoprep config show|path`."""

from __future__ import annotations

import click

__all__ = ["config"]


@click.group()
def config() -> None:
    """Show the effective settings and where they come from."""


@config.command("show")
@click.pass_context
def config_show(ctx: click.Context) -> None:
    """Print every setting, its value (secrets masked) and its source.

    Precedence: command-line flags > environment > config file > defaults.
    """
    from ._common import app_of

    settings = app_of(ctx).workspace().settings
    rows = settings.public_items()
    width = max(len(name) for name, _, _ in rows)
    for name, value, source in rows:
        click.echo(f"{name:<{width}}  {value}  [{source}]")


@config.command("path")
@click.pass_context
def config_path(ctx: click.Context) -> None:
    """Print the config file's path (it need not exist yet).

    Works even when the file is broken, so you can find it and fix it.
    """
    from ..paths import default_config_file, resolve_home
    from ._common import app_of

    home, source = resolve_home(app_of(ctx).home)
    click.echo(str(default_config_file(home, source)))
