"""Outside sources: Wikipedia, Wikidata, news RSS search and web search providers.

Each is `async def …(api: ApiClient, settings: Settings, …) -> SourceResult`; base URLs come
from settings, so tests point them at replay servers.
"""

from .news import search_news
from .search import web_search
from .wikidata import lookup_wikidata
from .wikipedia import lookup_wikipedia

__all__ = ["lookup_wikidata", "lookup_wikipedia", "search_news", "web_search"]
