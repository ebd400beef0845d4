"""The crawler over the fixture sites: discovery, relevance, budget, scope and sitemaps."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from research_sites import MARKER, Sites, research_sites

from infoprep.research.crawl import CrawlResult, Relevance, crawl, parse_sitemap
from infoprep.research.fetch import Fetcher, FetchOptions
from infoprep.research.pipeline import read_fetched
from infoprep.research.scope import Scope, origin_of


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    with research_sites() as running:
        yield running


@pytest.fixture(autouse=True)
def fresh_records(sites: Sites) -> None:
    for server in sites.all():
        server.requests.clear()


def run_crawl(
    sites: Sites, *seeds: str, max_pages: int = 25, cache: Path | None = None,
    pages: tuple[str, ...] = (),
) -> CrawlResult:
    async def go() -> CrawlResult:
        scope = Scope.of(seeds)
        # Tests serve page seeds from 127.0.0.1 too: name those hosts as a user would.
        scope.explicit_hosts.update((origin_of(u).host, origin_of(u).port) for u in pages)
        async with Fetcher(
            cache_dir=cache, options=FetchOptions(total_timeout=5.0), scope=scope
        ) as fetcher:
            return await crawl(
                fetcher, read_fetched, Relevance("Maren Okafor", "Tidewater Instruments"),
                seeds, pages, max_pages=max_pages,
            )

    return asyncio.run(go())


def reasons(result: CrawlResult) -> dict[str, str]:
    return {s.url: s.reason for s in result.skipped}


def test_crawl_reads_the_pages_that_matter_and_skips_the_rest(sites: Sites) -> None:
    company = sites.company
    result = run_crawl(sites, company.url("/"))
    read = [p.fetched.url for p in result.pages]
    for path in ("/", "/about.html", "/team.html", "/news/2025-series-b.html", "/careers.html",
                 "/legacy/history-1252.html", "/news/2024-tidelake-launch.html"):
        assert company.url(path) in read, path
    # The seed first, then the pages naming the person most.
    assert read[0] == company.url("/")
    assert read.index(company.url("/team.html")) < read.index(company.url("/cookies.html"))
    why = reasons(result)
    assert why[company.url("/private/board-minutes.html")] == (
        f"robots: disallowed by {company.base_url}/robots.txt"
    )
    assert why[company.url("/old-team")].startswith("redirect loop: ")
    assert why[company.url("/assets/brochure-2025.html")].startswith("oversize: ")
    assert why[sites.foreign.url("/mooring")].startswith("out of scope: ")
    assert "Save to PDF" in why["https://www.linkedin.com/in/maren-okafor-fictional"]
    # What the servers saw: never the disallowed page, the foreign host, LinkedIn or assets.
    requested = company.paths_requested()
    assert "/private/board-minutes.html" not in requested
    assert "/static/analytics.js" not in requested and "/static/logo.png" not in requested
    assert sites.foreign.requests == []
    assert requested.count("/robots.txt") == 1
    assert {"/sitemap.xml", "/sitemap-pages.xml.gz"} <= set(requested)
    assert all(MARKER not in p.page.main_text for p in result.pages)


def test_windows_1252_page_reads_right(sites: Sites) -> None:
    result = run_crawl(sites, sites.company.url("/legacy/history-1252.html"), max_pages=1)
    (page,) = result.pages
    assert page.fetched.encoding == "cp1252"
    assert "“a bathtub with antennas”" in page.page.main_text
    assert "Café Océan" in page.page.main_text


def test_page_budget_is_kept_and_relevant_pages_come_first(sites: Sites) -> None:
    result = run_crawl(sites, sites.company.url("/"), max_pages=3)
    read = [p.fetched.url.removeprefix(sites.company.base_url) for p in result.pages]
    assert len(read) == 3
    assert read[0] == "/"
    assert "/team.html" in read  # leadership beats cookies and partners
    assert result.not_followed > 0
    assert len([p for p in sites.company.paths_requested() if p.endswith(".html")]) <= 3 + 2


def test_page_seeds_are_read_alone_and_links_from_them_not_followed(sites: Sites) -> None:
    article = sites.news.url("/2025/tidewater-series-b.html")
    result = run_crawl(sites, sites.blog.url("/"), pages=(article,), max_pages=10)
    read = {p.fetched.url for p in result.pages}
    assert article in read
    assert sites.blog.url("/about.html") in read and sites.blog.url("/talks.html") in read
    assert sites.news.paths_requested() == ["/robots.txt", "/2025/tidewater-series-b.html"]


def test_warm_cache_rerun_reaches_no_server(sites: Sites, tmp_path: Path) -> None:
    first = run_crawl(sites, sites.company.url("/"), cache=tmp_path)
    for server in sites.all():
        server.requests.clear()
    second = run_crawl(sites, sites.company.url("/"), cache=tmp_path)
    assert [server.requests for server in sites.all()] == [[], [], [], []]
    assert [p.fetched.url for p in second.pages] == [p.fetched.url for p in first.pages]
    assert reasons(second) == reasons(first)


def test_sitemaps_gzip_and_index_parse() -> None:
    urlset = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc> https://a.example/x </loc><lastmod>2025-01-01</lastmod></url>"
        b"<url><loc>https://a.example/y</loc></url></urlset>"
    )
    assert parse_sitemap(gzip.compress(urlset)) == (
        ["https://a.example/x", "https://a.example/y"], []
    )
    index = (
        b"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<sitemap><loc>https://a.example/s1.xml.gz</loc></sitemap></sitemapindex>"
    )
    assert parse_sitemap(index) == ([], ["https://a.example/s1.xml.gz"])
    with pytest.raises(ValueError, match="gzip"):
        parse_sitemap(b"\x1f\x8b\x08garbage")


def test_relevance_prefers_people_and_names() -> None:
    rel = Relevance("Maren Okafor", "Tidewater Instruments")
    team = rel.link("https://t.example/team", "Leadership team")
    person = rel.link("https://t.example/people/maren-okafor", "Maren Okafor")
    cookies = rel.link("https://t.example/cookies", "Cookie settings")
    assert person > team > cookies


def test_robots_sitemap_lines_and_web_pdfs_are_used(tmp_path: Path) -> None:
    from pdf_maker import write_pdf

    from infoprep.testing import LoopbackServer, Response

    pdf = write_pdf(tmp_path / "report.pdf", [[
        (14, "Annual report 2025"),
        (10, "Maren Okafor leads the data platform team at Tidewater Instruments."),
    ]]).read_bytes()
    with LoopbackServer() as site:
        site.route("/robots.txt", Response(
            f"User-agent: *\nAllow: /\nSitemap: {site.url('/maps/pages.xml')}\n",
            content_type="text/plain",
        ))
        site.route("/maps/pages.xml", Response(
            "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<url><loc>{site.url('/reports/annual-2025.pdf')}</loc></url></urlset>",
            content_type="text/xml",
        ))
        site.route("/", Response("<html><title>Tidewater</title><p>Home</p></html>",
                                 content_type="text/html"))
        site.route("/reports/annual-2025.pdf", Response(pdf, content_type="application/pdf"))

        async def go() -> CrawlResult:
            async with Fetcher(scope=Scope.of([site.url("/")])) as fetcher:
                return await crawl(
                    fetcher, read_fetched, Relevance("Maren Okafor", "Tidewater Instruments"),
                    [site.url("/")], max_pages=5,
                )

        result = asyncio.run(go())
        assert "/sitemap.xml" not in site.paths_requested()
        report_url = site.url("/reports/annual-2025.pdf")
    pages = {p.fetched.url: p for p in result.pages}
    report = pages[report_url]
    assert report.fetched.kind == "pdf"
    assert "Maren Okafor leads the data platform team" in report.page.main_text
