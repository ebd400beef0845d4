"""Every command documents itself: help text, and `--help` that works."""

from __future__ import annotations

import click
import pytest

from infoprep.cli import cli


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += commands(command, (*prefix, name))
    return found


ALL = commands(cli)


def test_the_main_commands_are_there() -> None:
    top = {path[0] for path in ALL}
    assert {"batch", "brief", "research", "questions", "draft-intro", "draft-thankyou",
            "pitch", "contacts", "profile", "prompts", "config"} <= top


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_has_help(run, path: tuple[str, ...]) -> None:
    command: click.Command = cli
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    assert command.help and len(command.help.split()) >= 4, path
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    assert f"Usage: infoprep {' '.join(path)}" in result.output
    first = command.help.strip().splitlines()[0].strip()
    assert first[:40] in " ".join(result.output.split())
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden and param.name != "help":
            assert param.help, f"{' '.join(path)} {param.opts[0]} has no help"
