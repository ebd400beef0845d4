"""`infoprep questions NAME`: tailored questions, the googleable ones dropped, in a plan."""

from __future__ import annotations

import click

__all__ = ["questions"]


@click.command()
@click.argument("name")
@click.option(
    "--minutes", type=click.IntRange(10, 60), default=20, show_default=True,
    help="Length of the call (10-60): the plan fits in it.",
)
@click.option(
    "--count", type=click.IntRange(min=1), default=None,
    help="At most this many questions (the referral ask comes on top).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text",
    show_default=True, help="Output format.",
)
@click.option(
    "--check", "check_file", metavar="FILE", default=None,
    help="Judge your own questions instead, one per line of FILE ('-' for stdin).",
)
@click.option(
    "--verify-with-search", is_flag=True,
    help="Also search the web (your SearXNG instance or Brave) for factual questions the "
    "research leaves open; results are cached, searches bounded.",
)
@click.pass_context
def questions(
    ctx: click.Context,
    name: str,
    minutes: int,
    count: int | None,
    fmt: str,
    check_file: str | None,
    verify_with_search: bool,
) -> None:
    """Questions for your call with NAME that a web search can't answer.

    Drafts questions (with a model, or from the offline bank woven with NAME's research and
    your profile's interests), drops the ones the research already answers, showing the
    source and the exact quote and a question to ask instead, and plans the call to fit
    --minutes: opening, your introduction, the questions, the referral ask, the close.
    A configured model judges which questions the research answers; offline, rules do,
    with a small reading model that ships with infoprep and runs on this computer. Needs
    NAME's dossier (`infoprep research NAME --company COMPANY`); your profile is optional
    (without one, questions are not tailored to your interests).

    \b
    --check FILE judges your own questions, one per line, in order. Every line gets one
    verdict, so the output lines up with the file: a blank line is reported as blank and a
    markdown heading ("# For Jordan") as a heading (neither googleable, no evidence); a
    list marker ("- ", "3. ", "Q3:") is no part of the question; a repeated question is
    judged once and reported on each line where it appears. Leading and trailing spaces
    are ignored.
    """
    from ..errors import InputError
    from ..questions.render import render_check, render_questions
    from ._common import app_of

    app = app_of(ctx)
    ws = app.workspace()
    if check_file is not None:
        try:
            with click.open_file(check_file, "r", encoding="utf-8") as handle:
                lines = handle.read().splitlines()
        except UnicodeDecodeError:
            raise InputError(f"cannot read {check_file}: not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"cannot read {check_file}: {exc.strerror or exc}") from None
        app.announce()
        checked = ws.check_questions(name, lines, verify_with_search=verify_with_search)
        click.echo(render_check(checked, fmt))
        return
    app.announce()
    result = ws.questions(
        name, minutes=minutes, count=count, verify_with_search=verify_with_search
    )
    if not result.profile_used:
        app.info("no profile: questions are not tailored to your interests "
                 "(create one with `infoprep profile init`)")
    click.echo(render_questions(result, fmt))
