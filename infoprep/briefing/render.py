"""The brief as Markdown or as one self-contained, printable HTML page (prompts/brief_*.j2).

Everything that came from the research is data: Markdown escapes its markup characters, and
the HTML template escapes every variable (autoescape); links are kept for http(s) URLs only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError
from ..questions.plan import PlanItem
from ..research.render import md
from .model import Brief

__all__ = ["FORMATS", "render_brief"]

FORMATS = ("md", "html", "json")


@dataclass
class _Step:
    start: str
    item: PlanItem


def _clock(minutes: float) -> str:
    whole = int(minutes)
    return f"{whole}:{round((minutes - whole) * 60):02d}"


def _steps(brief: Brief) -> list[_Step]:
    steps, start = [], 0.0
    for item in brief.plan.items:
        steps.append(_Step(_clock(start), item))
        start += item.minutes
    return steps


def _href(url: str) -> str | None:
    return url if url.startswith(("https://", "http://")) else None


def render_brief(brief: Brief, fmt: str) -> str:
    """The brief in `fmt`: md, html or json."""
    if fmt == "json":
        return brief.to_json() + "\n"
    if fmt not in FORMATS:
        raise ConfigError(f"unknown brief format {fmt!r} (md, html or json)")
    from ..prompts import PromptLibrary

    prompts = brief.prompts or PromptLibrary()
    title = brief.person.name
    role = ", ".join(p for p in (brief.person.title, brief.person.employer or brief.company.name)
                     if p)
    return prompts.render(
        f"brief_{fmt}",
        brief=brief,
        title=title,
        role=role,
        steps=_steps(brief),
        md=md,
        href=_href,
        fmt_minutes=lambda m: f"{m:g}",
    )
