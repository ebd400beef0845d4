"""Wikipedia: find the article about the employer (or the person) and read its summary.

Search (MediaWiki REST) finds candidate titles; the REST summary of each is read in series.
Disambiguation pages are passed over for their listed candidates; an article is used only
when it matches the entity in context (its name, and for a person the employer or another
context term), otherwise it is skipped with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal
from urllib.parse import quote

from ...config import Settings
from ...errors import FetchError
from ...models import Fact, Skipped
from ..facts import (
    company_core,
    company_pattern,
    make_fact,
    name_pattern,
    page_facts,
    page_source,
    sentence_spans,
)
from ..types import ApiClient, ExtractedPage, SourceResult
from ._common import now, status_of, strip_tags

__all__ = ["lookup_wikipedia", "summary_url"]

_ORG_WORDS = re.compile(
    r"\b(?:company|corporation|firm|startup|start-up|manufacturer|provider|developer|maker|"
    r"organi[sz]ation|business|brand|enterprise|subsidiary|operator|bank|agency|retailer|"
    r"conglomerate|cooperative|publisher|utility|producer|supplier|consultancy|institute|"
    r"foundation|non-profit|nonprofit|charity|university|laboratory|studio|airline|group)\b",
    re.IGNORECASE,
)
_MAX_CANDIDATES = 4


def summary_url(settings: Settings, title: str) -> str:
    """The REST v1 summary URL of a title: spaces as `_`, everything else percent-encoded."""
    base = settings.wikipedia_url.rstrip("/")
    return f"{base}/api/rest_v1/page/summary/{quote(title.replace(' ', '_'), safe='')}"


async def lookup_wikipedia(
    api: ApiClient,
    settings: Settings,
    name: str,
    *,
    subject: Literal["company", "person"] = "company",
    context: Sequence[str] = (),
    company: str | None = None,
    person: str | None = None,
) -> SourceResult:
    """The Wikipedia article about `name` (the employer, or the person with `subject="person"`).

    `context` holds terms that tie the right article to this research (the person's name for
    an employer, the employer and known titles for a person); `company`/`person` name the
    other party for the facts. Facts quote exact sentences of the article's extract."""
    result = SourceResult()
    base = settings.wikipedia_url.rstrip("/")
    search_url = f"{base}/w/rest.php/v1/search/page"
    result.tried.append(f"Wikipedia search for {name!r}")
    try:
        found = await api.get_json(search_url, params={"q": name, "limit": "10"})
    except FetchError as exc:
        result.skipped.append(Skipped(url=search_url, reason=f"Wikipedia search failed: {exc}"))
        return result
    titles = _candidate_titles(found, name)
    if not titles:
        titles = [name]
    checked: set[str] = set()
    queue = list(titles)
    while queue and len(checked) < _MAX_CANDIDATES:
        title = queue.pop(0)
        if title.casefold() in checked:
            continue
        checked.add(title.casefold())
        url = summary_url(settings, title)
        try:
            summary = await api.get_json(url)
        except FetchError as exc:
            status = status_of(exc)
            reason = "no such Wikipedia article" if status == 404 else f"Wikipedia: {exc}"
            result.skipped.append(Skipped(url=url, reason=reason))
            continue
        if not isinstance(summary, dict):
            result.skipped.append(Skipped(url=url, reason="Wikipedia: unexpected answer"))
            continue
        kind = summary.get("type")
        page_url = _page_url(summary, url)
        if kind == "disambiguation":
            result.skipped.append(Skipped(
                url=page_url, reason=f"Wikipedia: {title!r} is a disambiguation page"))
            # The specific articles usually come as "Name (company)" in the search results.
            continue
        if kind not in ("standard", None) or not summary.get("extract"):
            result.skipped.append(Skipped(url=page_url, reason=f"Wikipedia: no extract ({kind})"))
            continue
        terms = [*context, *([company] if subject == "person" and company else [])]
        verdict = _matches(summary, name, subject, terms)
        if verdict:
            result.skipped.append(Skipped(url=page_url, reason=verdict))
            continue
        _use(result, summary, page_url, name, subject, company, person, context)
        break
    return result


