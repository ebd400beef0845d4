"""Research: from a name, an employer, URLs and files to a saved, sourced dossier.

    dossier = research(ws, "Maren Okafor", "Tidewater Instruments",
                       urls=["https://tidewater.example/"], no_search=True)

Steps: read the local files; ask the outside sources (Wikipedia, Wikidata, news, search
providers) unless `no_search`; crawl the seed sites (the user's URLs, else the employer's
official website) and read the news and search hits, all within one page budget; derive
facts with their quotes; save the dossier in one transaction. Nothing is stored when the
run finds nothing or is interrupted.
"""

from __future__ import annotations

import asyncio
import logging
import shlex
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, NotFoundError
from ..models import Company, Dossier, Fact, Person, Skipped, Source
from .crawl import CrawlResult, Relevance, crawl
from .fetch import FetchedPage, Fetcher, Progress
from .scope import LINKEDIN_REASON, Resolver, Scope, is_linkedin, origin_of, url_problem
from .types import ApiClient, ExtractedPage, SourceResult

if TYPE_CHECKING:
    import httpx

    from ..api import Workspace
    from ..config import Settings

__all__ = [
    "ResearchRun", "assemble", "read_fetched", "research", "research_async", "run_research",
]

log = logging.getLogger("infoprep.research")


def read_fetched(fetched: FetchedPage) -> ExtractedPage | None:
    """What a fetched page holds (None when nothing readable): HTML, plain text or PDF."""
    if fetched.kind == "html":
        from .extract import extract_page

        page = extract_page(fetched.text, fetched.url)
    elif fetched.kind == "text":
        text = fetched.text.strip()
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        page = ExtractedPage(url=fetched.url, title=title[:200], main_text=text)
    elif fetched.kind == "pdf":
        from . import files

        try:
            page = files._pdf_page(fetched.body, fetched.url, Path(fetched.url))
        except InputError as exc:
            log.info("%s: %s", fetched.url, exc)
            return None
        page.kind = "website"
    else:
        return None
    if not (page.main_text.strip() or page.jsonld or page.title):
        return None
    return page


@dataclass
class ResearchRun:
    """A research run's outcome: the dossier, what was tried, and what the budget left out."""

    dossier: Dossier
    tried: list[str] = field(default_factory=list)
    not_followed: int = 0
    network_requests: int = 0


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def check_inputs(urls: Sequence[str], files: Sequence[str | Path]) -> None:
    """Malformed URLs and unreadable files are errors naming them (exit 2), before any work."""
    for url in urls:
        problem = url_problem(url)
        if problem:
            hint = ""
            if "://" not in url and "." in url and " " not in url.strip():
                hint = f" (did you mean https://{url.strip().rstrip('/')}/?)"
            raise InputError(f"malformed URL {url!r}: {problem}{hint}")
    for path in files:
        target = Path(path).expanduser()
        if not target.exists():
            raise InputError(f"file not found: {target}")


async def run_research(
    settings: Settings,
    name: str,
    company: str,
    urls: Sequence[str] = (),
    files: Sequence[str | Path] = (),
    *,
    no_search: bool = False,
    max_pages: int | None = None,
    refresh: bool = False,
    client: httpx.AsyncClient | None = None,
    progress: Progress | None = None,
    resolver: Resolver | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ResearchRun:
    """Gather the dossier without saving it (the library call behind `research`).

    `client` (yours to close) or `transport`, and `resolver` replace the HTTP client or its
    transport and the DNS resolver.
    """
    from .files import read_files

    name = " ".join(name.split())
    company = " ".join(company.split())
    if not name:
        raise InputError("the contact's name cannot be empty")
    if not company:
        raise InputError("the employer's name (--company) cannot be empty")
    check_inputs(urls, files)
    tried: list[str] = []
    file_pages: list[ExtractedPage] = []
    for path in files:
        file_pages.extend(read_files(path))
        tried.append(f"file {path}")
    skipped: list[Skipped] = []
    user_sites: list[str] = []
    for url in dict.fromkeys(urls):
        if is_linkedin(url):
            skipped.append(Skipped(url=url, reason=LINKEDIN_REASON))
            tried.append(f"{url} (LinkedIn: not fetched)")
        else:
            user_sites.append(url)
    scope = Scope()
    for url in user_sites:
        scope.add_site(url, explicit=True)
    budget = max_pages if max_pages is not None else settings.max_pages
    if budget < 1:
        raise InputError(f"--max-pages must be at least 1, not {budget}")
    relevance = Relevance(name, company)
    asked = _Asked()
    async with Fetcher.for_settings(
        settings, scope, refresh=refresh, client=client, progress=progress, resolver=resolver,
        transport=transport,
    ) as fetcher:
        if not no_search:
            asked = await _ask_sources(fetcher, settings, name, company, user_sites, tried)
        sites = list(user_sites)
        for url in asked.websites if not user_sites else []:
            if url not in sites:
                sites.append(url)
                scope.add_site(url, explicit=False)
        pages = [u for u in asked.pages if not scope.contains(u) and u not in sites]
        tried.extend(f"site {u}" for u in sites)
        crawled = CrawlResult()
        if sites or pages:
            crawled = await crawl(
                fetcher, read_fetched, relevance, sites, pages, max_pages=budget
            )
        network = fetcher.network_requests
    for result in asked.results:
        skipped.extend(result.skipped)
    skipped.extend(crawled.skipped)
    dossier = assemble(
        name, company, file_pages, asked.results, crawled, asked.pages, skipped, sites
    )
    return ResearchRun(dossier, tried, crawled.not_followed, network)


@dataclass
class _Asked:
    """What the outside sources said, by role."""

    results: list[SourceResult] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)  # official sites: crawled as sites
    pages: dict[str, str] = field(default_factory=dict)  # news and search hits: url -> kind


