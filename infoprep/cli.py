"""The `infoprep` command: global options, error handling, and the command groups.

Commands live in `infoprep.commands`, one module per group. They parse options, call the
library, and render; this module maps library errors to exit codes (1 nothing useful could be
produced, 2 bad usage or configuration) and keeps tracebacks away unless -v is given.
Nothing heavy is imported here: `infoprep --help` stays fast.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .commands import COMMANDS

if TYPE_CHECKING:
    from .api import Workspace

__all__ = ["AppContext", "Failure", "cli", "main"]

_state = {"verbose": False}


class _StderrFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


class AppContext:
    """What every command gets: the global options and a lazily opened workspace."""

    def __init__(
        self, home: str | None, offline: bool, model: str | None, verbose: bool, quiet: bool
    ) -> None:
        self.home = home
        self.offline = offline
        self.model = model
        self.verbose = verbose
        self.quiet = quiet
        self._workspace: Workspace | None = None
        self._announced = False
        self.command_name = ""

    def workspace(self) -> Workspace:
        if self._workspace is None:
            from .api import Workspace

            self._workspace = Workspace(self.home, offline=self.offline or None, model=self.model)
        return self._workspace

    def info(self, message: str) -> None:
        """A line on stderr, unless -q."""
        if not self.quiet:
            click.echo(message, err=True)

    def announce(self) -> None:
        """Say on stderr which generator this command uses."""
        if not self._announced:
            self._announced = True
            self.info(f"generator: {self.workspace().generator.label}")

    def finish(self) -> None:
        """Record model usage in the ledger and close the workspace."""
        ws = self._workspace
        if ws is None:
            return
        try:
            gen = ws._generator
            if gen is not None and not gen.offline:
                if gen.fell_back:
                    self.info("generator: offline templates (the model failed; see warnings)")
                if gen.usage.calls or gen.usage.cache_hits:
                    ws.store.record_usage(self.command_name, gen.label, gen.usage.as_dict())
                if self.verbose:
                    click.echo(f"usage: {gen.usage.summary()}", err=True)
        finally:
            ws.close()


class Failure(click.ClickException):
    """An error shown as one line, with the exit code the library error calls for."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]


class InfoprepGroup(click.Group):
    """Maps library errors to exit codes; tracebacks only with -v."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import InfoprepError

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except InfoprepError as exc:
            self._trace()
            raise Failure(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise Failure("interrupted: the previous state is intact", 130) from None
        except BrokenPipeError:
            # The reader went away (`infoprep prompts list | head`): stop quietly, like other
            # Unix tools, with SIGPIPE's exit status; nothing more is written to the pipe.
            _silence_stdout()
            raise click.exceptions.Exit(141) from None
        except OSError as exc:
            self._trace()
            where = f" {exc.filename}" if exc.filename else ""
            raise Failure(f"cannot use{where}: {exc.strerror or exc}", 2) from None
        except Exception as exc:
            self._trace()
            raise Failure(
                f"unexpected {type(exc).__name__}: {exc} (run with -v for the traceback)", 1
            ) from None

    @staticmethod
    def _trace() -> None:
        if _state["verbose"]:
            import traceback

            traceback.print_exc()


@click.group(cls=InfoprepGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="infoprep")
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    help="Folder for all state (workspace, caches, prompts). Also INFOPREP_HOME.",
)
@click.option("--offline", is_flag=True, help="Never call a model: use the offline templates.")
@click.option("--model", metavar="NAME", help="Model name. Also INFOPREP_MODEL.")
@click.option("-v", "--verbose", is_flag=True, help="Show progress detail, usage and tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.pass_context
def cli(
    ctx: click.Context, home: str | None, offline: bool, model: str | None, verbose: bool,
    quiet: bool,
) -> None:
    """Prepare for informational interviews.

    Research a professional and their employer, draft questions a web search can't answer,
    draft the outreach message, your self-introduction and the thank-you note, and keep
    track of contacts and follow-ups. Works offline; with OPENAI_API_KEY or OPENAI_BASE_URL
    set, a model writes the drafts.
    """
    _state["verbose"] = verbose
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_StderrFormatter())
    logger = logging.getLogger("infoprep")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    app = AppContext(home, offline, model, verbose, quiet)
    app.command_name = ctx.invoked_subcommand or ""
    ctx.obj = app
    ctx.call_on_close(app.finish)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


for _command in COMMANDS:
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> Any:
    """Entry point for the console script and `python -m infoprep`."""
    return cli.main(args=argv, prog_name="infoprep")
