"""`pitch`: the user's spoken self-introduction, sized for the seconds they have."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from ..errors import ConfigError
from ..llm import Generator, ModelGateway, with_fallback
from ..models import Check, Draft
from ..prompts import PromptLibrary
from .compose import OFFLINE, me_vars, model_draft, prompt_data, save_draft, tidy
from .context import DraftContext
from .rules import run_checks, speaking_words
from .text import word_count

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = ["pitch", "write_pitch"]



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


def _plans(has_short: bool, leads: int = 0) -> list[dict[str, object]]:
    """The shapes of an offline pitch, shortest first: which parts to say. `leads`: how many
    openings of a background told in several sentences there are to choose from."""
    backgrounds = ["short", "full"] if has_short else ["full"]
    # A wordy profile: every part cut short, for the shortest pitches.
    shapes: list[dict[str, object]] = [
        {"compact": True, "background": "compact"},
        {"compact": True, "background": "compact", "roles": True},
        {"compact": True, "background": "", "roles": True},
        # …and for a dense one, plain sentences to fill the time instead of its long ones.
        {"compact": True, "background": "", "close": True},
        {"compact": True, "background": "compact", "close": True},
        # …or one short plain sentence, where the long one runs over a short pitch's time.
        {"compact": True, "background": "compact", "close": "short"},
        {"compact": True, "background": "compact", "roles": True, "close": True},
        {"compact": True, "background": "compact", "roles": True, "interests": True,
         "close": True},
    ]
    for background in backgrounds:
        shapes.append({"background": background})
        shapes.append({"background": background, "roles": True})
    for lead in range(leads):
        shapes.append({"background": "lead", "lead": lead})
        shapes.append({"background": "lead", "lead": lead, "roles": True})
        shapes.append({"compact": True, "background": "lead", "lead": lead, "roles": True,
                       "interests": True, "close": True})
    shapes.append({"background": "full", "roles": True, "interests": True})
    shapes.append({"background": "full", "roles": True, "interests": True, "close": True})
    parts = {"compact": False, "background": "", "roles": False, "goal": True,
             "interests": False, "close": False}
    return [{**parts, **shape} for shape in shapes]


def write_pitch(ctx: DraftContext, prompts: PromptLibrary, generator: Generator,
                seconds: float = 30) -> Draft:
    """The pitch with its checks: by the model, else the offline tier closest to the time."""

    def check(draft: Draft) -> list[Check]:
        return run_checks(draft, ctx, seconds)

    def offline() -> Draft:
        target = speaking_words(seconds)
        me = me_vars(ctx.profile)
        candidates = [
            Draft(kind="pitch", channel="spoken", generator=OFFLINE,
                  body=tidy(prompts.render("offline_pitch", me=me, plan=plan)))
            for plan in _plans(bool(me["background_short"]), len(me["background_leads"]))]
        # The checks are the costly part: try the shapes nearest the time first, and stop at
        # the first that passes every check, which no other can beat (see `key` below).
        by_nearness = sorted(candidates, key=lambda d: abs(word_count(d.body) - target))
        for draft in by_nearness:
            draft.checks = check(draft)
            if draft.ok:
                return draft
        # Every passing shape is fine; the one nearest the time sounds most natural. Where
        # none passes, one that is only short beats one that runs over the time, and both beat
        # one that fails anything else.
        def only_length(d: Draft) -> bool:
            return all(c.ok or c.name == "length" for c in d.checks)

        def key(d: Draft) -> tuple[bool, bool, bool, int]:
            words = word_count(d.body)
            return (not only_length(d), not d.ok, not d.ok and words > target,
                    abs(words - target))

        best = min(candidates, key=key)
        words = word_count(best.body)
        fitting = [word_count(d.body) for d in candidates if key(d)[:3] == key(best)[:3]]
        if not best.ok and words == max(fitting) and words < round(target * 0.7):
            dense = any(word_count(d.body) > words and not only_length(d) for d in candidates)
            for c in best.checks:
                if c.name == "length":
                    c.detail += (
                        f": your profile gives about {round(words / 2.5)} seconds in plain "
                        "sentences; shorter sentences in your background would give a longer"
                        " pitch, or finish early" if dense else
                        f": your profile gives about {round(words / 2.5)} seconds;"
                        " add to your background, goals or interests for a longer pitch, or"
                        " finish early")
        return best

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