async def _ask_sources(
    api: ApiClient, settings: Settings, name: str, company: str, user_sites: list[str],
    tried: list[str],
) -> _Asked:
    """Wikipedia and Wikidata for the employer (and the person when notable), news, search."""
    from .sources import lookup_wikidata, lookup_wikipedia, search_news, web_search

    hosts = [origin_of(u).host.removeprefix("www.") for u in user_sites]

    async def employer() -> list[SourceResult]:
        article = await lookup_wikipedia(
            api, settings, company, subject="company", context=[name, *hosts], person=name
        )
        data = await lookup_wikidata(
            api, settings, company, subject="company", context=[name, *hosts],
            qid=article.entity, have_website=bool(user_sites), company=company,
        )
        return [article, data]

    async def person() -> list[SourceResult]:
        article = await lookup_wikipedia(
            api, settings, name, subject="person", context=[company], company=company
        )
        if article.entity is None:
            return [article]
        data = await lookup_wikidata(
            api, settings, name, subject="person", context=[company], qid=article.entity,
            have_website=True, company=company,
        )
        return [article, data]

    async def news() -> list[SourceResult]:
        about_person = await search_news(api, settings, name, company=company, person=name,
                                         limit=6)
        about_company = await search_news(api, settings, company, company=company, person=name,
                                          limit=6)
        return [about_person, about_company]

    async def search() -> list[SourceResult]:
        return [await web_search(api, settings, f'"{name}" "{company}"', limit=10)]

    groups = await asyncio.gather(employer(), person(), news(), search())
    asked = _Asked()
    for group, role in zip(groups, ("employer", "person", "news", "search"), strict=True):
        for result in group:
            asked.results.append(result)
            tried.extend(result.tried)
            if role == "employer":
                asked.websites.extend(u for u in result.seeds if not url_problem(u))
            elif role in ("news", "search"):
                for url in result.seeds:
                    if not url_problem(url):
                        asked.pages.setdefault(url, role)
    return asked


def assemble(
    name: str,
    company: str,
    file_pages: Iterable[ExtractedPage],
    results: Iterable[SourceResult],
    crawled: CrawlResult,
    kinds: dict[str, str],
    skipped: list[Skipped],
    sites: Sequence[str] = (),
) -> Dossier:
    """The dossier from everything read: sources with their text, facts, skipped URLs."""
    from .facts import attribute_person, company_pattern, page_facts, page_source

    sources: list[Source] = []
    facts: list[Fact] = []
    seen_facts: set[str] = set()
    seen_sources: set[str] = set()

    def add_facts(new: Iterable[Fact]) -> None:
        for fact in new:
            key = fact.id or f"{fact.subject}|{fact.field}|{fact.value}|{fact.source_url}"
            if key not in seen_facts:
                seen_facts.add(key)
                facts.append(fact)

    def add_page(page: ExtractedPage, fetched_at: str) -> None:
        if page.url in seen_sources:
            return
        attribution = attribute_person(page, name, company)
        found = page_facts(page, name, company, attribution=attribution)
        if attribution.verdict == "other" and not found:
            skipped.append(Skipped(url=page.url, reason=f"another {name}: {attribution.reason}"))
            return
        seen_sources.add(page.url)
        sources.append(page_source(page, fetched_at))
        add_facts(found)

    now = _now()
    for page in file_pages:
        add_page(page, now)
    # Pages read in full come before the outside sources' short entries for the same URL.
    for item in crawled.pages:
        page = item.page
        page.kind = kinds.get(item.fetched.requested, page.kind)
        add_page(page, item.fetched.fetched_at)
    for result in results:
        for source in result.sources:
            if source.url not in seen_sources:
                seen_sources.add(source.url)
                sources.append(source)
        add_facts(result.facts)
    person = _person(name, company, facts)
    employer = company_pattern(company)
    # The employer's site: a seed site whose own pages name the company in their title.
    website = next(
        (
            str(origin_of(item.fetched.url)) + "/"
            for item in crawled.pages
            if item.seed and origin_of(item.fetched.url) in {origin_of(u) for u in sites}
            and employer.search(
                " ".join((item.page.title, item.page.opengraph.get("og:site_name", "")))
            )
        ),
        None,
    )
    found_site = next(
        (f.value for f in facts if f.subject == "company" and f.field == "website"), None
    )
    description = next(
        (f.value for f in facts if f.subject == "company" and f.field == "description"), None
    )
    return Dossier(
        person=person,
        company=Company(name=company, website=website or found_site, description=description),
        sources=sources,
        facts=facts,
        skipped=_unique(skipped),
    )


