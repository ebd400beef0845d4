"""A dossier as terminal text, as a Markdown document with citations, or as the JSON contract.

Page text is untrusted: it is shown, never interpreted. In Markdown, characters that would
make it markup (links, emphasis, HTML) are escaped.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from ..models import Dossier, Fact

__all__ = ["render_dossier", "render_json", "render_markdown", "render_text"]

_FIELD_NAMES = {
    "previous_employer": "previous employer",
    "previous_title": "previous title",
}


def render_dossier(dossier: Dossier, fmt: str) -> str:
    """The dossier in `fmt`: text, md or json."""
    return {"text": render_text, "md": render_markdown, "json": render_json}[fmt](dossier)


def render_json(dossier: Dossier) -> str:
    return json.dumps(dossier.contract(), indent=2, ensure_ascii=False) + "\n"


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _headline(dossier: Dossier) -> str:
    person = dossier.person
    role = ", ".join(p for p in (person.title, person.employer) if p)
    where = f" ({person.location})" if person.location else ""
    return person.name + (f" — {role}" if role else "") + where


def _counts(items: list[str]) -> str:
    return ", ".join(f"{kind} {n}" for kind, n in Counter(items).most_common())


def _source_numbers(dossier: Dossier) -> dict[str, int]:
    return {s.url: i for i, s in enumerate(dossier.sources, start=1)}


def render_text(dossier: Dossier) -> str:
    """Who and what was found, counts by source, facts with their sources, every skipped URL."""
    numbers = _source_numbers(dossier)
    lines = [_headline(dossier)]
    company = dossier.company
    lines.append(
        f"Company: {company.name}" + (f" — {company.website}" if company.website else "")
    )
    if company.description:
        lines.append(f"  {_squeeze(company.description)}")
    lines.append("")
    lines.append(f"Sources: {len(dossier.sources)} ({_counts([s.kind for s in dossier.sources])})")
    lines.append(f"Facts: {len(dossier.facts)} ({_counts([f.subject for f in dossier.facts])})")
    for subject, title in (("person", dossier.person.name), ("company", company.name)):
        facts = dossier.facts_about(subject)
        if not facts:
            continue
        lines.append("")
        lines.append(f"About {title}:")
        for fact in facts:
            cite = numbers.get(fact.source_url)
            ref = f" [{cite}]" if cite else f" <{fact.source_url}>"
            lines.append(f"  {_field(fact)}: {_squeeze(fact.value)}{ref}")
    if dossier.sources:
        lines.append("")
        lines.append("Sources:")
        for i, source in enumerate(dossier.sources, start=1):
            title = _squeeze(source.title) or source.url
            lines.append(f"  [{i}] {title} ({source.kind})")
            lines.append(f"      {source.url}")
    lines.append("")
    if dossier.skipped:
        lines.append(f"Skipped ({len(dossier.skipped)}):")
        for item in dossier.skipped:
            lines.append(f"  {item.url}")
            lines.append(f"      {item.reason}")
    else:
        lines.append("Skipped: none")
    return "\n".join(lines) + "\n"


def _field(fact: Fact) -> str:
    return _FIELD_NAMES.get(fact.field, fact.field.replace("_", " "))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!])")


def md(text: str) -> str:
    """Untrusted text as inert Markdown: one line, markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _squeeze(text))


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")


def render_markdown(dossier: Dossier) -> str:
    """A Markdown dossier: facts with their quotes, each citing its numbered source."""
    numbers = _source_numbers(dossier)
    person, company = dossier.person, dossier.company
    out = [f"# {md(person.name)}", ""]
    role = " at ".join(f"**{md(p)}**" for p in (person.title, person.employer) if p)
    if role or person.location:
        out += [" · ".join(p for p in (role, md(person.location or "")) if p), ""]
    if dossier.updated_at:
        out += [f"_Researched {dossier.updated_at}_", ""]
    for subject, title in (("person", person.name), ("company", company.name)):
        facts = dossier.facts_about(subject)
        out.append(f"## {md(title)}")
        out.append("")
        if subject == "company" and company.website:
            out += [f"Website: <{_md_url(company.website)}>", ""]
        if not facts:
            out += ["_Nothing found._", ""]
            continue
        for fact in facts:
            n = numbers.get(fact.source_url)
            cite = f" [[{n}]]({_md_url(fact.source_url)})" if n else (
                f" [source]({_md_url(fact.source_url)})"
            )
            out.append(f"- **{md(_field(fact))}**: {md(fact.value)}{cite}")
            if fact.quote and _squeeze(fact.quote) != _squeeze(fact.value):
                out.append(f"  > {md(fact.quote)}")
        out.append("")
    out += ["## Sources", ""]
    for i, source in enumerate(dossier.sources, start=1):
        title = md(source.title) or md(source.url)
        when = f", published {source.published[:10]}" if source.published else ""
        out.append(f"{i}. [{title}]({_md_url(source.url)}) — {source.kind}{when}")
    if not dossier.sources:
        out.append("_None._")
    out += ["", "## Skipped", ""]
    for item in dossier.skipped:
        out.append(f"- <{_md_url(item.url)}> — {md(item.reason)}")
    if not dossier.skipped:
        out.append("_Nothing was skipped._")
    return "\n".join(out) + "\n"
