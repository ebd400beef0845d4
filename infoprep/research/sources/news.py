"""News: an RSS search (Google News by default, any RSS/Atom search feed works) for a query.

Each item becomes a hit (title, date, publisher, link) and a seed for the fetch queue; items
whose title names the company become `news` facts quoting that title.
"""

from __future__ import annotations

import re
import time
from typing import Any

from ...config import Settings
from ...errors import FetchError
from ...models import Skipped, Source
from ..facts import company_pattern, make_fact, name_pattern
from ..types import ApiClient, SearchHit, SourceResult
from ._common import now, status_of, strip_tags

__all__ = ["parse_feed", "search_news"]


async def search_news(
    api: ApiClient,
    settings: Settings,
    query: str,
    *,
    company: str | None = None,
    person: str | None = None,
    limit: int = 10,
) -> SourceResult:
    """Recent news items for `query` (quoted as an exact phrase), newest first."""
    result = SourceResult()
    url = settings.news_url
    result.tried.append(f"news search for {query!r}")
    phrase = query if query.startswith('"') else f'"{query}"'
    try:
        feed = await api.get_text(url, params={
            "q": phrase, "hl": "en-US", "gl": "US", "ceid": "US:en",
        })
    except FetchError as exc:
        status = status_of(exc)
        reason = "news search rate-limited (429); try again later" if status == 429 else \
            f"news search failed: {exc}"
        result.skipped.append(Skipped(url=url, reason=reason))
        return result
    hits = parse_feed(feed)
    if hits is None:
        result.skipped.append(Skipped(url=url, reason="news search did not answer with a feed"))
        return result
    org = company_pattern(company) if company else None
    who = name_pattern(person) if person else None
    for hit in hits[:limit]:
        result.hits.append(hit)
        if hit.url not in result.seeds:
            result.seeds.append(hit.url)
        line = ", ".join(p for p in (hit.publisher, (hit.published or "")[:10]) if p)
        text = "\n".join(p for p in (hit.title, line, hit.snippet) if p)
        result.sources.append(Source(
            url=hit.url, title=hit.title, kind="news", fetched_at=now(),
            published=hit.published, description=hit.publisher, text=text,
        ))
        mentions = (org and org.search(hit.title)) or (who and who.search(hit.title) and org
                                                        and org.search(hit.snippet))
        if org is not None and mentions:
            value = f"{hit.title} ({hit.published[:10]})" if hit.published else hit.title
            result.facts.append(make_fact("company", "news", value, hit.url, hit.title))
    return result


def parse_feed(text: str) -> list[SearchHit] | None:
    """The items of an RSS or Atom feed, newest first; None when the text is not a feed."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.get("entries") and not parsed.get("feed", {}).get("title"):
        return None
    hits: list[tuple[float, SearchHit]] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "")
        title = strip_tags(str(entry.get("title") or ""))
        if not link.startswith(("http://", "https://")) or not title:
            continue
        source = entry.get("source") or {}
        publisher = str(source.get("title") or "") or None
        if publisher and title.endswith(f" - {publisher}"):
            title = title[: -len(f" - {publisher}")].rstrip()
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp) if stamp else None
        snippet = _snippet(entry, title, publisher)
        hits.append((time.mktime(stamp) if stamp else 0.0, SearchHit(
            url=link, title=title, snippet=snippet, provider="news",
            published=published, publisher=publisher,
        )))
    hits.sort(key=lambda pair: pair[0], reverse=True)
    return [hit for _, hit in hits]


def _snippet(entry: Any, title: str, publisher: str | None) -> str:
    """The description as text, unless it only repeats the title and publisher."""
    text = strip_tags(str(entry.get("summary") or ""))
    rest = text.replace(title, "").replace(publisher or "\x00", "")
    return "" if not re.search(r"\w{3,}", rest) else text
