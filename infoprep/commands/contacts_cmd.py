"""`infoprep contacts add|edit|remove|list|show|status|note|refer|due|find|import|export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from typing import Any

    from ..contacts import ContactBook

__all__ = ["contacts"]

_NOW_HELP = "Pretend it is this time (ISO 8601 or 'YYYY-MM-DD HH:MM Zone'); for checking plans."


def _book(ctx: click.Context) -> ContactBook:
    from ._common import app_of

    return app_of(ctx).workspace().contacts


def _now(book: ContactBook, now: str | None) -> datetime | None:
    if now is None:
        return None
    from ..contacts.times import parse_when

    return parse_when(now, book.zone).moment


def _format_option(
    *choices: str, default: str = "text"
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
        help="Output format.",
    )


@click.group()
def contacts() -> None:
    """Track the people you talk to: statuses, notes, referrals, follow-ups, calendar.

    The pipeline: prospect → requested → scheduled → interviewed → thanked → following-up,
    plus declined and no-reply. A NAME that matches several contacts lists them: give the
    id instead (`12` or `'#12'`). Times are stored in UTC and shown in your time zone
    (setting `timezone`, else the system's).
    """


@contacts.command("add")
@click.argument("name")
@click.option("--company", help="Where they work.")
@click.option("--role", help="Their job title.")
@click.option("--email", help="Their email address.")
@click.option("--linkedin", metavar="URL", help="Their LinkedIn profile URL (or handle).")
@click.option("--source", metavar="connection|referral|cold|event",
              help="How you know of them (referral when --referred-by is given).")
@click.option("--referred-by", metavar="OTHER", help="The contact who suggested them.")
@_format_option("text", "json")
@click.pass_context
def contacts_add(
    ctx: click.Context, name: str, company: str | None, role: str | None, email: str | None,
    linkedin: str | None, source: str | None, referred_by: str | None, fmt: str,
) -> None:
    """Add a contact (status prospect). An existing one (same LinkedIn URL, email, or name
    and company) is an error naming its id; the same name and company with another
    LinkedIn profile is another person, as in imports."""
    from ..contacts.render import contact_line, to_json

    contact = _book(ctx).add(name, company=company, role=role, email=email, linkedin=linkedin,
                             source=source, referred_by=referred_by)
    click.echo(to_json(contact.to_dict()) if fmt == "json" else f"Added {contact_line(contact)}")


@contacts.command("edit")
@click.argument("name")
@click.option("--name", "new_name", metavar="NEW", help="Their name, spelled right.")
@click.option("--company", help="Where they work ('' clears it).")
@click.option("--role", help="Their job title ('' clears it).")
@click.option("--email", help="Their email address ('' clears it).")
@click.option("--linkedin", metavar="URL", help="Their LinkedIn profile URL ('' clears it).")
@click.option("--source", metavar="connection|referral|cold|event",
              help="How you know of them ('' clears it).")
@_format_option("text", "json")
@click.pass_context
def contacts_edit(
    ctx: click.Context, name: str, new_name: str | None, company: str | None,
    role: str | None, email: str | None, linkedin: str | None, source: str | None, fmt: str,
) -> None:
    """Correct NAME's details or rename them; the change is logged in their history.

    Statuses, notes, calls and referrals keep to the contact, whatever its name."""
    from ..contacts.render import contact_line, to_json

    contact, changed = _book(ctx).edit(name, name=new_name, company=company, role=role,
                                       email=email, linkedin=linkedin, source=source)
    if fmt == "json":
        click.echo(to_json({"contact": contact.to_dict(), "changed": changed}))
    elif changed:
        click.echo(f"Changed {', '.join(changed)}: {contact_line(contact)}")
    else:
        click.echo(f"Nothing to change: {contact_line(contact)}")


@contacts.command("remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def contacts_remove(ctx: click.Context, name: str, yes: bool) -> None:
    """Delete NAME and everything kept about them: history, calls, dossier, drafts,
    referrals. People they suggested stay (without the link). Asks first unless --yes."""
    from ..contacts.render import contact_line

    book = _book(ctx)
    contact = book.get(name)
    if not yes:
        history = len(book.history(contact.id))
        click.confirm(
            f"Delete {contact_line(contact)} and their {history} history entries?",
            abort=True, err=True,
        )
    removed, counts = book.remove(f"#{contact.id}")
    kept = ", ".join(f"{what}: {n}" for what, n in counts.items() if n)
    click.echo(f"Removed {contact_line(removed)}" + (f" ({kept})" if kept else ""))


@contacts.command("list")
@click.option("--status", help="Only this status.")
@click.option("--company", help="Only this company ('Acme, Inc.' = 'ACME Inc' = 'Acme').")
@_format_option("text", "json", "csv")
@click.pass_context
def contacts_list(ctx: click.Context, status: str | None, company: str | None, fmt: str) -> None:
    """List contacts by name."""
    from ..contacts.exporting import contacts_csv
    from ..contacts.render import contacts_table, to_json

    book = _book(ctx)
    found = book.list(status=status, company=company)
    if fmt == "json":
        click.echo(to_json([c.to_dict() for c in found]))
    elif fmt == "csv":
        click.echo(contacts_csv(found), nl=False)
    else:
        click.echo(contacts_table(found, book.zone))


@contacts.command("show")
@click.argument("name")
@click.option("--now", help=_NOW_HELP)
@_format_option("text", "json")
@click.pass_context
def contacts_show(ctx: click.Context, name: str, now: str | None, fmt: str) -> None:
    """Everything known about NAME: status history, interactions, calls, referrals both ways,
    the dossier's summary, drafts, and the next follow-up."""
    from ..contacts.render import report_text, to_json

    book = _book(ctx)
    report = book.show(name, now=_now(book, now))
    click.echo(to_json(report.to_dict()) if fmt == "json" else report_text(report, book.zone))


@contacts.command("status")
@click.argument("name")
@click.argument("status")
@click.option("--at", "at", metavar="WHEN",
              help="For scheduled: the call's start, e.g. '2026-12-03 15:00 Europe/Paris' or "
                   "2026-12-03T15:00+01:00. Otherwise: when it happened (default now).")
@click.option("--minutes", type=click.IntRange(5, 480),
              help="For scheduled: the call's length (default 30).")
@_format_option("text", "json")
@click.pass_context
def contacts_status(
    ctx: click.Context, name: str, status: str, at: str | None, minutes: int | None, fmt: str
) -> None:
    """Move NAME to STATUS, logging the change with its time.

    STATUS is one of prospect, requested, scheduled, interviewed, thanked, following-up,
    declined, no-reply. Setting requested again logs your one nudge; following-up again logs
    a check-in; scheduled again reschedules the call.
    """
    from ..contacts.render import status_text, to_json

    book = _book(ctx)
    change = book.set_status(name, status, at=at, minutes=minutes)
    click.echo(to_json(change.to_dict()) if fmt == "json" else status_text(change, book.zone))


@contacts.command("note")
@click.argument("name")
@click.argument("text", required=False)
@click.option("--file", "file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read the note from this file ('-' for standard input).")
@click.pass_context
def contacts_note(ctx: click.Context, name: str, text: str | None, file: str | None) -> None:
    """Keep a note about NAME: give TEXT or --file."""
    if (text is None) == (file is None):
        raise click.UsageError("give the note as TEXT or with --file, not both")
    if file is not None:
        from ..errors import InputError

        try:
            with click.open_file(file, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {file}: {exc}") from None
    assert text is not None
    book = _book(ctx)
    note = book.note(name, text)
    click.echo(f"Noted for #{note.contact_id} ({len(note.detail)} characters).")


@contacts.command("refer")
@click.argument("name")
@click.option("--to", "to", required=True, metavar="OTHER",
              help="The person NAME suggested you talk to (created when new).")
@click.option("--company", help="OTHER's company, when OTHER is new.")
@click.option("--role", help="OTHER's role, when OTHER is new.")
@click.option("--email", help="OTHER's email, when OTHER is new.")
@click.option("--linkedin", metavar="URL", help="OTHER's LinkedIn URL, when OTHER is new.")
@click.pass_context
def contacts_refer(
    ctx: click.Context, name: str, to: str, company: str | None, role: str | None,
    email: str | None, linkedin: str | None,
) -> None:
    """Record that NAME suggested you talk to OTHER."""
    referral = _book(ctx).refer(name, to, company=company, role=role, email=email,
                                linkedin=linkedin)
    new = " (new contact)" if referral.created else ""
    click.echo(f"#{referral.referrer_id} {referral.referrer} suggested "
               f"#{referral.referred_id} {referral.referred}{new}")


@contacts.command("due")
@click.option("--now", help=_NOW_HELP)
@click.option("--within", metavar="WINDOW",
              help="Also what falls due within WINDOW: 'today' (until midnight in your time "
                   "zone), or hours, days or weeks from now: 12h, 3d, 2w.")
@click.option("--all", "everything", is_flag=True, help="Also follow-ups not due yet, however far.")
@_format_option("text", "json")
@click.pass_context
def contacts_due(
    ctx: click.Context, now: str | None, within: str | None, everything: bool, fmt: str
) -> None:
    """What needs doing now, each with its reason; with --within, also what falls due soon.

    A thank-you note after an interview (overdue after `thankyou_hours`, 24 by default); one
    nudge `nudge_days` (7) after a request without reply, then nothing more; a check-in every
    `checkin_weeks` (8) with people you interviewed; a referral you have not contacted yet; a
    call that is over but not recorded.

    \b
    Listed by when each falls due, shown in your time zone (setting `timezone`):
      infoprep contacts due                  what is due now
      infoprep contacts due --within today   also what falls due later today
      infoprep contacts due --within 7d      also what falls due in the next 7 days
      infoprep contacts due --all            everything pending, however far off
    JSON adds `due_local` and `deadline_local` (your time zone, ISO 8601) and `due_now`.
    """
    from datetime import UTC
    from datetime import datetime as clock

    from ..contacts.render import follow_ups_text, to_json
    from ..errors import ConfigError

    if everything and within is not None:
        raise ConfigError("give --within or --all, not both")
    book = _book(ctx)
    moment = _now(book, now) or clock.now(UTC).replace(microsecond=0)
    items = book.follow_ups(now=moment) if everything else book.due(now=moment, within=within)
    if fmt == "json":
        click.echo(to_json([f.to_dict() for f in items]))
        return
    empty = "Nothing is due."
    if within is not None:
        empty = ("Nothing is due today." if within.strip().casefold() == "today"
                 else f"Nothing is due within {within.strip()}.")
    click.echo(follow_ups_text(items, book.zone, empty, now=moment))


@contacts.command("find")
@click.option("--company", required=True, help="The employer ('Acme, Inc.' = 'ACME Inc').")
@click.option("--role", help="Words that must all appear in their role.")
@_format_option("text", "json", "csv")
@click.pass_context
def contacts_find(ctx: click.Context, company: str, role: str | None, fmt: str) -> None:
    """Who in your network works at a company (legal suffixes, case, punctuation and spacing
    forgiven)."""
    from ..contacts.exporting import contacts_csv
    from ..contacts.render import contacts_table, to_json

    book = _book(ctx)
    found = book.find(company, role)
    if fmt == "json":
        click.echo(to_json([c.to_dict() for c in found]))
    elif fmt == "csv":
        click.echo(contacts_csv(found), nl=False)
    elif not found:
        click.echo(f"Nobody at {company} in your contacts.")
    else:
        click.echo(contacts_table(found, book.zone))


@contacts.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["auto", "linkedin", "csv", "json"]),
              default="auto", show_default=True,
              help="linkedin: LinkedIn's Connections.csv; csv: any CSV; json: an export.")
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD",
              help="Read COLUMN into FIELD (name, first_name, last_name, company, role, email, "
                   "linkedin, source, status, connected_on, referred_by, note, created_at, "
                   "updated_at, id). Repeatable.")
