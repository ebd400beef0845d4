"""Helpers shared by the command modules."""

from __future__ import annotations

import click

from ..cli import AppContext

__all__ = ["app_of"]


def app_of(ctx: click.Context) -> AppContext:
    """The AppContext the top-level group put on the context."""
    obj = ctx.find_root().obj
    assert isinstance(obj, AppContext)
    return obj
