"""Research with the outside sources answering from recorded responses on loopback.

The recorded answers name fictional hosts (lumenfold.example, rtd.example) and Google News
article links. An injected HTTP transport serves the fictional hosts from loopback sites and
refuses every other host, and an injected resolver answers DNS: nothing leaves the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from infoprep.api import Workspace
from infoprep.research.pipeline import research
from infoprep.testing import LoopbackServer, ReplayServer, Response, StaticSite
from infoprep.testing.recordings import load_recordings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
NAME, COMPANY = "Dana Okafor", "Lumenfold Energy"
QUERY = f'"{NAME}" "{COMPANY}"'


class LoopbackHosts(httpx.AsyncBaseTransport):
    """Sends requests for named hosts to loopback servers; refuses all but 127.0.0.1."""

    def __init__(self, hosts: dict[str, LoopbackServer]) -> None:
        self.hosts = hosts
        self.refused: list[str] = []
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host in self.hosts:
            request.url = request.url.copy_with(
                scheme="http", host="127.0.0.1", port=self.hosts[host].port
            )
        elif host != "127.0.0.1":
            self.refused.append(str(request.url))
            raise httpx.ConnectError("no network in tests", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def public_dns(host: str, port: int) -> list[str]:
    return ["93.184.215.14"]  # a public address: the fictional hosts pass the address check


@pytest.fixture(scope="module")
def replay() -> Iterator[ReplayServer]:
    server = load_recordings(ReplayServer(), FIXTURES / "replay")
    searx = (FIXTURES / "replay" / "searxng" / "lumenfold-energy.json").read_bytes()
    brave = (FIXTURES / "replay" / "brave" / "lumenfold-energy.json").read_bytes()
    server.add("/search", {"q": QUERY, "format": "json"},
               Response(searx, content_type="application/json"))
    server.add("/res/v1/web/search", {"q": QUERY}, Response(brave, content_type="application/json"))
    with server:
        yield server  # type: ignore[misc]


@pytest.fixture
def services(replay: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> ReplayServer:
    replay.requests.clear()
    monkeypatch.setenv("INFOPREP_WIKIPEDIA_URL", replay.base_url)
    monkeypatch.setenv("INFOPREP_WIKIDATA_URL", replay.url("/w/api.php"))
    monkeypatch.setenv("INFOPREP_NEWS_URL", replay.url("/rss/search"))
    monkeypatch.setenv("INFOPREP_SEARXNG_URL", replay.base_url)
    monkeypatch.setenv("INFOPREP_BRAVE_URL", replay.url("/res/v1/web/search"))
    monkeypatch.setenv("BRAVE_API_KEY", "brave-test-key-0000")
    return replay


def test_sources_feed_facts_the_official_site_and_articles(
    services: ReplayServer, isolated_home: Path
) -> None:
    with (
        StaticSite(FIXTURES / "sites" / "lumenfold") as site,
        StaticSite(FIXTURES / "sites" / "rtd") as rtd,
    ):
        transport = LoopbackHosts({"lumenfold.example": site, "rtd.example": rtd})
        with Workspace(isolated_home) as ws:
            dossier = research(
                ws, NAME, COMPANY, transport=transport, resolver=public_dns, progress=False,
            )
        kinds = {s.url: s.kind for s in dossier.sources}
        # Wikipedia and Wikidata about the employer, with quoted facts.
        assert kinds["https://en.wikipedia.org/wiki/Lumenfold_Energy"] == "wikipedia"
        assert "wikidata" in kinds.values()
        founded = [f for f in dossier.facts if f.field == "founded"]
        assert {f.value[:4] for f in founded} == {"2016"}
        assert any("wikipedia" in f.source_url for f in dossier.facts)
        # The official website from Wikidata became the site seed and was crawled.
        assert dossier.company.website == "https://lumenfold.example/"
        assert kinds["https://lumenfold.example/team"] == "website"
        assert dossier.person.title == "Head of Grid Analytics"
        assert set(site.paths_requested()) >= {"/robots.txt", "/", "/team", "/about"}
        # A search hit on another host was read on its own, within the page budget.
        assert kinds["https://rtd.example/2026/09/lumenfold-raises"] == "search"
        assert rtd.paths_requested() == ["/robots.txt", "/2026/09/lumenfold-raises"]
        # Google News article links were tried and refused by the test transport only.
        assert transport.refused
        assert all(u.startswith("https://news.google.com/") for u in transport.refused)
        skipped = {s.url: s.reason for s in dossier.skipped}
        assert any(u.startswith("https://news.google.com/rss/articles/") for u in skipped)
        texts = {s.url: s.text for s in dossier.sources}
        for fact in dossier.facts:
            assert fact.quote in texts[fact.source_url], fact
    # What the services received: polite requests, the key only where it belongs.
    agents = {r.headers.get("user-agent", "") for r in services.requests}
    assert all(a.startswith("infoprep/") for a in agents)
    brave = [r for r in services.requests if r.path == "/res/v1/web/search"]
    assert brave and brave[0].headers["x-subscription-token"] == "brave-test-key-0000"
    assert not [r for r in services.requests if r.path != "/res/v1/web/search"
                and "x-subscription-token" in r.headers]
    searched = {r.query["q"][0] for r in services.requests if r.path == "/rss/search"}
    assert searched == {f'"{NAME}"', f'"{COMPANY}"'}


def test_no_search_asks_no_service(run, services: ReplayServer, tmp_path: Path) -> None:
    notes = tmp_path / "dana.txt"
    notes.write_text("Dana Okafor is Head of Grid Analytics at Lumenfold Energy.\n")
    result = run("research", NAME, "--company", COMPANY, "--file", str(notes), "--no-search",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert services.requests == []
    assert [s["kind"] for s in json.loads(result.stdout)["sources"]] == ["file"]


@pytest.fixture
def loopback_replay(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[ReplayServer, StaticSite, StaticSite]]:
    """The recordings with every fictional host rewritten to a loopback site."""
    with (
        StaticSite(FIXTURES / "sites" / "lumenfold") as site,
        StaticSite(FIXTURES / "sites" / "rtd") as rtd,
        ReplayServer() as replay,
    ):
        swaps = {
            b"https://lumenfold.example": site.base_url.encode(),
            b"https://rtd.example": rtd.base_url.encode(),
            b"https://news.google.com": rtd.base_url.encode(),
        }
        folder = FIXTURES / "replay"
        for route in json.loads((folder / "routes.json").read_text()):
            body = (folder / route["file"]).read_bytes()
            for old, new in swaps.items():
                body = body.replace(old, new)
            answer = Response(body, status=route.get("status", 200),
                              content_type=route.get("content_type"))
            replay.add(route["path"], route.get("params") or {}, answer)
            if route["path"] == "/search":
                replay.add("/search", {"q": QUERY}, answer)
        monkeypatch.setenv("INFOPREP_WIKIPEDIA_URL", replay.base_url)
        monkeypatch.setenv("INFOPREP_WIKIDATA_URL", replay.url("/w/api.php"))
        monkeypatch.setenv("INFOPREP_NEWS_URL", replay.url("/rss/search"))
        monkeypatch.setenv("INFOPREP_SEARXNG_URL", replay.base_url)
        yield replay, site, rtd  # type: ignore[misc]


def test_cli_with_sources_never_connects_to_private_hosts_it_was_not_given(
    run, loopback_replay: tuple[ReplayServer, StaticSite, StaticSite]
) -> None:
    _, site, rtd = loopback_replay
    result = run("research", NAME, "--company", COMPANY, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    kinds = {s["kind"] for s in data["sources"]}
    assert {"wikipedia", "wikidata", "news"} <= kinds
    assert any(f["field"] == "founded" and f["value"].startswith("2016") for f in data["facts"])
    reasons = {s["url"]: s["reason"] for s in data["skipped"]}
    assert reasons[site.url("/")].startswith("refused: 127.0.0.1 is a loopback address")
    assert site.requests == [] and rtd.requests == []
    # Given by the user, the same host is read.
    given = run("research", NAME, "--company", COMPANY, "--url", site.url("/"), "--format", "json")
    assert given.exit_code == 0, given.output
    assert "/team" in site.paths_requested()
    assert rtd.requests == []
    assert json.loads(given.stdout)["person"]["title"] == "Head of Grid Analytics"