def _candidate_titles(found: Any, name: str) -> list[str]:
    """Search results whose title is the name, or the name with a qualifier in parentheses."""
    pages = found.get("pages") if isinstance(found, dict) else None
    if not isinstance(pages, list):
        return []
    wanted = _key(company_core(name))
    exact: list[str] = []
    qualified: list[str] = []
    for page in pages:
        if not isinstance(page, dict) or not isinstance(page.get("title"), str):
            continue
        title = page["title"]
        bare = re.sub(r"\s*\([^)]*\)$", "", title)
        if _key(company_core(bare)) != wanted:
            continue
        (qualified if bare != title else exact).append(title)
    return exact + qualified


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _page_url(summary: dict[str, Any], fallback: str) -> str:
    urls = summary.get("content_urls")
    if isinstance(urls, dict):
        desktop = urls.get("desktop")
        if isinstance(desktop, dict) and isinstance(desktop.get("page"), str):
            return str(desktop["page"])
    return fallback


def _matches(
    summary: dict[str, Any], name: str, subject: str, context: Sequence[str]
) -> str | None:
    """None when the article is about the entity in context; else why it was passed over."""
    title = str(summary.get("title") or "")
    description = str(summary.get("description") or "")
    extract = str(summary.get("extract") or "")
    about = f"{description}\n{extract}"
    shown = f"{title!r} ({description})" if description else repr(title)
    terms = [t for t in context if t and len(t.strip()) > 2]
    in_context = any(
        re.search(rf"(?<!\w){re.escape(t.strip())}(?!\w)", about, re.IGNORECASE) for t in terms
    )
    if subject == "person":
        if not name_pattern(name).search(title + "\n" + extract):
            return f"Wikipedia: {shown} is not about {name}"
        if not in_context:
            return f"Wikipedia: {shown} is about a different {name} (nothing ties it to " \
                   f"{', '.join(terms) or 'the employer'})"
        return None
    if not company_pattern(name).search(title + "\n" + extract):
        return f"Wikipedia: {shown} is not about {name}"
    if not (_ORG_WORDS.search(about) or in_context):
        return f"Wikipedia: {shown} is not an organisation"
    return None


def _use(
    result: SourceResult,
    summary: dict[str, Any],
    page_url: str,
    name: str,
    subject: str,
    company: str | None,
    person: str | None,
    context: Sequence[str],
) -> None:
    extract = str(summary.get("extract") or "").strip()
    description = strip_tags(str(summary.get("description") or "")) or None
    page = ExtractedPage(
        url=page_url,
        title=str(summary.get("title") or name),
        main_text=extract,
        description=description,
        published=None,
        kind="wikipedia",
    )
    source = page_source(page, now())
    # Only the extract is quoted: the short description is Wikidata's, not the article's.
    source.text = extract
    result.sources.append(source)
    if subject == "company":
        spans = sentence_spans(extract)
        if spans:
            first = extract[spans[0][0] : spans[0][1]]
            result.facts.append(make_fact("company", "description", first, page_url, first))
        facts = page_facts(page, person or "", name, company_site=False)
        result.facts.extend(f for f in facts if f.subject == "company")
    else:
        facts = page_facts(page, name, company or "", aliases=(), company_site=False)
        result.facts.extend(f for f in facts if f.subject == "person")
    kept: dict[str, Fact] = {}
    for fact in result.facts:
        if fact.quote in extract:
            kept.setdefault(fact.id, fact)
    result.facts[:] = list(kept.values())
    item = summary.get("wikibase_item")
    if isinstance(item, str) and re.fullmatch(r"Q\d+", item):
        result.entity = item
