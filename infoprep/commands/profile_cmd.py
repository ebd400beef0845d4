"""`infoprep profile init|show|path`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

__all__ = ["profile"]

_PROMPTS = [
    ("name", "Your full name"),
    ("headline", "A one-line headline (e.g. 'Data analyst moving into UX research')"),
    ("background", "Your background in a sentence or two"),
    ("goals", "What you want to learn from these conversations"),
    ("interests", "Interests (comma-separated)"),
    ("target_roles", "Roles you are exploring (comma-separated)"),
    ("location", "Where you are based"),
    ("email", "Your email address"),
    ("signature", "Email signature (use \\n for new lines)"),
]


def _checker(key: str) -> Callable[[str], str]:
    """Checks one answer as it is typed, so a bad one is asked again, not lost at the end."""

    def check(value: str) -> str:
        from pydantic import ValidationError

        from ..models import Profile

        value = value.strip()
        if key == "name" and not value:
            raise click.BadParameter("your name is needed: every draft is signed with it")
        if key in {"name", "email"}:
            try:
                Profile.model_validate({"name": "x", key: value})
            except ValidationError as exc:
                message = exc.errors()[0]["msg"].removeprefix("Value error, ")
                raise click.BadParameter(message) from None
        return value

    return check


@click.group()
def profile() -> None:
    """Your own background, used by every draft (a TOML file under the home)."""


@profile.command("init")
@click.option(
    "--from", "source", type=click.Path(dir_okay=False, path_type=Path),
    help="Read the profile from this TOML file instead of asking.",
)
@click.option("--force", is_flag=True, help="Replace an existing profile without asking.")
@click.pass_context
def profile_init(ctx: click.Context, source: Path | None, force: bool) -> None:
    """Create your profile: asks for each field, or reads --from FILE.

    Keys: name, headline, background, goals, interests (list), target_roles (list),
    location, email, signature, linkedin_premium (true/false).
    """
    from ..profile import parse_profile, read_profile_file
    from ._common import app_of

    ws = app_of(ctx).workspace()
    path = ws.settings.paths.profile
    if source is not None:
        new = read_profile_file(source)
    else:
        if path.exists() and not force:
            click.confirm(f"A profile exists at {path}. Replace it?", abort=True)
        answers: dict[str, object] = {}
        for key, question in _PROMPTS:
            value = click.prompt(
                question, default="", show_default=False, value_proc=_checker(key)
            )
            if key in {"interests", "target_roles"}:
                answers[key] = [v.strip() for v in value.split(",") if v.strip()]
            elif key == "signature":
                answers[key] = value.replace("\\n", "\n")
            else:
                answers[key] = value
        answers["linkedin_premium"] = click.confirm("Do you have LinkedIn Premium?", default=False)
        new = parse_profile(answers, "profile")
    if source is not None and path.exists() and not force:
        raise click.UsageError(f"a profile exists at {path}; add --force to replace it")
    written = ws.save_profile(new)
    app_of(ctx).info(f"Saved your profile to {written}")


@profile.command("show")
@click.pass_context
def profile_show(ctx: click.Context) -> None:
    """Print your profile as TOML."""
    from ..profile import dump_profile
    from ._common import app_of

    click.echo(dump_profile(app_of(ctx).workspace().profile()), nl=False)


@profile.command("path")
@click.pass_context
def profile_path(ctx: click.Context) -> None:
    """Print the profile file's path (it need not exist yet; a broken config file is no bar)."""
    from ..paths import Paths, resolve_home
    from ._common import app_of

    click.echo(str(Paths(resolve_home(app_of(ctx).home)[0]).profile))
