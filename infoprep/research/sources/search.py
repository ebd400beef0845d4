"""Web search behind one interface: a SearXNG instance (its JSON API) and the Brave Search
API (with a key). Results feed URLs into the fetch queue; a provider that refuses (JSON off,
bad key, rate limit) is skipped with a reason that says what to change."""

from __future__ import annotations

from typing import Any

from ...config import Settings
from ...errors import FetchError
from ...models import Skipped
from ..types import ApiClient, SearchHit, SourceResult
from ._common import status_of, strip_tags

__all__ = ["brave_search", "searxng_search", "web_search"]


async def web_search(
    api: ApiClient, settings: Settings, query: str, *, limit: int = 10
) -> SourceResult:
    """Every configured provider's results for `query`, their URLs as seeds (first seen wins).
    With no provider configured, nothing is asked and `tried` says so."""
    result = SourceResult()
    if not settings.searxng_url and not settings.brave_api_key:
        result.tried.append("web search: no provider configured (searxng_url, brave_api_key)")
        return result
    if settings.searxng_url:
        _merge(result, await searxng_search(api, settings, query, limit=limit))
    if settings.brave_api_key:
        _merge(result, await brave_search(api, settings, query, limit=limit))
    return result


def _merge(into: SourceResult, part: SourceResult) -> None:
    into.tried.extend(part.tried)
    into.skipped.extend(part.skipped)
    for hit in part.hits:
        into.hits.append(hit)
        if hit.url not in into.seeds:
            into.seeds.append(hit.url)


async def searxng_search(
    api: ApiClient, settings: Settings, query: str, *, limit: int = 10
) -> SourceResult:
    """Results from the SearXNG instance at `settings.searxng_url` (JSON format)."""
    result = SourceResult()
    url = (settings.searxng_url or "").rstrip("/") + "/search"
    result.tried.append(f"SearXNG search for {query!r}")
    try:
        data = await api.get_json(url, params={"q": query, "format": "json", "pageno": "1"})
    except FetchError as exc:
        status = status_of(exc)
        if status == 403:
            reason = ("SearXNG refused the JSON format (403): add `json` to search.formats "
                      "in the instance's settings.yml")
        elif status == 429:
            reason = "SearXNG rate-limited the search (429); use your own instance"
        else:
            reason = f"SearXNG search failed: {exc}"
        result.skipped.append(Skipped(url=url, reason=reason))
        return result
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        error = data.get("error") if isinstance(data, dict) else None
        result.skipped.append(Skipped(url=url, reason=f"SearXNG: {error or 'unexpected answer'}"))
        return result
    for item in data["results"][:limit]:
        hit = _hit(item, "url", "title", "content", "publishedDate", "searxng")
        if hit:
            result.hits.append(hit)
            result.seeds.append(hit.url)
    return result


async def brave_search(
    api: ApiClient, settings: Settings, query: str, *, limit: int = 10
) -> SourceResult:
    """Results from the Brave Search API (`settings.brave_api_key`)."""
    result = SourceResult()
    url = settings.brave_url
    result.tried.append(f"Brave search for {query!r}")
    headers = {
        "Accept": "application/json",
        "X-Subscription-Token": settings.brave_api_key or "",
    }
    try:
        data = await api.get_json(
            url, params={"q": query[:400], "count": str(min(limit, 20))}, headers=headers
        )
    except FetchError as exc:
        status = status_of(exc)
        if status in (401, 403, 422):
            reason = f"Brave Search rejected the API key ({status}): check BRAVE_API_KEY"
        elif status == 429:
            reason = "Brave Search rate limit reached (429): try again later or raise your plan"
        else:
            reason = f"Brave Search failed: {exc}"
        result.skipped.append(Skipped(url=url, reason=reason))
        return result
    error = _brave_error(data)
    if error:
        result.skipped.append(Skipped(url=url, reason=error))
        return result
    web = data.get("web") if isinstance(data, dict) else None
    items = web.get("results") if isinstance(web, dict) else None
    for item in (items if isinstance(items, list) else [])[:limit]:
        hit = _hit(item, "url", "title", "description", "page_age", "brave")
        if hit:
            result.hits.append(hit)
            result.seeds.append(hit.url)
    return result


def _brave_error(data: Any) -> str | None:
    """The error a 200 answer may still carry (`error` object or `errors` array)."""
    if not isinstance(data, dict):
        return "Brave Search: unexpected answer"
    raw = data.get("errors")
    errors: list[Any] = raw if isinstance(raw, list) else [data.get("error")]
    for error in errors:
        if isinstance(error, dict):
            code = str(error.get("code") or "")
            if "TOKEN" in code or "SUBSCRIPTION" in code:
                return f"Brave Search rejected the API key ({code}): check BRAVE_API_KEY"
            if "RATE" in code:
                return f"Brave Search rate limit reached ({code})"
            return f"Brave Search error {code}: {error.get('detail', '')}".strip()
    return None


def _hit(
    item: Any, url_key: str, title_key: str, text_key: str, date_key: str, provider: str
) -> SearchHit | None:
    if not isinstance(item, dict):
        return None
    url = item.get(url_key)
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    published = item.get(date_key)
    return SearchHit(
        url=url,
        title=strip_tags(str(item.get(title_key) or "")),
        snippet=strip_tags(str(item.get(text_key) or "")),
        provider=provider,
        published=str(published) if published else None,
    )
