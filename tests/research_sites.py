"""The research fixture sites on loopback, with the routes static files cannot express.

Tidewater Instruments (a fictional company): a static site plus a redirect loop, an oversize
page, a gzipped sitemap behind a sitemap index, and a partners page linking to a foreign host
that must never be requested. Maren Okafor's blog and a local news site are separate hosts.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from infoprep.testing import LoopbackServer, Response, StaticSite

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
MARKER = "ZEBRA-QUARTZ-7741"  # only on the robots-disallowed page
HTML = "text/html; charset=utf-8"


@dataclass
class Sites:
    company: StaticSite
    blog: StaticSite
    news: StaticSite
    foreign: LoopbackServer

    def all(self) -> list[LoopbackServer]:
        return [self.company, self.blog, self.news, self.foreign]


def add_company_routes(company: StaticSite, foreign: LoopbackServer) -> None:
    company.route("/old-team", Response(status=302, headers={"Location": "/old-team/"}))
    company.route("/old-team/", Response(status=301, headers={"Location": "/old-team"}))
    bundle = "var brochure = '" + "A" * 5_200_000 + "';"  # an inlined script bundle, 5.2 MB
    big = (
        f"<html><head><title>Brochure 2025</title><script>{bundle}</script></head>"
        "<body><p>The 2025 brochure of Tidewater Instruments.</p></body></html>"
    )
    # The reader hangs up mid-body; "Connection: close" keeps the server from reading on.
    company.route(
        "/assets/brochure-2025.html",
        Response(big, content_type=HTML, headers={"Connection": "close"}),
    )
    company.route(
        "/partners.html",
        Response(
            "<html><head><title>Partners | Tidewater Instruments</title></head><body><main>"
            "<h1>Partners</h1><p>Our moorings are built with "
            f'<a href="{foreign.url("/mooring")}">Mooring Partner Ltd</a> of Port Alder.</p>'
            "</main></body></html>",
            content_type=HTML,
        ),
    )
    pages = [
        "/careers.html", "/products/", "/private/board-minutes.html",
        "/news/2024-tidelake-launch.html", "/cookies.html",
    ]
    urlset = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{company.url(p)}</loc></url>" for p in pages)
        + f"<url><loc>{foreign.url('/listed-in-sitemap')}</loc></url>"
        + "</urlset>"
    )
    company.route(
        "/sitemap-pages.xml.gz",
        Response(gzip.compress(urlset.encode()), content_type="application/gzip"),
    )
    index = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{company.url('/sitemap-pages.xml.gz')}</loc></sitemap>"
        "</sitemapindex>"
    )
    company.route("/sitemap.xml", Response(index, content_type="application/xml"))


@contextmanager
def research_sites() -> Iterator[Sites]:
    with (
        StaticSite(SITES / "tidewater") as company,
        StaticSite(SITES / "maren-blog") as blog,
        StaticSite(SITES / "harbor-news") as news,
        LoopbackServer() as foreign,
    ):
        add_company_routes(company, foreign)  # type: ignore[arg-type]
        yield Sites(company, blog, news, foreign)  # type: ignore[arg-type]
