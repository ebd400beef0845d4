"""`infoprep draft-intro`, `infoprep draft-thankyou` and `infoprep pitch`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ..cli import AppContext
    from ..contacts import Contact, ContactBook

__all__ = ["draft_intro", "draft_thankyou", "pitch"]

_FORMATS = click.Choice(["text", "json", "eml"])
_CHANNELS = click.Choice(["email", "linkedin"])


def _emit(ctx: click.Context, draft: object, fmt: str, copy: bool, seconds: float = 30) -> None:
    """Print the draft in `fmt`, warn about failed checks, copy it if asked."""
    from ..drafts.render import render_eml, render_json, render_text
    from ..drafts.rules import limits_for
    from ..models import Draft
    from ._common import app_of

    assert isinstance(draft, Draft)
    app = app_of(ctx)
    ws = app.workspace()
    if fmt == "json":
        click.echo(render_json(draft), nl=False)
    elif fmt == "eml":
        click.echo(render_eml(draft, ws.profile()), nl=False)
    else:
        from ..drafts.context import DraftContext

        limits = limits_for(draft, DraftContext(ws.profile()), seconds)
        click.echo(render_text(draft, limits.max_chars), nl=False)
    failed = [c for c in draft.checks if not c.ok]
    if failed:
        app.info(
            f"warning: {len(failed)} check(s) failed ({', '.join(c.name for c in failed)}): "
            "fix the draft before you send it"
        )
    if copy:
        from ..drafts.clipboard import copy_text

        where = copy_text(draft.body)
        app.info(f"copied the {'note' if draft.follow_up is not None else 'message'} "
                 f"to the clipboard ({where})" if where else
                 "warning: no clipboard tool found (pbcopy, wl-copy, xclip, xsel or clip)")


@click.command("draft-intro")
@click.argument("name")
@click.option("--channel", type=_CHANNELS, default="email", show_default=True,
              help="email, or linkedin (a connection note plus a follow-up message).")
@click.option("--format", "fmt", type=_FORMATS, default="text", show_default=True,
              help="text (the draft, then its checks), json, or eml (opens in a mail client).")
@click.option("--copy", is_flag=True, help="Also copy the message to the clipboard.")
@click.pass_context
def draft_intro(ctx: click.Context, name: str, channel: str, fmt: str, copy: bool) -> None:
    """Draft the message asking NAME for an informational interview.

    By email: a subject of 3-7 words and a body of 75-150 words with one sourced detail
    from the research, an ask for 15-30 minutes and an easy way to say no. On LinkedIn: a
    connection note within 200 characters (300 with Premium) and a follow-up message.
    Every draft is checked, grounding included: claims the research, your profile or your
    notes do not support are flagged.
    """
    from ._common import app_of

    app = app_of(ctx)
    ws = app.workspace()
    ws.profile()
    app.announce()
    _emit(ctx, ws.draft_intro(name, channel), fmt, copy)


@click.command("pitch")
@click.option("--seconds", type=click.FloatRange(5, 600), default=30, show_default=True,
              help="How long you have to introduce yourself.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text (the pitch, then its checks) or json.")
@click.option("--copy", is_flag=True, help="Also copy the pitch to the clipboard.")
@click.pass_context
def pitch(ctx: click.Context, seconds: float, fmt: str, copy: bool) -> None:
    """Draft your spoken self-introduction from your profile.

    Who you are, your background in a sentence, what you are exploring and why, at about
    150 words a minute for the seconds given.
    """
    from ._common import app_of

    app = app_of(ctx)
    ws = app.workspace()
    ws.profile()
    app.announce()
    _emit(ctx, ws.pitch(seconds), fmt, copy, seconds)


@click.command("draft-thankyou")
@click.argument("name")
@click.option("--notes", "notes_file", required=True, metavar="FILE",
              help="Your notes of the call ('-' reads standard input).")
@click.option("--channel", type=_CHANNELS, default="email", show_default=True,
              help="email, or linkedin (a message to a connection).")
@click.option("--format", "fmt", type=_FORMATS, default="text", show_default=True,
              help="text (the draft, then its checks), json, or eml (opens in a mail client).")
@click.option("--copy", is_flag=True, help="Also copy the message to the clipboard.")
@click.pass_context
def draft_thankyou(ctx: click.Context, name: str, notes_file: str, channel: str, fmt: str,
                   copy: bool) -> None:
    """Draft the thank-you note to NAME from your notes of the call.

    It refers to one or two specific things from the notes (advice, a resource, a name they
    suggested), says what you will do with the advice, thanks them by name for any referral
    and leaves the door open. Notes may label lines `Advice:`, `Resource:`, `Referral:` and
    `Next:`. The call is logged with the contact.
    """
    from ..errors import InputError
    from ._common import app_of

    if notes_file == "-":
        import sys

        notes = sys.stdin.read()
        notes_name = "the notes on standard input"
    else:
        from pathlib import Path

        path = Path(notes_file)
        notes_name = f"notes file {path}"
        try:
            notes = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"notes file {path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read notes file {path}: {exc}") from None
    if not notes.strip():
        raise InputError(f"{notes_name} is empty: write down what you talked about first")
    app = app_of(ctx)
    ws = app.workspace()
    ws.profile()
    app.announce()
    draft = ws.draft_thankyou(name, notes, channel, notes_name)
    _emit(ctx, draft, fmt, copy)
    # The tracker's own reminder: its deadline counts from the end of the call.
    contact = ws.contacts.get(name)
    reminder = next((f for f in ws.contacts.follow_ups()
                     if f.contact_id == contact.id and f.kind == "thank-you"), None)
    if reminder is not None:
        app.info(f"Next: {reminder.reason}.")
    _referral_hints(app, ws.contacts, contact.id, notes)


def _referral_hints(app: AppContext, book: ContactBook, contact_id: int, notes: str) -> None:
    """The `contacts refer` command for each person the notes suggest talking to whom the
    tracker does not record as suggested yet (nothing is recorded from a guess at a name)."""
    from ..contacts.render import contact_line
    from ..drafts.notes import referral_names

    pending: dict[str, list[tuple[str, Contact | None]]] = {}
    for name, command, existing in book.unrecorded_referrals(f"#{contact_id}",
                                                             referral_names(notes)):
        pending.setdefault(name, []).append((command, existing))
    for name, options in pending.items():
        command, existing = options[0]
        if len(options) > 1:
            which = "; ".join(f"{contact_line(c)}: `{cmd}`" for cmd, c in options if c)
            app.info(f"Record the referral to {name} from your notes: {len(options)} contacts "
                     f"have that name: {which}")
        elif existing is None:
            app.info(f"Record the referral to {name} from your notes: `{command}` (adds them "
                     "as a contact; --company, --role and --email fill in what you know)")
        else:
            app.info(f"Record the referral to {name} from your notes: `{command}`")
