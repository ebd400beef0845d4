"""The live check behind `--verify-with-search`: a search provider's top results as evidence.

A small client for the user's SearXNG instance or the Brave Search API (whichever is
configured), cached on disk under the home and bounded in searches per run. Each result
becomes a source whose text is the result's snippet, so quotes stay exact.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import ConfigError, FetchError
from ..models import Source

if TYPE_CHECKING:
    import httpx

    from ..config import Settings

__all__ = ["Hit", "SearchClient", "search_sources"]

log = logging.getLogger("infoprep")

USER_AGENT = f"infoprep/{__version__} (+https://github.com/infoprep/infoprep)"
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Hit:
    url: str
    title: str
    snippet: str

    def source(self) -> Source:
        return Source(url=self.url, title=self.title, kind="search", text=self.snippet)


def _plain(text: object) -> str:
    return " ".join(html.unescape(_TAG.sub("", str(text or ""))).split())


class SearchClient:
    """The configured provider: SearXNG when `searxng_url` is set, else Brave with a key."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        if settings.searxng_url:
            self.provider = "searxng"
            self.endpoint = settings.searxng_url.rstrip("/") + "/search"
        elif settings.brave_api_key:
            self.provider = "brave"
            self.endpoint = settings.brave_url
        else:
            raise ConfigError(
                "--verify-with-search needs a search provider: set INFOPREP_SEARXNG_URL "
                "(your SearXNG instance) or BRAVE_API_KEY"
            )
        self._settings = settings
        self._client = client
        self._own_client = client is None
        self._cache: Any = None

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
        if self._client is not None and self._own_client:
            self._client.close()

    def _http(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                timeout=httpx.Timeout(15.0), headers={"User-Agent": USER_AGENT},
                follow_redirects=False,
            )
        return self._client

    def _disk(self) -> Any:
        if self._cache is None:
            import diskcache

            folder = self._settings.paths.http_cache / "search"
            folder.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(str(folder))
        return self._cache

    def search(self, query: str, count: int = 3) -> list[Hit]:
        """The top `count` results for `query`, from the cache when asked before."""
        key = "search:" + hashlib.sha256(
            json.dumps([self.provider, self.endpoint, query, count]).encode()
        ).hexdigest()
        cached = self._disk().get(key)
        if cached is not None:
            return [Hit(**h) for h in json.loads(cached)]
        hits = self._fetch(query, count)
        expire = self._settings.cache_days * 86400
        self._disk().set(key, json.dumps([h.__dict__ for h in hits]), expire=expire)
        return hits

    def _fetch(self, query: str, count: int) -> list[Hit]:
        import httpx

        if self.provider == "searxng":
            params = {"q": query, "format": "json"}
            headers = {"Accept": "application/json"}
        else:
            params = {"q": query[:400], "count": str(count)}
            headers = {
                "Accept": "application/json",
                "X-Subscription-Token": self._settings.brave_api_key or "",
            }
        try:
            response = self._http().get(self.endpoint, params=params, headers=headers)
        except httpx.HTTPError as exc:
            raise FetchError(f"{self.provider} search failed: {type(exc).__name__}") from None
        if response.status_code != 200:
            raise FetchError(f"{self.provider} search answered {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            raise FetchError(f"{self.provider} search did not answer JSON") from None
        if self.provider == "searxng":
            rows = data.get("results") or []
            hits = [Hit(r.get("url", ""), _plain(r.get("title")), _plain(r.get("content")))
                    for r in rows if isinstance(r, dict)]
        else:
            rows = (data.get("web") or {}).get("results") or []
            hits = [Hit(r.get("url", ""), _plain(r.get("title")), _plain(r.get("description")))
                    for r in rows if isinstance(r, dict)]
        return [h for h in hits if h.url.startswith(("http://", "https://")) and h.snippet][:count]


def search_sources(
    settings: Settings,
    queries: Iterable[str],
    *,
    limit: int,
    client: httpx.Client | None = None,
) -> list[Source]:
    """Sources from the top results of at most `limit` searches; a failed search is a
    warning, not an error."""
    searcher = SearchClient(settings, client)
    sources: list[Source] = []
    try:
        for n, query in enumerate(queries):
            if n >= limit:
                log.warning("searched %d questions (the limit); the rest were not searched", limit)
                break
            try:
                hits = searcher.search(query)
            except FetchError as exc:
                log.warning("%s; going on without it", exc)
                continue
            sources.extend(h.source() for h in hits)
    finally:
        searcher.close()
    return sources
