"""Question sets and check results as terminal text, Markdown and JSON."""

from __future__ import annotations

import json

from ..models import Verdict
from .bank import load_bank
from .workflow import HEADING_REASON, CheckResult, QuestionSet

__all__ = ["render_check", "render_questions"]


def _quoted(quote: str) -> str:
    """An evidence quote for a terminal or a Markdown list: a record's lines (a job card's
    title, hours and pay) on one line, parted by " / " (JSON keeps the quote exact)."""
    lines = [line.strip() for line in quote.splitlines() if line.strip()]
    return f"“{' / '.join(lines)}”"


def _minutes(value: float) -> str:
    return f"{value:g} min"


def _clock(minutes: float) -> str:
    whole = int(minutes)
    seconds = round((minutes - whole) * 60)
    return f"{whole}:{seconds:02d}"


def _label(category: str) -> str:
    found = load_bank().categories.get(category)
    return found.label if found else category


def render_questions(result: QuestionSet, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.contract(), indent=2, ensure_ascii=False)
    if fmt == "md":
        return _questions_md(result)
    return _questions_text(result)


def _questions_text(result: QuestionSet) -> str:
    plan = result.plan
    lines = [f"Questions for {result.person} ({plan.minutes}-minute call)", ""]
    for n, question in enumerate(result.kept, start=1):
        lines.append(f"{n:>2}. [{_minutes(question.minutes)}] {question.text}")
        detail = _label(question.category) + (f" — {question.why}" if question.why else "")
        lines.append(f"    {detail}")
    lines += ["", f"Plan ({plan.total:g} of {plan.minutes} minutes)"]
    start = 0.0
    for item in plan.items:
        lines.append(f"  {_clock(start):>5}  {item.kind:<12} {_minutes(item.minutes):>8}  "
                     f"{item.text}")
        start += item.minutes
    if result.dropped:
        lines += ["", "Dropped: the research already answers these"]
        for verdict in result.dropped:
            lines += _dropped_text(verdict)
    return "\n".join(lines)


def _dropped_text(verdict: Verdict) -> list[str]:
    out = [f"  - {verdict.text}"]
    if verdict.evidence:
        out.append(f"    evidence: {verdict.evidence.url}")
        out.append("      " + _quoted(verdict.evidence.quote))
    if verdict.rewrite:
        out.append(f"    ask instead: {verdict.rewrite}")
    return out


def _questions_md(result: QuestionSet) -> str:
    plan = result.plan
    lines = [f"# Questions for {result.person}", "",
             f"A {plan.minutes}-minute call; the plan below takes {plan.total:g} minutes.", ""]
    for n, question in enumerate(result.kept, start=1):
        lines.append(f"{n}. **{question.text}** ({_minutes(question.minutes)}, "
                     f"{_label(question.category)})")
        if question.why:
            lines.append(f"   - {question.why}")
    lines += ["", "## Plan", "", "| start | step | minutes | what |", "|---|---|---|---|"]
    start = 0.0
    for item in plan.items:
        text = item.text.replace("|", "\\|")
        lines.append(f"| {_clock(start)} | {item.kind} | {item.minutes:g} | {text} |")
        start += item.minutes
    if result.dropped:
        lines += ["", "## Dropped: the research already answers these", ""]
        for verdict in result.dropped:
            lines.append(f"- ~~{verdict.text}~~")
            if verdict.evidence:
                lines.append(f"  - [{verdict.evidence.url}]({verdict.evidence.url}): "
                             + _quoted(verdict.evidence.quote))
            if verdict.rewrite:
                lines.append(f"  - Ask instead: {verdict.rewrite}")
    return "\n".join(lines)


def render_check(result: CheckResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.contract(), indent=2, ensure_ascii=False)
    md = fmt == "md"
    lines = [f"# Your questions for {result.person}" if md else
             f"Your questions for {result.person}", ""]
    googleable = sum(1 for v in result.verdicts if v.googleable)
    first_seen: dict[str, int] = {}
    for n, verdict in enumerate(result.verdicts, start=1):
        if not verdict.text:
            lines.append(f"{n}. (blank line)" if md else f"{n:>2}. (blank line)")
            continue
        if verdict.reason == HEADING_REASON:
            lines.append(f"{n}. (heading) {verdict.text}" if md
                         else f"{n:>2}. (heading) {verdict.text}")
            continue
        mark = "DROP" if verdict.googleable else "keep"
        key = verdict.text.casefold()
        if key in first_seen:
            # The same question again: its verdict, not its evidence a second time.
            same = f"the same question as line {first_seen[key]}"
            lines.append(f"{n}. **{mark}**: {verdict.text} ({same})" if md
                         else f"{n:>2}. {mark}  {verdict.text}\n      {same}")
            continue
        first_seen[key] = n
        if md:
            lines.append(f"{n}. **{mark}**: {verdict.text}")
            lines.append(f"   - {verdict.reason}")
            if verdict.evidence:
                lines.append(f"   - [{verdict.evidence.url}]({verdict.evidence.url}): "
                             + _quoted(verdict.evidence.quote))
            if verdict.rewrite:
                lines.append(f"   - Ask instead: {verdict.rewrite}")
        else:
            lines.append(f"{n:>2}. {mark}  {verdict.text}")
            lines.append(f"      {verdict.reason}")
            if verdict.evidence:
                lines.append(f"      evidence: {verdict.evidence.url}")
                lines.append("        " + _quoted(verdict.evidence.quote))
            if verdict.rewrite:
                lines.append(f"      ask instead: {verdict.rewrite}")
    asked = sum(1 for v in result.verdicts if v.text and v.reason != HEADING_REASON)
    lines += ["", f"{googleable} of {asked} questions are answered by the research."]
    return "\n".join(lines)
