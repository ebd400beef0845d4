"""`pitch`: the user's spoken self-introduction, sized for the seconds they have."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from ..errors import ConfigError
from ..llm import Generator, ModelGateway, with_fallback
from ..models import Check, Draft
from ..prompts import PromptLibrary
from .compose import me_vars, model_draft, prompt_data, save_draft, tidy
from .context import DraftContext
from .rules import run_checks, speaking_words
from .text import word_count

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = ["pitch", "write_pitch"]

OFFLINE = "offline templates"


class PitchReply(BaseModel):
    body: str


def pitch(ws: Workspace, seconds: float = 30) -> Draft:
    """Draft the self-introduction from the profile and store it in the workspace."""
    if not 5 <= seconds <= 600:
        raise ConfigError(f"--seconds must be between 5 and 600, not {seconds:g}")
    ctx = DraftContext(ws.profile())
    draft = write_pitch(ctx, ws.prompts, ws.generator, seconds)
    save_draft(ws, draft, None)
    return draft


def write_pitch(ctx: DraftContext, prompts: PromptLibrary, generator: Generator,
                seconds: float = 30) -> Draft:
    """The pitch with its checks: by the model, else the offline tier closest to the time."""

    def check(draft: Draft) -> list[Check]:
        return run_checks(draft, ctx, seconds)

    def offline() -> Draft:
        target = speaking_words(seconds)
        candidates = []
        for tier in range(4):
            body = tidy(prompts.render("offline_pitch", me=me_vars(ctx.profile), tier=tier))
            draft = Draft(kind="pitch", channel="spoken", body=body, generator=OFFLINE)
            draft.checks = check(draft)
            candidates.append(draft)
        # Every passing tier is fine; the one nearest the time sounds most natural.
        return min(candidates, key=lambda d: (not d.ok, abs(word_count(d.body) - target)))

    def with_model(gateway: ModelGateway) -> Draft:
        messages = [
            {"role": "system", "content": prompts.render("draft_system")},
            {"role": "user", "content": prompts.render(
                "draft_pitch", seconds=f"{seconds:g}", words=speaking_words(seconds),
                profile=prompt_data(ctx)["profile"])},
        ]

        def to_draft(reply: PitchReply) -> Draft:
            return Draft(kind="pitch", channel="spoken", body=reply.body.strip(),
                         generator=gateway.label)

        return model_draft(gateway, messages, PitchReply, to_draft, check,
                           lambda failures: prompts.render("draft_revise", failures=failures),
                           "pitch")

    return with_fallback(generator, with_model, offline, "pitch")
