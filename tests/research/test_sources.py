"""Wikipedia, Wikidata, news and search sources against recorded answers on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_client import HttpxApi

from infoprep.config import Settings, load_settings
from infoprep.research.sources import (
    lookup_wikidata,
    lookup_wikipedia,
    search_news,
    web_search,
)
from infoprep.research.types import SourceResult
from infoprep.testing import ReplayServer, Response
from infoprep.testing.recordings import load_recordings

REPLAY = Path(__file__).resolve().parents[2] / "fixtures" / "replay"


@pytest.fixture(scope="module")
def replay() -> Iterator[ReplayServer]:
    server = load_recordings(ReplayServer(), REPLAY)
    with server:
        yield server  # type: ignore[misc]


def settings_for(server: ReplayServer, tmp_path: Path, **extra: Any) -> Settings:
    return load_settings(tmp_path / "home", overrides={
        "wikipedia_url": server.base_url,
        "wikidata_url": server.url("/w/api.php"),
        "news_url": server.url("/rss/search"),
        "searxng_url": server.base_url,
        "brave_url": server.url("/res/v1/web/search"),
        **extra,
    })


def quotes_hold(result: SourceResult) -> None:
    texts = {s.url: s.text for s in result.sources}
    for fact in result.facts:
        assert fact.quote in texts[fact.source_url], fact
        assert fact.id


def by_field(result: SourceResult, field: str) -> list[str]:
    return [f.value for f in result.facts if f.field == field]


def test_wikipedia_company_summary_gives_quoted_facts(replay: ReplayServer, tmp_path: Path) -> None:
    api = HttpxApi()
    result = asyncio.run(lookup_wikipedia(
        api, settings_for(replay, tmp_path), "Lumenfold Energy", context=["Dana Okafor"]))
    assert [s.url for s in result.sources] == ["https://en.wikipedia.org/wiki/Lumenfold_Energy"]
    assert result.sources[0].kind == "wikipedia"
    assert result.entity == "Q99990001"
    assert by_field(result, "founded") == ["2016"]
    assert by_field(result, "headquarters") == ["Rotterdam"]
    assert "about 140 people" in by_field(result, "size")
    assert any("Stedin" in v for v in by_field(result, "customers"))
    assert by_field(result, "description")[0].startswith("Lumenfold Energy B.V. is a Dutch")
    quotes_hold(result)


def test_wikipedia_skips_disambiguation_and_same_name_band(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikipedia(HttpxApi(), settings_for(replay, tmp_path), "Quillmark"))
    assert [s.title for s in result.sources] == ["Quillmark (software company)"]
    reasons = [s.reason for s in result.skipped]
    assert any("disambiguation" in r for r in reasons)
    assert any("Quillmark (band)" in r and "not an organisation" in r for r in reasons)
    assert by_field(result, "founded") == ["2011"]
    assert by_field(result, "funding") == ["$30 million Series C"]
    quotes_hold(result)


def test_wikipedia_person_of_same_name_elsewhere_is_not_used(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikipedia(
        HttpxApi(), settings_for(replay, tmp_path), "Tomas Reyes", subject="person",
        context=["Quillmark"], company="Quillmark"))
    assert result.sources == [] and result.facts == []
    assert "different Tomas Reyes" in result.skipped[0].reason


def test_wikipedia_missing_article_is_skipped(replay: ReplayServer, tmp_path: Path) -> None:
    result = asyncio.run(lookup_wikipedia(
        HttpxApi(), settings_for(replay, tmp_path), "Dana Okafor", subject="person",
        context=["Lumenfold Energy"]))
    assert result.sources == []
    assert result.skipped[0].reason == "no such Wikipedia article"
    assert result.tried == ["Wikipedia search for 'Dana Okafor'"]


def test_wikidata_company_statements(replay: ReplayServer, tmp_path: Path) -> None:
    api = HttpxApi()
    result = asyncio.run(lookup_wikidata(
        api, settings_for(replay, tmp_path), "Lumenfold Energy", context=["Dana Okafor"]))
    source = result.sources[0]
    assert source.kind == "wikidata" and source.url.endswith("/wiki/Q99990001")
    assert by_field(result, "founded") == ["2016-03"]
    assert "inception: 2016-03" in source.text
    assert by_field(result, "headquarters") == ["Rotterdam"]
    # The current chief executive only; the former one (P582 end time) is not leadership now.
    assert "Pieter Vos, chief executive officer" in by_field(result, "leadership")
    assert "Ann Berg, chief executive officer" not in by_field(result, "leadership")
    assert "Ann Berg, founder" in by_field(result, "leadership")
    assert by_field(result, "size") == ["140"]  # the preferred figure, not every year's
    assert by_field(result, "industry") == ["energy software"]
    assert result.seeds == ["https://lumenfold.example/"]
    quotes_hold(result)
    # One search, one read of the candidates, one batched read of every referenced label.
    assert len(api.asked) == 3


def test_wikidata_website_is_no_seed_when_user_gave_one(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikidata(
        HttpxApi(), settings_for(replay, tmp_path), "Lumenfold Energy", have_website=True))
    assert result.seeds == []
    assert by_field(result, "website") == ["https://lumenfold.example/"]


def test_wikidata_picks_the_company_over_a_same_name_band(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikidata(HttpxApi(), settings_for(replay, tmp_path), "Quillmark"))
    assert result.entity == "Q99990002"
    assert by_field(result, "founded") == ["2011-06-14"]
    assert by_field(result, "headquarters") == ["Portland"]
    assert any("Scottish indie rock band" in s.reason for s in result.skipped)


def test_wikidata_person_matches_employer_not_namesake(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikidata(
        HttpxApi(), settings_for(replay, tmp_path), "Tomas Reyes", subject="person",
        company="Quillmark"))
    assert result.entity == "Q99990102"
    assert by_field(result, "employer") == ["Quillmark"]
    assert by_field(result, "previous_employer") == ["Hollis Legal Software"]
    assert by_field(result, "education") == ["Oregon State University"]
    assert "footballer" in result.skipped[0].reason
    quotes_hold(result)


def test_news_feed_items_become_hits_seeds_and_news_facts(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(search_news(
        HttpxApi(), settings_for(replay, tmp_path), "Lumenfold Energy",
        company="Lumenfold Energy"))
    first = result.hits[0]
    assert first.title == "Lumenfold Energy raises $45 million to expand battery forecasting"
    assert first.publisher == "Rotterdam Tech Daily"
    assert first.published == "2026-09-24T07:10:00Z"
    assert result.seeds[0] == "https://news.google.com/rss/articles/CBMiLumen001?oc=5"
    assert len(result.hits) == 3
    news = by_field(result, "news")
    assert news[0] == f"{first.title} (2026-09-24)"
    assert len(news) == 2  # the price story does not name the company
    quotes_hold(result)


def test_news_empty_feed_and_broken_service(replay: ReplayServer, tmp_path: Path) -> None:
    result = asyncio.run(search_news(HttpxApi(), settings_for(replay, tmp_path), "Dana Okafor"))
    assert result.hits == [] and result.skipped == []
    with ReplayServer() as down:
        down.add("/rss/search", {}, Response("busy", status=429, content_type="text/plain"))
        result = asyncio.run(search_news(
            HttpxApi(), settings_for(down, tmp_path), "Lumenfold Energy"))
    assert "rate-limited (429)" in result.skipped[0].reason


def test_search_merges_searxng_and_brave(replay: ReplayServer, tmp_path: Path) -> None:
    settings = settings_for(replay, tmp_path, brave_api_key="brv-test-key-1234567")
    result = asyncio.run(web_search(HttpxApi(), settings, "Lumenfold Energy"))
    assert [h.provider for h in result.hits] == ["searxng", "searxng", "brave", "brave"]
    assert result.seeds == [
        "https://lumenfold.example/about",
        "https://rtd.example/2026/09/lumenfold-raises",
        "https://lumenfold.example/",
    ]
    assert result.hits[2].snippet == "Lumenfold Energy builds forecasting tools…"
    brave = [r for r in replay.requests if r.path == "/res/v1/web/search"][-1]
    assert brave.headers["x-subscription-token"] == "brv-test-key-1234567"


@pytest.mark.parametrize(("query", "expected"), [
    ("bad key", "Brave Search rejected the API key (422)"),
    ("too fast", "Brave Search rate limit reached (429)"),
])
def test_brave_refusals_are_skipped_with_reason(
    replay: ReplayServer, tmp_path: Path, query: str, expected: str
) -> None:
    settings = settings_for(replay, tmp_path, brave_api_key="brv-bad", searxng_url="")
    result = asyncio.run(web_search(HttpxApi(), settings, query))
    assert result.hits == []
    assert result.skipped[0].reason.startswith(expected)


def test_searxng_with_json_off_is_skipped(tmp_path: Path) -> None:
    with ReplayServer() as searx:
        searx.add("/search", {}, Response("<html>403 Forbidden</html>", status=403,
                                          content_type="text/html"))
        result = asyncio.run(web_search(HttpxApi(), settings_for(searx, tmp_path), "anything"))
    assert "add `json` to search.formats" in result.skipped[0].reason


def test_no_search_provider_asks_nobody(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "home")
    api = HttpxApi()
    result = asyncio.run(web_search(api, settings, "Lumenfold Energy"))
    assert api.asked == [] and result.hits == []
    assert "no provider configured" in result.tried[0]


def test_wikipedia_person_in_context_gives_person_facts(
    replay: ReplayServer, tmp_path: Path
) -> None:
    result = asyncio.run(lookup_wikipedia(
        HttpxApi(), settings_for(replay, tmp_path), "Lena Ortiz", subject="person",
        company="Quillmark"))
    assert [s.title for s in result.sources] == ["Lena Ortiz"]
    assert by_field(result, "employer") == ["Quillmark"]
    assert "chief executive officer" in by_field(result, "title")
    assert by_field(result, "previous_employer") == ["Hollis Legal Software"]
    assert by_field(result, "education") == ["Lewis & Clark College"]
    assert by_field(result, "location") == ["Portland, Oregon"]
    assert {f.subject for f in result.facts} == {"person"}
    quotes_hold(result)
