"""Site discovery: from seed URLs to the pages that matter, most relevant first.

Site seeds are crawled: their links and sitemaps (`Sitemap:` lines in robots.txt, else
`/sitemap.xml`; gzipped files and sitemap indexes too) feed a best-first frontier scored by
what a researcher looks for — the person's name, the employer's name, and words such as about,
team, leadership, news, press, blog, careers, products in the URL and the link text. Page
seeds (search and news hits) are read on their own. Everything shares one page budget.
"""

from __future__ import annotations

import asyncio
import gzip
import heapq
import io
import itertools
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from ..models import Skipped
from .fetch import SITEMAP_TYPES, FetchedPage, Fetcher, FetchFailure
from .scope import LINKEDIN_REASON, is_linkedin, origin_of
from .types import ExtractedPage, Link

__all__ = ["CrawlResult", "CrawledPage", "Relevance", "crawl", "parse_sitemap"]

# Words in a URL path or a link's text, and what they are worth to a researcher.
KEYWORDS: dict[str, float] = {
    "about": 30, "about-us": 30, "who-we-are": 30, "company": 20, "our-story": 25,
    "mission": 15, "history": 10,
    "team": 40, "leadership": 40, "people": 35, "management": 35, "founders": 35,
    "executives": 35, "board": 20, "staff": 25,
    "news": 20, "press": 20, "newsroom": 20, "media": 10, "blog": 15, "posts": 10,
    "stories": 10, "insights": 10, "events": 8, "talks": 12,
    "careers": 12, "jobs": 10, "culture": 12,
    "products": 12, "product": 12, "solutions": 10, "services": 10, "platform": 8,
    "customers": 10, "case-studies": 10, "investors": 10,
}
_ASSET = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|ico|bmp|css|js|mjs|json|woff2?|ttf|eot|mp[34]|m4a|wav|ogg|"
    r"webm|mov|avi|zip|gz|tgz|rar|7z|exe|dmg|msi|iso|xlsx?|docx?|pptx?|csv|rss|atom|ics)$",
    re.I,
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SITEMAPS = 10
MAX_SITEMAP_URLS = 2000
MAX_SITEMAP_BYTES = 50_000_000


@dataclass
class Relevance:
    """How much a URL, a link or a page concerns the person and their employer."""

    person: str
    company: str

    def __post_init__(self) -> None:
        self._person_tokens = [t for t in _tokens(self.person) if len(t) > 1]
        self._person_slug = "-".join(self._person_tokens)
        self._company_tokens = [
            t for t in _tokens(self.company)
            if t not in {"inc", "ltd", "llc", "gmbh", "corp", "co", "the", "sa", "ag", "plc"}
        ]

    def link(self, url: str, text: str = "") -> float:
        """The score of a link to follow: its path words, its text, the names it carries."""
        path = unquote(urlsplit(url).path).lower()
        words = set(_WORD.findall(path)) | {w for part in path.split("/") for w in part.split("-")}
        text_words = set(_tokens(text))
        score = 0.0
        for word, value in KEYWORDS.items():
            if word in words:
                score += value
            elif word in text_words:
                score += value * 0.8
        if self._person_slug and (
            self._person_slug in path or _contains(_tokens(text), self._person_tokens)
        ):
            score += 60
        elif self._person_tokens and self._person_tokens[-1] in words | text_words:
            score += 25
        if self._company_tokens and _contains(_tokens(text), self._company_tokens):
            score += 5
        depth = len([p for p in path.split("/") if p])
        return score - 4 * max(0, depth - 1)

    def page(self, page: ExtractedPage) -> float:
        """The score of a page read: how often it names the person and the employer."""
        text = " ".join([page.title, page.description or "", page.main_text])
        tokens = _tokens(text)
        person = _count(tokens, self._person_tokens)
        company = _count(tokens, self._company_tokens)
        return 20 * min(person, 5) + 5 * min(company, 5)

    def mentions_person(self, page: ExtractedPage) -> bool:
        return _count(_tokens(" ".join([page.title, page.main_text])), self._person_tokens) > 0


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _contains(tokens: list[str], wanted: list[str]) -> bool:
    return _count(tokens, wanted) > 0


