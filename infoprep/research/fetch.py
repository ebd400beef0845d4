"""A polite, bounded, cached HTTP fetcher for research pages and outside APIs.

    async with Fetcher.for_settings(settings, scope) as fetcher:
        result = await fetcher.fetch("https://acme.example/about")
        if isinstance(result, FetchFailure):
            print(result.reason)

Politeness: a User-Agent naming infoprep, robots.txt per origin (RFC 9309 through protego;
4xx means allow all, 5xx or no answer means disallow all), its crawl-delay, a global and a
per-host concurrency limit, and 429/503 `Retry-After` honoured with bounded retries.
Bounds: connect/read timeouts and a total deadline per page (which catches slow-drip bodies),
a body cap (larger text is cut and noted), a redirect cap with loop detection, and a scope
check on every hop. Responses are cached on disk: a rerun with a warm cache makes no network
request at all, robots.txt included, because robots.txt is only consulted before a request.
A failing page is a `FetchFailure` with the reason; it never stops the run.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import email.utils
import json
import re
import sys
import time
import unicodedata
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from .. import __version__
from ..errors import FetchError
from ..models import Skipped
from .scope import (
    LINKEDIN_REASON,
    Origin,
    Resolver,
    Scope,
    address_refusal,
    is_linkedin,
    origin_of,
)

if TYPE_CHECKING:
    from ..config import Settings

__all__ = [
    "PAGE_TYPES",
    "SITEMAP_TYPES",
    "USER_AGENT",
    "FetchFailure",
    "FetchOptions",
    "FetchResult",
    "FetchedPage",
    "Fetcher",
    "HTTPStatusError",
    "Progress",
    "Robots",
]

PROJECT_URL = "https://github.com/infoprep/infoprep"
USER_AGENT = f"infoprep/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "infoprep"

# Media type -> what the body is. Pages are what extraction reads; sitemaps what the crawler reads.
PAGE_TYPES: Mapping[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/pdf": "pdf",
}
SITEMAP_TYPES: Mapping[str, str] = {
    "application/xml": "xml",
    "text/xml": "xml",
    "application/gzip": "xml",
    "application/x-gzip": "xml",
    "application/octet-stream": "xml",
    "text/plain": "text",
}
_TEXT_KINDS = {"html", "text", "xml"}
_REDIRECTS = {301, 302, 303, 307, 308}
_KEPT_HEADERS = ("content-type", "location", "retry-after", "content-length", "last-modified")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


@dataclass
class FetchOptions:
    """The bounds of one research run's fetching."""

    concurrency: int = 8
    per_host: int = 3
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    max_retries: int = 2
    max_retry_wait: float = 30.0
    max_crawl_delay: float = 30.0
    cache_days: float = 7.0
    robots_days: float = 1.0
    refresh: bool = False

    @classmethod
    def from_settings(cls, settings: Settings, refresh: bool = False) -> FetchOptions:
        return cls(
            concurrency=max(1, settings.fetch_concurrency),
            per_host=max(1, settings.fetch_per_host),
            total_timeout=settings.fetch_timeout,
            read_timeout=min(10.0, settings.fetch_timeout),
            connect_timeout=min(5.0, settings.fetch_timeout),
            cache_days=settings.cache_days,
            refresh=refresh,
        )


@dataclass
class FetchedPage:
    """A page read successfully: its final URL, media type, bytes and decoded text."""

    url: str
    requested: str
    status: int
    media_type: str
    kind: str  # html | text | pdf | xml
    body: bytes
    text: str = ""
    encoding: str | None = None
    fetched_at: str = ""
    from_cache: bool = False
    truncated: bool = False
    redirects: list[str] = field(default_factory=list)

    def note(self, max_bytes: int) -> str | None:
        """What the user should know about how this page was read, if anything."""
        if self.truncated:
            cap = _megabytes(max_bytes)
            return f"oversize: the page is larger than {cap}; only the start was read"
        return None


@dataclass
class FetchFailure:
    """A URL that could not be read, and why (`kind` is a short machine-readable word)."""

    url: str
    reason: str
    kind: str

    def skipped(self) -> Skipped:
        return Skipped(url=self.url, reason=self.reason)


FetchResult = FetchedPage | FetchFailure


