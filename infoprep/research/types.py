"""The shapes that pass between fetching, extraction, outside sources and facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..models import Fact, Skipped, Source

__all__ = ["ApiClient", "ExtractedPage", "Link", "SearchHit", "SourceResult"]


@dataclass(frozen=True)
class Link:
    """An outgoing link: absolute URL and its visible text."""

    url: str
    text: str


@dataclass
class ExtractedPage:
    """What one HTML page, text file or PDF holds, ready for facts and evidence."""

    url: str  # the final URL, or the file's path for local files
    title: str = ""
    main_text: str = ""
    description: str | None = None
    canonical: str | None = None
    published: str | None = None
    headings: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    opengraph: dict[str, str] = field(default_factory=dict)
    kind: str = "website"  # website | file | news | wikipedia | search | profile
    # Visible passages the main text lost (staff cards, a listing's later items, banners),
    # one a line, in page order; never navigation, footers or consent banners.
    more_text: str = ""
    author: str | None = None  # the page's author: meta author, JSON-LD author or byline


@dataclass(frozen=True)
class SearchHit:
    """One result from a search provider or news feed."""

    url: str
    title: str
    snippet: str = ""
    provider: str = ""
    published: str | None = None
    publisher: str | None = None


@dataclass
class SourceResult:
    """What an outside source (Wikipedia, Wikidata, news, search) contributed."""

    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    seeds: list[str] = field(default_factory=list)  # URLs to fetch next (official site, articles)
    hits: list[SearchHit] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)  # what was looked up, for "nothing found"
    entity: str | None = None  # the Wikidata item (Q…) the source settled on, if any


class ApiClient(Protocol):
    """How outside sources reach their APIs: cached, polite, bounded; raises FetchError."""

    async def get_json(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> Any: ...

    async def get_text(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> str: ...