@click.option("--dates", type=click.Choice(["day-first", "month-first"]),
              help="How to read dates like 3/4/2026 (default: as the file shows: a 25/03/2026 "
                   "in any row makes them day-first; if no row shows it, day-first, and the "
                   "summary lists those rows).")
@click.option("--strict", is_flag=True, help="Import nothing if any row is malformed.")
@click.option("--dry-run", is_flag=True, help="Check and count, change nothing.")
@click.pass_context
def contacts_import(
    ctx: click.Context, file: Path, fmt: str, maps: tuple[str, ...], dates: str | None,
    strict: bool, dry_run: bool,
) -> None:
    """Import contacts from LinkedIn's Connections.csv, any CSV, or a JSON export.

    A CSV may separate its cells with commas, semicolons or tabs, and be UTF-8 (with or
    without BOM), UTF-16 or Windows-1252.

    \b
    The rule: every row is checked first. A malformed row is reported on stderr with its
    row number (the file's line number) and the reason, and skipped; the good rows are
    written in ONE transaction, so an interrupted import leaves the previous state intact.
    With --strict a malformed row imports nothing (exit 2). A file with no good row is an
    error (exit 2). Re-importing updates instead of duplicating: a row matches a contact by
    LinkedIn URL, else email, else name and company; empty cells never erase a value.

    \b
    Dates: LinkedIn's "01 Dec 2026", ISO (2026-12-01) and dates with the month's name are
    read as written. A date of numbers only (12/1/2026) is read the way the whole file
    shows: one row with a day over 12 (25/03/2026 or 03/25/2026) settles it for all. If
    none does, they are read day/month and the summary lists them; --dates decides.
    """
    from ._common import app_of

    mapping: dict[str, str] = {}
    for item in maps:
        column, sep, target = item.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise click.BadParameter(f"'{item}' is not COLUMN=FIELD", param_hint="--map")
        mapping[column.strip()] = target.strip()
    app = app_of(ctx)
    book = app.workspace().contacts
    report = book.import_file(file, format=fmt, mapping=mapping, strict=strict,
                              dry_run=dry_run, progress=app.info, dates=dates)
    from ..contacts.render import import_text

    for problem in report.problems:
        click.echo(f"warning: {problem}", err=True)
    click.echo(import_text(report))


@contacts.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "ics"]), default="json",
              show_default=True,
              help="csv: contact fields; json: everything (import restores it); ics: calls "
                   "(past ones stay; a rescheduled call keeps its UID, a cancelled one is "
                   "marked so) and follow-ups as calendar events with reminders.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--now", help=_NOW_HELP)
@click.pass_context
def contacts_export(ctx: click.Context, fmt: str, output: Path | None, now: str | None) -> None:
    """Export the tracker: CSV, JSON, or an ICS calendar (RFC 5545) for calendar apps."""
    book = _book(ctx)
    text = book.export(fmt, now=_now(book, now))
    if output is None:
        click.echo(text, nl=False)
        return
    from ..contacts.exporting import write_file

    write_file(output, text)
    from ._common import app_of

    app_of(ctx).info(f"Wrote {output}")