@dataclass
class _Raw:
    """One HTTP exchange as cached: enough to redo every decision without the network."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    truncated: bool
    fetched_at: str
    from_cache: bool = False

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        match = re.search(r"charset\s*=\s*[\"']?([^;\"'\s]+)", self.headers.get("content-type", ""))
        return match.group(1) if match else None


@dataclass
class Robots:
    """The robots.txt rules of one origin."""

    origin: Origin
    parser: Any = None  # protego.Protego, or None for allow-all / disallow-all
    allow_all: bool = True
    detail: str = ""

    @classmethod
    def parse(cls, origin: Origin, text: str) -> Robots:
        from protego import Protego

        return cls(origin, Protego.parse(text), allow_all=False)

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, ROBOTS_AGENT))

    def refusal(self, url: str) -> str | None:
        if self.allows(url):
            return None
        if self.parser is None:
            return f"robots: {self.detail}; the site is treated as closed to crawlers"
        return f"robots: disallowed by {self.origin}/robots.txt"

    @property
    def crawl_delay(self) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(ROBOTS_AGENT)
        return float(delay or 0.0)

    @property
    def sitemaps(self) -> list[str]:
        return [] if self.parser is None else list(self.parser.sitemaps)


class Progress:
    """`fetching 3/25 · acme.example` on stderr, redrawn in place; off unless a terminal."""

    def __init__(self, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = 0
        self.done = 0
        self._shown = False

    def started(self, host: str) -> None:
        self._draw(host)

    def finished(self, host: str) -> None:
        self.done += 1
        self._draw(host)

    def _draw(self, host: str) -> None:
        if not self.enabled:
            return
        total = max(self.total, self.done)
        self.stream.write(f"\r\x1b[Kfetching {self.done}/{total} pages · {host}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


class _Slots:
    """The global limit. A freed slot goes to the waiting host with the most requests still
    queued, so no single host's backlog is left to run alone at the end."""

    def __init__(self, size: int) -> None:
        self.free = size
        self.backlog: dict[Origin, int] = {}
        self._waiting: list[tuple[Origin, asyncio.Future[None]]] = []

    def queued(self, origin: Origin, n: int) -> None:
        self.backlog[origin] = self.backlog.get(origin, 0) + n

    @contextlib.asynccontextmanager
    async def slot(self, origin: Origin) -> AsyncIterator[None]:
        if self.free > 0 and not self._waiting:
            self.free -= 1
        else:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            entry = (origin, future)
            self._waiting.append(entry)
            try:
                await future
            except BaseException:
                if entry in self._waiting:
                    self._waiting.remove(entry)
                elif future.done() and not future.cancelled():
                    self._release()
                raise
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        live = [w for w in self._waiting if not w[1].done()]
        self._waiting = live
        if not live:
            self.free += 1
            return
        best = max(live, key=lambda w: self.backlog.get(w[0], 0))
        live.remove(best)
        best[1].set_result(None)