def _count(tokens: list[str], wanted: list[str]) -> int:
    if not wanted or len(tokens) < len(wanted):
        return 0
    n = len(wanted)
    return sum(1 for i in range(len(tokens) - n + 1) if tokens[i : i + n] == wanted)


@dataclass
class CrawledPage:
    """A page read during the crawl: what was fetched, what it holds, how relevant it is."""

    fetched: FetchedPage
    page: ExtractedPage
    score: float
    seed: bool = False


@dataclass
class CrawlResult:
    pages: list[CrawledPage] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    not_followed: int = 0  # links left in the frontier when the page budget ran out


Reader = Callable[[FetchedPage], ExtractedPage | None]


@dataclass(order=True)
class _Item:
    priority: float
    order: int
    url: str = field(compare=False)
    score: float = field(compare=False)
    seed: bool = field(compare=False, default=False)
    scoped: bool = field(compare=False, default=True)


class _Frontier:
    def __init__(self) -> None:
        self._heap: list[_Item] = []
        self._seen: set[str] = set()
        self._order = itertools.count()

    def add(self, url: str, score: float, *, seed: bool = False, scoped: bool = True) -> bool:
        key = _key(url)
        if key in self._seen:
            return False
        self._seen.add(key)
        heapq.heappush(self._heap, _Item(-score, next(self._order), url, score, seed, scoped))
        return True

    def seen(self, url: str) -> bool:
        return _key(url) in self._seen

    def mark(self, url: str) -> None:
        self._seen.add(_key(url))

    def pop(self) -> _Item:
        return heapq.heappop(self._heap)

    def __len__(self) -> int:
        return len(self._heap)


def _key(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port or ''}{path}?{parts.query}"


async def crawl(
    fetcher: Fetcher,
    read: Reader,
    relevance: Relevance,
    site_seeds: Iterable[str] = (),
    page_seeds: Iterable[str] = (),
    *,
    max_pages: int = 25,
) -> CrawlResult:
    """Read up to `max_pages` pages: the seeds, then the best links and sitemap entries.

    `read` turns a fetched page into an ExtractedPage (None when it holds nothing usable);
    site seeds must already be in the fetcher's scope.
    """
    result = CrawlResult()
    frontier = _Frontier()
    skipped_urls: set[str] = set()
    site_seeds = list(site_seeds)
    for url in site_seeds:
        frontier.add(url, 1000.0, seed=True)
    for url in page_seeds:
        frontier.add(url, 500.0 + relevance.link(url), seed=True, scoped=False)

    def skip(url: str, reason: str) -> None:
        if _key(url) not in skipped_urls:
            skipped_urls.add(_key(url))
            result.skipped.append(Skipped(url=url, reason=reason))

    # Sitemap entries wait behind links of the same worth: a link's text says more.
    sitemap = await _sitemap_urls(fetcher, site_seeds, skip)


    max_attempts = max_pages * 3 + 10
    attempts = 0
    running: dict[asyncio.Task[tuple[FetchedPage | FetchFailure, ExtractedPage | None]], _Item]
    running = {}
    workers = max(1, fetcher.options.concurrency)

    async def visit(item: _Item) -> tuple[FetchedPage | FetchFailure, ExtractedPage | None]:
        fetched = await fetcher.fetch(item.url, scoped=item.scoped)
        if isinstance(fetched, FetchFailure):
            return fetched, None
        return fetched, await asyncio.to_thread(read, fetched)

    # The seeds are read first; best-first starts from their links.
    seeds_left = len(frontier)
    for found in sitemap:
        frontier.add(found, relevance.link(found) - 5)
    while True:
        while (
            frontier and len(running) < workers and attempts < max_attempts
            and len(result.pages) + len(running) < max_pages
            and (seeds_left > 0 or not any(i.seed for i in running.values()))
        ):
            seeds_left -= 1
            item = frontier.pop()
            attempts += 1
            running[asyncio.ensure_future(visit(item))] = item
            room = max_pages - len(result.pages) - len(running)
            fetcher.progress.total = (
                fetcher.progress.done + len(running) + max(0, min(len(frontier), room))
            )
        if not running:
            break
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            item = running.pop(task)
            fetched, page = task.result()
            if isinstance(fetched, FetchFailure):
                skip(fetched.url, fetched.reason)
                continue
            frontier.mark(fetched.url)
            if page is None:
                skip(fetched.url, f"nothing readable in the {fetched.kind} page")
                continue
            if fetched.truncated:
                note = fetched.note(fetcher.options.max_bytes)
                skip(fetched.url, note or "oversize")
            page_score = relevance.page(page)
            result.pages.append(CrawledPage(fetched, page, item.score + page_score, item.seed))
            if item.scoped or fetcher.scope.contains(fetched.url):
                bonus = 10.0 if relevance.mentions_person(page) else 0.0
                _follow(page.links, fetcher, frontier, relevance, bonus, skip)
    result.not_followed = len(frontier)
    result.pages.sort(key=lambda p: (not p.seed, -p.score, p.fetched.url))
    return result


