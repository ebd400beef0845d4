"""`infoprep brief NAME`: one printable page to read before the call."""

from __future__ import annotations

import click

__all__ = ["brief"]


@click.command("brief")
@click.argument("name")
@click.option(
    "--minutes", type=click.IntRange(10, 60), default=None,
    help="Length of the call (10-60): the plan fits in it. Default: the scheduled call's "
    "length (`contacts status NAME scheduled --minutes`), else 20.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md",
    show_default=True,
    help="md, html (a self-contained page that prints on one or two A4/Letter pages), or json.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
    help="Write the brief to this file instead of standard output.",
)
@click.pass_context
def brief(
    ctx: click.Context, name: str, minutes: int | None, fmt: str, output: str | None
) -> None:
    """One page to read before your call with NAME.

    Who they are and what their employer does in a few lines, each citing its source; your
    pitch; the time-boxed plan ending with the referral ask; what the research already
    answers, as talking points; and the follow-ups: the thank-you note within the hours
    your settings give (thankyou_hours), the contact's status, and the referrals to record.
    Reuses the latest questions for a call of the same length, else prepares new ones.
    Needs NAME's dossier (`infoprep research NAME --company COMPANY`).
    """
    from pathlib import Path

    from ._common import app_of

    app = app_of(ctx)
    ws = app.workspace()
    app.announce()
    page = ws.brief(name, minutes=minutes).render(fmt)
    if output is None:
        click.echo(page, nl=False)
        return
    target = Path(output)
    target.write_text(page, encoding="utf-8")
    app.info(f"wrote the brief to {target}")
