"""The live check behind `--verify-with-search`: a search provider's top results as evidence.

The research's search sources (SearXNG, Brave) through the research fetcher: cached on disk
under the home, polite, and bounded in searches per run. Each result becomes a source whose
text is the result's snippet, so quotes stay exact.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..aio import run_sync
from ..errors import ConfigError
from ..models import Source

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["search_sources"]

log = logging.getLogger("infoprep")

RESULTS_PER_QUESTION = 3


def search_sources(settings: Settings, queries: Iterable[str], *, limit: int) -> list[Source]:
    """Sources from the top results of at most `limit` searches; a failed search is a
    warning, not an error."""
    if not settings.searxng_url and not settings.brave_api_key:
        raise ConfigError(
            "--verify-with-search needs a search provider: set INFOPREP_SEARXNG_URL "
            "(your SearXNG instance) or BRAVE_API_KEY"
        )
    return run_sync(_search(settings, list(queries), limit))


async def _search(settings: Settings, queries: list[str], limit: int) -> list[Source]:
    from ..research.fetch import Fetcher
    from ..research.sources.search import web_search

    if len(queries) > limit:
        log.warning("searching %d questions (the limit); the rest were not searched", limit)
    sources: list[Source] = []
    async with Fetcher.for_settings(settings) as fetcher:
        for query in queries[:limit]:
            result = await web_search(fetcher, settings, query, limit=RESULTS_PER_QUESTION)
            for skipped in result.skipped:
                log.warning("%s; going on without it", skipped.reason)
            sources.extend(
                Source(url=hit.url, title=hit.title, kind="search", text=hit.snippet)
                for hit in result.hits[:RESULTS_PER_QUESTION]
                if hit.snippet
            )
    return sources