def _person(name: str, company: str, facts: list[Fact]) -> Person:
    def first(field_name: str) -> str | None:
        return next(
            (f.value for f in facts if f.subject == "person" and f.field == field_name), None
        )

    return Person(
        name=name,
        title=first("title"),
        employer=first("employer") or company,
        location=first("location"),
    )


def _unique(skipped: list[Skipped]) -> list[Skipped]:
    seen: set[str] = set()
    out: list[Skipped] = []
    for item in skipped:
        if item.url not in seen:
            seen.add(item.url)
            out.append(item)
    return out


def nothing_found(run: ResearchRun) -> bool:
    return not run.dossier.sources and not run.dossier.facts


def research(
    ws: Workspace,
    name: str,
    company: str,
    urls: Sequence[str] = (),
    files: Sequence[str | Path] = (),
    no_search: bool = False,
    max_pages: int | None = None,
    refresh: bool = False,
    *,
    progress: bool | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    resolver: Resolver | None = None,
) -> Dossier:
    """Research `name` at `company`, save the dossier in the workspace and return it.

    `progress`: draw fetch progress on stderr (default: when stderr is a terminal);
    `transport` and `resolver` replace the HTTP transport and the DNS resolver.
    Raises InputError (a malformed URL, an unreadable file) or NotFoundError (nothing found,
    listing what was tried); then nothing is stored. Works inside a running event loop too.
    """
    from ..aio import run_sync

    check_inputs(urls, files)
    name, ref = _who(ws, name)
    run = run_sync(
        run_research(
            ws.settings, name, company, urls, files, no_search=no_search,
            max_pages=max_pages, refresh=refresh, progress=Progress(sys.stderr, enabled=progress),
            resolver=resolver, transport=transport,
        )
    )
    return _save(ws, ref, company, run)


async def research_async(
    ws: Workspace,
    name: str,
    company: str,
    urls: Sequence[str] = (),
    files: Sequence[str | Path] = (),
    no_search: bool = False,
    max_pages: int | None = None,
    refresh: bool = False,
    *,
    progress: bool | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    resolver: Resolver | None = None,
) -> Dossier:
    """`research` on the caller's event loop."""
    check_inputs(urls, files)
    name, ref = _who(ws, name)
    run = await run_research(
        ws.settings, name, company, urls, files, no_search=no_search,
        max_pages=max_pages, refresh=refresh, progress=Progress(sys.stderr, enabled=progress),
        resolver=resolver, transport=transport,
    )
    return _save(ws, ref, company, run)


def _who(ws: Workspace, ref: str) -> tuple[str, str]:
    """The name to research and how to find the contact to save it under: `#12` (or `12`)
    is that contact, by their stored name; a name that matches several contacts is refused
    now, before anything is fetched; a new name is a new contact."""
    from ..records import find_contact

    found = find_contact(ws.store, ref)
    if found is not None:
        return found.name, f"#{found.id}"
    if ref.strip().removeprefix("#").isdigit():
        raise NotFoundError(
            f"no contact {ref.strip()}: research a person by name (infoprep research NAME "
            "--company COMPANY), or see `infoprep contacts list` for the ids"
        )
    return ref, ref


def _save(ws: Workspace, name: str, company: str, run: ResearchRun) -> Dossier:
    """Store what a run found; NotFoundError (nothing stored) when it found nothing."""
    from ..records import ensure_contact, save_dossier

    if nothing_found(run):
        tried = "; ".join(run.tried) or "nothing: give --url or --file, or allow searching"
        skipped = "; ".join(f"{s.url} ({s.reason})" for s in run.dossier.skipped[:5])
        raise NotFoundError(
            f"nothing found about {name} at {company}. Tried: {tried}"
            + (f". Skipped: {skipped}" if skipped else "")
        )
    contact = ensure_contact(ws.store, name, company)
    save_dossier(ws.store, contact.id, run.dossier)
    return run.dossier


def load(ws: Workspace, ref: str) -> Dossier:
    """The saved dossier of contact `ref` (name or #id); NotFoundError when there is none."""
    from ..records import contact_ref, get_contact, load_dossier

    hint = ("see `infoprep contacts list` for the ids" if ref.strip().removeprefix("#").isdigit()
            else f"run `infoprep research {shlex.quote(ref)} --company COMPANY`")
    contact = get_contact(ws.store, ref, hint=hint)
    dossier = load_dossier(ws.store, contact.id)
    if dossier is None:
        who = contact_ref(ws.store.conn, contact.id, contact.name)
        raise NotFoundError(
            f"no dossier for {contact.name} yet: run `infoprep research {who} --company "
            f"{shlex.quote(contact.company or 'COMPANY')}` first"
        )
    return dossier