def _follow(
    links: list[Link],
    fetcher: Fetcher,
    frontier: _Frontier,
    relevance: Relevance,
    bonus: float,
    skip: Callable[[str, str], None],
) -> None:
    for link in links:
        url = link.url
        if frontier.seen(url) or _ASSET.search(urlsplit(url).path):
            continue
        refusal = fetcher.scope.refusal(url)
        if refusal is not None:
            if url.startswith(("http://", "https://")):
                skip(url, LINKEDIN_REASON if is_linkedin(url) else refusal)
            frontier.mark(url)
            continue
        frontier.add(url, relevance.link(url, link.text) + bonus)


async def _sitemap_urls(
    fetcher: Fetcher, seeds: list[str], skip: Callable[[str, str], None]
) -> list[str]:
    """Page URLs from the sitemaps of the seeds' origins, in scope only."""
    queue: list[tuple[str, bool]] = []
    for origin in dict.fromkeys(origin_of(u) for u in seeds):
        robots = await fetcher.robots(origin, fresh=False)
        listed = robots.sitemaps
        queue.extend((u, True) for u in listed)
        if not listed:
            queue.append((f"{origin}/sitemap.xml", False))
    urls: list[str] = []
    done: set[str] = set()
    while queue and len(done) < MAX_SITEMAPS and len(urls) < MAX_SITEMAP_URLS:
        where, announced = queue.pop(0)
        if where in done:
            continue
        done.add(where)
        fetched = await fetcher.fetch(where, accept=SITEMAP_TYPES)
        if isinstance(fetched, FetchFailure):
            if announced:
                skip(where, f"sitemap: {fetched.reason}")
            continue
        try:
            pages, children = parse_sitemap(fetched.body)
        except ValueError as exc:
            if announced:
                skip(where, f"sitemap: {exc}")
            continue
        queue.extend((urljoin(where, c), True) for c in children)
        urls.extend(u for u in pages if fetcher.scope.contains(u))
    return urls[:MAX_SITEMAP_URLS]


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index, gzipped or not."""
    if body.startswith(b"\x1f\x8b"):
        try:
            body = _gunzip(body)
        except (OSError, EOFError, zlib.error) as exc:
            raise ValueError(f"not a readable gzip file ({exc})") from None
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True
    )
    try:
        root: Any = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not XML ({exc})") from None
    if root is None:
        raise ValueError("not XML")
    pages: list[str] = []
    children: list[str] = []
    for loc in root.iter("{*}loc"):
        parent = etree.QName(loc.getparent()).localname if loc.getparent() is not None else ""
        value = (loc.text or "").strip()
        if not value:
            continue
        (children if parent == "sitemap" else pages).append(value)
    return pages, children


def _gunzip(body: bytes) -> bytes:
    out = bytearray()
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
        while chunk := stream.read(1 << 16):
            out.extend(chunk)
            if len(out) > MAX_SITEMAP_BYTES:
                raise OSError("more than 50 MB uncompressed")
    return bytes(out)