class _Failed(Exception):
    def __init__(self, reason: str, kind: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.status = status


class HTTPStatusError(FetchError):
    """An outside service answered with an HTTP error status (`status`)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _Exchange:
    """Whether headers arrived: tells a silent server from a slow-drip body."""

    headers_seen = False


def _strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def _strict(body: bytes, encoding: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(body, final=complete)
    except (UnicodeDecodeError, ValueError):
        return None


def _plausible(text: str) -> bool:
    """Whether detected text reads like text: few control or unassigned characters."""
    sample = text[:20_000]
    odd = sum(
        1 for ch in sample
        if ch not in "\t\n\r" and unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}
    )
    return odd <= 0.01 * max(1, len(sample))


def decode_body(
    body: bytes, declared: str | None, kind: str, complete: bool = True
) -> tuple[str, str]:
    """The text of a body and the encoding used: BOM, HTTP header, meta charset, then detection.

    Raises ValueError naming the declared charset when nothing decodes it.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            text = _strict(body, encoding, complete)
            if text is not None:
                return text, encoding
    candidates: list[str | None] = [_codec(declared)]
    if kind in ("html", "xml"):
        match = _META_CHARSET.search(body[:4096])
        if match:
            candidates.append(_codec(match.group(1).decode("ascii", "replace")))
    for candidate in candidates:
        if candidate:
            text = _strict(body, candidate, complete)
            if text is not None:
                return text, candidate
    if not body:
        return "", "utf-8"
    import charset_normalizer

    best = charset_normalizer.from_bytes(body).best()
    if best is not None and _plausible(str(best)):
        return str(best), best.encoding
    said = f"declared as {declared!r}" if declared else "no charset declared"
    raise ValueError(f"bad charset: the page cannot be decoded ({said}, detection found none)")


class Fetcher:
    """Fetches pages within a scope, and answers outside APIs (the `ApiClient` protocol)."""

    def __init__(
        self,
        *,
        cache_dir: Path | None = None,
        options: FetchOptions | None = None,
        scope: Scope | None = None,
        client: httpx.AsyncClient | None = None,
        progress: Progress | None = None,
        resolver: Resolver | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """`client` is the caller's to close; without one the fetcher makes its own (over
        `transport` when given) and closes it."""
        self.options = options or FetchOptions()
        self.resolver = resolver
        self.scope = scope or Scope()
        self.progress = progress or Progress(enabled=False)
        opts = self.options
        self._own_client = client is None
        self.client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=opts.connect_timeout, read=opts.read_timeout,
                write=opts.read_timeout, pool=None,
            ),
            limits=httpx.Limits(max_connections=opts.concurrency + 2),
            follow_redirects=False,
            transport=transport,
        )
        self._cache: Any = None
        if cache_dir is not None:
            import diskcache

            cache_dir.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(str(cache_dir))
        self._global = _Slots(opts.concurrency)
        self._hosts: dict[Origin, asyncio.Semaphore] = {}
        self._next_slot: dict[Origin, float] = {}
        self._robots: dict[Origin, Robots] = {}
        self._robots_locks: dict[Origin, asyncio.Lock] = {}
        self._fresh: set[Origin] = set()
        self.network_requests = 0
        self.cache_hits = 0

    @classmethod
    def for_settings(
        cls,
        settings: Settings,
        scope: Scope | None = None,
        *,
        refresh: bool = False,
        client: httpx.AsyncClient | None = None,
        progress: Progress | None = None,
        resolver: Resolver | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> Fetcher:
        return cls(
            cache_dir=settings.paths.http_cache,
            options=FetchOptions.from_settings(settings, refresh=refresh),
            scope=scope,
            client=client,
            progress=progress,
            resolver=resolver,
            transport=transport,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self.progress.close()
        if self._own_client:
            await self.client.aclose()
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    # -- pages ---------------------------------------------------------------------------

    async def fetch(
        self, url: str, *, accept: Mapping[str, str] = PAGE_TYPES, scoped: bool = True
    ) -> FetchResult:
        """Read one page. `scoped=False` for a seed that stands alone (a search or news hit):
        it and its redirects may be on any public host, never on LinkedIn."""
        url = _strip_fragment(url)
        host = urlsplit(url).hostname or url
        counted = accept is PAGE_TYPES
        if counted:
            self.progress.started(host)
        try:
            return await self._follow(url, accept, scoped)
        except _Failed as failure:
            return FetchFailure(url, failure.reason, failure.kind)
        finally:
            if counted:
                self.progress.finished(host)

    async def _follow(self, url: str, accept: Mapping[str, str], scoped: bool) -> FetchResult:
        chain = [url]
        current = url
        while True:
            self._check_url(current, scoped)
            raw = await self._exchange(current, accept)
            location = raw.headers.get("location")
            if raw.status in _REDIRECTS and location:
                target = _strip_fragment(urljoin(current, location))
                if target in chain:
                    loop = " -> ".join([*chain[chain.index(target):], target])
                    raise _Failed(f"redirect loop: {loop}", "redirect-loop")
                if len(chain) > self.options.max_redirects:
                    raise _Failed(
                        f"too many redirects (more than {self.options.max_redirects})", "redirects"
                    )
                if scoped and self.scope.refusal(target):
                    raise _Failed(
                        f"redirect to {target} refused: {self.scope.refusal(target)}",
                        "out-of-scope",
                    )
                chain.append(target)
                current = target
                continue
            return self._page(raw, url, chain, accept)

    def _check_url(self, url: str, scoped: bool) -> None:
        if is_linkedin(url):
            raise _Failed(LINKEDIN_REASON, "linkedin")
        if scoped:
            refusal = self.scope.refusal(url)
            if refusal:
                raise _Failed(refusal, "out-of-scope")
        else:
            try:
                origin_of(url)
            except ValueError as exc:
                raise _Failed(str(exc), "bad-url") from None

    def _page(
        self, raw: _Raw, requested: str, chain: list[str], accept: Mapping[str, str]
    ) -> FetchedPage:
        if raw.status >= 400:
            raise _Failed(f"HTTP {raw.status}", "http-status")
        if not 200 <= raw.status < 300:
            raise _Failed(f"HTTP {raw.status} without a page", "http-status")
        kind = accept.get(raw.media_type) or _sniff(raw)
        if kind is None:
            what = raw.media_type or "an unlabelled body"
            raise _Failed(f"wrong type: {what} is not a page infoprep reads", "wrong-type")
        if kind == "pdf" and raw.truncated:
            raise _Failed(
                f"oversize: the PDF is larger than {_megabytes(self.options.max_bytes)}",
                "oversize",
            )
        text, encoding = "", None
        if kind in _TEXT_KINDS and not raw.body.startswith(b"\x1f\x8b"):
            try:
                text, encoding = decode_body(raw.body, raw.charset, kind, not raw.truncated)
            except ValueError as exc:
                raise _Failed(str(exc), "bad-charset") from None
        return FetchedPage(
            url=raw.url, requested=requested, status=raw.status, media_type=raw.media_type,
            kind=kind, body=raw.body, text=text, encoding=encoding, fetched_at=raw.fetched_at,
            from_cache=raw.from_cache, truncated=raw.truncated,
            redirects=chain[1:],
        )

    async def _exchange(self, url: str, accept: Mapping[str, str]) -> _Raw:
        """One GET of `url` (no redirect following): from the cache, else the network."""
        key = f"GET {url}"
        cached = self._cache_get(key)
        if cached is not None:
            return _Raw(**cached, from_cache=True)
        origin = origin_of(url)
        explicit = self.scope.is_explicit(origin.host, origin.port)
        refusal = await address_refusal(origin.host, origin.port, explicit, self.resolver)
        if refusal:
            raise _Failed(refusal, "private-address")
        robots = await self.robots(origin)
        refusal = robots.refusal(url)
        if refusal:
            raise _Failed(refusal, "robots")
        if robots.crawl_delay > self.options.max_crawl_delay:
            raise _Failed(
                f"robots: {origin}/robots.txt asks for {robots.crawl_delay:g} s between requests;"
                f" infoprep waits at most {self.options.max_crawl_delay:g} s",
                "robots",
            )
        raw = await self._request(url, accept, origin, robots.crawl_delay)
        if raw.status < 500 and raw.status not in (408, 429):
            self._cache_set(key, raw, self.options.cache_days)
        return raw

    async def _request(
        self,
        url: str,
        accept: Mapping[str, str] | None,
        origin: Origin,
        crawl_delay: float = 0.0,
        headers: Mapping[str, str] | None = None,
    ) -> _Raw:
        """GET over the network within the per-host and global limits."""
        host_limit = self._hosts.setdefault(origin, asyncio.Semaphore(self.options.per_host))
        self._global.queued(origin, +1)
        pending = True
        try:
            async with host_limit, self._global.slot(origin):
                self._global.queued(origin, -1)
                pending = False
                return await self._retrying(url, accept, origin, crawl_delay, headers)
        finally:
            if pending:
                self._global.queued(origin, -1)

    async def _retrying(
        self,
        url: str,
        accept: Mapping[str, str] | None,
        origin: Origin,
        crawl_delay: float,
        headers: Mapping[str, str] | None,
    ) -> _Raw:
        """GET, retrying 429/503 as `Retry-After` asks, within bounds."""
        opts = self.options
        for attempt in range(opts.max_retries + 1):
            await self._polite_wait(origin, crawl_delay)
            raw = await self._get_once(url, accept, headers)
            if raw.status not in (429, 503):
                return raw
            wait = _retry_after(raw.headers.get("retry-after"))
            if wait is None:
                wait = 1.0 * 2**attempt
            if attempt == opts.max_retries:
                break
            if wait > opts.max_retry_wait:
                raise _Failed(
                    f"HTTP {raw.status}: the server asks to retry after {wait:g} s"
                    f" (infoprep waits at most {opts.max_retry_wait:g} s)",
                    "http-status", raw.status,
                )
            await asyncio.sleep(wait)
        raise _Failed(
            f"HTTP {raw.status}: still refused after {opts.max_retries} retries",
            "http-status", raw.status,
        )

    async def _polite_wait(self, origin: Origin, crawl_delay: float) -> None:
        if crawl_delay <= 0:
            return
        now = time.monotonic()
        slot = max(now, self._next_slot.get(origin, now))
        self._next_slot[origin] = slot + crawl_delay
        if slot > now:
            await asyncio.sleep(slot - now)

    async def _get_once(
        self, url: str, accept: Mapping[str, str] | None, headers: Mapping[str, str] | None = None
    ) -> _Raw:
        opts = self.options
        exchange = _Exchange()
        self.network_requests += 1
        try:
            async with asyncio.timeout(opts.total_timeout):
                return await self._stream(url, accept, exchange, headers)
        except TimeoutError:
            if exchange.headers_seen:
                raise _Failed(
                    f"slow drip: the body was still arriving after {opts.total_timeout:g} s",
                    "slow-drip",
                ) from None
            raise _Failed(
                f"timeout: no answer within {opts.total_timeout:g} s", "timeout"
            ) from None
        except httpx.ConnectTimeout:
            raise _Failed(
                f"timeout: no connection within {opts.connect_timeout:g} s", "timeout"
            ) from None
        except httpx.ReadTimeout:
            what = "the body stalled" if exchange.headers_seen else "no answer"
            raise _Failed(f"timeout: {what} for {opts.read_timeout:g} s", "timeout") from None
        except httpx.TimeoutException as exc:
            raise _Failed(f"timeout: {type(exc).__name__}", "timeout") from None
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise _Failed(f"network error: {detail}", "network") from None

    async def _stream(
        self,
        url: str,
        accept: Mapping[str, str] | None,
        exchange: _Exchange,
        headers: Mapping[str, str] | None,
    ) -> _Raw:
        wanted = ", ".join([*accept, "*/*;q=0.1"]) if accept is not None else "*/*"
        sent = {"User-Agent": USER_AGENT, "Accept": wanted}
        sent.update(headers or {})
        async with self.client.stream("GET", url, headers=sent) as response:
            exchange.headers_seen = True
            kept = {k: response.headers[k] for k in _KEPT_HEADERS if k in response.headers}
            raw = _Raw(
                url=url, status=response.status_code, headers=kept, body=b"",
                truncated=False, fetched_at=_now(),
            )
            media = raw.media_type
            if raw.status >= 300 or (accept is not None and media and media not in accept):
                return raw  # the body is not needed: a redirect, an error, or a type we skip
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                room = self.options.max_bytes - size
                if len(chunk) > room:
                    chunks.append(chunk[:room])
                    raw.truncated = True
                    break
                chunks.append(chunk)
                size += len(chunk)
            body = b"".join(chunks)
            if raw.truncated and accept is not None and accept.get(media) == "pdf":
                body = b""  # an incomplete PDF is useless; keep the cache small
            raw.body = body
            return raw

    # -- robots.txt ----------------------------------------------------------------------

    async def robots(self, origin: Origin, fresh: bool = True) -> Robots:
        """The robots.txt rules of `origin`, fetched once per run and cached on disk.

        Rules older than a day are read again before a request is made (`fresh`); reading
        a site's sitemaps from the cached copy (`fresh=False`) needs no request.
        """
        if origin in self._robots and (origin in self._fresh or not fresh):
            return self._robots[origin]
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._robots or (fresh and origin not in self._fresh):
                self._robots[origin] = await self._load_robots(origin, fresh)
        return self._robots[origin]

    async def _load_robots(self, origin: Origin, fresh: bool) -> Robots:
        key = f"ROBOTS {origin}"
        cached = self._cache_get(key)
        if cached is not None:
            age = time.time() - float(cached["at"])
            if age < self.options.robots_days * 86400:
                self._fresh.add(origin)
            if origin in self._fresh or not fresh:
                return self._robots_from(origin, cached["status"], cached["text"])
        self._fresh.add(origin)
        explicit = self.scope.is_explicit(origin.host, origin.port)
        refusal = await address_refusal(origin.host, origin.port, explicit, self.resolver)
        if refusal:
            return Robots(origin, allow_all=False, detail=refusal)
        url = f"{origin}/robots.txt"
        status, text = 0, ""
        try:
            for _ in range(5):
                raw = await self._request(url, {"text/plain": "text"}, origin)
                location = raw.headers.get("location")
                if raw.status in _REDIRECTS and location:
                    url = urljoin(url, location)
                    target = origin_of(url)
                    refusal = await address_refusal(
                        target.host, target.port, self.scope.is_explicit(target.host, target.port),
                        self.resolver,
                    )
                    if refusal:
                        raise _Failed(refusal, "private-address")
                    continue
                status = raw.status
                if 200 <= status < 300:
                    text = raw.body[:512_000].decode("utf-8", "replace")
                break
        except _Failed as failure:
            detail = f"robots.txt could not be read ({failure.reason})"
            return Robots(origin, allow_all=False, detail=detail)
        if status and status < 500:
            entry = {"status": status, "text": text, "at": time.time()}
            self._cache_set(key, entry, self.options.cache_days)
        return self._robots_from(origin, status, text)

    @staticmethod
    def _robots_from(origin: Origin, status: int, text: str) -> Robots:
        if 200 <= status < 300:
            return Robots.parse(origin, text)
        if 400 <= status < 500:
            return Robots(origin, allow_all=True, detail=f"robots.txt answered HTTP {status}")
        return Robots(
            origin, allow_all=False, detail=f"robots.txt could not be read (HTTP {status})"
        )

    # -- outside APIs (the ApiClient protocol) -----------------------------------------------

    async def get_text(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> str:
        """The body of a configured service's answer; FetchError when it cannot be had."""
        full = str(httpx.URL(url, params=params)) if params else url
        key = f"API {full}"
        cached = self._cache_get(key)
        if cached is not None:
            return str(cached)
        origin = origin_of(full)
        current = full
        try:
            for _ in range(self.options.max_redirects + 1):
                raw = await self._request(current, None, origin_of(current), headers=headers)
                location = raw.headers.get("location")
                if raw.status in _REDIRECTS and location:
                    current = urljoin(current, location)
                    continue
                break
            else:
                raise _Failed("too many redirects", "redirects")
        except _Failed as failure:
            message = f"{origin.netloc}: {failure.reason}"
            if failure.status is not None:
                raise HTTPStatusError(message, failure.status) from None
            raise FetchError(message) from None
        if raw.status >= 300:
            raise HTTPStatusError(f"{origin.netloc} answered HTTP {raw.status}", raw.status)
        if raw.truncated:
            cap = _megabytes(self.options.max_bytes)
            raise FetchError(f"{origin.netloc}: the answer is larger than {cap}")
        try:
            text, _ = decode_body(raw.body, raw.charset or "utf-8", "text")
        except ValueError as exc:
            raise FetchError(f"{origin.netloc}: {exc}") from None
        self._cache_set(key, text, self.options.cache_days)
        return text

    async def get_json(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        text = await self.get_text(url, params, {"Accept": "application/json", **(headers or {})})
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            host = urlsplit(url).netloc
            where = f"{exc.msg} at line {exc.lineno}"
            raise FetchError(f"{host} did not answer JSON: {where}") from None

    # -- the disk cache ------------------------------------------------------------------

    def _cache_get(self, key: str) -> Any:
        if self._cache is None or self.options.refresh:
            return None
        value = self._cache.get(key)
        if value is not None:
            self.cache_hits += 1
        return value

    def _cache_set(self, key: str, value: Any, days: float) -> None:
        if self._cache is None or days <= 0:
            return
        if isinstance(value, _Raw):
            value = {k: v for k, v in value.__dict__.items() if k != "from_cache"}
        self._cache.set(key, value, expire=days * 86400)


def _sniff(raw: _Raw) -> str | None:
    """What an unlabelled body is, from its first bytes."""
    if raw.media_type:
        return None
    head = raw.body[:512].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None
