"""Helpers for tests that drive the CLI through the `run` fixture."""

from __future__ import annotations

from click.testing import Result


def ok(result: Result) -> Result:
    """The result of a command that must succeed; its output shown when it did not."""
    assert result.exit_code == 0, result.output
    return result
